"""Keeping a window live: the watch the GUI polls to learn that others changed the project file.

:meth:`Project.watch_changes <ccrt_coder.usecases.project.Project.watch_changes>` makes one;
:class:`ChangeWatch` is re-exported here so the GUI can name its type without reaching into
storage.
"""

from ccrt_coder.storage.change_watch import ChangeWatch

__all__ = ["ChangeWatch"]
