"""The REFI-QDA conventions shared by our writer and reader: namespace, GUIDs, descriptions.

GUIDs come from our uids (``uuid.UUID(hex=uid)``) or, for things without a uid (codes, codings,
variables, cases, further pieces of a multi-span unit), deterministically from them with
``uuid5``: exporting the same project twice gives the same GUIDs. What other programs have no
field for (label, valence, layer, RE number, ratings, settings) is written into the Descriptions:
a first line naming what it is (``CCRT unit``), then one ``key: value`` line per field, values
with backslash and newline escaped (:func:`describe`); the importer reads them back.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from lxml import etree

from ccrt_coder.core.categories import Category, CategorySystem
from ccrt_coder.core.domain import Component, StudySettings, is_uid
from ccrt_coder.core.errors import InputError
from ccrt_coder.core.records import ReRecord, UnitDraft

NS = "urn:QDA-XML:project:1.0"
GUID_NAMESPACE = uuid.UUID("6f6c0a4e-4d0b-5c3e-9a52-63637274636f")  # for derived GUIDs
RE_ROOT_NAME = "RE Relationship episodes"
RE_SEPARATOR = "›"


def guid(uid: str) -> str:
    """Our 32-hex uid in GUID form (what ``str(uuid.UUID(hex=uid))`` gives, faster).

    Member names and references are built from it, so anything but a uid is refused: a crafted
    one could otherwise name a path outside the archive's folder for tools that extract it."""
    if not is_uid(uid):
        raise InputError(f"the project holds an identifier that is not a uid ({uid[:40]!r})")
    return f"{uid[:8]}-{uid[8:12]}-{uid[12:16]}-{uid[16:20]}-{uid[20:]}"


def derived_guid(*parts: object) -> str:
    return str(uuid.uuid5(GUID_NAMESPACE, "/".join(map(str, parts))))


def element(parent: etree._Element, tag: str, **attrs: str | None) -> etree._Element:
    """A child in the REFI-QDA namespace; attributes that are None are left out."""
    return etree.SubElement(
        parent, f"{{{NS}}}{tag}", {k: v for k, v in attrs.items() if v is not None}
    )


def text_element(parent: etree._Element, tag: str, text: str) -> None:
    """A child holding ``text`` (nothing for empty text: the schema rejects empty elements)."""
    if text:
        element(parent, tag).text = text


# -- descriptions: what other programs have no field for, readable and read back ---------------
def describe(kind: str, fields: Iterable[tuple[str, object]]) -> str:
    """``CCRT <kind>`` and one ``key: value`` line per non-empty field (escaped to one line)."""
    lines = [f"CCRT {kind}"]
    lines += [f"{key}: {escape(str(value))}" for key, value in fields if value not in (None, "")]
    return "\n".join(lines)


def escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")


def describe_study(settings: StudySettings, system: CategorySystem) -> str:
    return describe(
        "study",
        [
            ("phases", ", ".join(map(str, settings.phases))),
            ("other person types", "; ".join(settings.other_person_types)),
            ("time frames", "; ".join(settings.time_frames)),
            ("completeness threshold", settings.completeness_threshold),
            ("minimum REs for a CCRT", settings.min_res_for_ccrt),
            ("blind coding", "yes" if settings.blind_mode else "no"),
            ("category system", system.name),
            ("category system version", system.version),
            ("category system uses LU direction", "yes" if system.uses_lu_direction else "no"),
            ("category system description", system.description),
        ],
    )


def describe_component(component: Component) -> str:
    return describe("component", [("component", component.value)])


def describe_category(category: Category) -> str:
    return describe(
        "category",
        [
            ("code", category.code),
            ("label", category.label),
            ("component", category.component.value if category.component else None),
            ("cluster", category.cluster),
            (
                "default valence",
                category.default_valence.value if category.default_valence else None,
            ),
            ("description", category.description),
        ],
    )


def describe_re_code(other_type: str) -> str:
    return describe("episode type", [("other", other_type)])


def describe_source(source: str) -> str:
    return describe("source", [("file", source)])


def describe_re(
    re: ReRecord, ratings: list[tuple[str, str, str, float]], part_of: str | None
) -> str:
    """``ratings``: (coder uid, coder name, layer, completeness)."""
    fields: list[tuple[str, object]] = [
        ("RE", re.number),
        ("other", re.other_type),
        ("other name", re.other_name),
        ("time frame", re.time_frame),
        ("part of", guid(part_of) if part_of else None),
    ]
    fields += [
        ("completeness", f"{value:g} | {layer} | {guid(uid)} | {name}")
        for uid, name, layer, value in ratings
    ]
    return describe("episode", fields)


def describe_unit(draft: UnitDraft, re_number: int, part_of: str | None) -> str:
    return describe(
        "unit",
        [
            ("RE", re_number),
            ("component", draft.component.value),
            ("layer", draft.layer.value),
            ("label", draft.tailor_label),
            ("valence", draft.valence.value if draft.valence else None),
            ("actuality", draft.actuality.value if draft.actuality else None),
            ("explicitness", draft.explicitness.value if draft.explicitness else None),
            ("direction", draft.lu_direction),
            ("part of", guid(part_of) if part_of else None),
            ("memo", draft.memo),
        ],
    )
