"""Writes an Alembic project with a linear chain of N revisions (the benchmark's subject).

    python3 make_chain.py DIR N

Revision k creates table t<k> with an id and a name; every tenth also adds an indexed column to the
table before it, so the chain mixes create_table, add_column, create_index and their downgrades. The
models match the chain exactly, so every check passes.
"""
import os
import sys

CLEAN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "alembic", "clean")


def main(target, count):
    os.makedirs(os.path.join(target, "alembic", "versions"), exist_ok=True)
    os.makedirs(os.path.join(target, "app", "models"), exist_ok=True)
    for name in ("alembic.ini", os.path.join("alembic", "env.py"), os.path.join("alembic", "script.py.mako")):
        with open(os.path.join(CLEAN, name)) as source, open(os.path.join(target, name), "w") as copy:
            copy.write(source.read())
    open(os.path.join(target, "app", "__init__.py"), "w").close()

    models = ["from sqlalchemy import Column, Integer, String", "from sqlalchemy.orm import declarative_base", "", "Base = declarative_base()", ""]
    for k in range(1, count + 1):
        models += [f"class T{k:04d}(Base):", f"    __tablename__ = \"t{k:04d}\"", "    id = Column(Integer, primary_key=True)", "    name = Column(String(40), nullable=False)"]
        if (k + 1) % 10 == 0 and k + 1 <= count:
            models.append("    extra = Column(Integer, index=True)")
        models.append("")
    with open(os.path.join(target, "app", "models", "__init__.py"), "w") as out:
        out.write("\n".join(models))

    for k in range(1, count + 1):
        rev = f"{k:012x}"
        down = repr(f"{k - 1:012x}") if k > 1 else "None"
        up = [f"    op.create_table(\"t{k:04d}\", sa.Column(\"id\", sa.Integer(), primary_key=True), sa.Column(\"name\", sa.String(40), nullable=False))"]
        downs = [f"    op.drop_table(\"t{k:04d}\")"]
        if k % 10 == 0:
            up.append(f"    op.add_column(\"t{k - 1:04d}\", sa.Column(\"extra\", sa.Integer(), nullable=True))")
            up.append(f"    op.create_index(\"ix_t{k - 1:04d}_extra\", \"t{k - 1:04d}\", [\"extra\"])")
            downs = [f"    op.drop_index(\"ix_t{k - 1:04d}_extra\", table_name=\"t{k - 1:04d}\")", f"    op.drop_column(\"t{k - 1:04d}\", \"extra\")"] + downs
        body = [
            f'"""step {k}', "", f"Revision ID: {rev}", '"""', "from alembic import op", "import sqlalchemy as sa", "",
            f"revision = {rev!r}", f"down_revision = {down}", "branch_labels = None", "depends_on = None", "", "",
            "def upgrade() -> None:", *up, "", "", "def downgrade() -> None:", *downs, "",
        ]
        with open(os.path.join(target, "alembic", "versions", f"{rev}_step_{k}.py"), "w") as out:
            out.write("\n".join(body))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
