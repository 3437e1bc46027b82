"""Alembic's autogenerate differences in words (describe_differences in alembic_checks.py), from
real compare_metadata runs on SQLite with Debian's Alembic and SQLAlchemy."""
import unittest

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
    text,
)
from sqlalchemy.schema import DefaultClause

from alembic_checks import describe_differences


def words(diffs):
    return [f"{d['target']}: {d['words']}" for d in describe_differences(diffs)]


def differences(migrated, models):
    """What compare_metadata finds between a database built from `migrated` and the `models`."""
    engine = create_engine("sqlite://")
    migrated.create_all(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return compare_metadata(context, models)


def users(metadata, *columns):
    return Table("users", metadata, Column("id", Integer, primary_key=True), *columns)


class FromCompareMetadata(unittest.TestCase):
    def test_additions_in_the_models(self):
        migrated = MetaData()
        users(migrated, Column("email", String(255)), Column("created_at", DateTime, nullable=True))
        models = MetaData()
        table = users(models, Column("email", String(255)), Column("created_at", DateTime, nullable=False), Column("display_name", String(100)))
        Index("ix_users_email", table.c.email)
        Table("audit_log", models, Column("id", Integer, primary_key=True))
        self.assertEqual(
            sorted(words(differences(migrated, models))),
            sorted(
                [
                    "audit_log: table in the models, not in the migrations",
                    "users.display_name: column (VARCHAR(100)) in the models, not in the migrations",
                    "users.created_at: nullable in the migrations, NOT NULL in the models",
                    "ix_users_email: index on users(email) in the models, not in the migrations",
                ]
            ),
        )

    def test_removals_and_type_changes(self):
        migrated = MetaData()
        users(migrated, Column("email", String(255)), Column("created_at", DateTime))
        Table("orders", migrated, Column("id", Integer, primary_key=True))
        models = MetaData()
        users(models, Column("email", Text))
        self.assertEqual(
            sorted(words(differences(migrated, models))),
            sorted(
                [
                    "orders: table in the migrations, not in the models",
                    "users.email: type VARCHAR(255) in the migrations, TEXT in the models",
                    "users.created_at: column in the migrations, not in the models",
                ]
            ),
        )

    def test_in_sync(self):
        migrated, models = MetaData(), MetaData()
        users(migrated, Column("price", Numeric(10, 2)), Column("active", Boolean))
        users(models, Column("price", Numeric(10, 2)), Column("active", Boolean))
        self.assertEqual(describe_differences(differences(migrated, models)), [])

    def test_keeps_kind_and_target(self):
        migrated, models = MetaData(), MetaData()
        Table("audit_log", models, Column("id", Integer, primary_key=True))
        self.assertEqual(
            describe_differences(differences(migrated, models)),
            [{"kind": "add_table", "target": "audit_log", "words": "table in the models, not in the migrations"}],
        )


class ByHand(unittest.TestCase):
    """Shapes SQLite's comparison does not produce, built as compare_metadata builds them."""

    def test_schemas_constraints_and_defaults(self):
        metadata = MetaData()
        invoices = Table("invoices", metadata, Column("id", Integer), Column("due", DateTime(timezone=True)), schema="billing")
        users_table = users(metadata, Column("email", String))
        diffs = [
            ("add_column", "billing", "invoices", invoices.c.due),
            ("add_constraint", UniqueConstraint(users_table.c.email, name="uq_users_email")),
            ("remove_fk", ForeignKeyConstraint(["owner_id"], ["users.id"], name="fk_items_owner")),
            ("add_constraint", UniqueConstraint(users_table.c.email)),
            [("modify_default", None, "items", "qty", {"existing_type": Integer()}, DefaultClause(text("0")), None)],
            ("add_table", invoices),
        ]
        self.assertEqual(
            words(diffs),
            [
                "billing.invoices.due: column (DATETIME) in the models, not in the migrations",
                "uq_users_email: unique constraint in the models, not in the migrations",
                "fk_items_owner: foreign key in the migrations, not in the models",
                "(unnamed): unique constraint in the models, not in the migrations",
                "items.qty: server default 0 in the migrations, None in the models",
                "billing.invoices: table in the models, not in the migrations",
            ],
        )

    def test_unknown_shapes_are_shown_as_they_are(self):
        self.assertEqual(
            describe_differences([("add_something_new", "x"), ["not a tuple"]]),
            [
                {"kind": "add_something_new", "target": "?", "words": "('add_something_new', 'x')"},
                {"kind": "unknown", "target": "?", "words": "'not a tuple'"},
            ],
        )


if __name__ == "__main__":
    unittest.main()
