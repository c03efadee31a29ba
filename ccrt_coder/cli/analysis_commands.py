"""`ccrt` and `compare`: the CCRTs of a layer and the patient-therapist comparison."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ccrt_coder.cli.compare_text import print_comparison, re_counts, res_count
from ccrt_coder.cli.output import print_json
from ccrt_coder.usecases.domain import (
    DEFAULT_PERMUTATIONS,
    DEFAULT_SEED,
    LayerChoice,
    NotFoundError,
)

LEVEL_CHOICES = ["category", "cluster", "direction"]

if TYPE_CHECKING:
    from ccrt_coder.usecases.ccrt import CcrtResults
    from ccrt_coder.usecases.project import Project


def register(sub: argparse._SubParsersAction) -> None:
    ccrt = sub.add_parser("ccrt", help="the CCRT (top W, RO, RS) per dyad, narrator and phase")
    _layer_options(ccrt)
    ccrt.add_argument(
        "--level",
        choices=LEVEL_CHOICES,
        default="category",
        help="direction: the CCRT-LU directions, when the category system codes them",
    )
    ccrt.set_defaults(handler=_ccrt)

    compare = sub.add_parser(
        "compare", help="patient vs therapist per dyad and pooled, across phases 5/15/28"
    )
    _layer_options(compare)
    compare.add_argument("--level", choices=LEVEL_CHOICES, default="cluster")
    compare.add_argument(
        "--permutations",
        type=int,
        default=DEFAULT_PERMUTATIONS,
        metavar="B",
        help=f"random re-pairings of dyads for the baseline (default {DEFAULT_PERMUTATIONS})",
    )
    compare.add_argument(
        "--seed",
        type=int,
        default=DEFAULT_SEED,
        help=f"of the re-pairings (default {DEFAULT_SEED})",
    )
    compare.set_defaults(handler=_compare)


def _layer_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("project", type=Path, metavar="PROJECT")
    layer = parser.add_mutually_exclusive_group()
    layer.add_argument("--coder", metavar="NAME", help="this coder's own layer")
    layer.add_argument("--consensus", action="store_true", help="the consensus layer")
    parser.add_argument("--dyad", metavar="D", help="only this dyad (and the pooled rows)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")


def _open(args: argparse.Namespace) -> tuple[Project, LayerChoice]:
    from ccrt_coder.usecases.project import Project

    project = Project.open(args.project)
    try:
        choice = project.choose_layer(args.coder, args.consensus)
        if args.dyad is not None and args.dyad not in {i.dyad for i in project.interviews()}:
            raise NotFoundError(f"no dyad {args.dyad!r} in the project")
    except Exception:
        project.close()
        raise
    return project, choice


def _dyads(args: argparse.Namespace) -> list[str] | None:
    from ccrt_coder.usecases.ccrt import POOLED

    return None if args.dyad is None else [args.dyad, POOLED]


def _ccrt(args: argparse.Namespace) -> int:
    from ccrt_coder.usecases.ccrt import check_level

    project, choice = _open(args)
    with project:
        results = project.ccrt_results(choice)
    check_level(results, args.level)
    if args.json:
        payload = results.to_dict(dyads=_dyads(args), levels=(args.level,))
        print_json({"layer": _layer_dict(choice), "level": args.level, **payload})
    else:
        print(f"CCRT of the {choice.describe()} layer, {args.level} level")
        print(_few_res_note(results.settings.min_res))
        if args.level == "direction":
            print("(direction level: each RE counts once per CCRT-LU direction given to one of "
                  "its units; units without a direction do not count)")  # fmt: skip
        _print_ccrts(results, args.level, _dyads(args))
    return 0


def _print_ccrts(results: CcrtResults, level: str, dyads: list[str] | None) -> None:
    components = dict.fromkeys(component for component, _ in results.axis.blocks)
    for key in results.scope_keys():
        if key.scope != "all" or (dyads is not None and key.dyad not in dyads):
            continue
        scope = results.scope(*key)
        counts = re_counts(scope.n_res_included, scope.n_res_excluded, scope.few_res)
        print(f"\n{key.dyad} {key.narrator} phase {key.phase}: {counts}")
        for component in components:
            profile = scope.profile(component, level)
            tops = [s for s in profile.stats if s.code in profile.ccrt]
            text = "; ".join(
                f"{s.code} {s.label} ({s.pervasiveness:.0%}, {res_count(s.n_res_with)})"
                for s in tops
            )
            print(f"  {component:<2}  {text or '-'}")


def _compare(args: argparse.Namespace) -> int:
    project, choice = _open(args)
    with project:
        comparison = project.ccrt_comparison(
            choice, args.level, permutations=args.permutations, seed=args.seed
        )
    if args.json:
        payload = comparison.to_dict(dyads=_dyads(args))  # "across_dyads": every dyad's
        print_json({"layer": _layer_dict(choice), "level": args.level, **payload})
    else:
        print(f"Patient vs therapist, {choice.describe()} layer, {args.level} level")
        print(_few_res_note(comparison.results.settings.min_res))
        print_comparison(comparison, _dyads(args))
    return 0


def _layer_dict(choice: LayerChoice) -> dict[str, object]:
    return {"layer": choice.layer.value, "coder": choice.coder}


def _few_res_note(min_res: int) -> str:
    return f"(few REs: fewer than {min_res} included REs, the project's minimum for a CCRT)"
