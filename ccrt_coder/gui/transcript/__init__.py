"""The transcript pane: narrative with line numbers, RE bands, coded units, find and zoom."""
