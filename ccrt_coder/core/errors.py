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


class ProjectBusyError(CcrtError):
    """Another program kept the project's write lock longer than a write waits for it."""


MAX_LISTED_PROBLEMS = 20


def listed(problems: list[str], total: int | None = None) -> str:
    """Problems on one line: the first MAX_LISTED_PROBLEMS, then how many more there are
    (``total`` when only the first ones were kept)."""
    total = len(problems) if total is None else total
    shown = problems[:MAX_LISTED_PROBLEMS]
    more = total - len(shown)
    return "; ".join(shown) + (f"; …and {more} more" if more else "")
