"""The PySide6 user interface; the only package that imports Qt.

The use cases load here, before Qt: once PySide6 is imported, its import hook reads the source
of every module that imports anything (to find ``from __feature__`` in it), which costs the
app's start-up some 5 % when the Qt-free layers load after it.
"""

from ccrt_coder.usecases import project as _project  # noqa: F401  (loaded before Qt, see above)
