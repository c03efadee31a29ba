"""The Project's whole-study services: analyses, export, coded-set import, REFI-QDA and merge.

Each loads its use-case module (pandas, lxml, openpyxl behind some) on first use, so opening a
project stays cheap. :class:`~ccrt_coder.usecases.project.Project` inherits them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ccrt_coder.core.progress import Progress
from ccrt_coder.core.records import LayerChoice
from ccrt_coder.storage.database import Database

if TYPE_CHECKING:
    import pandas as pd

    from ccrt_coder.analysis.agreement.report import AgreementReport
    from ccrt_coder.analysis.ccrt.comparison import ComparisonResults
    from ccrt_coder.analysis.ccrt.formation import CcrtResults
    from ccrt_coder.core.bootstrap import BootstrapSettings
    from ccrt_coder.core.records import CoderRecord
    from ccrt_coder.io.qdpx_import import QdpxImportReport
    from ccrt_coder.usecases.coder_copies import CoderCopyReport
    from ccrt_coder.usecases.codes_import import CodesImportReport
    from ccrt_coder.usecases.exchange import QdpxExportSummary
    from ccrt_coder.usecases.export import ExportOptions, ExportReport
    from ccrt_coder.usecases.merge import MergePlan, MergeResult
    from ccrt_coder.usecases.redaction import NameList
    from ccrt_coder.usecases.report import ReportOptions, ReportSummary
    from ccrt_coder.usecases.transcript_import import ImportState
    from ccrt_coder.usecases.units import UnitBrowser


class ProjectServices:
    """The services of an open project file (``_db``), each a thin call into its use case."""

    _db: Database

    # -- analyses -------------------------------------------------------------------------------
    def choose_layer(self, coder: str | None = None, consensus: bool = False) -> LayerChoice:
        """A coder's own layer or the consensus layer (the only coder's when not said)."""
        from ccrt_coder.usecases import ccrt as ccrt_service

        return ccrt_service.choose_layer(self._db, coder, consensus)

    def ccrt_results(self, choice: LayerChoice) -> CcrtResults:
        """The CCRT of every dyad x narrator x phase scope, and pooled over dyads."""
        from ccrt_coder.usecases import ccrt as ccrt_service

        return ccrt_service.ccrt_results(self._db, choice)

    def ccrt_comparison(
        self, choice: LayerChoice, level: str = "cluster", **baseline: int
    ) -> ComparisonResults:
        """Patient vs therapist per dyad and pooled, per phase, and change across phases;
        ``baseline``: permutations and seed of the pseudo-dyad baseline."""
        from ccrt_coder.usecases import ccrt as ccrt_service

        return ccrt_service.ccrt_comparison(self._db, choice, level, **baseline)

    def ccrt_table(self, choice: LayerChoice) -> pd.DataFrame:
        """The long table (one row per dyad x narrator x phase x filter x component x category)."""
        from ccrt_coder.usecases import ccrt as ccrt_service

        return ccrt_service.ccrt_table(self._db, choice)

    def agreement_report(
        self,
        coders: Sequence[str] | None = None,
        level: str = "category",
        overlap: float = 0.5,
        bootstrap: BootstrapSettings | None = None,
    ) -> AgreementReport:
        """Inter-rater agreement of the coders' own layers over the REs they all coded."""
        from ccrt_coder.usecases import agreement as agreement_service

        return agreement_service.agreement_report(self._db, coders, level, overlap, bootstrap)

    def unit_browser(self) -> UnitBrowser:
        """Every coded unit under a filter: listed, counted, tallied, exported (the Units view)."""
        from ccrt_coder.usecases.units import UnitBrowser

        return UnitBrowser(self._db)

    # -- export and coded-set import ------------------------------------------------------------
    def export(
        self,
        out: str | Path,
        options: ExportOptions | None = None,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ExportReport:
        """Write the coded set to OUT.xlsx or OUT-<sheet>.csv files; nothing if cancelled/failed."""
        from ccrt_coder.usecases.export import ExportOptions, export_project

        return export_project(self._db, out, options or ExportOptions(), progress, cancelled)

    def write_report(
        self,
        out: str | Path,
        options: ReportOptions | None = None,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ReportSummary:
        """Write the manuscript report (.docx or .html); nothing if cancelled or failed."""
        from ccrt_coder.usecases.report import ReportOptions, write_report

        return write_report(self._db, out, options or ReportOptions(), progress, cancelled)

    def import_codes(
        self, path: str | Path, coder: str | None = None, skip_existing: bool = False
    ) -> CodesImportReport:
        """Add coded units from a Units sheet (.xlsx) or units CSV in one transaction
        (``skip_existing``: rows whose unit the project has are skipped, not refused)."""
        from ccrt_coder.usecases.codes_import import import_codes

        return import_codes(self._db, path, coder, skip_existing)

    def transcript_import_state(self) -> ImportState:
        """What an import of transcripts must respect: interviews, their coding, dyads."""
        from ccrt_coder.usecases.transcript_import import import_state

        return import_state(self._db)

    # -- exchange: REFI-QDA files, coders' copies -------------------------------------------------
    def export_qdpx(
        self, out: str | Path, progress: Progress | None = None, pseudonymize: bool = False
    ) -> QdpxExportSummary:
        """Write the whole project (every coder, both layers) as a REFI-QDA file (.qdpx)."""
        from ccrt_coder.usecases.exchange import export_qdpx

        return export_qdpx(self._db, out, progress, pseudonymize)

    @staticmethod
    def import_qdpx(qdpx: str | Path, out: str | Path) -> QdpxImportReport:
        """Create the new project ``out`` from a .qdpx file (all of it or none); the report
        says which codes could not be mapped."""
        from ccrt_coder.usecases.exchange import import_qdpx

        return import_qdpx(qdpx, out)

    def plan_merge(self, sources: Sequence[str | Path]) -> MergePlan:
        """What merging coders' copies ``sources`` into this project would add, and why not."""
        from ccrt_coder.usecases.merge import plan_merge

        return plan_merge(self._db, sources)

    def merge(self, sources: Sequence[str | Path], progress: Progress | None = None) -> MergeResult:
        """Merge coders' copies into this project in one transaction, after a backup."""
        from ccrt_coder.usecases.merge import merge

        return merge(self._db, sources, progress)

    # -- coder copies: one coder's own work, to code blind and send back -------------------------
    def write_coder_copy(
        self,
        coder: str,
        out: str | Path,
        overwrite: bool = False,
        progress: Progress | None = None,
        password: str | None = None,
    ) -> CoderCopyReport:
        """Write ``coder``'s coder copy (the study with only their own units and ratings),
        encrypted with ``password`` when given (else as the project: its password or none)."""
        from ccrt_coder.usecases.coder_copies import write_coder_copy

        return write_coder_copy(self._db, coder, out, overwrite, progress, password)

    def coder_copy_owner(self) -> CoderRecord | None:
        """The coder whose coder copy this project is; None for a full project."""
        from ccrt_coder.usecases.coder_copies import copy_owner

        return copy_owner(self._db)

    def names_to_redact(self) -> NameList:
        """The names pseudonymised exports replace: list, add, remove, preview."""
        from ccrt_coder.usecases.redaction import NameList

        return NameList(self._db)
