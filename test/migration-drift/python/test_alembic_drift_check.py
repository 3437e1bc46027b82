"""The Alembic helper's drift check, in process, on the sample "drifted" project (the models moved
on without a migration): through compare_metadata as Debian's Alembic 1.8.1 has it, and through
`alembic check` as Alembic 1.9+ has it (its failure carries the differences only as text)."""
import contextlib
import io
import os
import shutil
import sys
import tempfile
import unittest

from alembic import command as alembic_command
from alembic.config import Config
from alembic.runtime.environment import EnvironmentContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError

import drift_protocol
from alembic_checks import AlembicRunner
from drift_protocol import CheckFailed

PROJECTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "projects", "alembic")
DRIFT = [
    "tags: table in the models, not in the migrations",
    "items.sku: column (VARCHAR(32)) in the models, not in the migrations",
    "items.qty: type INTEGER in the migrations, BIGINT in the models",
    "users.nickname: column in the migrations, not in the models",
]


class AlembicWithCheck:
    """alembic.command with the `check` Alembic 1.9 added, failing as it does."""

    def __init__(self, outcome):
        self.outcome = outcome

    def check(self, cfg):
        if self.outcome:
            raise CommandError(f"New upgrade operations detected: {self.outcome}")


class DriftCheck(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.project = tempfile.mkdtemp(prefix="dk-md-py-")
        shutil.copytree(os.path.join(PROJECTS, "clean"), cls.project, dirs_exist_ok=True)
        shutil.copytree(os.path.join(PROJECTS, "drifted"), cls.project, dirs_exist_ok=True)
        cls.cwd = os.getcwd()
        os.chdir(cls.project)
        sys.path.insert(0, cls.project)
        drift_protocol.open_protocol(io.StringIO())
        cfg = Config("alembic.ini")
        cfg.set_main_option("sqlalchemy.url", f"sqlite:///{os.path.join(cls.project, 'check.sqlite3')}")
        script = ScriptDirectory.from_config(cfg)
        ordered = list(reversed(list(script.walk_revisions("base", "heads"))))
        cls.runner = AlembicRunner(cfg, script, EnvironmentContext, ordered, list(script.get_heads()))
        with contextlib.redirect_stderr(io.StringIO()):
            cls.runner.check_upgrade()

    @classmethod
    def tearDownClass(cls):
        os.chdir(cls.cwd)
        sys.path.remove(cls.project)
        shutil.rmtree(cls.project, ignore_errors=True)

    def failure(self, command):
        with self.assertRaises(CheckFailed) as caught, contextlib.redirect_stderr(io.StringIO()):
            self.runner.check_drift(command)
        return caught.exception

    def words(self, failure):
        return [f"{d['target']}: {d['words']}" for d in failure.details["differences"]]

    def test_compare_metadata_without_alembic_check(self):
        self.assertFalse(hasattr(alembic_command, "check"), "Debian's Alembic 1.8.1 has no alembic check")
        failure = self.failure(alembic_command)
        self.assertEqual(str(failure), "the models differ from the migrations")
        self.assertEqual(failure.details["method"], "compare_metadata")
        self.assertEqual(sorted(self.words(failure)), sorted(DRIFT))

    def test_alembic_check_failure_is_compared_again_for_the_objects(self):
        failure = self.failure(AlembicWithCheck("[('add_table', Table('tags', MetaData(), ...))]"))
        self.assertEqual(failure.details["method"], "alembic check")
        self.assertEqual(sorted(self.words(failure)), sorted(DRIFT))

    def test_alembic_check_that_passes(self):
        self.assertEqual(self.runner.check_drift(AlembicWithCheck(None)), {"method": "alembic check", "differences": []})


if __name__ == "__main__":
    unittest.main()
