"""The export use case: a project's coded set as an .xlsx workbook or CSV files, all or nothing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ccrt_coder import __version__
from ccrt_coder.core.errors import CcrtError, InputError, NotFoundError
from ccrt_coder.core.progress import Cancelled, Progress
from ccrt_coder.io.atomic_file import atomic_outputs
from ccrt_coder.io.csv_writer import write_csv
from ccrt_coder.io.sheet_source import SheetSource
from ccrt_coder.io.xlsx_writer import write_xlsx
from ccrt_coder.storage import coding_store, schema, study_store
from ccrt_coder.storage.database import Database
from ccrt_coder.usecases import agreement_sheet, analysis_sheets, export_sheets, redaction
from ccrt_coder.usecases.export_sheets import ExportScope
from ccrt_coder.usecases.redaction import Pseudonymizer

if TYPE_CHECKING:
    from ccrt_coder.storage.database import Session  # what db.transaction() yields

LAYER_CHOICES = {"coder": ("coder",), "consensus": ("consensus",), "all": ("coder", "consensus")}
FORMATS = (".xlsx", ".csv")
BUILDERS = {
    "units": export_sheets.units_sheet,
    "res": export_sheets.res_sheet,
    "memos": export_sheets.memos_sheet,
    "ccrt": analysis_sheets.ccrt_sheet,
    "comparison": analysis_sheets.comparison_sheet,
    "dyads": analysis_sheets.dyad_similarity_sheet,
    "agreement": agreement_sheet.agreement_sheet,
    "categories": export_sheets.categories_sheet,
    "about": export_sheets.about_sheet,
}
"""Sheet key (``--sheet``, ``OUT-<key>.csv``) -> builder(session, scope), in workbook order."""


class ExportCancelled(CcrtError):
    """The user cancelled an export; no file was written or changed."""


@dataclass(frozen=True)
class ExportOptions:
    """``coders`` empty: every coder; ``layer``: coder, consensus or all; ``sheets`` empty: all;
    ``pseudonymize``: people's names replaced by labels everywhere (see usecases.redaction)."""

    coders: tuple[str, ...] = ()
    layer: str = "all"
    sheets: tuple[str, ...] = ()
    pseudonymize: bool = False  # names replaced by labels (usecases.redaction)


@dataclass(frozen=True)
class ExportReport:
    """The files written and the number of data rows of each sheet."""

    files: tuple[Path, ...]
    rows: dict[str, int] = field(default_factory=dict)


def sheet_keys() -> tuple[str, ...]:
    """Keys of the sheets an export can hold (``--sheet``), in workbook order."""
    return tuple(BUILDERS)


def csv_path(out: Path, key: str) -> Path:
    """``OUT.csv`` -> ``OUT-units.csv`` for the sheet ``units``."""
    return out.with_name(f"{out.stem}-{key}.csv")


def export_project(
    db: Database,
    out: str | Path,
    options: ExportOptions = ExportOptions(),
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportReport:
    """Write the chosen sheets to ``out`` (.xlsx: one workbook; .csv: one file per sheet).

    Runs on a worker thread in the GUI: ``progress(done, total)`` counts rows (``total`` is an
    estimate for some analysis sheets; the last call has ``done == total``), ``cancelled()`` is
    polled as often; a cancel raises :class:`ExportCancelled`. Files appear under their
    names only when everything was written; before that nothing under those names changes.
    """
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise InputError(f"{out.name}: choose a file ending in .xlsx or .csv")
    keys = _chosen_sheets(options.sheets)
    targets = [out] if suffix == ".xlsx" else [csv_path(out, key) for key in keys]
    with atomic_outputs(targets) as partials, db.snapshot() as session:  # folder checked first
        sources = sheet_sources(session, db, options, keys)
        tracker = _Tracker(sum(s.total for s in sources), progress, cancelled)
        tracker(0)
        if suffix == ".xlsx":
            rows = write_xlsx(partials[0], sources, tracker)
        else:
            rows = _write_csvs(partials, sources, tracker)
        tracker.finish(sum(rows.values()))
    return ExportReport(tuple(targets), rows)


def sheet_sources(
    session: Session, db: Database, options: ExportOptions, keys: Sequence[str] | None = None
) -> list[SheetSource]:
    """The chosen sheets (``keys``; default: ``options.sheets``) as row streams of ``session``."""
    scope = _scope(session, db, options)
    sources = [BUILDERS[key](session, scope) for key in keys or _chosen_sheets(options.sheets)]
    if scope.pseudonymizer is None:
        return sources
    return [_pseudonymized(source, scope.pseudonymizer) for source in sources]


def _pseudonymized(source: SheetSource, pseudonymizer: Pseudonymizer) -> SheetSource:
    """Every text of the sheet, its column names too (they can hold coders' names), redacted."""
    rows = (pseudonymizer.row(row) for row in source.rows)
    header = tuple(pseudonymizer.text(str(name)) for name in source.header)
    return SheetSource(source.name, source.key, header, rows, source.total, source.wrap)


def _write_csvs(
    partials: Sequence[Path], sources: Sequence[SheetSource], tracker: _Tracker
) -> dict[str, int]:
    rows: dict[str, int] = {}
    for partial, source in zip(partials, sources, strict=True):
        rows[source.name] = write_csv(partial, source, tracker, sum(rows.values()))
    return rows


def _chosen_sheets(wanted: Sequence[str]) -> list[str]:
    known = sheet_keys()
    chosen = {name.strip().lower() for name in wanted}
    unknown = sorted(chosen - set(known))
    if unknown:
        raise InputError(f"unknown sheet(s) {', '.join(unknown)}; choose from {', '.join(known)}")
    return [key for key in known if not chosen or key in chosen]


def _scope(session: Session, db: Database, options: ExportOptions) -> ExportScope:
    layers = LAYER_CHOICES.get(options.layer.strip().lower())
    if layers is None:
        raise InputError(f"layer must be one of {', '.join(LAYER_CHOICES)}, not {options.layer!r}")
    coder_ids: tuple[int, ...] | None = None
    if options.coders:
        by_name = {c.name: c.id for c in coding_store.list_coders(session)}
        missing = [name for name in options.coders if name not in by_name]
        if missing:
            raise NotFoundError(
                f"no coder called {', '.join(map(repr, missing))}; the coders are: "
                f"{', '.join(by_name) or 'none'}"
            )
        coder_ids = tuple(by_name[name] for name in dict.fromkeys(options.coders))
    return ExportScope(
        project_path=str(db.path),
        settings=study_store.load_settings(session),
        system=study_store.load_category_system(session),
        coder_ids=coder_ids,
        coder_names=tuple(dict.fromkeys(options.coders)),
        layers=layers,
        schema_revision=schema.SCHEMA_HEAD,
        app_version=__version__,
        exported_at=datetime.now(UTC).replace(tzinfo=None, microsecond=0),
        db=db,
        pseudonymizer=redaction.pseudonymizer_in(session) if options.pseudonymize else None,
    )


class _Tracker:
    """Rows written -> ``progress(done, total)``; raises ExportCancelled when asked to stop."""

    def __init__(self, total: int, progress: Progress | None, cancelled: Cancelled | None) -> None:
        self._total = total
        self._progress = progress
        self._cancelled = cancelled

    def __call__(self, done: int) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled("export cancelled; no file was written")
        if self._progress is not None:
            self._progress(min(done, self._total), self._total)

    def finish(self, done: int) -> None:
        """The last report: all done (some sheets' row counts are estimates until written)."""
        if self._progress is not None:
            self._progress(done, done)
