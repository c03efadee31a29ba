"""Rows of one coding layer for the analyses, read in two set-based queries."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from ccrt_coder.core.domain import Layer

if TYPE_CHECKING:
    import pandas as pd

_RES_SQL = """
SELECT re.id AS re_id, d.code AS dyad, i.narrator AS narrator, i.phase AS phase,
       re.number AS number, re.other_type AS other_type, re.about_partner AS about_partner,
       (SELECT MAX(r.completeness) FROM re_ratings r
         WHERE r.re_id = re.id AND r.layer = :layer AND (:coder IS NULL OR r.coder_id = :coder))
         AS completeness,
       EXISTS (SELECT 1 FROM coded_units u
         WHERE u.re_id = re.id AND u.layer = :layer AND (:coder IS NULL OR u.coder_id = :coder))
         AS has_units
FROM relationship_episodes re
JOIN interviews i ON i.id = re.interview_id
JOIN dyads d ON d.id = i.dyad_id
ORDER BY d.code, i.narrator, i.phase, re.number
"""

_CODES_SQL = """
SELECT u.id AS unit_id, u.re_id AS re_id, u.component AS component,
       c.code AS category, c.cluster AS cluster, u.valence AS valence,
       u.lu_direction AS direction
FROM coded_units u
LEFT JOIN unit_categories uc ON uc.unit_id = u.id
LEFT JOIN categories c ON c.id = uc.category_id
WHERE u.layer = :layer AND (:coder IS NULL OR u.coder_id = :coder)
"""


def layer_frames(
    session: Session, layer: Layer, coder_id: int | None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """All REs (with this layer's completeness and whether it has units in them) and its codes
    (one row per unit and category, with the unit's CCRT-LU direction, None when it has none).

    ``coder_id`` None reads the layer of every coder (the consensus layer is shared).
    """
    import pandas as pd

    params = {"layer": layer.value, "coder": coder_id}
    cursor = session.connection().connection.cursor()  # plain DBAPI tuples: fast into pandas
    res_rows = cursor.execute(_RES_SQL, params).fetchall()
    res = pd.DataFrame.from_records(
        res_rows,
        columns=[
            "re_id",
            "dyad",
            "narrator",
            "phase",
            "number",
            "other_type",
            "about_partner",
            "completeness",
            "has_units",
        ],
    )
    res["completeness"] = res["completeness"].astype(float)
    res["has_units"] = res["has_units"].astype(bool)
    res["about_partner"] = res["about_partner"].astype(bool)  # the RE's stored flag
    code_rows = cursor.execute(_CODES_SQL, params).fetchall()
    cursor.close()
    codes = pd.DataFrame.from_records(
        code_rows,
        columns=["unit_id", "re_id", "component", "category", "cluster", "valence", "direction"],
    )
    return res, codes
