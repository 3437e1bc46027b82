"""create tags

Revision ID: f2a3b4c5d6e7
Revises: c3d4e5f6a7b8
Create Date: 2026-11-04 11:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = "f2a3b4c5d6e7"
down_revision = "c3d4e5f6a7b8"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("tags", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("label", sa.String(40), nullable=False))


def downgrade() -> None:
    op.drop_table("tags")
