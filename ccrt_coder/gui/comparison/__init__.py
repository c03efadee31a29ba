"""The Comparison view: patient vs therapist CCRTs across phases, as a table and charts."""
