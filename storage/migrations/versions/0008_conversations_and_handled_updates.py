"""Conversations and handled updates in the database, for several instances.

`conversations`: what a conversation remembers between updates (a symptom check in
progress, a pending /forget confirmation), so any instance can take the next update and
a restart loses nothing. `handled_updates`: update ids taken for handling, so an update
Telegram delivers twice is handled once.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-08
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "conversations",
        sa.Column("chat_id", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column("name", sa.String(16), primary_key=True),
        sa.Column("state", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_conversations_name_updated", "conversations", ["name", "updated_at"])
    op.create_table(
        "handled_updates",
        sa.Column("update_id", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column("owner", sa.String(64), nullable=False),
        sa.Column("claimed_at", sa.DateTime(), nullable=False),
        sa.Column("handled_at", sa.DateTime(), nullable=True),
    )
    op.create_index("ix_handled_updates_claimed", "handled_updates", ["claimed_at"])


def downgrade() -> None:
    op.drop_index("ix_handled_updates_claimed", table_name="handled_updates")
    op.drop_table("handled_updates")
    op.drop_index("ix_conversations_name_updated", table_name="conversations")
    op.drop_table("conversations")
