"""deploy-kit migration-drift: the line protocol the Alembic and Django helpers share.

A helper reads one JSON job on stdin and writes JSON lines (one event each) on a private copy of
stdout. Its own stdout (fd 1) is pointed at stderr, so whatever env.py, settings or migrations print
lands in the log and can never corrupt the protocol. The database URL comes only from the
environment. src/migration-drift/protocol.ts reads the events.
"""
import json
import os
import sys
import time
import traceback

_protocol = None
_STARTED = time.monotonic()


def open_protocol(stream=None):
    """Starts the protocol on `stream`, or (by default) on a private copy of fd 1, pointing fd 1
    and sys.stdout at stderr for everything else. Called once, first thing in main()."""
    global _protocol
    if stream is None:
        stream = os.fdopen(os.dup(1), "w", buffering=1, encoding="utf-8")
        os.dup2(2, 1)
        sys.stdout = sys.stderr
    _protocol = stream


def emit(event, **fields):
    fields["event"] = event
    _protocol.write(json.dumps(fields, default=str) + "\n")
    _protocol.flush()


def progress(message):
    emit("progress", message=message)


def elapsed_ms(since):
    return int((time.monotonic() - since) * 1000)


def error_text(error):
    """One readable line (or a few) for an exception: the driver's message rather than the wrapper's."""
    original = getattr(error, "orig", None)
    text = str(original if original is not None else error).strip()
    text = text.split("\n(Background on this error")[0].strip()
    name = type(original if original is not None else error).__name__
    text = f"{name}: {text}" if text else name
    return text if len(text) <= 1500 else text[:1497] + "..."


def log_traceback():
    traceback.print_exc(file=sys.stderr)


def read_job():
    open_protocol()
    job = json.loads(sys.stdin.read() or "{}")
    url = os.environ.get("DEPLOY_KIT_DATABASE_URL", "")
    # Like python -m alembic and manage.py: the project's own packages import from the cwd.
    if os.getcwd() not in sys.path:
        sys.path.insert(0, os.getcwd())
    return job, url


class CheckFailed(Exception):
    def __init__(self, message, **details):
        super().__init__(message)
        self.details = details


class CheckRun:
    """Runs the selected checks in order, emitting one result per check. A check that needs the
    database migrated calls ensure_upgraded(), which upgrades once, or skips the check (saying why)
    when the upgrade already failed."""

    def __init__(self, upgrade):
        self.upgrade = upgrade
        self.upgraded = False
        self.upgrade_error = None

    def ensure_upgraded(self):
        if self.upgraded:
            return
        if self.upgrade_error:
            raise CheckFailed(f"not checked: the upgrade failed ({self.upgrade_error})", skipped=True)
        self.upgrade()
        self.upgraded = True

    def run(self, names, handlers):
        for name in names:
            handler = handlers.get(name)
            if handler is None:
                continue
            started = time.monotonic()
            try:
                details = handler()
                if name == "upgrade":
                    self.upgraded = True
                emit("check", name=name, status="passed", duration_ms=elapsed_ms(started), **details)
            except CheckFailed as failure:
                if name == "upgrade":
                    self.upgrade_error = str(failure)
                details = dict(failure.details)
                status = "skipped" if details.pop("skipped", False) else "failed"
                emit("check", name=name, status=status, message=str(failure), duration_ms=elapsed_ms(started), **details)
            except Exception as error:
                log_traceback()
                if name == "upgrade":
                    self.upgrade_error = error_text(error)
                emit("check", name=name, status="failed", message=error_text(error), duration_ms=elapsed_ms(started))
        emit("done", duration_ms=elapsed_ms(_STARTED))
