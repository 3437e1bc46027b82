"""The line protocol and the check runner the helpers share (src/migration-drift/python/drift_protocol.py)."""
import contextlib
import io
import json
import unittest

import drift_protocol
from drift_protocol import CheckFailed, CheckRun, emit, error_text


class Protocol(unittest.TestCase):
    def setUp(self):
        self.stream = io.StringIO()
        drift_protocol.open_protocol(self.stream)

    def events(self):
        return [json.loads(line) for line in self.stream.getvalue().splitlines()]

    def test_emit_writes_one_json_object_per_line(self):
        emit("progress", message="upgrade: base -> head\nwith a newline")
        emit("check", name="heads", status="passed", heads=["abc"])
        self.assertEqual(
            self.events(),
            [
                {"event": "progress", "message": "upgrade: base -> head\nwith a newline"},
                {"event": "check", "name": "heads", "status": "passed", "heads": ["abc"]},
            ],
        )

    def test_each_check_reports_passed_failed_or_skipped_then_done(self):
        upgrades = []

        def upgrade():
            upgrades.append(1)
            raise CheckFailed("upgrade failed at revision b2", revision="b2")

        run = CheckRun(upgrade)

        def drift():
            run.ensure_upgraded()
            return {"differences": []}

        log = io.StringIO()
        with contextlib.redirect_stderr(log):
            run.run(
                ["heads", "upgrade", "drift", "unknown", "summary"],
                {"heads": lambda: {"heads": ["a1"]}, "upgrade": upgrade, "drift": drift, "summary": lambda: 1 / 0},
            )
        self.assertIn("ZeroDivisionError", log.getvalue(), "an unexpected error's traceback goes to the log")
        results = [(e["event"], e.get("name"), e.get("status")) for e in self.events()]
        self.assertEqual(
            results,
            [
                ("check", "heads", "passed"),
                ("check", "upgrade", "failed"),
                ("check", "drift", "skipped"),
                ("check", "summary", "failed"),
                ("done", None, None),
            ],
        )
        events = self.events()
        self.assertEqual(upgrades, [1], "a failed upgrade is not tried again")
        self.assertEqual(events[1]["revision"], "b2")
        self.assertEqual(events[2]["message"], "not checked: the upgrade failed (upgrade failed at revision b2)")
        self.assertEqual(events[3]["message"], "ZeroDivisionError: division by zero")

    def test_a_check_that_needs_the_upgrade_runs_it_once(self):
        upgrades = []
        run = CheckRun(lambda: upgrades.append(1))

        def needs_upgrade():
            run.ensure_upgraded()
            return {}

        run.run(["drift", "reversible"], {"drift": needs_upgrade, "reversible": needs_upgrade})
        self.assertEqual(upgrades, [1])
        self.assertEqual([e.get("status") for e in self.events()], ["passed", "passed", None])


class ErrorText(unittest.TestCase):
    def test_prefers_the_driver_error_and_drops_sqlalchemy_background(self):
        class Wrapped(Exception):
            orig = ValueError('relation "users" already exists')

        self.assertEqual(error_text(Wrapped("wrapper text")), 'ValueError: relation "users" already exists')
        noisy = RuntimeError("no such table: x\n(Background on this error at: https://sqlalche.me/e/14/e3q8)")
        self.assertEqual(error_text(noisy), "RuntimeError: no such table: x")

    def test_caps_long_messages(self):
        text = error_text(ValueError("x" * 5000))
        self.assertEqual(len(text), 1500)
        self.assertTrue(text.endswith("..."))


if __name__ == "__main__":
    unittest.main()
