"""A database error said in plain words: never the SQL, never its parameters (which can hold
transcript text), so the CLI and the GUI can show it and the log can keep it."""

from __future__ import annotations

# (words in SQLite's message, what to tell the user), the first that matches wins
_PLAIN = (
    (("disk is full", "database or disk is full"), "the disk is full (or the project file "
     "reached its size limit); the last change was not saved"),
    (("readonly", "read-only"), "the project file cannot be written (the file or its folder is "
     "read-only); the last change was not saved"),
    (("locked", "busy"), "the project file is busy: another program is writing to it; try again"),
    (("disk i/o error",), "the disk could not read or write the project file"),
    (("not a database", "malformed", "encrypted"), "the project file is damaged or not a "
     "CCRT Coder project"),
    (("unable to open",), "the project file cannot be opened"),
)  # fmt: skip


def database_problem(error: BaseException) -> str | None:
    """What to tell a user about a database error; None when ``error`` is not one."""
    from sqlalchemy.exc import DBAPIError, IntegrityError, StatementError  # lazy: CLI start-up

    from ccrt_coder.storage.cipher import errors

    cause = error.orig if isinstance(error, StatementError) else error
    if not isinstance(cause, errors()) and not isinstance(error, DBAPIError):
        return None
    args = getattr(cause, "args", ())
    said = str(args[0]).lower() if args else ""
    for words, message in _PLAIN:
        if any(word in said for word in words):
            return message
    if isinstance(error, IntegrityError) or isinstance(cause, errors("IntegrityError")):
        return "the change conflicts with what the project file holds; it was not saved"
    code = getattr(cause, "sqlite_errorname", None)
    return f"the project file could not be read or written ({code or 'database error'})"
