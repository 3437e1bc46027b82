"""backfill prices

Revision ID: d4e5f6a7b8c9
Revises: c3d4e5f6a7b8
Create Date: 2026-11-04 10:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = "d4e5f6a7b8c9"
down_revision = "c3d4e5f6a7b8"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A typo in the table name: fails on every database.
    op.execute("UPDATE item_prices SET price = 0 WHERE price IS NULL")


def downgrade() -> None:
    pass
