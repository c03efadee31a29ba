"""User-supplied text shown as text, never as HTML.

Qt renders a label, a tooltip or a message box as rich text when its text "might be rich
text" (``Qt.mightBeRichText``): a coder, study, dyad or category named
``<h1><font color=red>…</font></h1><img src=…>`` would show as a red banner and load a local
image. Names come from coders, imported files and colleagues' projects, so every text that can
hold one goes through these helpers.
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox


def plain(label: QLabel) -> QLabel:
    """``label`` showing its text as typed (the caller keeps using the returned label)."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def html(text: str) -> str:
    """``text`` for a place inside rich text (a label, tooltip or document built of HTML).

    What ``html.escape(text, quote=False)`` does, without loading the HTML5 entity table that
    importing the ``html`` package costs at start-up."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def as_text(text: str) -> str:
    """``text`` for a place where Qt itself decides whether text is rich (tooltips, item
    tooltips, labels Qt makes such as QProgressDialog's, QMessageBox's static functions): one
    that looks like HTML is escaped inside a paragraph that keeps its line breaks, so it shows
    exactly as typed."""
    if not QtGui.Qt.mightBeRichText(text):
        return text
    return f"<p style='white-space:pre-wrap'>{html(text)}</p>"


def plain_box(box: QMessageBox) -> QMessageBox:
    """``box`` showing its text and informative text as typed (Qt applies the format to both)."""
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box
