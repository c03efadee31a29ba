"""The CCRT-LU direction level of agreement, when the category system carries directions.

Each unit of the CCRT-LU method has a direction (W: WOO, WOS, WSS, WSO; RO and RS: ROO, ROS,
RSO, RSS). The directions are one more level beside category and cluster, analysed by the same
machinery (presence, top sets, main value, disagreements, formulations): a unit counts once for
its direction; a unit without a direction does not count at this level (as in CCRT formation,
analysis/ccrt/formation.py), so a coder whose units of a component in an RE have no direction
has no value there.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ccrt_coder.analysis.agreement.modal_category import CodedUnits
from ccrt_coder.core.domain import lu_directions_for


def direction_rows(units: CodedUnits, component: str) -> tuple[pd.DataFrame, tuple[str, ...]]:
    """The component's units that have a direction, with ``value`` indexing the labels: the
    component's own directions in the method's order, then any other direction used."""
    rows = units.units[component]
    if "lu_direction" not in rows:
        rows = rows.assign(lu_direction=None)
    rows = rows[rows["lu_direction"].notna()]
    used = sorted(set(rows["lu_direction"].astype(str)))
    own = lu_directions_for(component)
    labels = (*own, *(d for d in used if d not in own))
    position = pd.Series(np.arange(len(labels)), index=list(labels))
    value = position.reindex(rows["lu_direction"].astype(str)).to_numpy(dtype=np.int64)
    return rows.assign(value=value), labels
