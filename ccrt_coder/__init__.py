"""CCRT Coder: code RAP interviews with Luborsky's Core Conflictual Relationship Theme method."""

__version__ = "0.1.0"
