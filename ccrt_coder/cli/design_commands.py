"""`dyads`, `interviews` and `phases`: the study design, listed and edited from the command line."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

from ccrt_coder.cli.output import print_json
from ccrt_coder.usecases.domain import InputError, InterviewKey

KEY = "DYAD/NARRATOR/PHASE"


def register(sub: argparse._SubParsersAction) -> None:
    dyads = sub.add_parser(
        "dyads",
        help="list the dyads with their people and notes, or add or change one",
        description="Without an option: every dyad with its patient's and therapist's codes, "
        "notes and interviews. A code of an existing person of that role links the dyad to "
        "them (a therapist of several dyads); a new code renames the dyad's own person.",
    )
    dyads.add_argument("project", type=Path, metavar="PROJECT")
    action = dyads.add_mutually_exclusive_group()
    action.add_argument("--add", metavar="DYAD", help="add a dyad (with --patient, --therapist)")
    action.add_argument("--edit", metavar="DYAD", help="change a dyad (--code, --patient, ...)")
    action.add_argument("--note", nargs=2, metavar=("PERSON", "TEXT"), help="a person's note")
    dyads.add_argument("--code", metavar="NEW", help="with --edit: the dyad's new code")
    dyads.add_argument("--patient", metavar="CODE", help="the patient's code")
    dyads.add_argument("--therapist", metavar="CODE", help="the therapist's code")
    dyads.add_argument("--json", action="store_true", help="machine-readable listing")
    dyads.set_defaults(handler=_dyads)

    interviews = sub.add_parser(
        "interviews",
        help="list the interviews, move one to another dyad/narrator/phase, or delete one",
        description=f"Interviews are named {KEY}, e.g. D01/patient/5 (or D01/p/5). Moving "
        "takes the REs and all coding along and is refused where the slot is taken. Deleting "
        "says what it removes; with --yes it backs the project up to "
        "PROJECT.bak-predelete-<time> first, then deletes.",
    )
    interviews.add_argument("project", type=Path, metavar="PROJECT")
    action = interviews.add_mutually_exclusive_group()
    action.add_argument("--move", nargs=2, metavar=("FROM", "TO"), help=f"two {KEY} names")
    action.add_argument("--delete", metavar=KEY, help="delete an interview (needs --yes)")
    interviews.add_argument("--yes", action="store_true", help="with --delete: really delete")
    interviews.add_argument("--json", action="store_true", help="machine-readable listing")
    interviews.set_defaults(handler=_interviews)

    phases = sub.add_parser("phases", help="list the study's phases, or set them")
    phases.add_argument("project", type=Path, metavar="PROJECT")
    phases.add_argument(
        "--set", nargs="+", type=int, metavar="N", help="the phases, e.g. 5 15 28 (keeping "
        "every phase that has interviews)",
    )  # fmt: skip
    phases.set_defaults(handler=_phases)


def _dyads(args: argparse.Namespace) -> int:
    from ccrt_coder.usecases.project import Project

    people = args.patient or args.therapist
    if (args.code and not args.edit) or (people and not (args.add or args.edit)):
        raise InputError("--code goes with --edit; --patient and --therapist with --add or --edit")
    with Project.open(args.project) as project:
        if args.add:
            project.add_dyad(args.add, args.patient or "", args.therapist or "")
            print(f"added dyad {args.add}")
        elif args.edit:
            project.update_dyad(args.edit, args.code, args.patient, args.therapist)
            print(f"changed dyad {args.code or args.edit}")
        elif args.note:
            project.set_person_note(*args.note)
            print(f"noted {args.note[0]}")
        else:
            dyads = project.dyads()
            if args.json:
                print_json([dataclasses.asdict(d) for d in dyads])
            for d in [] if args.json else dyads:
                print(f"{d.code}  patient {d.patient}  therapist {d.therapist}  "
                      f"{d.interviews} interview(s)")  # fmt: skip
                for role, code, note in (("patient", d.patient, d.patient_note),
                                         ("therapist", d.therapist, d.therapist_note)):  # fmt: skip
                    if note:
                        print(f"    {role} {code}: {note}")
    return 0


def _interviews(args: argparse.Namespace) -> int:
    from ccrt_coder.usecases.project import Project

    if args.yes and not args.delete:
        raise InputError("--yes goes with --delete")
    with Project.open(args.project) as project:
        if args.move:
            source, target = (InterviewKey.parse(k) for k in args.move)
            project.move_interview(source, target)
            print(f"moved {source} to {target}")
        elif args.delete:
            key = InterviewKey.parse(args.delete)
            if not args.yes:
                what = project.interview_contents(key).describe()
                raise InputError(f"this would delete {what}; add --yes to delete it")
            deleted = project.delete_interview(key)
            print(f"deleted {deleted.contents.describe()}")
            print(f"backup of the project before: {deleted.backup}")
        else:
            _list_interviews(project.interviews(), args.json)
    return 0


def _list_interviews(records: list, as_json: bool) -> None:
    rows = [
        {"interview": str(InterviewKey(r.dyad, r.narrator, r.phase)), "res": r.n_res}
        for r in records
    ]
    if as_json:
        print_json(rows)
    for row in [] if as_json else rows:
        print(f"{row['interview']}  {row['res']} RE(s)")


def _phases(args: argparse.Namespace) -> int:
    from ccrt_coder.usecases.project import Project

    with Project.open(args.project) as project:
        if args.set:
            project.update_settings(phases=tuple(sorted(args.set)))
        print(", ".join(str(p) for p in project.settings().phases))
    return 0
