"""deploy-kit migration-drift: every Alembic check in one Python process.

Every check goes through Alembic's Python API (the functions behind the CLI), so a chain of N
revisions costs one interpreter start-up instead of 3N. Migration steps are handed to Alembic one by
one from a generator, which tells us which revision was running when something broke. Drift is
reported as JSON: each autogenerate difference in words (describe_differences).

Run as: python3 -u alembic_checks.py, the job as JSON on stdin (see drift_protocol.py).
"""
import io
import os
import re
import sys

from drift_protocol import CheckFailed, CheckRun, emit, error_text, log_traceback, progress, read_job


def main():
    job, url = read_job()
    try:
        import alembic
        from alembic import command
        from alembic.config import Config
        from alembic.runtime.environment import EnvironmentContext
        from alembic.script import ScriptDirectory
    except ImportError as error:
        emit("fatal", message=f"cannot import alembic with {sys.executable}: {error}")
        return 3

    config_path = job.get("config") or "alembic.ini"
    if not os.path.isfile(config_path):
        emit("fatal", message=f"no Alembic config at {os.path.abspath(config_path)} (the \"config\" input, relative to working-directory)")
        return 3
    cfg = Config(config_path)
    if url:
        # ConfigParser interpolates %, which URL-encoded passwords contain.
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    try:
        script = ScriptDirectory.from_config(cfg)
        ordered = list(reversed(list(script.walk_revisions("base", "heads"))))
        heads = list(script.get_heads())
    except Exception as error:
        log_traceback()
        emit("fatal", message=f"cannot read the migrations: {error_text(error)}")
        return 3
    emit(
        "info",
        tool="alembic",
        version=alembic.__version__,
        python=sys.version.split()[0],
        revisions=len(ordered),
        heads=heads,
        drift_method="alembic check" if hasattr(command, "check") else "compare_metadata",
    )

    if job.get("throwaway_sqlite"):
        fast_throwaway_sqlite()
    runner = AlembicRunner(cfg, script, EnvironmentContext, ordered, heads)
    checks = CheckRun(runner.check_upgrade)

    def drift():
        checks.ensure_upgraded()
        return runner.check_drift(command)

    def reversible():
        checks.ensure_upgraded()
        return runner.check_reversible(bool(job.get("stairway", True)))

    checks.run(
        job.get("checks", []),
        {
            "heads": runner.check_heads,
            "upgrade": runner.check_upgrade,
            "drift": drift,
            "reversible": reversible,
            "summary": lambda: runner.summary(command, job.get("added_files", [])),
        },
    )
    return 0


def fast_throwaway_sqlite():
    """The default database is a throw-away SQLite file: nothing is lost if the machine crashes, so
    skip the fsync after every DDL statement (hundreds of them in a stairway)."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    def on_connect(dbapi_connection, record):
        if type(dbapi_connection).__module__.startswith("sqlite3"):
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA synchronous=OFF")
            cursor.execute("PRAGMA journal_mode=MEMORY")
            cursor.close()

    event.listen(Engine, "connect", on_connect)


class AlembicRunner:
    def __init__(self, cfg, script, environment_context, ordered, heads):
        self.cfg = cfg
        self.script = script
        self.EnvironmentContext = environment_context
        self.ordered = ordered
        self.heads = heads
        self.current_step = None
        # What each revision did during the first upgrade (operations and executed SQL), for the
        # summary when offline --sql cannot render a revision (SQLite batch mode needs a live table).
        self.recorder = Recorder()
        self.executed = {}

    # -- running env.py -------------------------------------------------------------------------

    def run_env(self, fn, **options):
        with self.EnvironmentContext(self.cfg, self.script, fn=fn, **options):
            self.script.run_env()

    def database_heads(self):
        found = []

        def read(rev, context):
            found.extend(context.get_current_heads())
            return []

        self.run_env(read)
        return found

    def migrate(self, destination, upgrade, record=False):
        """Runs env.py once, moving the database to destination, and names the step that fails."""
        self.current_step = None

        def steps(rev, context):
            planned = self.script._upgrade_revs(destination, rev) if upgrade else self.script._downgrade_revs(destination, rev)
            for step in planned:
                self.current_step = step
                if record:
                    self.recorder.target = self.executed.setdefault(step.revision.revision, {"operations": [], "statements": []})
                yield step
            self.current_step = None

        try:
            self.run_env(steps)
        finally:
            self.recorder.target = None

    def failing_revision(self):
        step = self.current_step
        if step is None:
            return None
        return getattr(step.revision, "revision", None)

    def move(self, destination, upgrade, phase, record=False):
        try:
            self.migrate(destination, upgrade, record)
        except Exception as error:
            log_traceback()
            revision = self.failing_revision()
            where = f" at revision {revision}" if revision else " before any migration ran (env.py or the connection)"
            raise CheckFailed(
                f"{phase} failed{where}: {error_text(error)}",
                phase=phase,
                revision=revision,
                step="upgrade" if upgrade else "downgrade",
                error=error_text(error),
            )

    # -- checks ---------------------------------------------------------------------------------

    def check_heads(self):
        if len(self.heads) == 1:
            return {"heads": self.heads}
        if not self.heads:
            raise CheckFailed("no revisions found in the migrations directory", heads=[])
        raise CheckFailed(f"{len(self.heads)} heads: {', '.join(self.heads)}", heads=self.heads)

    def head_target(self):
        return "head" if len(self.heads) <= 1 else "heads"

    def check_upgrade(self):
        try:
            present = self.database_heads()
        except Exception as error:
            log_traceback()
            raise CheckFailed(
                f"env.py or the database connection failed before any migration ran: {error_text(error)}",
                phase="upgrade from an empty database",
                error=error_text(error),
            )
        if present:
            raise CheckFailed(
                f"the database is not empty: it is at revision {', '.join(present)}; the upgrade check needs a fresh database",
                phase="upgrade",
                error="database not empty",
            )
        progress(f"upgrade: base -> {self.head_target()} ({len(self.ordered)} revisions)")
        self.move(self.head_target(), True, "upgrade from an empty database", record=True)
        return {"revisions": len(self.ordered)}

    def check_drift(self, command):
        if hasattr(command, "check"):
            progress("drift: alembic check")
            try:
                command.check(self.cfg)
            except Exception as error:
                message = str(error)
                marker = "New upgrade operations detected: "
                if marker not in message:
                    raise
                # alembic check gives the differences only as text: compare again for the objects.
                try:
                    differences = describe_differences(self.compare_metadata())
                except Exception:
                    log_traceback()
                    raw = message[message.index(marker) + len(marker):].strip()
                    differences = [{"kind": "unknown", "target": "models", "words": f"differ from the migrations: {raw[:2000]}"}]
                raise CheckFailed("the models differ from the migrations", method="alembic check", differences=differences)
            return {"method": "alembic check", "differences": []}

        progress("drift: autogenerate compare_metadata (this Alembic has no alembic check)")
        differences = describe_differences(self.compare_metadata())
        if differences:
            raise CheckFailed("the models differ from the migrations", method="compare_metadata", differences=differences)
        return {"method": "compare_metadata", "differences": []}

    def compare_metadata(self):
        """The autogenerate differences between the migrated database and env.py's target_metadata."""
        from alembic.autogenerate import compare_metadata
        from alembic.util import CommandError

        found = {}

        def compare(rev, context):
            current = set(self.script.get_revisions(rev))
            if current != set(self.script.get_revisions("heads")):
                raise CommandError("Target database is not up to date.")
            metadata = context.opts.get("target_metadata")
            if metadata is None:
                raise CommandError("env.py passes no target_metadata to context.configure(), so the models cannot be compared")
            found["diffs"] = compare_metadata(context, metadata)
            return []

        self.run_env(compare)
        return found.get("diffs", [])

    def check_reversible(self, stairway):
        progress("reversible: downgrade to base")
        self.move("base", False, "downgrade to base")
        progress(f"reversible: upgrade to {self.head_target()} again")
        self.move(self.head_target(), True, "upgrade to head after downgrading to base")
        if not stairway:
            return {"stairway": 0}
        if len(self.heads) > 1:
            return {"stairway": 0, "note": "stairway skipped: it needs a single head"}
        self.move("base", False, "downgrade to base")
        return {"stairway": self.stairway()}

    def stairway(self):
        """Each revision up, down, up, from base to head, in one run of env.py: the steps are handed
        to Alembic one by one, so 3N steps cost 3N migrations, not 3N interpreter or env.py start-ups."""
        from alembic.runtime.migration import MigrationStep

        revision_map = self.script.revision_map
        total = len(self.ordered)
        where = {}

        def steps(rev, context):
            for index, script in enumerate(self.ordered, start=1):
                for label, make in (("up", MigrationStep.upgrade_from_script), ("down", MigrationStep.downgrade_from_script), ("up again", MigrationStep.upgrade_from_script)):
                    where["revision"], where["label"] = script.revision, label
                    yield make(revision_map, script)
                if index == total or index % 20 == 0:
                    progress(f"stairway: {index}/{total} revisions up, down, up ({script.revision})")
            where.clear()

        try:
            self.run_env(steps)
        except Exception as error:
            log_traceback()
            revision = where.get("revision")
            label = where.get("label", "")
            prefix = f"stairway {label} of revision {revision}" if revision else "stairway (before any step: env.py or the connection)"
            raise CheckFailed(
                f"{prefix} failed: {error_text(error)}",
                phase="stairway",
                revision=revision,
                step=label,
                error=error_text(error),
            )
        return total

    def summary(self, command, added_files):
        wanted = {os.path.realpath(path) for path in added_files}
        added = [rev for rev in self.ordered if os.path.realpath(rev.path) in wanted]
        progress(f"summary: {len(added)} migration(s) added since the base ref")
        entries = [self.render_offline(command, revision) for revision in added]
        unrendered = [entry for entry in entries if "offline_error" in entry]
        if unrendered and not self.executed:
            self.record_by_upgrading()
        for entry in unrendered:
            error = entry.pop("offline_error")
            executed = self.executed.get(entry["revision"])
            if executed:
                entry["sql"] = ";\n\n".join(executed["statements"]) + (";\n" if executed["statements"] else "")
                entry["operations"] = executed["operations"]
                entry["sql_source"] = "executed"
                entry["note"] = f"--sql could not render this revision ({error}); shown: the SQL it ran on the check database"
            else:
                entry["error"] = error
        return {"revisions": entries}

    def record_by_upgrading(self):
        """When only the summary runs and --sql cannot render a revision, run the upgrade on the
        (empty) check database to see what it does. Never on a database that is not empty."""
        try:
            if self.database_heads():
                return
            progress("summary: upgrading the empty check database to record what the migrations run")
            self.migrate(self.head_target(), True, record=True)
        except Exception:
            log_traceback()

    def render_offline(self, command, revision):
        below = revision.down_revision
        if isinstance(below, (tuple, list)):
            below = below[0] if below else None
        target = revision.revision if below is None else f"{below}:{revision.revision}"
        buffer = io.StringIO()
        entry = {
            "revision": revision.revision,
            "down_revision": revision.down_revision,
            "message": (revision.doc or "").strip(),
            "path": revision.path,
            "sql_source": "offline",
        }
        offline = {"operations": [], "statements": []}
        previous_buffer = self.cfg.output_buffer
        self.cfg.output_buffer = buffer
        self.recorder.target = offline
        try:
            command.upgrade(self.cfg, target, sql=True)
        except Exception as error:
            log_traceback()
            entry["offline_error"] = error_text(error)
        finally:
            self.cfg.output_buffer = previous_buffer
            self.recorder.target = None
        entry["sql"] = buffer.getvalue()
        entry["operations"] = offline["operations"]
        return entry


class Recorder:
    """Sees each migration operation as it is invoked (op.drop_column, batch_op.alter_column,
    op.execute...) and each SQL statement sent to a database, and files them under target while a
    revision of interest runs. Destructive changes are found from the operations, whatever the
    dialect."""

    def __init__(self):
        from alembic.operations import Operations
        from sqlalchemy import event
        from sqlalchemy.engine import Engine

        self.target = None
        original = Operations.invoke
        recorder = self

        def invoke(operations, operation):
            if recorder.target is not None:
                try:
                    described = describe_operation(operation)
                    if described:
                        recorder.target["operations"].append(described)
                except Exception:
                    pass
            return original(operations, operation)

        Operations.invoke = invoke

        def before_cursor_execute(conn, cursor, statement, parameters, context, executemany):
            if recorder.target is None:
                return
            text = statement.strip()
            if re.match(r"(?is)^(PRAGMA|SELECT|SHOW|SET)\b", text) or "alembic_version" in text:
                return
            recorder.target["statements"].append(text)

        event.listen(Engine, "before_cursor_execute", before_cursor_execute)


def type_name(value):
    if value is None:
        return None
    try:
        return str(value.compile()) if hasattr(value, "compile") else str(value)
    except Exception:
        return repr(value)


def describe_operation(operation):
    from alembic.operations import ops

    if isinstance(operation, ops.DropTableOp):
        return {"kind": "drop_table", "table": operation.table_name}
    if isinstance(operation, ops.DropColumnOp):
        return {"kind": "drop_column", "table": operation.table_name, "column": operation.column_name}
    if isinstance(operation, ops.RenameTableOp):
        return {"kind": "rename_table", "table": operation.table_name, "new_name": operation.new_table_name}
    if isinstance(operation, ops.AlterColumnOp):
        described = {"kind": "alter_column", "table": operation.table_name, "column": operation.column_name}
        if operation.modify_type is not None:
            described["type_from"] = type_name(operation.existing_type)
            described["type_to"] = type_name(operation.modify_type)
        if operation.modify_nullable is not None:
            described["nullable"] = operation.modify_nullable
        if operation.modify_name is not None:
            described["new_name"] = operation.modify_name
        default = operation.modify_server_default
        existing_default = getattr(operation, "existing_server_default", None)
        described["has_default"] = bool(default) or bool(existing_default)
        return described
    if isinstance(operation, ops.AddColumnOp):
        column = operation.column
        return {
            "kind": "add_column",
            "table": operation.table_name,
            "column": column.name,
            "nullable": bool(column.nullable),
            "has_default": column.server_default is not None,
        }
    if isinstance(operation, ops.ExecuteSQLOp):
        return {"kind": "execute", "sql": str(operation.sqltext)}
    return None


# -- drift in words ------------------------------------------------------------------------------

IN_MODELS = "in the models, not in the migrations"
IN_MIGRATIONS = "in the migrations, not in the models"


def describe_differences(diffs):
    """Autogenerate's differences (a list of tuples, column changes grouped in nested lists) as
    {kind, target, words}: e.g. users.price, "column (NUMERIC(10, 2)) in the models, not in the migrations"."""
    flat = []
    for entry in diffs:
        flat.extend(entry if isinstance(entry, list) else [entry])
    return [describe_difference(entry) for entry in flat]


def describe_difference(entry):
    kind = entry[0] if isinstance(entry, tuple) and entry and isinstance(entry[0], str) else None
    if kind is None:
        return {"kind": "unknown", "target": "?", "words": repr(entry)}
    args = entry[1:]
    if kind in ("add_table", "remove_table"):
        table = args[0]
        return {"kind": kind, "target": qualified(table.name, table.schema), "words": f"table {IN_MODELS if kind == 'add_table' else IN_MIGRATIONS}"}
    if kind in ("add_column", "remove_column"):
        schema, table, column = args[:3]
        if kind == "add_column":
            words = f"column ({sql_type(column.type)}) {IN_MODELS}"
        else:
            words = f"column {IN_MIGRATIONS}"
        return {"kind": kind, "target": f"{qualified(table, schema)}.{column.name}", "words": words}
    if kind in ("add_index", "remove_index"):
        index = args[0]
        columns = [column.name for column in index.columns]
        on = f" on {index.table.name}({', '.join(columns)})" if index.table is not None else ""
        unique = "unique " if index.unique else ""
        return {"kind": kind, "target": index.name or "(unnamed)", "words": f"{unique}index{on} {IN_MODELS if kind == 'add_index' else IN_MIGRATIONS}"}
    if kind in ("add_constraint", "remove_constraint", "add_fk", "remove_fk"):
        constraint = args[0]
        name = constraint.name if isinstance(constraint.name, str) and constraint.name else "(unnamed)"
        return {"kind": kind, "target": name, "words": f"{constraint_word(constraint)} {IN_MODELS if kind.startswith('add') else IN_MIGRATIONS}"}
    if kind in ("modify_type", "modify_nullable", "modify_default", "modify_comment"):
        schema, table, column, _existing, before, after = args[:6]
        return {"kind": kind, "target": f"{qualified(table, schema)}.{column}", "words": describe_modification(kind, before, after)}
    if kind in ("add_table_comment", "remove_table_comment"):
        table = args[0]
        words = "table comment differs" if kind == "add_table_comment" else "table comment only in the migrations"
        return {"kind": kind, "target": qualified(table.name, table.schema), "words": words}
    return {"kind": kind, "target": "?", "words": repr(entry)}


def describe_modification(kind, before, after):
    if kind == "modify_nullable":
        def word(nullable):
            return "NOT NULL" if nullable is False else "nullable"

        return f"{word(before)} in the migrations, {word(after)} in the models"
    if kind == "modify_type":
        return f"type {sql_type(before)} in the migrations, {sql_type(after)} in the models"
    if kind == "modify_default":
        return f"server default {default_text(before)} in the migrations, {default_text(after)} in the models"
    return f"comment {before!r} in the migrations, {after!r} in the models"


def qualified(name, schema):
    return f"{schema}.{name}" if schema else str(name)


def sql_type(type_):
    """A type as the generic SQL that names it: VARCHAR(255), BIGINT, NUMERIC(10, 2), JSONB."""
    if type_ is None:
        return "?"
    try:
        return str(type_.compile())
    except Exception:
        return type(type_).__name__.upper()


def default_text(default):
    """A server default as its SQL text ('0', now()), or None."""
    if default is None:
        return "None"
    value = getattr(default, "arg", default)  # a DefaultClause holds a string or a TextClause
    if isinstance(value, str):
        return f"'{value}'"
    text = getattr(value, "text", None)
    return text if isinstance(text, str) else repr(value)


def constraint_word(constraint):
    name = type(constraint).__name__
    for suffix, word in (
        ("UniqueConstraint", "unique constraint"),
        ("ForeignKeyConstraint", "foreign key"),
        ("CheckConstraint", "check constraint"),
        ("PrimaryKeyConstraint", "primary key"),
    ):
        if name.endswith(suffix):
            return word
    return "constraint"


if __name__ == "__main__":
    sys.exit(main())
