"""The method's words as the GUI shows them (components, narrators, levels), translated on display.

Codes (W, RO, RS, cluster codes) and category labels are data and stay as they are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

if TYPE_CHECKING:
    from ccrt_coder.usecases.domain import InterviewRecord


def component_title(component: object) -> str:
    """``Wish``, ``Response of Other`` or ``Response of Self`` for W, RO, RS (or their enum)."""
    titles = {
        "W": QCoreApplication.translate("terms", "Wish"),
        "RO": QCoreApplication.translate("terms", "Response of Other"),
        "RS": QCoreApplication.translate("terms", "Response of Self"),
    }
    code = str(getattr(component, "value", component))
    return titles.get(code, code)


def narrator_word(narrator: object) -> str:
    """``patient`` or ``therapist`` (a NarratorRole or its value), lower case as in sentences."""
    words = {
        "patient": QCoreApplication.translate("terms", "patient"),
        "therapist": QCoreApplication.translate("terms", "therapist"),
    }
    value = str(getattr(narrator, "value", narrator))
    return words.get(value, value)


def level_word(level: str) -> str:
    """``category``, ``cluster`` or ``direction`` (CCRT-LU), lower case as in sentences."""
    return {
        "category": QCoreApplication.translate("terms", "category"),
        "cluster": QCoreApplication.translate("terms", "cluster"),
        "direction": QCoreApplication.translate("terms", "direction"),
    }.get(level, level)


def statistic_name(key: str, english: str) -> str:
    """A statistic's display name; ``english`` is the analysis layer's name for it."""
    names = {
        "cohen_kappa": QCoreApplication.translate("terms", "Cohen's kappa"),
        "cohen_kappa_linear": QCoreApplication.translate("terms", "Weighted kappa, linear"),
        "cohen_kappa_quadratic": QCoreApplication.translate("terms", "Weighted kappa, quadratic"),
        "scott_pi": QCoreApplication.translate("terms", "Scott's pi"),
        "percent_agreement": QCoreApplication.translate("terms", "Percent agreement"),
        "gwet_ac1": QCoreApplication.translate("terms", "Gwet's AC1"),
        "fleiss_kappa": QCoreApplication.translate("terms", "Fleiss' kappa"),
        "krippendorff_alpha": QCoreApplication.translate("terms", "Krippendorff's alpha"),
        "krippendorff_alpha_interval": QCoreApplication.translate(
            "terms", "Krippendorff's alpha (interval)"
        ),
        "unitizing_alpha": QCoreApplication.translate("terms", "Unitizing alpha"),
        "krippendorff_alpha_ordinal": QCoreApplication.translate(
            "terms", "Krippendorff's alpha (ordinal)"
        ),
        "icc_2_1": QCoreApplication.translate("terms", "ICC(2,1)"),
        "masi_alpha": QCoreApplication.translate("terms", "Krippendorff's alpha (MASI)"),
        "exact_match": QCoreApplication.translate("terms", "Exact match"),
    }
    return names.get(key, english)


class _Counts(QObject):
    """Counted nouns with their plural forms (Qt's ``%n``: the translation picks the form)."""

    def text(self, n: int, noun: str) -> str:
        forms = {
            "RE": lambda: self.tr("%n RE(s)", "", n),
            "shared RE": lambda: self.tr("%n shared RE(s)", "", n),
            "unit": lambda: self.tr("%n unit(s)", "", n),
            "scope": lambda: self.tr("%n scope(s)", "", n),
            "dyad": lambda: self.tr("%n dyad(s)", "", n),
            "interview": lambda: self.tr("%n interview(s)", "", n),
            "rating": lambda: self.tr("%n rating(s)", "", n),
            "conflict": lambda: self.tr("%n conflict(s)", "", n),
            "coder": lambda: self.tr("%n coder(s)", "", n),
            "problem": lambda: self.tr("%n problem(s)", "", n),
            "hit": lambda: self.tr("%n hit(s)", "", n),
            "memo": lambda: self.tr("%n memo(s)", "", n),
            "sheet": lambda: self.tr("%n sheet(s)", "", n),
            "row": lambda: self.tr("%n row(s)", "", n),
            "transcript": lambda: self.tr("%n transcript(s)", "", n),
            "coding": lambda: self.tr("%n coding(s)", "", n),
            "code": lambda: self.tr("%n code(s)", "", n),
            "CSV file": lambda: self.tr("%n CSV file(s)", "", n),
            "file": lambda: self.tr("%n file(s)", "", n),
        }
        return forms[noun]()


_counts: list[_Counts] = []


def count(n: int, noun: str) -> str:
    """``n`` and ``noun`` in the right plural form, e.g. ``count(3, "RE")`` -> ``3 REs``."""
    if not _counts:
        _counts.append(_Counts())
    return _counts[0].text(n, noun)


def interview_words(record: InterviewRecord) -> str:
    """``D01 / patient / phase 5`` in the GUI language."""
    return QCoreApplication.translate("terms", "{dyad} / {narrator} / phase {phase}").format(
        dyad=record.dyad, narrator=narrator_word(record.narrator), phase=record.phase
    )


def lines_words(first_last: list[tuple[int, int]]) -> str:
    """``line 4``, ``lines 5–13`` or ``lines 5–9, 14–17`` for (first, last) line pairs."""
    parts = ", ".join(f"{a}" if a == b else f"{a}–{b}" for a, b in first_last)
    if len(first_last) == 1 and first_last[0][0] == first_last[0][1]:
        return QCoreApplication.translate("terms", "line {lines}").format(lines=parts)
    return QCoreApplication.translate("terms", "lines {lines}").format(lines=parts)
