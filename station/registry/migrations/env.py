"""Alembic environment: uses the engine passed in by station.registry.migrate."""

from __future__ import annotations

from alembic import context

from station.registry import models, models_services  # noqa: F401  (registers the tables)
from station.registry.base import Base

config = context.config
engine = config.attributes["engine"]

with engine.connect() as connection:
    context.configure(connection=connection, target_metadata=Base.metadata,
                      render_as_batch=True, compare_type=True)
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
