"""The garbage collector waits while the app starts and skips its last sweep at exit.

Start-up allocates mostly what lives until the process ends (modules, classes, widgets): the
collector's passes over it find next to nothing, yet cost ~40 ms of a start, and its sweep of
everything at exit another ~60 ms (issue 15). ``pause`` holds it until the first frame is painted
(or a command's own work begins), ``resume`` lets it run again. Standard library only: the CLI and
the GUI both call it.
"""

from __future__ import annotations

import atexit
import gc

_exit_hooked: list[bool] = []


def pause() -> None:
    """No collection until :func:`resume`; at exit, none of what is then alive (the OS frees it)."""
    gc.disable()
    if not _exit_hooked:
        _exit_hooked.append(True)
        atexit.register(gc.freeze)  # runs before the interpreter's final sweeps


def resume() -> None:
    """Collect again (what start-up left is looked at once, in the next collection)."""
    gc.enable()
