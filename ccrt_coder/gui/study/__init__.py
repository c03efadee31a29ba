"""The study tree: dyads, narrators and phases with coding progress, filters, find in study."""
