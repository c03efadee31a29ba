"""The report use case: a manuscript-ready .docx or .html of the study's reliability and CCRT.

Reads the analyses (agreement of the chosen coders, the CCRT and the patient–therapist
comparison of the chosen layer), maps them into the document model (report_content) and writes
it atomically: a failed or cancelled report leaves no file under the target name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ccrt_coder import __version__
from ccrt_coder.analysis.ccrt.comparison import ComparisonResults, compare
from ccrt_coder.analysis.ccrt.formation import CcrtResults
from ccrt_coder.core.domain import Layer
from ccrt_coder.core.errors import CcrtError, InputError
from ccrt_coder.core.progress import Cancelled, Progress
from ccrt_coder.io.atomic_file import atomic_outputs
from ccrt_coder.io.report_docx import write_docx
from ccrt_coder.io.report_html import write_html
from ccrt_coder.io.report_model import Paragraph, ReportDocument, Section, redacted, text
from ccrt_coder.storage.database import Database
from ccrt_coder.usecases import agreement, ccrt, redaction, study
from ccrt_coder.usecases.report_content import (
    MAX_DYAD_ROWS,
    PAIR_KIND,
    ReportData,
    build_document,
)
from ccrt_coder.usecases.report_methods import MethodsFacts

FORMATS = (".docx", ".html")
CONSENSUS = "consensus"
LEVELS = ("cluster", "category", "direction")  # direction: CCRT-LU systems only
STEPS = ("agreement", "ccrt", "comparison", "document", "file")


class ReportCancelled(CcrtError):
    """The user cancelled a report; no file was written or changed."""


@dataclass(frozen=True)
class ReportOptions:
    """``coders`` empty: every coder with units; ``layer``: "consensus" or a coder's name (the
    layer the CCRT is formed from); ``level``: cluster (the method's default), category or,
    for a CCRT-LU system, direction; ``pseudonymize``: people's names replaced by labels
    everywhere in the report (Project ▸ Names to redact…)."""

    coders: tuple[str, ...] = ()
    layer: str = CONSENSUS
    level: str = "cluster"
    pseudonymize: bool = False


@dataclass(frozen=True)
class ReportSummary:
    path: Path
    tables: int
    figures: int


def write_report(
    db: Database,
    out: str | Path,
    options: ReportOptions = ReportOptions(),
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ReportSummary:
    """Write the report to ``out`` (.docx or .html). ``progress(done, total)`` counts the steps
    (analyses, document, file); a cancel between them raises :class:`ReportCancelled`."""
    out = Path(out)
    if out.suffix.lower() not in FORMATS:
        raise InputError(f"{out.name}: choose a file ending in .docx or .html")
    if options.level not in LEVELS:
        raise InputError(f"level must be one of {', '.join(LEVELS)}, not {options.level!r}")
    step = _Steps(progress, cancelled)
    with atomic_outputs([out]) as partials:
        with db.snapshot():  # every analysis of the report reads one state of the file
            document = report_document(db, options, step)
        (write_docx if out.suffix.lower() == ".docx" else write_html)(partials[0], document)
        step()
    return ReportSummary(out, len(document.tables()), len(document.figures()))


def report_document(
    db: Database, options: ReportOptions, step: _Steps | None = None
) -> ReportDocument:
    """The report's content for ``options`` (what :func:`write_report` writes)."""
    step = step or _Steps(None, None)
    choice = ccrt.choose_layer(
        db, None if options.layer == CONSENSUS else options.layer, options.layer == CONSENSUS
    )
    step.start()
    agreement_dict, missing = _agreement(db, options.coders, options.level)
    step()
    results = ccrt.ccrt_results(db, choice)
    ccrt.check_level(results, options.level)  # the direction level needs a CCRT-LU system
    step()
    comparison = compare(results, level=options.level)
    step()
    info = study.project_info(db)
    settings = results.settings
    own = {name: layers.get("coder", 0) for name, layers in info.units.items()}
    if choice.layer is Layer.CONSENSUS:
        layer_words = "the consensus layer"
        layer_units = sum(layers.get("consensus", 0) for layers in info.units.values())
    else:
        layer_words = f"the own layer of coder {choice.coder}"
        layer_units = own.get(choice.coder or "", 0)
    facts = MethodsFacts(
        study=info.study,
        project_file=Path(info.path).name,
        dyads=info.dyads,
        phases=tuple(settings.phases),
        interviews=info.interviews,
        res=info.res,
        coders=tuple(options.coders or info.coders),
        units=own,
        layer=layer_words,
        layer_units=layer_units,
        level=options.level,
        category_system=info.category_system,
        completeness_threshold=settings.completeness_threshold,
        min_res=settings.min_res,
        version=__version__,
        lu_directions=ccrt.DIRECTION in results.levels,
    )
    level = options.level
    data = ReportData(
        facts=facts,
        agreement=agreement_dict,
        agreement_missing=missing,
        ccrt=results.to_dict(
            dyads=_listed_dyads(results),
            scopes=[ccrt.ALL],
            levels=list(
                dict.fromkeys((level, *(x for x in results.levels if x == ccrt.DIRECTION)))
            ),
        ),
        comparison=comparison_dict(comparison),
    )
    document = build_document(data)
    if options.pseudonymize:
        document = _pseudonymized(document, redaction.pseudonymizer(db).text)
    step()
    return document


PSEUDONYMIZED = (
    "Names are pseudonymised in this report: patients and therapists appear by their codes, "
    "other persons by role and number (e.g., [MOTHER], [FRIEND-2]) and coders as Coder 1 to n."
)


def _pseudonymized(document: ReportDocument, redact: Callable[[str], str]) -> ReportDocument:
    """Every text redacted, and the Method (the first section) saying so."""
    document = redacted(document, redact)
    method, *rest = document.sections
    said = Paragraph(text(PSEUDONYMIZED))
    return replace(document, sections=(Section(method.heading, (*method.blocks, said)), *rest))


def _listed_dyads(results: CcrtResults) -> list[str]:
    """The pooled scopes, and each dyad's when the report lists them one by one."""
    dyads = [d for d in results.grid.dyads if d != ccrt.POOLED]
    return [ccrt.POOLED, *(dyads if len(dyads) <= MAX_DYAD_ROWS else ())]


def comparison_dict(comparison: ComparisonResults) -> dict[str, Any]:
    """``ComparisonResults.to_dict()`` without each pair's two sides (their CCRTs, which the
    report takes from the CCRT itself: the sides cost seconds on a 200-dyad study) and with
    only the patient-vs-therapist pairs the report shows."""
    data: dict[str, Any] = comparison.to_dict(sides=False)  # JSON-ready nesting
    data["pairs"] = [p for p in data["pairs"] if p["kind"] == PAIR_KIND]
    return data


def _agreement(
    db: Database, coders: tuple[str, ...], level: str
) -> tuple[dict[str, object] | None, str]:
    """The agreement report's dict (formulations at the report's level), or None and why (only
    when the coders were not named)."""
    try:
        report = agreement.agreement_report(db, coders or None, level)
    except InputError as error:
        if coders:
            raise
        return None, f"Interrater reliability is not reported: {error}."
    data = report.to_dict()
    data.pop("disagreements", None)  # the list of single disagreements is not for a manuscript
    return data, ""


class _Steps:
    """Counts the report's steps into ``progress``; raises ReportCancelled when asked to stop."""

    def __init__(self, progress: Progress | None, cancelled: Cancelled | None) -> None:
        self._progress, self._cancelled, self._done = progress, cancelled, 0

    def start(self) -> None:
        self._report()

    def __call__(self) -> None:
        self._done += 1
        self._report()

    def _report(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ReportCancelled("report cancelled; no file was written")
        if self._progress is not None:
            self._progress(self._done, len(STEPS))
