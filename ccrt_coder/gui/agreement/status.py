"""The short texts the Agreement view shows about what was computed and how it was computed."""

from __future__ import annotations

import time

from ccrt_coder.gui.agreement.compute import AgreementRun
from ccrt_coder.usecases.agreement import AgreementReport

CONSENSUS_NOTE = "Coder layers only: the consensus layer never enters these figures."
FEWER_THAN_TWO = (
    "Choose at least two coders.\n\nAgreement compares the coders' own layers: check two or "
    "more coders above."
)


def scope_text(report: AgreementReport) -> str:
    """'45 REs coded by all 2 chosen coders (of 45) · category level ·' and what was left out."""
    res = report.res
    who = "both coders" if len(report.coders) == 2 else f"all {len(report.coders)} coders"
    left = f"; {res.n_some} coded by only some are left out" if res.n_some else ""
    return (
        f"{res.n_shared} of {res.n_res} REs coded by {who}{left} · {report.level} level · "
        f"span overlap ≥ {report.overlap:.2f}."
    )


def computed_text(run: AgreementRun) -> str:
    return f"Computed at {time.strftime('%H:%M')} in {run.seconds:.1f} s."
