"""Coding: the workspace, its actions and keys, the category picker, the undoable commands."""
