"""The report's charts draw category codes and names as text: a tailor-made code ``$\\x$`` is
not a matplotlib formula (which could not be drawn at all)."""

from ccrt_coder.io.report_charts import pervasiveness_chart

PNG = b"\x89PNG"


def test_a_code_with_dollars_is_drawn_as_text() -> None:
    profiles = {"W": {("patient", 5): {"$\\x$": 0.5, "W2": 0.25}}}
    drawn = pervasiveness_chart(profiles, ["patient"], [5], {"patient": "Patient $\\y$"})
    assert drawn.startswith(PNG)
