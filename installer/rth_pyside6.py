"""Run-time hook in place of PyInstaller's pyi_rth_pyside6 on Linux (see build_installer.spec).

PyInstaller's hook imports PySide6.QtCore before the app runs, to register a qt.conf that points
Qt at its plugins and translations inside the bundle. That loads Qt and its ICU for every
command, `--version` and the table-printing commands too (about 70 ms of CPU). This hook sets
the same paths but registers the qt.conf right after the app itself first imports QtCore.
"""

import os
import sys


def _pyi_rthook() -> None:
    import importlib.util

    qt = os.path.join(sys._MEIPASS, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt, "plugins")
    os.environ["QML2_IMPORT_PATH"] = os.path.join(qt, "qml")

    class ConfigureQtOnImport:
        """A meta path finder that only wraps the loading of PySide6.QtCore, once."""

        def find_spec(self, name, path=None, target=None):
            if name != "PySide6.QtCore":
                return None
            sys.meta_path.remove(self)
            spec = importlib.util.find_spec(name)
            if spec is None or spec.loader is None:
                return spec
            load = spec.loader.exec_module

            def exec_module(module):
                load(module)
                from _pyi_rth_utils import qt as qt_rth_utils

                qt_rth_utils.create_embedded_qt_conf("PySide6", qt)

            spec.loader.exec_module = exec_module
            return spec

    sys.meta_path.insert(0, ConfigureQtOnImport())


_pyi_rthook()
del _pyi_rthook
