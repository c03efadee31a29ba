"""Creating, recognising, upgrading and refusing project files."""

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from ccrt_coder.core.domain import StudySettings
from ccrt_coder.core.errors import ProjectFileError
from ccrt_coder.paths import migrations_dir
from ccrt_coder.storage import schema
from ccrt_coder.storage.database import APPLICATION_ID
from ccrt_coder.usecases.project import Project


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_project_is_stamped_at_head_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "new.ccrt"
    Project.create(path).close()
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    version = connection.execute(f"SELECT version_num FROM {schema.VERSION_TABLE}").fetchall()
    assert version == [(schema.SCHEMA_HEAD,)]
    connection.close()
    assert schema.known_revisions()[-1] == schema.SCHEMA_HEAD


def test_connections_enforce_foreign_keys(project: Project) -> None:
    db = schema.open_project_file(project.path)
    try:
        with db.reading() as session:
            assert session.connection().exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        db.close()


def test_migrations_build_exactly_the_models(tmp_path: Path) -> None:
    from alembic import command
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from ccrt_coder.storage.database import Database
    from ccrt_coder.storage.models import Base

    db = Database(tmp_path / "migrated.ccrt")
    with db.engine.begin() as connection:
        command.upgrade(schema.alembic_config(connection), "head")
        context = MigrationContext.configure(
            connection, opts={"version_table": schema.VERSION_TABLE}
        )
        assert compare_metadata(context, Base.metadata) == []
    db.close()


def test_creating_over_an_existing_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "taken.ccrt"
    path.write_text("keep me")
    with pytest.raises(ProjectFileError, match="already exists"):
        Project.create(path)
    assert path.read_text() == "keep me"


def _unwritable_folder(tmp_path: Path) -> Path:
    """A folder this user cannot write in: a read-only folder, or /proc for root."""
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        (folder / "probe").write_text("")
    except PermissionError:
        return folder
    (folder / "probe").unlink()
    return Path("/proc/self")  # root writes anywhere else; its entries are fixed


def test_creating_in_a_folder_that_cannot_be_written_is_refused(tmp_path: Path) -> None:
    folder = _unwritable_folder(tmp_path)
    before = sorted(p.name for p in folder.iterdir())
    with pytest.raises(ProjectFileError, match="cannot write in folder"):
        Project.create(folder / "x.ccrt")
    assert sorted(p.name for p in folder.iterdir()) == before


def test_creating_in_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError, match="does not exist"):
        Project.create(tmp_path / "nowhere" / "x.ccrt")


@pytest.mark.parametrize(
    "content",
    [b"", b"just some text, not a database", b"\x89PNG\r\n\x1a\n" + bytes(range(256))],
)
def test_a_file_that_is_not_sqlite_is_refused_unchanged(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "fake.ccrt"
    path.write_bytes(content)
    with pytest.raises(ProjectFileError, match="not a CCRT Coder project"):
        Project.open(path)
    assert path.read_bytes() == content


def test_a_sqlite_file_of_another_application_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    connection.execute("INSERT INTO notes (body) VALUES ('hello')")
    connection.commit()
    connection.close()
    before = _digest(path)
    with pytest.raises(ProjectFileError, match="another application"):
        Project.open(path)
    assert _digest(path) == before
    assert not Path(f"{path}-wal").exists()


def test_a_project_from_a_newer_version_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "future.ccrt"
    Project.create(path).close()
    connection = sqlite3.connect(path)
    connection.execute(f"UPDATE {schema.VERSION_TABLE} SET version_num = '9999'")
    connection.commit()
    connection.close()
    before = _digest(path)
    with pytest.raises(ProjectFileError, match="newer version of CCRT Coder"):
        Project.open(path)
    assert _digest(path) == before


def test_a_missing_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError, match="does not exist"):
        Project.open(tmp_path / "absent.ccrt")


def test_an_older_project_is_backed_up_then_upgraded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A later version with one more migration opens this file: backup first, then upgrade."""
    path = tmp_path / "old.ccrt"
    with Project.create(path) as project:
        project.add_coder("Ana")
    future_migrations = tmp_path / "db"
    shutil.copytree(migrations_dir(), future_migrations)
    (future_migrations / "versions" / "9000_add_coder_email.py").write_text(
        "from alembic import op\nimport sqlalchemy as sa\n"
        f"revision = '9000'\ndown_revision = '{schema.SCHEMA_HEAD}'\n"
        "branch_labels = None\ndepends_on = None\n"
        "def upgrade():\n"
        "    with op.batch_alter_table('coders') as batch:\n"
        "        batch.add_column(sa.Column('email', sa.String(200), nullable=True))\n"
        "def downgrade():\n    pass\n"
    )
    old_revision = schema.SCHEMA_HEAD
    monkeypatch.setattr(schema, "migrations_dir", lambda: future_migrations)
    monkeypatch.setattr(schema, "SCHEMA_HEAD", "9000")

    Project.open(path).close()

    backup = tmp_path / f"old.ccrt.bak-{old_revision}"
    assert backup.exists()
    old = sqlite3.connect(backup)
    assert old.execute(f"SELECT version_num FROM {schema.VERSION_TABLE}").fetchone() == (
        old_revision,
    )
    assert old.execute("SELECT name FROM coders").fetchall() == [("Ana",)]
    old.close()
    new = sqlite3.connect(path)
    assert new.execute(f"SELECT version_num FROM {schema.VERSION_TABLE}").fetchone() == ("9000",)
    assert new.execute("SELECT name, email FROM coders").fetchall() == [("Ana", None)]
    new.close()


def _project_at_revision(path: Path, revision: str) -> None:
    """A project file as an older version of CCRT Coder wrote it (schema ``revision``)."""
    from alembic import command

    from ccrt_coder.storage.database import Database

    db = Database(path)
    with db.engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        command.upgrade(schema.alembic_config(connection), revision)
        connection.exec_driver_sql(
            f"INSERT INTO coders (uid, name, created_at) VALUES ('{'c1' * 16}', 'Ana', "
            "'2026-01-01 00:00:00.000000')"
        )
        defaults = StudySettings()
        connection.exec_driver_sql(
            "INSERT INTO study (uid, name, description, phases, other_person_types, time_frames, "
            "completeness_threshold, min_res_for_ccrt, blind_mode, created_at) VALUES "
            "(?, 'Old study', '', ?, ?, ?, ?, 4, 1, '2026-01-01 00:00:00.000000')",
            (
                "5d" * 16,
                json.dumps(list(defaults.phases)),
                json.dumps(list(defaults.other_person_types)),
                json.dumps(list(defaults.time_frames)),
                defaults.completeness_threshold,
            ),
        )
    db.close()


def test_a_project_of_schema_0001_gets_the_retired_column(tmp_path: Path) -> None:
    path = tmp_path / "old.ccrt"
    _project_at_revision(path, "0001")

    with Project.open(path) as project:
        assert [(c.name, c.retired) for c in project.coders()] == [("Ana", False)]
        project.retire_coder("Ana")
        assert project.coders()[0].retired

    backup = sqlite3.connect(tmp_path / "old.ccrt.bak-0001")
    columns = [row[1] for row in backup.execute("PRAGMA table_info(coders)")]
    backup.close()
    assert "retired" not in columns
    new = sqlite3.connect(path)
    version = new.execute(f"SELECT version_num FROM {schema.VERSION_TABLE}").fetchone()
    assert version == (schema.SCHEMA_HEAD,)
    assert new.execute("SELECT name, retired FROM coders").fetchall() == [("Ana", 1)]
    new.close()


def test_a_project_of_schema_0002_is_upgraded_to_know_coder_copies(tmp_path: Path) -> None:
    from alembic import command

    from ccrt_coder.storage.database import Database

    path = tmp_path / "before-copies.ccrt"
    with Project.create(path) as project:
        project.add_coder("Ana")
    db = Database(path)
    with db.engine.begin() as connection:
        command.downgrade(schema.alembic_config(connection), "0002")
    db.close()
    old = sqlite3.connect(path)
    assert "coder_copy_of" not in {row[1] for row in old.execute("PRAGMA table_info(study)")}
    old.close()
    with Project.open(path) as project:
        assert project.coder_copy_owner() is None
        assert [c.name for c in project.coders()] == ["Ana"]
    assert (tmp_path / "before-copies.ccrt.bak-0002").exists()


@pytest.mark.parametrize("revision", ["0001", "0002", "0003", "0004", "0005", "0006"])
def test_a_coded_study_of_an_older_schema_opens_with_all_its_work(
    tmp_path: Path, revision: str
) -> None:
    """Migrations rebuild tables (SQLite batch mode) under rows that point at them."""
    from ccrt_coder.storage.database import Database
    from ccrt_coder.usecases.demo import build_demo

    path = tmp_path / "study.ccrt"
    build_demo(path)
    tables = ("coders", "coded_units", "unit_spans", "unit_categories", "re_ratings")

    def counts() -> list[int]:
        connection = sqlite3.connect(path)
        found = [connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables]
        connection.close()
        return found

    before = counts()
    db = Database(path)
    schema.migrate(db, revision, down=True)  # as an older CCRT Coder left it
    db.close()
    with Project.open(path) as project:
        assert project.info().schema_revision == schema.SCHEMA_HEAD
    assert counts() == before
    assert (tmp_path / f"study.ccrt.bak-{revision}").exists()


def test_a_project_of_schema_0003_is_backed_up_and_gets_the_memos_table(tmp_path: Path) -> None:
    path = tmp_path / "before-memos.ccrt"
    _project_at_revision(path, "0003")
    old = sqlite3.connect(path)
    assert "memos" not in {row[0] for row in old.execute("SELECT name FROM sqlite_master")}
    old.close()

    with Project.open(path) as project:
        assert project.memos() == []

    backup = sqlite3.connect(tmp_path / "before-memos.ccrt.bak-0003")
    assert backup.execute(f"SELECT version_num FROM {schema.VERSION_TABLE}").fetchone() == ("0003",)
    assert "memos" not in {row[0] for row in backup.execute("SELECT name FROM sqlite_master")}
    backup.close()
    new = sqlite3.connect(path)
    columns = [row[1] for row in new.execute("PRAGMA table_info(memos)")]
    assert columns == ["id", "coder_id", "interview_id", "re_id", "text", "modified_at"]
    assert new.execute(f"SELECT version_num FROM {schema.VERSION_TABLE}").fetchone() == (
        schema.SCHEMA_HEAD,
    )
    new.close()


def test_a_project_of_schema_0004_gets_unmarked_ratings(tmp_path: Path) -> None:
    """Revision 0005 adds the "nothing codable" mark to the ratings; no rating is marked."""
    from ccrt_coder.storage.database import Database
    from ccrt_coder.usecases.demo import build_demo

    path = tmp_path / "study.ccrt"
    build_demo(path)
    db = Database(path)
    schema.migrate(db, "0004", down=True)
    db.close()
    old = sqlite3.connect(path)
    assert "nothing_codable" not in {row[1] for row in old.execute("PRAGMA table_info(re_ratings)")}
    ratings = old.execute("SELECT count(*) FROM re_ratings").fetchone()[0]
    old.close()
    with Project.open(path) as project:
        assert project.nothing_codable_marks() == []
    new = sqlite3.connect(path)
    assert new.execute("SELECT count(*) FROM re_ratings WHERE NOT nothing_codable").fetchone() == (
        ratings,
    )
    new.close()
    assert (tmp_path / "study.ccrt.bak-0004").exists()


def test_the_gate_expects_at_head_exactly_what_the_migrations_build() -> None:
    """Files made at head (the models) and files migrated there pass the same exact-schema check."""
    from ccrt_coder.storage import project_gate

    at_head = project_gate._expected(schema.SCHEMA_HEAD)
    assert project_gate.migrated_structure(schema.SCHEMA_HEAD) == at_head
    assert project_gate.migrated_structure("0005") != at_head  # the check tells revisions apart


def test_the_kept_head_schema_is_what_creating_a_project_makes() -> None:
    """db/head_schema.json (read when opening, instead of building the models) is current:
    if this fails, run `python -m ccrt_coder.storage.head_schema`."""
    from ccrt_coder.storage import head_schema

    assert head_schema.head_structure() == head_schema.built_head_structure()
