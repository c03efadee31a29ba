"""User-facing errors: their message is shown as is (CLI `error: ...`, GUI message box)."""


class CcrtError(Exception):
    """Base of every error whose message a user can act on."""


class InputError(CcrtError):
    """A file or value given by the user cannot be used (unreadable, malformed, invalid)."""


class ProjectFileError(CcrtError):
    """A path is not a usable CCRT project (not SQLite, another app's, newer, unwritable)."""


class NotFoundError(CcrtError):
    """A named thing (dyad, coder, RE, unit) does not exist in the project."""


class PasswordError(ProjectFileError):
    """An encrypted project was opened without its password or with a wrong one."""
