"""REFI-QDA codes mapped to RE types, components and categories; study settings and system."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ccrt_coder.core.categories import Category, CategorySystem
from ccrt_coder.core.domain import Component, StudySettings, Valence
from ccrt_coder.core.errors import InputError
from ccrt_coder.io.qdpx_read import QdeCode, QdeProject, first_value

_B = r"(?=$|[\s\d:;,./\\|()\[\]_›>»\-–—])"  # where a name's first word ends
_COMPONENT_NAMES = (
    (
        Component.RO,
        re.compile(
            rf"^\s*(?:RO|responses?\s+(?:of|from)\s+(?:the\s+)?others?|others?'?s?\s+responses?){_B}",
            re.I,
        ),
    ),
    (
        Component.RS,
        re.compile(
            rf"^\s*(?:RS|responses?\s+of\s+(?:the\s+)?self|self[\s-]+responses?|own\s+responses?)"
            rf"{_B}",
            re.I,
        ),
    ),
    (Component.W, re.compile(rf"^\s*(?:W|wish(?:es)?){_B}", re.I)),
)
_RE_NAME = re.compile(rf"^\s*(?:RE|relationship\s+episodes?|episodes?){_B}", re.I)
_CODE_LIKE = re.compile(r"^\s*(W|RO|RS)\s*[-_.]?\s*(\d+[a-z]?)\b", re.I)
_SEPARATORS = " \t:;,./\\|()[]_›>»-–—"


# -- settings and the category system -----------------------------------------------------------
def study_settings(parsed: QdeProject) -> StudySettings:
    f, base = parsed.study_fields, StudySettings()
    if not f:
        return StudySettings(name=parsed.name)
    try:
        return StudySettings(
            name=parsed.name,
            phases=tuple(int(p) for p in first_value(f, "phases").split(",") if p.strip())
            or base.phases,
            other_person_types=tuple(_split(first_value(f, "other person types")))
            or base.other_person_types,
            time_frames=tuple(_split(first_value(f, "time frames"))) or base.time_frames,
            completeness_threshold=float(
                first_value(f, "completeness threshold", str(base.completeness_threshold))
            ),
            min_res_for_ccrt=int(
                first_value(f, "minimum REs for a CCRT", str(base.min_res_for_ccrt))
            ),
            blind_mode=first_value(f, "blind coding", "yes") == "yes",
        )
    except ValueError as exc:
        raise InputError(f"project description: unreadable study settings ({exc})") from None


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(";") if part.strip()]


def category_system(parsed: QdeProject, default: CategorySystem) -> CategorySystem:
    categories = [_category(code) for code in parsed.codes.values() if code.kind == "category"]
    f = parsed.study_fields
    if not categories or not f.get("category system"):
        return default
    return CategorySystem(
        name=first_value(f, "category system"),
        version=first_value(f, "category system version", "imported"),
        categories=tuple(categories),
        uses_lu_direction=first_value(f, "category system uses LU direction") == "yes",
        description=first_value(f, "category system description"),
    )


def _category(code: QdeCode) -> Category:
    f = code.fields
    component, valence = first_value(f, "component"), first_value(f, "default valence")
    try:
        return Category(
            code=first_value(f, "code"),
            label=first_value(f, "label"),
            component=Component(component) if component else None,
            cluster=first_value(f, "cluster"),
            default_valence=Valence(valence) if valence else None,
            description=first_value(f, "description"),
        )
    except ValueError as exc:
        raise InputError(f"code {code.name!r}: unreadable category ({exc})") from None


# -- codes -> RE types, components and categories ------------------------------------------------
@dataclass(frozen=True)
class Meaning:
    kind: str  # "re" or "unit"
    component: Component | None = None
    category: str | None = None
    other: str = ""


class CodeMap:
    def __init__(self, codes: dict[str, QdeCode], system: CategorySystem) -> None:
        self.codes, self.system = codes, system
        self.by_code = {c.code.lower(): c for c in system.categories}
        self.meanings = {uid: self._meaning(code) for uid, code in codes.items()}

    def path(self, uid: str) -> str:
        names, code = [], self.codes.get(uid)
        while code is not None:
            names.append(code.name)
            code = self.codes.get(code.parent or "")
        return " / ".join(reversed(names)) or uid

    def _ancestors(self, code: QdeCode) -> list[QdeCode]:
        found, parent = [], self.codes.get(code.parent or "")
        while parent is not None:
            found.append(parent)
            parent = self.codes.get(parent.parent or "")
        return found

    def _meaning(self, code: QdeCode) -> Meaning | None:
        ours = self._ours(code)
        if ours is not None:
            return ours
        ancestors = self._ancestors(code)
        if match := _RE_NAME.match(code.name):
            return Meaning("re", other=code.name[match.end() :].strip(_SEPARATORS))
        if any(_RE_NAME.match(a.name) for a in ancestors):
            return Meaning("re", other=code.name)
        category = self._by_code(code.name)
        component, rest = _component_of(code.name)
        for ancestor in ancestors:
            if component is not None:
                break
            component, _ = _component_of(ancestor.name)
            rest = code.name
        if category is not None and category.component is not None:
            return Meaning("unit", category.component, category.code)
        if component is None:
            return None
        category = category or self._by_label(rest, component)
        return Meaning("unit", component, category.code if category else None)

    def _ours(self, code: QdeCode) -> Meaning | None:
        f = code.fields
        if code.kind == "component":
            return Meaning("unit", Component(first_value(f, "component")))
        if code.kind == "episode type":
            return Meaning("re", other=first_value(f, "other"))
        if code.kind == "category" and (category := self.system.get(first_value(f, "code"))):
            if category.component is not None:
                return Meaning("unit", category.component, category.code)
            return Meaning("unit", None, category.code)
        return None

    def _by_code(self, name: str) -> Category | None:
        first = re.split(r"[\s:;,/|]+", name.strip(), maxsplit=1)[0].lower()
        if first in self.by_code:
            return self.by_code[first]
        match = _CODE_LIKE.match(name)
        return self.by_code.get(f"{match[1]}{match[2]}".lower()) if match else None

    def _by_label(self, text: str, component: Component) -> Category | None:
        wanted = " ".join(text.strip(_SEPARATORS).lower().split())
        if len(wanted) < 4:
            return None
        found = [
            c
            for c in self.system.for_component(component)
            if (label := c.label.lower()) == wanted
            or label.startswith(wanted + " ")
            or wanted.startswith(label)
        ]
        return found[0] if len(found) == 1 else None


def _component_of(name: str) -> tuple[Component | None, str]:
    for component, pattern in _COMPONENT_NAMES:
        if match := pattern.match(name):
            return component, name[match.end() :]
    return None, name
