"""The study settings' rules: which settings exist and which values they may take."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import fields, replace

from ccrt_coder.core.completeness import is_valid_completeness
from ccrt_coder.core.domain import COMPLETENESS_SCALE, COMPLETENESS_STEP, StudySettings
from ccrt_coder.core.errors import InputError
from ccrt_coder.core.rules import shown_number

SETTING_NAMES = tuple(f.name for f in fields(StudySettings))
MAX_PHASE = 10_000  # a session number; far beyond any therapy, and it fits every integer column
MAX_MIN_RES = 10_000


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def settings_problems(settings: StudySettings) -> list[str]:
    """Every reason why ``settings`` cannot be stored (empty when they can)."""
    problems: list[str] = []
    if not isinstance(settings.name, str) or not settings.name.strip():
        problems.append("the study needs a name")
    phases = settings.phases
    if not phases:
        problems.append("give at least one phase, e.g. 5, 15, 28")
    elif not all(_is_int(p) and 0 < p <= MAX_PHASE for p in phases) or len(set(phases)) != len(
        phases
    ):
        problems.append(
            f"each phase is a positive session number (at most {MAX_PHASE}), given once"
        )
    threshold = settings.completeness_threshold
    if isinstance(threshold, bool) or not isinstance(threshold, int | float):
        problems.append("the completeness threshold is a number")
    elif not is_valid_completeness(threshold):
        low, high = COMPLETENESS_SCALE
        problems.append(
            f"the completeness threshold is a rating, {low} to {high} in steps of "
            f"{COMPLETENESS_STEP:g}, not {shown_number(threshold)}"
        )
    minimum = settings.min_res_for_ccrt
    if not _is_int(minimum) or not 1 <= minimum <= MAX_MIN_RES:
        problems.append(
            "the minimum number of REs for a CCRT is a whole number of 1 or more, "
            f"not {shown_number(minimum)} (at most {MAX_MIN_RES})"
        )
    for what, values in (
        ("other-person types", settings.other_person_types),
        ("time frames", settings.time_frames),
    ):
        if not values or not all(isinstance(v, str) and v.strip() for v in values):
            problems.append(f"the study's {what} are a list of names")
    if not isinstance(settings.blind_mode, bool):
        problems.append("blind mode is on or off (True or False)")
    return problems


def validate_settings(settings: StudySettings) -> None:
    problems = settings_problems(settings)
    if problems:
        raise InputError("; ".join(problems))


def dropped_phases_problem(phases: tuple[int, ...], in_use: Collection[int]) -> str | None:
    """Why ``phases`` cannot replace the study's phases: interviews exist for a left-out one."""
    missing = sorted(set(in_use) - set(phases))
    if not phases or not missing:  # no phases at all: settings_problems says what is wrong
        return None
    listed = ", ".join(str(p) for p in missing)
    return f"interviews exist for phase {listed}: keep it in the list"


def changed_settings(
    settings: StudySettings, changes: Mapping[str, object], phases_in_use: Collection[int] = ()
) -> StudySettings:
    """``settings`` with ``changes`` applied and checked; unknown names are refused, and so
    are phase lists that leave out a phase with interviews (``phases_in_use``)."""
    unknown = sorted(set(changes) - set(SETTING_NAMES))
    if unknown:
        raise InputError(
            f"unknown setting {unknown[0]!r}; the settings are {', '.join(SETTING_NAMES)}"
        )
    tuples = {k: tuple(v) for k, v in changes.items() if isinstance(v, list)}
    changed = replace(settings, **{**changes, **tuples})  # type: ignore[arg-type]  # checked next
    validate_settings(changed)
    dropped = dropped_phases_problem(changed.phases, phases_in_use)
    if dropped:
        raise InputError(dropped)
    return changed
