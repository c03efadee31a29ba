"""Passwords of encrypted projects on the command line: one way for every command.

A project's password: ``--password-file FILE`` > ``$CCRT_CODER_PASSWORD`` > a prompt (asked
for each encrypted project the command reads). A new password (``--encrypt``, ``encrypt``,
``change-password``): ``--new-password-file FILE`` > ``$CCRT_CODER_NEW_PASSWORD`` > (when the
command reads no encrypted project) the project password's sources > a prompt, asked twice.
Passwords are held in memory only and never printed.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from ccrt_coder.usecases import encryption
from ccrt_coder.usecases.domain import InputError, PasswordError

PASSWORD_ENV = "CCRT_CODER_PASSWORD"
NEW_PASSWORD_ENV = "CCRT_CODER_NEW_PASSWORD"
_PROJECT_ARGS = ("project", "target", "sources")  # arguments naming projects a command reads


def add_password_option(sub: argparse._SubParsersAction) -> None:
    """Give every command ``--password-file`` for the encrypted projects it reads."""
    for parser in {id(p): p for p in sub.choices.values()}.values():
        parser.add_argument(
            "--password-file",
            type=Path,
            metavar="FILE",
            help=f"read encrypted projects' password from FILE (else ${PASSWORD_ENV}, else ask)",
        )


def add_new_password_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--new-password-file",
        type=Path,
        metavar="FILE",
        help=f"the new password from FILE (else ${NEW_PASSWORD_ENV}, else ask twice)",
    )


def add_encrypt_option(parser: argparse.ArgumentParser) -> None:
    """``--encrypt`` (with ``--new-password-file``) for a command that writes a new project."""
    parser.add_argument("--encrypt", action="store_true", help="encrypt it with a new password")
    add_new_password_option(parser)


def password_to_encrypt(args: argparse.Namespace) -> str | None:
    """The new project's password when ``--encrypt`` was given, else None."""
    return new_password(args) if args.encrypt else None


def unlock(args: argparse.Namespace) -> None:
    """Ask for the password of each encrypted project the command reads, and check it."""
    for path in _project_paths(args):
        if encryption.needs_password(path):
            encryption.use_password(path, _existing_password(args, path))
            encryption.check_password(path)
            args.read_encrypted = True


def new_password(args: argparse.Namespace) -> str:
    """The password for a file the command encrypts (see the module's description)."""
    password = _from_file(getattr(args, "new_password_file", None)) or os.environ.get(
        NEW_PASSWORD_ENV
    )
    if not password and not getattr(args, "read_encrypted", False):
        password = _from_file(getattr(args, "password_file", None)) or os.environ.get(PASSWORD_ENV)
    if not password:
        password = _prompt("New password: ")
        if _prompt("Repeat the new password: ") != password:
            raise InputError("the two passwords differ; nothing was changed")
    if not password:
        raise InputError("the password must not be empty")
    return password


def _project_paths(args: argparse.Namespace) -> list[Path]:
    paths: list[Path] = []
    for name in _PROJECT_ARGS:
        value = getattr(args, name, None)
        paths += value if isinstance(value, list) else [value] if value is not None else []
    return [Path(p) for p in paths if Path(p).is_file()]


def _existing_password(args: argparse.Namespace, path: Path) -> str:
    password = _from_file(getattr(args, "password_file", None)) or os.environ.get(PASSWORD_ENV)
    if password:
        return password
    if not sys.stdin.isatty():
        raise PasswordError(
            f"{path.name} is encrypted: give its password (--password-file or ${PASSWORD_ENV})"
        )
    return _prompt(f"Password for {path.name}: ")


def _prompt(question: str) -> str:
    if not sys.stdin.isatty():
        raise InputError(
            f"no terminal to ask for a password: use --new-password-file or ${NEW_PASSWORD_ENV}"
        )
    return getpass.getpass(question)


def _from_file(path: Path | None) -> str | None:
    """The first line of a password file (without its line break)."""
    if path is None:
        return None
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the password file {path}") from exc
    line = text.splitlines()[0] if text else ""
    if not line:
        raise InputError(f"the password file {path} is empty")
    return line
