"""The Django helper's pure parts (src/migration-drift/python/django_checks.py)."""
import contextlib
import io
import unittest

from django_checks import Tee, database_from_url


class DatabaseFromUrl(unittest.TestCase):
    def test_sqlite_paths(self):
        self.assertEqual(database_from_url("sqlite:////tmp/x/check.sqlite3"), {"ENGINE": "django.db.backends.sqlite3", "NAME": "/tmp/x/check.sqlite3"})
        self.assertEqual(database_from_url("sqlite:///relative.db")["NAME"], "relative.db")

    def test_postgresql_with_an_encoded_password(self):
        self.assertEqual(
            database_from_url("postgresql+psycopg2://app:p%40ss%2Fword@127.0.0.1:54321/drift_check"),
            {
                "ENGINE": "django.db.backends.postgresql",
                "NAME": "drift_check",
                "USER": "app",
                "PASSWORD": "p@ss/word",
                "HOST": "127.0.0.1",
                "PORT": "54321",
            },
        )
        self.assertEqual(database_from_url("postgres://h/db")["PORT"], "")

    def test_other_schemes_are_refused(self):
        with self.assertRaisesRegex(ValueError, "scheme 'oracle' is not supported"):
            database_from_url("oracle://h/db")


class TeeOutput(unittest.TestCase):
    def test_remembers_the_migration_being_applied_and_copies_to_the_log(self):
        log = io.StringIO()
        out = Tee()
        with contextlib.redirect_stderr(log):
            out.write("  Applying shop.0001_initial... OK\n  Applying shop.0002_price...")
        self.assertEqual(out.current, "shop.0002_price")
        self.assertIn("Applying shop.0001_initial", log.getvalue())
        self.assertEqual(out.getvalue(), log.getvalue())


if __name__ == "__main__":
    unittest.main()
