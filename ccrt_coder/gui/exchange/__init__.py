"""Moving coded work in and out from the File menu: export, coded-unit import, merge, REFI-QDA."""
