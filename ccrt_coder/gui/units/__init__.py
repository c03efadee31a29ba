"""How a coded unit reads and looks: its code in words, its card, its details editor."""
