"""Every `ccrt-coder` command on an encrypted project; passwords from a file, the environment
or nowhere (a one-line error, exit status 2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ccrt_coder.cli.entry import build_parser, main
from ccrt_coder.storage import cipher
from tests.demo_counts import DEMO
from tests.encryption.secrets_check import PASSWORD, readable_secrets, recorded_writes

TRANSCRIPT = "RE 1: boss\nP: He shouted at me in the corridor.\n"

# Minimal arguments of each command; {p} is the encrypted demo, {t} the test's folder.
CASES: dict[str, list[str]] = {
    "info": ["{p}"],
    "dyads": ["{p}", "--add", "D09", "--patient", "P09", "--therapist", "T09"],
    "interviews": ["{p}"],
    "phases": ["{p}"],
    "coders": ["{p}", "--add", "Coder Z"],
    "settings": ["{p}", "--name", "Renamed study"],
    "import": ["{p}", "{t}/D07_patient_15.txt"],
    "categories": ["{p}", "--list"],
    "export": ["{p}", "{t}/out.xlsx"],
    "import-codes": ["{p}", "{t}/units.xlsx", "--skip-existing"],
    "export-qdpx": ["{p}", "{t}/out.qdpx", "--pseudonymize"],
    "redact": ["{p}", "--add", "Jonas", "--as", "[BROTHER]"],
    "report": ["{p}", "{t}/report.docx"],
    "import-qdpx": ["{t}/in.qdpx", "{t}/from-qdpx.ccrt"],
    "merge": ["{p}", "{t}/copy.ccrt"],
    "coder-copy": ["{p}", "{t}/b.ccrt", "--coder", DEMO.coder_b],
    "memos": ["{p}"],
    "nothing-codable": ["{p}"],
    "ccrt": ["{p}", "--coder", DEMO.coder_a],
    "compare": ["{p}", "--coder", DEMO.coder_a, "--permutations", "20"],
    "agreement": ["{p}"],
    "units": ["{p}", "--dyad", "D01"],
    "screenshot": ["{t}/shot.png", "--project", "{p}", "--size", "800x500"],
    "decrypt": ["{p}"],
    "change-password": ["{p}", "--new-password-file", "{t}/new-password.txt"],
}
# The unencrypted database each command may open: the plain file it was asked to write.
PLAIN_ON_REQUEST = {"decrypt": ".demo.ccrt.", "import-qdpx": ".from-qdpx.ccrt."}
# Commands that write a new project: they encrypt it on request (tested below).
NEW_PROJECT_COMMANDS = {"new", "demo", "generate", "encrypt"}


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def registered_commands() -> set[str]:
    parser = build_parser()
    (sub,) = [a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction"]
    return set(sub.choices)


def test_every_command_is_tested_on_an_encrypted_project() -> None:
    assert registered_commands() == set(CASES) | NEW_PROJECT_COMMANDS


def _inputs(tmp_path: Path, project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Files some commands read: a transcript, a units sheet, a qdpx and a coder copy."""
    (tmp_path / "D07_patient_15.txt").write_text(TRANSCRIPT, encoding="utf-8")
    (tmp_path / "new-password.txt").write_text("another long passphrase\n", encoding="utf-8")
    assert run(capsys, "export", project, tmp_path / "units.xlsx", "--sheet", "units")[0] == 0
    assert run(capsys, "export-qdpx", project, tmp_path / "in.qdpx")[0] == 0
    copy = ["coder-copy", project, tmp_path / "copy.ccrt", "--coder", DEMO.coder_a]
    assert run(capsys, *copy)[0] == 0


@pytest.mark.parametrize("command", sorted(CASES))
def test_the_command_works_on_an_encrypted_project(
    command: str,
    encrypted_demo: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CCRT_CODER_PASSWORD", PASSWORD)
    _inputs(tmp_path, encrypted_demo, capsys)
    cipher._passwords.clear()  # the command itself must find the password
    args = [a.format(p=encrypted_demo, t=tmp_path) for a in CASES[command]]

    with recorded_writes() as writes:
        code, out, err = run(capsys, command, *args)

    assert (code, err) == (0, ""), err
    assert out
    if command not in ("decrypt", "import-qdpx"):  # plain projects on request
        assert readable_secrets(tmp_path) == [], command
    # No plaintext copy on the way, not even one deleted at the end: no unencrypted database
    # but the output asked for, and no file outside the folder the user named.
    plain = writes.plain_databases - {":memory:"}
    assert all(PLAIN_ON_REQUEST.get(command, "\0") in name for name in plain), plain
    assert writes.outside(tmp_path) == []


def test_a_password_file_comes_before_the_environment(
    encrypted_demo: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CCRT_CODER_PASSWORD", "a wrong one")
    file = tmp_path / "pw.txt"
    file.write_text(PASSWORD + "\n", encoding="utf-8")
    code, out, _ = run(capsys, "info", encrypted_demo, "--password-file", file)
    assert code == 0 and "Demo study" in out


@pytest.mark.parametrize("password", [None, "a wrong one"])
def test_without_or_with_a_wrong_password_one_line_and_exit_status_2(
    password: str | None,
    encrypted_demo: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if password is None:
        monkeypatch.delenv("CCRT_CODER_PASSWORD", raising=False)
    else:
        monkeypatch.setenv("CCRT_CODER_PASSWORD", password)

    code, out, err = run(capsys, "ccrt", encrypted_demo)

    expected = "is encrypted: give its password" if password is None else "wrong password for"
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("error: ") and expected in err
    assert "Traceback" not in err and (password is None or password not in err)


@pytest.mark.parametrize("command", ["new", "demo", "generate"])
def test_a_new_project_is_written_encrypted_on_request(
    command: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CCRT_CODER_NEW_PASSWORD", PASSWORD)
    out = tmp_path / "new.ccrt"
    extra = ["--dyads", "2", "--coders", "2"] if command == "generate" else []
    assert run(capsys, command, out, "--encrypt", *extra)[0] == 0
    cipher._passwords.clear()

    assert run(capsys, "info", out)[0] == 2  # no password: refused
    monkeypatch.setenv("CCRT_CODER_PASSWORD", PASSWORD)
    assert run(capsys, "info", out)[0] == 0
    assert readable_secrets(tmp_path) == []


def test_encrypt_change_password_and_decrypt_keep_every_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    project = tmp_path / "demo.ccrt"
    assert run(capsys, "demo", project)[0] == 0
    before = run(capsys, "info", project, "--json")[1]
    monkeypatch.setenv("CCRT_CODER_NEW_PASSWORD", PASSWORD)
    assert run(capsys, "encrypt", project)[0] == 0
    assert readable_secrets(tmp_path) == []
    assert sorted(p.name for p in tmp_path.glob("demo*")) == ["demo.ccrt"]  # nothing beside
    cipher._passwords.clear()

    monkeypatch.setenv("CCRT_CODER_PASSWORD", PASSWORD)
    monkeypatch.setenv("CCRT_CODER_NEW_PASSWORD", "a second passphrase")
    assert run(capsys, "change-password", project)[0] == 0
    cipher._passwords.clear()
    assert run(capsys, "info", project)[0] == 2  # the old password no longer opens it
    monkeypatch.setenv("CCRT_CODER_PASSWORD", "a second passphrase")
    assert run(capsys, "info", project, "--json")[1] == before
    assert run(capsys, "decrypt", project)[0] == 0
    cipher._passwords.clear()
    monkeypatch.delenv("CCRT_CODER_PASSWORD")
    assert project.read_bytes().startswith(b"SQLite format 3\x00")
    assert run(capsys, "info", project, "--json")[1] == before


def test_an_encrypted_project_is_not_encrypted_again(
    encrypted_demo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CCRT_CODER_PASSWORD", PASSWORD)
    code, _, err = run(capsys, "encrypt", encrypted_demo)
    assert code == 1 and "encrypted already" in err
