"""`new`, `demo` and `info`: create projects and describe them."""

from __future__ import annotations

import argparse
from pathlib import Path

from ccrt_coder.cli.output import print_fields, print_json
from ccrt_coder.cli.passwords import add_encrypt_option, password_to_encrypt
from ccrt_coder.usecases.domain import InputError, ProjectInfo, StudySettings


def register(sub: argparse._SubParsersAction) -> None:
    new = sub.add_parser("new", help="create an empty project file")
    new.add_argument("out", type=Path, metavar="OUT.ccrt")
    new.add_argument("--name", help="study name (default: the file name)")
    add_encrypt_option(new)
    new.set_defaults(handler=_new)

    demo = sub.add_parser("demo", help="write the fictional demo study to a project file")
    demo.add_argument("out", type=Path, metavar="OUT.ccrt")
    add_encrypt_option(demo)
    demo.set_defaults(handler=_demo)

    gen = sub.add_parser(
        "generate", help="write a synthetic study of any size (benchmarks), seeded"
    )
    gen.add_argument("out", type=Path, metavar="OUT.ccrt")
    gen.add_argument("--dyads", type=int, default=200)
    gen.add_argument("--coders", type=int, default=3)
    gen.add_argument("--seed", type=int, default=1)
    add_encrypt_option(gen)
    gen.set_defaults(handler=_generate)

    info = sub.add_parser("info", help="counts of dyads, interviews, REs and units per coder")
    info.add_argument("project", type=Path, metavar="PROJECT")
    info.add_argument("--json", action="store_true", help="machine-readable output")
    info.set_defaults(handler=_info)


def _new(args: argparse.Namespace) -> int:
    from ccrt_coder.usecases.encryption import use_password
    from ccrt_coder.usecases.project import Project

    password = password_to_encrypt(args)
    if password is not None:
        use_password(args.out, password)
    settings = StudySettings(name=args.name or args.out.stem)
    with Project.create(args.out, settings=settings) as project:
        print(f"created {project.path}")
    return 0


def _demo(args: argparse.Namespace) -> int:
    from ccrt_coder.usecases.demo import build_demo

    info = build_demo(args.out, password=password_to_encrypt(args))
    print(f"wrote the demo study to {args.out}: {info.interviews} interviews, {info.res} REs")
    return 0


def _generate(args: argparse.Namespace) -> int:
    from ccrt_coder.usecases.generate import generate_study

    if args.dyads < 1 or not 1 <= args.coders <= 26:
        raise InputError("--dyads must be at least 1 and --coders between 1 and 26")
    password = password_to_encrypt(args)
    summary = generate_study(args.out, args.dyads, args.coders, args.seed, password=password)
    print(
        f"wrote {args.out}: {summary.interviews} interviews, {summary.res} REs, "
        f"{summary.units} units"
    )
    return 0


def _info(args: argparse.Namespace) -> int:
    from ccrt_coder.usecases.project import Project

    with Project.open(args.project) as project:
        info = project.info()
    if args.json:
        print_json(info)
    else:
        print_fields(_info_rows(info))
    return 0


def _info_rows(info: ProjectInfo) -> list[tuple[str, object]]:
    rows: list[tuple[str, object]] = [
        ("Project", info.path),
        ("Study", info.study),
        ("Schema", info.schema_revision),
        ("Categories", f"{info.category_system}, {info.category_count} categories"),
        ("Phases", ", ".join(map(str, info.phases))),
        ("Dyads", info.dyads),
        ("People", info.people),
        ("Interviews", info.interviews),
        ("REs", info.res),
        ("Coders", ", ".join(info.coders) or "none"),
    ]
    for coder, layers in info.units.items():
        counts = ", ".join(f"{n} {layer}" for layer, n in layers.items())
        rows.append((f"Units {coder}", counts))
    return rows
