"""deploy-kit migration-drift: every Django check in one Python process.

migrate, makemigrations --check --dry-run, migrate <app> zero, sqlmigrate. Settings come from
DJANGO_SETTINGS_MODULE; the default database is replaced by the one given in
DEPLOY_KIT_DATABASE_URL before Django connects, so the checks always run on a fresh database.

Run as: python3 -u django_checks.py, the job as JSON on stdin (see drift_protocol.py).
"""
import io
import os
import re
import sys
from urllib.parse import unquote, urlsplit

from drift_protocol import CheckFailed, CheckRun, emit, error_text, log_traceback, progress, read_job


def database_from_url(url):
    parts = urlsplit(url)
    scheme = parts.scheme.split("+")[0]
    if scheme == "sqlite":
        path = url.split("://", 1)[1]
        return {"ENGINE": "django.db.backends.sqlite3", "NAME": path[1:] if path.startswith("/") else path}
    engines = {"postgresql": "django.db.backends.postgresql", "postgres": "django.db.backends.postgresql", "mysql": "django.db.backends.mysql"}
    if scheme not in engines:
        raise ValueError(f"database-url scheme {scheme!r} is not supported for Django (sqlite, postgresql or mysql)")
    return {
        "ENGINE": engines[scheme],
        "NAME": unquote(parts.path.lstrip("/")),
        "USER": unquote(parts.username or ""),
        "PASSWORD": unquote(parts.password or ""),
        "HOST": parts.hostname or "",
        "PORT": str(parts.port or ""),
    }


class Tee(io.StringIO):
    """Collects a management command's output and copies it to the log, remembering the last
    "Applying app.0003_x..." / "Unapplying ..." line, which names the migration that broke."""

    def __init__(self):
        super().__init__()
        self.current = None

    def write(self, text):
        sys.stderr.write(text)
        for match in re.finditer(r"(?:Applying|Unapplying) (\S+?)\.\.\.", text):
            self.current = match.group(1)
        return super().write(text)


def main():
    job, url = read_job()
    os.environ["DJANGO_SETTINGS_MODULE"] = job.get("settings") or os.environ.get("DJANGO_SETTINGS_MODULE", "")
    try:
        import django
        from django.conf import settings
    except ImportError as error:
        emit("fatal", message=f"cannot import django with {sys.executable}: {error}")
        return 3
    try:
        default = {**settings.DATABASES.get("default", {}), **database_from_url(url)}
        if default["ENGINE"] != settings.DATABASES.get("default", {}).get("ENGINE"):
            # OPTIONS written for another engine (e.g. PostgreSQL's sslmode) would break this one.
            default.pop("OPTIONS", None)
        settings.DATABASES["default"] = default
        django.setup()
        from django.db import connection
        from django.db.migrations.loader import MigrationLoader

        loader = MigrationLoader(None, ignore_no_migrations=True)
    except Exception as error:
        log_traceback()
        emit("fatal", message=f"cannot load the Django project (settings {os.environ['DJANGO_SETTINGS_MODULE']!r}): {error_text(error)}")
        return 3
    local_apps = local_migrated_apps(loader)
    leaves = [f"{app}.{name}" for app, name in sorted(loader.graph.leaf_nodes()) if app in local_apps]
    emit(
        "info",
        tool="django",
        version=django.get_version(),
        python=sys.version.split()[0],
        revisions=sum(1 for key in loader.disk_migrations if key[0] in local_apps),
        heads=leaves,
        drift_method="makemigrations --check --dry-run",
    )
    from django.core.management import call_command

    checks = CheckRun(lambda: check_upgrade(call_command, connection))

    def reversible():
        checks.ensure_upgraded()
        return check_reversible(call_command, local_apps)

    checks.run(
        job.get("checks", []),
        {
            "heads": lambda: check_heads(loader, local_apps, leaves),
            "upgrade": lambda: check_upgrade(call_command, connection),
            "drift": lambda: check_drift(call_command),
            "reversible": reversible,
            "summary": lambda: summary(call_command, loader, local_apps, job.get("added_files", [])),
        },
    )
    return 0


def local_migrated_apps(loader):
    """The project's own apps (under the working directory) that have migrations."""
    from django.apps import apps

    here = os.path.realpath(os.getcwd()) + os.sep
    return [
        config.label
        for config in apps.get_app_configs()
        if os.path.realpath(config.path).startswith(here) and config.label in loader.migrated_apps
    ]


def check_heads(loader, local_apps, leaves):
    conflicts = {app: names for app, names in loader.detect_conflicts().items() if app in local_apps}
    if conflicts:
        described = "; ".join(f"{app} has {len(names)} leaf migrations: {', '.join(sorted(names))}" for app, names in sorted(conflicts.items()))
        heads = [f"{app}.{name}" for app, names in sorted(conflicts.items()) for name in sorted(names)]
        raise CheckFailed(described, heads=heads, apps=sorted(conflicts))
    return {"heads": leaves}


def check_upgrade(call_command, connection):
    from django.db.migrations.recorder import MigrationRecorder

    recorder = MigrationRecorder(connection)
    if recorder.has_table() and recorder.applied_migrations():
        applied = sorted(f"{app}.{name}" for app, name in recorder.applied_migrations())
        raise CheckFailed(
            f"the database is not empty: {len(applied)} migrations are already applied; the upgrade check needs a fresh database",
            error="database not empty",
        )
    progress("upgrade: migrate on a fresh database")
    migrate(call_command, [], "migrate", "upgrade")
    return {}


def migrate(call_command, args, phase, step):
    """Runs migrate [args], naming the migration that was being applied or unapplied on failure."""
    out = Tee()
    try:
        call_command("migrate", *args, interactive=False, verbosity=1, stdout=out)
    except Exception as error:
        log_traceback()
        where = f" at migration {out.current}" if out.current else ""
        raise CheckFailed(f"{phase} failed{where}: {error_text(error)}", phase=phase, revision=out.current, step=step, error=error_text(error))


def check_drift(call_command):
    progress("drift: makemigrations --check --dry-run")
    out = Tee()
    try:
        call_command("makemigrations", check=True, dry_run=True, interactive=False, verbosity=1, stdout=out)
    except SystemExit as exit_:
        if exit_.code in (0, None):
            return {"method": "makemigrations --check --dry-run", "changes": []}
        changes = []
        app = None
        for line in out.getvalue().splitlines():
            header = re.match(r"Migrations for '([^']+)':", line)
            if header:
                app = header.group(1)
            elif line.strip().startswith("- "):
                changes.append(f"{app}: {line.strip()[2:]}" if app else line.strip()[2:])
        raise CheckFailed("the models have changes that no migration covers", method="makemigrations --check --dry-run", changes=changes)
    return {"method": "makemigrations --check --dry-run", "changes": []}


def check_reversible(call_command, local_apps):
    for app in local_apps:
        progress(f"reversible: migrate {app} zero")
        migrate(call_command, [app, "zero"], f"migrate {app} zero", "downgrade")
    progress("reversible: migrate forward again")
    migrate(call_command, [], "migrate forward again", "upgrade")
    return {"apps": local_apps}


def summary(call_command, loader, local_apps, added_files):
    wanted = {os.path.realpath(path) for path in added_files}
    revisions = []
    for (app, name), migration in sorted(loader.disk_migrations.items()):
        module = sys.modules.get(migration.__module__)
        path = os.path.realpath(getattr(module, "__file__", "") or "")
        if app not in local_apps or path not in wanted:
            continue
        out = io.StringIO()
        entry = {
            "revision": f"{app}.{name}",
            "down_revision": [f"{a}.{n}" for a, n in migration.dependencies if a == app],
            "message": "; ".join(op.describe() for op in migration.operations),
            "path": path,
            "operations": [classify(operation) for operation in migration.operations],
        }
        try:
            call_command("sqlmigrate", app, name, stdout=out)
        except Exception as error:
            log_traceback()
            entry["error"] = error_text(error)
        entry["sql"] = out.getvalue()
        revisions.append(entry)
    progress(f"summary: {len(revisions)} migration(s) added since the base ref")
    return {"revisions": revisions}


def classify(operation):
    from django.db import migrations

    kind = "django:other"
    described = {"description": operation.describe()}
    if isinstance(operation, migrations.DeleteModel):
        kind = "django:drop_table"
    elif isinstance(operation, migrations.RemoveField):
        kind = "django:drop_column"
    elif isinstance(operation, migrations.AlterField):
        kind = "django:type_change"
    elif isinstance(operation, (migrations.RenameField, migrations.RenameModel)):
        kind = "django:rename"
    elif isinstance(operation, migrations.AddField):
        field = operation.field
        if not field.null and not field.has_default() and not getattr(field, "primary_key", False) and operation.preserve_default:
            kind = "django:not_null"
    elif isinstance(operation, migrations.RunSQL):
        kind = "django:sql"
        sql = operation.sql
        described["sql"] = sql if isinstance(sql, str) else ";\n".join(s if isinstance(s, str) else s[0] for s in sql)
    described["kind"] = kind
    return described


if __name__ == "__main__":
    sys.exit(main())
