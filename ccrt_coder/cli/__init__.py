"""The `ccrt-coder` command: the app without arguments, every use case headless (entry.py)."""
