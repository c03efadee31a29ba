"""Guard against a Qt binding that corrupts reference counts (PySide6 6.12.0 on CPython 3.11)."""

import os
import subprocess
import sys

STRESS = """
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
app = QApplication([])
window = QWidget()
label = QLabel("x")
QVBoxLayout(window).addWidget(label)
window.show()
for i in range(20000):
    window.resize(300 + i % 50, 200)
    label.setText(str(i))
    window.setEnabled(bool(i % 2))
    app.processEvents()
print("survived")
"""


def test_many_calls_returning_none_do_not_crash_the_interpreter() -> None:
    """6.12.0 aborted this loop with 'deallocating None'; long coding sessions would crash too."""
    result = subprocess.run(
        [sys.executable, "-c", STRESS],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert "survived" in result.stdout
