"""Coders side by side: compare coders' units, and the consensus meeting (the consensus layer)."""
