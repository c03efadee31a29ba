"""CCRT formation, comparison and agreement statistics: pure functions on plain data."""
