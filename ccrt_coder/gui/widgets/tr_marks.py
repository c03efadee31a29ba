"""``QT_TRANSLATE_NOOP`` typed as returning ``str`` (PySide6's stub says ``object``).

lupdate finds marked strings by this name, so the marks stay where the words are defined (menu
tables, column titles) and ``QCoreApplication.translate`` translates them when shown.
"""


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for translation in ``context``; return it untranslated."""
    return source
