"""The domain values, records, rules and errors the GUI and CLI use: cheap to import (no pandas).

The GUI and the CLI import these from here, never from ``core`` or ``io`` directly, so the
use-case layer stays the one door to everything below it.
"""

from ccrt_coder.core.bootstrap import (
    DEFAULT_PERMUTATIONS,
    DEFAULT_REPLICATES,
    DEFAULT_SEED,
    BootstrapSettings,
)
from ccrt_coder.core.categories import Category, CategorySystem, CategorySystemSummary
from ccrt_coder.core.coders import CoderSummary
from ccrt_coder.core.completeness import is_below_threshold
from ccrt_coder.core.design import DyadRecord, InterviewContents, InterviewKey
from ccrt_coder.core.domain import (
    COMPLETENESS_SCALE,
    COMPLETENESS_STEP,
    COMPONENTS,
    DEFAULT_COMPLETENESS_THRESHOLD,
    DEFAULT_MIN_RES_FOR_CCRT,
    DEFAULT_PHASES,
    NARRATORS,
    Actuality,
    Component,
    Explicitness,
    Layer,
    NarratorRole,
    Span,
    StudySettings,
    Valence,
)
from ccrt_coder.core.errors import CcrtError, InputError, NotFoundError, PasswordError
from ccrt_coder.core.memos import MemoRecord
from ccrt_coder.core.progress import Cancelled, Progress
from ccrt_coder.core.records import (
    CoderRecord,
    InterviewRecord,
    LayerChoice,
    ProjectInfo,
    ReHeader,
    ReRecord,
    ReSnapshot,
    UnitDraft,
    UnitRecord,
)
from ccrt_coder.core.rules import default_valence, re_span_problems
from ccrt_coder.core.spans import covering, trimmed
from ccrt_coder.core.text_search import TextHit
from ccrt_coder.core.unit_filter import (
    MATRIX_LEVELS,
    SORT_KEYS,
    FilterChoices,
    MatrixCount,
    UnitFilter,
    UnitRow,
)
from ccrt_coder.core.unit_matching import (
    Verdict,
    compare_coders,
    disagreements,
    rivals,
    same_unit,
)
from ccrt_coder.io.problems import ProblemsError
from ccrt_coder.io.transcript_parser import is_marker_line
from ccrt_coder.storage.db_errors import database_problem

__all__ = [
    "COMPLETENESS_SCALE",
    "COMPLETENESS_STEP",
    "COMPONENTS",
    "DEFAULT_COMPLETENESS_THRESHOLD",
    "DEFAULT_MIN_RES_FOR_CCRT",
    "DEFAULT_PERMUTATIONS",
    "DEFAULT_PHASES",
    "DEFAULT_REPLICATES",
    "DEFAULT_SEED",
    "MATRIX_LEVELS",
    "NARRATORS",
    "SORT_KEYS",
    "Actuality",
    "BootstrapSettings",
    "Cancelled",
    "Category",
    "CategorySystem",
    "CategorySystemSummary",
    "CcrtError",
    "CoderRecord",
    "CoderSummary",
    "Component",
    "DyadRecord",
    "Explicitness",
    "FilterChoices",
    "InputError",
    "InterviewContents",
    "InterviewKey",
    "InterviewRecord",
    "Layer",
    "LayerChoice",
    "MatrixCount",
    "MemoRecord",
    "NarratorRole",
    "NotFoundError",
    "PasswordError",
    "ProblemsError",
    "Progress",
    "ProjectInfo",
    "ReHeader",
    "ReRecord",
    "ReSnapshot",
    "Span",
    "StudySettings",
    "TextHit",
    "UnitDraft",
    "UnitFilter",
    "UnitRecord",
    "UnitRow",
    "Valence",
    "Verdict",
    "compare_coders",
    "covering",
    "database_problem",
    "default_valence",
    "disagreements",
    "is_below_threshold",
    "is_marker_line",
    "re_span_problems",
    "rivals",
    "same_unit",
    "trimmed",
]
