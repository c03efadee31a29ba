"""The Units view: retrieval of coded units across the study (View ▸ Units)."""
