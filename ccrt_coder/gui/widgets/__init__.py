"""Small widgets and visual conventions shared by every feature (component colours, dialogs)."""
