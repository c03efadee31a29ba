"""Phases typed as text (``5, 15, 28``), as the settings and the study design dialogs take them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def parse_phases(text: str) -> tuple[int, ...]:
    """``"5, 15, 28"`` -> (5, 15, 28); refuses what is not a number.

    Which phase lists are valid (non-empty, positive, distinct, keeping the phases that have
    interviews) is the project's rule, checked when the phases are stored.
    """
    parts = [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]
    try:
        return tuple(sorted(int(p) for p in parts))
    except ValueError:
        raise ValueError(
            QCoreApplication.translate(
                "widgets.phases", "Phases are session numbers, e.g. 5, 15, 28."
            )
        ) from None
