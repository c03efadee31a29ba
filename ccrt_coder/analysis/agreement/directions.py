"""Agreement at the CCRT-LU direction level, when the category system carries directions.

Each unit of the CCRT-LU method has a direction (W: WOO, WOS, WSS, WSO; RO and RS: ROO, ROS,
RSO, RSS). As for categories, the primary unit is presence: did the coder give the direction
to a unit of the component in the RE (1) or not (0); see presence.py for the statistics.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from ccrt_coder.analysis.agreement.modal_category import CodedUnits
from ccrt_coder.analysis.agreement.presence import presence_blocks
from ccrt_coder.analysis.agreement.resampling import Resampler
from ccrt_coder.analysis.agreement.statistics import StatBlock
from ccrt_coder.core.domain import lu_directions_for


def direction_presence(
    units: CodedUnits, component: str, coders: Sequence[str], resampler: Resampler
) -> dict[str, StatBlock]:
    """{direction: presence block} for the component's directions (and any other used)."""
    rows = units.units[component]
    given = rows["lu_direction"] if "lu_direction" in rows else pd.Series([], dtype=object)
    rows = rows[given.notna()]
    used = sorted(set(rows["lu_direction"].astype(str)) if len(rows) else set())
    own = lu_directions_for(component)
    labels = (*own, *(d for d in used if d not in own))
    value = pd.Series(np.arange(len(labels)), index=list(labels)).reindex(rows["lu_direction"])
    cells = np.zeros((units.n_res, units.n_coders, len(labels)), dtype=np.int64)
    cells[rows["row"].to_numpy(), rows["coder"].to_numpy(), value.to_numpy(dtype=np.int64)] = 1
    return presence_blocks(cells, labels, coders, resampler)
