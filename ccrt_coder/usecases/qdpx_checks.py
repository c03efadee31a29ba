"""The study a REFI-QDA file would become, checked by core's rules before anything is stored.

A .qdpx comes from other programs or other people: its settings, REs, units, completeness
ratings and coder names meet the rules the app's own writes meet, and its uids are each used
once. Every problem is listed at once (the first ones shown), naming the interview and RE.
"""

from __future__ import annotations

from collections import Counter

from ccrt_coder.core.coders import coder_name_problems
from ccrt_coder.core.completeness import check_completeness
from ccrt_coder.core.errors import InputError
from ccrt_coder.core.rules import re_drafts_problems, shown_number, unit_problems
from ccrt_coder.core.settings import settings_problems
from ccrt_coder.io.problems import problems_error
from ccrt_coder.io.qdpx_study import InterviewKey, QdpxStudy


def check_study(study: QdpxStudy) -> None:
    """Refuse ``study`` with every problem it has (an InputError naming the file)."""
    problems = [f"study settings: {p}" for p in settings_problems(study.settings)]
    problems += _uid_problems(study)
    for interview in study.interviews:
        where = _where(interview.key)
        problems += [
            f"{where} {p}"
            for p in re_drafts_problems(interview.res, len(interview.text), study.settings)
        ]
    names = Counter(name.strip().casefold() for _, name in study.coders)
    for _, name in study.coders:
        found = coder_name_problems(name, ())
        if names[name.strip().casefold()] > 1:
            found.append("two coders have this name")
        problems += [f"coder {name[:50]!r}: {p}" for p in found]
    spans = {(d.key, re.number): re.spans for d in study.interviews for re in d.res}
    for key, number, _, _, value in study.ratings:
        if (key, number) not in spans:
            problems.append(
                f"{_where(key)} a completeness rating is for an RE without a readable RE number"
            )
        try:
            check_completeness(value)
        except InputError as exc:
            problems.append(f"{_where(key)} RE {shown_number(number)}: {exc}")
    for unit in study.units:
        re_spans = spans.get((unit.interview, unit.re_number), ())
        for problem in unit_problems(unit.draft, re_spans, study.system):
            problems.append(
                f"{_where(unit.interview)} RE {shown_number(unit.re_number)}, unit {unit.uid}: "
                f"{problem}"
            )
    if problems:
        raise problems_error(study.report.source, problems)


def _where(key: InterviewKey) -> str:
    return f"{key[0][:100]} / {key[1].value} / phase {shown_number(key[2])}"


def _uid_problems(study: QdpxStudy) -> list[str]:
    """Transcripts, REs and units each need uids of their own (a source given twice has not)."""
    problems = []
    for what, uids in (
        ("source", list(study.transcript_uids.values())),
        ("RE", list(study.re_uids.values())),
        ("unit", [u.uid for u in study.units]),
    ):
        twice = sorted(uid for uid, n in Counter(uids).items() if n > 1)
        problems += [f"{what} {uid} is given twice" for uid in twice]
    return problems
