"""Deliveries: a lease on each occurrence an instance has taken ('queued' or 'sending').

Several instances share one database; an instance that dies holding occurrences must not
keep them until it restarts. Each taken occurrence names its instance and how long the
claim holds: a live instance renews it, and once it has run out the others hand a
'queued' occurrence back (it never left) and mark a 'sending' one uncertain (never
repeated). Rows taken before this revision have no lease: the next start-up recovers them.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

INDEX = "ix_deliveries_state_lease"


def upgrade() -> None:
    with op.batch_alter_table("deliveries") as batch:
        batch.add_column(sa.Column("lease_owner", sa.String(64), nullable=True))
        batch.add_column(sa.Column("lease_until", sa.DateTime(), nullable=True))
    op.create_index(INDEX, "deliveries", ["state", "lease_until"])


def downgrade() -> None:
    op.drop_index(INDEX, table_name="deliveries")
    with op.batch_alter_table("deliveries") as batch:
        batch.drop_column("lease_until")
        batch.drop_column("lease_owner")
