"""Chats: the question the bot asked that the next message answers (/timezone's prompt).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("chats") as batch:
        batch.add_column(sa.Column("awaiting", sa.String(16), nullable=True))
        batch.add_column(sa.Column("awaiting_after_message_id", sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column("awaiting_since", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("chats") as batch:
        batch.drop_column("awaiting_since")
        batch.drop_column("awaiting_after_message_id")
        batch.drop_column("awaiting")
