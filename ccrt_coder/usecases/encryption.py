"""Encrypted projects: give a password for a file, encrypt, decrypt, change the password.

The password is held only in this process's memory, for the files it was given for; it is
never written to settings, logs or messages.
"""

from __future__ import annotations

from pathlib import Path

from ccrt_coder.core.errors import InputError, ProjectFileError
from ccrt_coder.storage import cipher, schema


def use_password(path: str | Path, password: str) -> None:
    """Open (or create) ``path`` with ``password`` from now on, in this process."""
    cipher.remember_password(Path(path), password)


def forget_password(path: str | Path) -> None:
    cipher.forget_password(Path(path))


def is_encrypted(path: str | Path) -> bool:
    return cipher.is_encrypted(Path(path))


def needs_password(path: str | Path) -> bool:
    """Whether ``path`` is encrypted and this process has no password for it yet."""
    path = Path(path)
    return cipher.is_encrypted(path) and cipher.password_for(path) is None


def check_password(path: str | Path) -> None:
    """Raise PasswordError unless the project opens with the password given for it."""
    schema.inspect_project_file(Path(path))


def check_can_encrypt(path: str | Path) -> Path:
    """``path`` as a plain project that can be encrypted (asked before the new password)."""
    path = _existing(path)
    if cipher.is_encrypted(path):
        raise ProjectFileError(f"{path.name} is encrypted already; use change-password")
    schema.inspect_project_file(path)
    return path


def check_can_rekey(path: str | Path) -> Path:
    """``path`` as an encrypted project (its password given) whose password can change."""
    path = _existing(path)
    if not cipher.is_encrypted(path):
        raise ProjectFileError(f"{path.name} is not encrypted; use encrypt")
    schema.inspect_project_file(path)
    return path


def encrypt_project(path: str | Path, password: str) -> None:
    """Encrypt the closed plain project ``path`` in place (a verified copy swapped in)."""
    path = check_can_encrypt(path)
    _check_new(password)
    _rewrite(path, password)


def decrypt_project(path: str | Path) -> None:
    """Store the closed encrypted project ``path`` as a plain SQLite file again."""
    path = _existing(path)
    if not cipher.is_encrypted(path):
        raise ProjectFileError(f"{path.name} is not encrypted")
    schema.inspect_project_file(path)
    _rewrite(path, None)


def change_password(path: str | Path, new_password: str) -> None:
    """Re-encrypt the closed encrypted project ``path`` with ``new_password``."""
    path = check_can_rekey(path)
    _check_new(new_password)
    if new_password == cipher.password_for(path):
        raise InputError("the new password is the old one; nothing was changed")
    _rewrite(path, new_password)


def _existing(path: str | Path) -> Path:
    path = Path(path)
    if not path.is_file():
        raise ProjectFileError(f"{path} does not exist")
    return path


def _check_new(password: str) -> None:
    if not password:
        raise InputError("the password must not be empty")


def _rewrite(path: Path, password: str | None) -> None:
    """``rekey`` (with its uuid and platform modules) loads when a file is rewritten, not with
    every command and app start that only opens one."""
    from ccrt_coder.storage import rekey

    rekey.rewrite(path, password)
