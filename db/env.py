"""Alembic environment of the CCRT project file; run programmatically by ccrt_coder.storage."""

from alembic import context

from ccrt_coder.storage.models import Base
from ccrt_coder.storage.schema import VERSION_TABLE

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("CCRT migrations run through ccrt_coder.storage, with a connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    version_table=VERSION_TABLE,
)
with context.begin_transaction():
    context.run_migrations()
