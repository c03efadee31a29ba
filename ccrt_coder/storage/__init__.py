"""Storage of the project file: SQLAlchemy models, engine, migrations and queries."""
