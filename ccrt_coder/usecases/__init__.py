"""The use-case layer: the one API the GUI and the CLI use (open, import, code, analyse, export)."""
