"""Alembic environment for the hub: db.migrate() passes its open connection in config.attributes."""

from alembic import context

from storedesk.hub.models import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
