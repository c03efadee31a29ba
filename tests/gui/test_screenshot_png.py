"""The screenshot's own PNG writer: every pixel as Qt reads it back, any width."""

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from ccrt_coder.cli.entry import main
from ccrt_coder.gui.shell.screenshot_png import write_png
from tests.demo_file import demo_copy


@pytest.mark.parametrize("width", [1, 7, 64])  # rows padded to 4 bytes, and not
def test_every_pixel_reads_back(qapp, tmp_path: Path, width: int) -> None:
    image = QImage(width, 5, QImage.Format.Format_ARGB32)
    for x in range(width):
        for y in range(5):
            image.setPixelColor(x, y, QColor((x * 37) % 256, (y * 91) % 256, (x * y * 13) % 256))
    write_png(image, tmp_path / "x.png")
    back = QImage(str(tmp_path / "x.png"))
    assert back.size() == image.size()
    assert back.convertToFormat(QImage.Format.Format_RGB32) == image.convertToFormat(
        QImage.Format.Format_RGB32
    )


def test_a_screenshot_into_a_missing_folder_is_one_line(tmp_path, capsys) -> None:
    out = tmp_path / "nowhere" / "shot.png"
    assert main(["screenshot", "--project", str(demo_copy(tmp_path)), str(out)]) == 1
    assert capsys.readouterr().err.startswith("error: No such file or directory")
