"""The Agreement view's span table shows unitizing alpha with its 95% interval and band, as the
other tables show theirs (the interval under the figure, the bounds in the tooltip)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QThreadPool

from ccrt_coder.gui.agreement.cells import short
from ccrt_coder.gui.agreement.table_model import INTERVAL_ROLE
from ccrt_coder.gui.agreement.view import AgreementView
from ccrt_coder.usecases.project import Project
from tests.gui.agreement_helpers import open_view


@pytest.fixture
def view(qtbot, demo_project: Project) -> Iterator[AgreementView]:
    yield open_view(qtbot, demo_project)
    QThreadPool.globalInstance().waitForDone(10_000)


def test_unitizing_alpha_shows_its_interval(view: AgreementView) -> None:
    report = view.run().report
    model = view.report.models["spans"]
    for component in ("W", "RO", "RS"):
        result = report.spans.unitizing_alpha[component]
        span = report.spans.interval(component)
        assert span is not None and span.b == report.bootstrap.replicates
        assert span.low is not None and span.high is not None
        assert span.low < result.value < span.high
        cell = model.find(("spans", "unitizing_alpha", component))
        assert cell.data() == f"{result.value:.3f}"
        word = "reliable" if result.value >= 0.8 else "tentative"
        assert (
            cell.data(INTERVAL_ROLE) == f"[{short(span.low, 'a')}, {short(span.high, 'a')}] {word}"
        )
        tooltip = cell.data(Qt.ItemDataRole.ToolTipRole)
        assert f"95% CI {span.low:.3f} to {span.high:.3f}" in tooltip
        assert f"{result.n_units} units used" in tooltip
