"""The Agreement view: inter-rater agreement of the coders' own layers, heat map, disagreements."""
