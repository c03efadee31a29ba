"""The settings of the agreement report's bootstrap intervals: replicates, seed, confidence; and
the size of the dyad baseline's permutation test (same seed), cheap for the CLI to import."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ccrt_coder.core.errors import InputError

DEFAULT_REPLICATES = 1000
DEFAULT_SEED = 12
DEFAULT_PERMUTATIONS = 1000  # random re-pairings of dyads for the baseline of dyad similarity
CONFIDENCE = 0.95
MAX_REPLICATES = 100_000


@dataclass(frozen=True)
class BootstrapSettings:
    """``replicates`` 0 computes no intervals (point estimates and analytic SEs only)."""

    replicates: int = DEFAULT_REPLICATES
    seed: int = DEFAULT_SEED
    confidence: float = CONFIDENCE

    def __post_init__(self) -> None:
        if not 0 <= self.replicates <= MAX_REPLICATES:
            raise InputError(
                f"the bootstrap needs 0 to {MAX_REPLICATES} replicates, not {self.replicates}"
            )
        if self.seed < 0:
            raise InputError(f"the bootstrap seed must be 0 or more, not {self.seed}")

    def to_dict(self) -> dict[str, Any]:
        return {
            "replicates": self.replicates,
            "seed": self.seed,
            "confidence": self.confidence,
            "resampled": "interviews (dyad x narrator x phase), with all their shared REs",
            "interval": "percentile, over the replicates in which the statistic is defined",
        }
