"""Who is coding: the coder identity, the coder chooser and blind coding."""
