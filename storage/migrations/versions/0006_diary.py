"""The cramp diary: logged cramps, and the medicines and remedies a person names.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _person() -> sa.Column[int]:
    return sa.Column(
        "user_id",
        sa.BigInteger(),
        sa.ForeignKey("chats.chat_id", ondelete="CASCADE", onupdate="CASCADE"),
        nullable=False,
    )


def upgrade() -> None:
    op.create_table(
        "cramp_entries",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        _person(),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("local_day", sa.Date(), nullable=False),
        sa.Column("at_night", sa.Boolean(), nullable=False),
        sa.Column("site", sa.String(16), nullable=False),
        sa.Column("side", sa.String(8), nullable=False),
        sa.Column("severity", sa.Integer(), nullable=False),
        sa.Column("duration", sa.String(8), nullable=False),
        sa.Column("woke", sa.Boolean(), nullable=False),
        sa.Column("eased", sa.Boolean(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("draft_key", sa.String(40), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("user_id", "draft_key", name="uq_cramp_entries_user_draft"),
    )
    op.create_index("ix_cramp_entries_user_occurred", "cramp_entries", ["user_id", "occurred_at"])
    op.create_table(
        "diary_items",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        _person(),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_diary_items_user", "diary_items", ["user_id"])


def downgrade() -> None:
    op.drop_index("ix_diary_items_user", table_name="diary_items")
    op.drop_table("diary_items")
    op.drop_index("ix_cramp_entries_user_occurred", table_name="cramp_entries")
    op.drop_table("cramp_entries")
