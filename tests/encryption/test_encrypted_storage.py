"""An encrypted project file: unreadable bytes (file, WAL, backups), its migrations and backups
keyed, and clear refusals without the password."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ccrt_coder.core.errors import PasswordError, ProjectFileError
from ccrt_coder.storage import cipher, schema
from ccrt_coder.storage.database import Database
from ccrt_coder.usecases import encryption
from ccrt_coder.usecases.project import Project
from tests.encryption.secrets_check import PASSWORD, readable_secrets, recorded_writes


def test_the_file_and_its_wal_hold_no_transcript_text_while_open(encrypted_demo: Path) -> None:
    encryption.use_password(encrypted_demo, PASSWORD)
    with Project.open(encrypted_demo) as project:
        project.add_coder("Renate practised for weeks")  # a write: the WAL holds pages now
        assert Path(f"{encrypted_demo}-wal").exists()
        assert readable_secrets(encrypted_demo.parent) == []
        assert "Renate practised for weeks" in [c.name for c in project.coders()]
    assert not encrypted_demo.read_bytes().startswith(cipher.SQLITE_MAGIC)
    assert readable_secrets(encrypted_demo.parent) == []


def test_an_upgrade_backs_up_encrypted_and_migrates_on_the_keyed_file(encrypted_demo: Path) -> None:
    encryption.use_password(encrypted_demo, PASSWORD)
    db = Database(encrypted_demo)
    schema.migrate(db, "0005", down=True)  # as an older CCRT Coder left it
    db.close()

    with Project.open(encrypted_demo) as project:
        assert project.info().schema_revision == schema.SCHEMA_HEAD
    backup = encrypted_demo.with_name("demo.ccrt.bak-0005")
    assert cipher.is_encrypted(backup) and readable_secrets(encrypted_demo.parent) == []
    with pytest.raises(PasswordError, match="bak-0005 is encrypted: give its password"):
        schema.inspect_project_file(backup)
    encryption.use_password(backup, PASSWORD)
    assert schema.inspect_project_file(backup) == "0005"


def test_a_backup_before_a_merge_is_encrypted(encrypted_demo: Path) -> None:
    encryption.use_password(encrypted_demo, PASSWORD)
    backup = schema.backup_before(encrypted_demo, "premerge")
    assert cipher.is_encrypted(backup) and readable_secrets(encrypted_demo.parent) == []


def test_without_and_with_a_wrong_password_the_file_is_refused_by_name(
    encrypted_demo: Path,
) -> None:
    with pytest.raises(PasswordError, match=r"^demo.ccrt is encrypted: give its password$"):
        Project.open(encrypted_demo)
    encryption.use_password(encrypted_demo, "not it")
    with pytest.raises(PasswordError, match=r"^wrong password for demo.ccrt$"):
        Project.open(encrypted_demo)
    assert encryption.needs_password(encrypted_demo)  # the wrong one is not kept


def test_a_text_file_is_not_taken_for_an_encrypted_project(tmp_path: Path) -> None:
    text = tmp_path / "notes.ccrt"
    text.write_text("just some notes\n" * 200, encoding="utf-8")
    random_bytes = tmp_path / "noise.ccrt"
    random_bytes.write_bytes(os.urandom(8192))
    with pytest.raises(ProjectFileError, match="not a CCRT Coder project"):
        Project.open(text)
    with pytest.raises(PasswordError, match="is encrypted"):
        Project.open(random_bytes)


def test_a_coder_copy_is_encrypted_with_the_password_the_lead_chooses(
    encrypted_demo: Path, tmp_path: Path
) -> None:
    from tests.demo_counts import DEMO

    encryption.use_password(encrypted_demo, PASSWORD)
    out = tmp_path / "copy.ccrt"
    with Project.open(encrypted_demo) as project:
        project.write_coder_copy(DEMO.coder_b, out, password="the coder's own passphrase")
    cipher._passwords.clear()
    assert readable_secrets(tmp_path) == []
    encryption.use_password(out, PASSWORD)
    with pytest.raises(PasswordError, match="wrong password"):
        Project.open(out)
    encryption.use_password(out, "the coder's own passphrase")
    with Project.open(out) as copy:
        assert copy.coder_copy_owner() is not None


def test_merging_encrypted_and_plain_copies_into_an_encrypted_project(
    encrypted_demo: Path, tmp_path: Path
) -> None:
    from tests.demo_counts import DEMO

    encryption.use_password(encrypted_demo, PASSWORD)
    encrypted_copy, plain_copy = tmp_path / "a.ccrt", tmp_path / "plain" / "b.ccrt"
    plain_copy.parent.mkdir()
    with Project.open(encrypted_demo) as project:
        project.write_coder_copy(DEMO.coder_a, encrypted_copy, password="copy passphrase")
        project.write_coder_copy(DEMO.coder_b, plain_copy)  # as the project: encrypted
    encryption.decrypt_project(plain_copy)
    assert cipher.is_encrypted(encrypted_copy) and not cipher.is_encrypted(plain_copy)

    with Project.open(encrypted_demo) as project:
        result = project.merge([encrypted_copy, plain_copy])
        assert [s.refused for s in result.plan.sources] == [(), ()]
    statuses = [(lay.coder, lay.status) for s in result.plan.sources for lay in s.layers]
    assert statuses == [(DEMO.coder_a, "unchanged"), (DEMO.coder_b, "unchanged")]  # both read
    assert readable_secrets(tmp_path) == []  # the target and the encrypted copy


def test_an_older_encrypted_copy_is_upgraded_for_the_merge_gate_encrypted_too(
    encrypted_demo: Path, tmp_path: Path
) -> None:
    from tests.demo_counts import DEMO

    encryption.use_password(encrypted_demo, PASSWORD)
    copy = tmp_path / "older" / "a.ccrt"
    copy.parent.mkdir()
    with Project.open(encrypted_demo) as project:
        project.write_coder_copy(DEMO.coder_a, copy, password="copy passphrase")
    older = Database(copy)
    schema.migrate(older, "0005", down=True)  # sent back by a coder with an older CCRT Coder
    older.close()

    with recorded_writes() as writes, Project.open(encrypted_demo) as project:
        result = project.merge([copy])
    assert [s.refused for s in result.plan.sources] == [()]
    assert [(lay.coder, lay.status) for lay in result.plan.sources[0].layers] == [
        (DEMO.coder_a, "unchanged")
    ]
    # The gate upgraded a temporary copy (the original stays at 0005), keyed like the source:
    # no unencrypted database but the scratch ones that hold our schema only.
    assert schema.inspect_project_file(copy) == "0005"
    assert all(n == ":memory:" or "ccrt-schema-" in n for n in writes.plain_databases)
    assert readable_secrets(tmp_path) == [] and readable_secrets(copy.parent) == []
