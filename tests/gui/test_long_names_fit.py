"""Long names from coders and colleagues never widen the window past a 1024-pixel screen: the
coder chooser, the status bar and the RE's details elide them and show them whole on hover."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThreadPool

from ccrt_coder.core.domain import NarratorRole
from ccrt_coder.core.records import ReHeader
from ccrt_coder.usecases.project import Project
from tests.demo_file import demo_copy
from tests.gui.coding_helpers import show_interview
from tests.gui.workspace_helpers import open_as

CODER = "Dr. Annemarie Katharina Wilhelmine von Hohenzollern-Sigmaringen " * 3  # 195 chars
OTHER = "Tante Hildegard aus Oberammergau, die Schwester der Mutter " * 2


def test_long_names_elide_and_the_window_fits_1024_pixels(qtbot, tmp_path: Path) -> None:
    path = demo_copy(tmp_path)
    with Project.open(path) as project:
        project.rename_coder("Coder A (L. Berger)", CODER.strip())
        first = next(i for i in project.interviews() if i.dyad == "D01")
        re = project.episodes(first.id)[0]
        project.update_re(re.id, ReHeader(re.other_type, OTHER.strip(), re.time_frame))
    window = open_as(qtbot, path, CODER.strip(), lead=True)
    show_interview(qtbot, window, "D01", NarratorRole.PATIENT, 5)
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() <= 1024)
    assert window.minimumSizeHint().width() <= 1024
    assert window.width() == 1024

    chooser_name = window.coder_chooser._name
    assert chooser_name.text() == CODER.strip()  # the whole name is kept
    assert chooser_name.is_elided() and CODER.strip() in chooser_name.toolTip()
    other = window.workspace.panel.header.other
    assert other.text() == f"mother ({OTHER.strip()})"
    assert other.is_elided() and OTHER.strip() in other.toolTip()
    position = window.position.position
    assert position.text().endswith(f"{CODER.strip()} (lead)")
    assert position.is_elided() and CODER.strip() in position.toolTip()
    QThreadPool.globalInstance().waitForDone(10_000)
