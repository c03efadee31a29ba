"""Importers and exporters: files in, plain data out (and back)."""
