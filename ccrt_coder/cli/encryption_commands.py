"""`encrypt`, `decrypt` and `change-password`: store a project encrypted (SQLCipher) or not.

Each writes a new file beside the project, verifies it and swaps it in; the project must not be
open elsewhere. Passwords: see :mod:`ccrt_coder.cli.passwords`.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ccrt_coder.cli.passwords import add_new_password_option, new_password


def register(sub: argparse._SubParsersAction) -> None:
    encrypt = sub.add_parser(
        "encrypt",
        help="encrypt a project with a password (a lost password cannot be recovered)",
        description="Rewrite PROJECT encrypted with a new password (SQLCipher 4): a new file "
        "beside it, verified, then swapped in. Close the project in the app first. Older "
        "backups (PROJECT.bak-*) stay as they are.",
    )
    decrypt = sub.add_parser("decrypt", help="store an encrypted project unencrypted again")
    change = sub.add_parser("change-password", help="give an encrypted project a new password")
    for parser, handler in ((encrypt, _encrypt), (decrypt, _decrypt), (change, _change)):
        parser.add_argument("project", type=Path, metavar="PROJECT")
        parser.set_defaults(handler=handler)
    for parser in (encrypt, change):
        add_new_password_option(parser)


def _encrypt(args: argparse.Namespace) -> int:
    from ccrt_coder.usecases import encryption

    encryption.check_can_encrypt(args.project)  # before asking for a password
    encryption.encrypt_project(args.project, new_password(args))
    print(f"encrypted {args.project}")
    return 0


def _decrypt(args: argparse.Namespace) -> int:
    from ccrt_coder.usecases import encryption

    encryption.decrypt_project(args.project)
    print(f"decrypted {args.project}: it is stored unencrypted now")
    return 0


def _change(args: argparse.Namespace) -> int:
    from ccrt_coder.usecases import encryption

    encryption.check_can_rekey(args.project)
    encryption.change_password(args.project, new_password(args))
    print(f"changed the password of {args.project}")
    return 0
