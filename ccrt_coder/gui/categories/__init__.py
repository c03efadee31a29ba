"""The category systems dialog: the active system as a tree, import, export and switching."""
