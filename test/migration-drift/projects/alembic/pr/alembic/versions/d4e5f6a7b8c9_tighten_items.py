"""tighten items

Revision ID: d4e5f6a7b8c9
Revises: c3d4e5f6a7b8
Create Date: 2026-11-05 10:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = "d4e5f6a7b8c9"
down_revision = "c3d4e5f6a7b8"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_column("nickname")
    with op.batch_alter_table("items") as batch:
        batch.alter_column("qty", existing_type=sa.Integer(), type_=sa.BigInteger(), existing_nullable=False)
        batch.add_column(sa.Column("sku", sa.String(length=32), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("items") as batch:
        batch.drop_column("sku")
        batch.alter_column("qty", existing_type=sa.BigInteger(), type_=sa.Integer(), existing_nullable=False)
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("nickname", sa.String(length=50), nullable=True))
