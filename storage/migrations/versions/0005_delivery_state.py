"""Deliveries: the database refuses a state outside the delivery life cycle.

The values are written out here, not imported from storage.models.DeliveryState: a
migration describes the schema as it was at this revision, and must not change when the
enum later does (a new state needs a new migration that widens the constraint).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

CONSTRAINT = "ck_deliveries_state"
STATES = ("scheduled", "pending", "queued", "sending", "sent", "failed", "uncertain", "skipped")


def upgrade() -> None:
    allowed = ", ".join(f"'{state}'" for state in STATES)
    # SQLite cannot add a constraint to a table: batch mode copies the table (rows, indexes
    # and the unique key included); PostgreSQL gets a plain ALTER TABLE.
    with op.batch_alter_table("deliveries") as batch:
        batch.create_check_constraint(CONSTRAINT, f"state IN ({allowed})")


def downgrade() -> None:
    with op.batch_alter_table("deliveries") as batch:
        batch.drop_constraint(CONSTRAINT, type_="check")
