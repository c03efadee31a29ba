"""The short texts the Agreement view shows about what was computed and how it was computed."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication

from ccrt_coder.gui.agreement.compute import AgreementRun
from ccrt_coder.gui.widgets.terms import level_word
from ccrt_coder.gui.widgets.tr_marks import QT_TRANSLATE_NOOP
from ccrt_coder.usecases.agreement import AgreementReport

CONSENSUS_NOTE = QT_TRANSLATE_NOOP(
    "agreement.status", "Coder layers only: the consensus layer never enters these figures."
)
FEWER_THAN_TWO = QT_TRANSLATE_NOOP(
    "agreement.status",
    "Choose at least two coders.\n\nAgreement compares the coders' own layers: check two or "
    "more coders above.",
)


def scope_text(report: AgreementReport) -> str:
    """'45 REs coded by all 2 chosen coders (of 45) · category level ·' and what was left out."""
    res = report.res
    who = (
        QCoreApplication.translate("agreement.status", "both coders")
        if len(report.coders) == 2
        else QCoreApplication.translate("agreement.status", "all {n_coders} coders").format(
            n_coders=len(report.coders)
        )
    )
    left = (
        QCoreApplication.translate(
            "agreement.status", "; {n_some} coded by only some are left out"
        ).format(n_some=res.n_some)
        if res.n_some
        else ""
    )
    return QCoreApplication.translate(
        "agreement.status",
        "{n_shared} of {n_res} REs coded by {who}{left} · {level} level · span "
        "overlap ≥ {overlap:.2f}.",
    ).format(
        n_shared=res.n_shared,
        n_res=res.n_res,
        who=who,
        left=left,
        level=level_word(report.level),
        overlap=report.overlap,
    )


def computed_text(run: AgreementRun) -> str:
    return QCoreApplication.translate(
        "agreement.status", "Computed at {time} in {seconds:.1f} s."
    ).format(time=time.strftime("%H:%M"), seconds=run.seconds)
