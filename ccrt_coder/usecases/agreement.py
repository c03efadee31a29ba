"""The agreement report use case: read the coder layers in one session, compute in analysis.

Also the public home of the report's types and names that the GUI and CLI show.
"""

from __future__ import annotations

from collections.abc import Sequence

from ccrt_coder.analysis.agreement.build import build_agreement_report
from ccrt_coder.analysis.agreement.data import AgreementData, check_options, select_coders
from ccrt_coder.analysis.agreement.disagreements import Disagreement
from ccrt_coder.analysis.agreement.intervals import band, benchmark_position, bounds
from ccrt_coder.analysis.agreement.modal_category import COMPONENTS
from ccrt_coder.analysis.agreement.report import AgreementReport
from ccrt_coder.analysis.agreement.resampling import one_blas_thread
from ccrt_coder.analysis.agreement.spans import MatchCounts, SpanPair
from ccrt_coder.analysis.agreement.statistics import StatBlock
from ccrt_coder.analysis.agreement.text import NAMES, TITLES, report_lines
from ccrt_coder.analysis.reliability import AgreementInputError, AgreementResult, Interval
from ccrt_coder.core.bootstrap import BootstrapSettings
from ccrt_coder.core.errors import InputError
from ccrt_coder.storage import agreement_store, study_store
from ccrt_coder.storage.database import Database
from ccrt_coder.usecases.gc_pause import cyclic_gc_paused

__all__ = [
    "COMPONENTS",
    "NAMES",
    "TITLES",
    "AgreementReport",
    "AgreementResult",
    "BootstrapSettings",
    "Disagreement",
    "Interval",
    "MatchCounts",
    "SpanPair",
    "StatBlock",
    "agreement_report",
    "band",
    "benchmark_position",
    "bounds",
    "report_lines",
]


def agreement_report(
    db: Database,
    coders: Sequence[str] | None = None,
    level: str = "category",
    overlap: float = 0.5,
    bootstrap: BootstrapSettings | None = None,
) -> AgreementReport:
    """Agreement of ``coders`` (names; default: every coder with units in their own layer).

    Only the coder layers are read; the consensus layer never enters the figures. Raises
    InputError for an unknown coder, a coder without units, fewer than two coders, a level other
    than category/cluster/direction, the direction level for a category system without CCRT-LU
    directions, or an overlap threshold outside (0, 1]. ``bootstrap``: the
    intervals' settings (None: 1000 replicates, the default seed; 0 replicates: none).
    """
    check_options(level, overlap)
    with cyclic_gc_paused():
        with db.reading() as session:
            coder_table = agreement_store.coder_frame(session)
            chosen = select_coders(coder_table, coders)
            frames = agreement_store.coder_layer_frames(session, [i for i, _ in chosen])
            data = AgreementData(
                coders=coder_table,
                res=agreement_store.re_frame(session),
                text_lengths=agreement_store.text_length_frame(session),
                categories=agreement_store.category_frame(session),
                min_res=study_store.load_settings(session).min_res_for_ccrt,
                uses_lu_direction=study_store.load_category_system(session).uses_lu_direction,
                **frames,
            )
        try:
            with one_blas_thread():
                return build_agreement_report(
                    data, chosen, level=level, overlap=overlap, bootstrap=bootstrap
                )
        except AgreementInputError as error:  # the statistics library's own error type
            raise InputError(f"the agreement cannot be computed: {error}") from error
