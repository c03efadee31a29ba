"""All CCRTs of one layer of the 200-dyad study: target <= 1 s and <= 2x plain sqlite3 + pandas.

Run: python benchmarks/bench_ccrt.py
"""

from __future__ import annotations

import sqlite3
import sys

from common import best_of, large_study

from ccrt_coder.usecases.project import Project

TARGET_SECONDS = 1.0
TARGET_RATIO = 2.0

BASELINE_CODES = """
SELECT d.code, i.narrator, i.phase, u.re_id, u.component, c.code
FROM coded_units u
JOIN relationship_episodes re ON re.id = u.re_id
JOIN interviews i ON i.id = re.interview_id
JOIN dyads d ON d.id = i.dyad_id
LEFT JOIN unit_categories uc ON uc.unit_id = u.id
LEFT JOIN categories c ON c.id = uc.category_id
WHERE u.layer = 'coder' AND u.coder_id = ?
"""


def baseline(path: str, coder_id: int) -> object:
    """The same rows read with plain sqlite3, counted once per RE and grouped by scope."""
    import pandas as pd

    connection = sqlite3.connect(path)
    rows = connection.execute(BASELINE_CODES, (coder_id,)).fetchall()
    connection.close()
    frame = pd.DataFrame.from_records(
        rows, columns=["dyad", "narrator", "phase", "re_id", "component", "category"]
    )
    per_re = frame.drop_duplicates(["re_id", "category"])
    return per_re.groupby(["dyad", "narrator", "phase", "component", "category"]).size()


def main() -> int:
    path = large_study()
    with Project.open(path) as project:
        coder = project.coders()[0]
        choice = project.choose_layer(coder.name)
        ours = best_of(3, lambda: project.ccrt_results(choice))
        results = project.ccrt_results(choice)
    plain = best_of(3, lambda: baseline(str(path), coder.id))
    n_scopes = sum(1 for _ in results.scope_keys())
    ratio = ours / plain
    print(
        f"all CCRTs of {coder.name}: {n_scopes} scopes in {ours * 1000:.0f} ms "
        f"(target {TARGET_SECONDS * 1000:.0f} ms)"
    )
    print(
        f"plain sqlite3 + pandas groupby of the same rows: {plain * 1000:.0f} ms; "
        f"ratio {ratio:.2f} (target <= {TARGET_RATIO})"
    )
    return 0 if ours <= TARGET_SECONDS and ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
