"""Category systems as plain data: standard categories grouped in clusters per component."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from ccrt_coder.core.domain import Component, Valence
from ccrt_coder.core.errors import InputError


@dataclass(frozen=True)
class Category:
    """One standard category; ``component`` is None in systems with one tree for all (CCRT-LU)."""

    code: str
    label: str
    component: Component | None
    cluster: str
    default_valence: Valence | None = None
    description: str = ""


@dataclass(frozen=True)
class CategorySystem:
    """A named, versioned list of categories; a project records which one it uses."""

    name: str
    version: str
    categories: tuple[Category, ...]
    uses_lu_direction: bool = False
    description: str = ""
    _by_code: dict[str, Category] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_code", {c.code: c for c in self.categories})

    def get(self, code: str) -> Category | None:
        return self._by_code.get(code)

    def for_component(self, component: Component) -> tuple[Category, ...]:
        return tuple(c for c in self.categories if c.component in (component, None))

    def clusters(self, component: Component | None = None) -> tuple[str, ...]:
        """Cluster codes in first-seen order, optionally for one component."""
        cats: Iterable[Category] = (
            self.categories if component is None else self.for_component(component)
        )
        return tuple(dict.fromkeys(c.cluster for c in cats))

    def cluster_label(self, cluster: str) -> str:
        """A cluster is labelled by the category whose code equals it, else by its own code."""
        category = self._by_code.get(cluster)
        return category.label if category else cluster


def check_category_system(system: CategorySystem) -> None:
    """Refuse a system that cannot be stored: no name, or a code given to two categories."""
    if not system.name.strip():
        raise InputError("a category system needs a name")
    counts = Counter(c.code for c in system.categories)
    twice = sorted(code for code, n in counts.items() if n > 1)
    if twice:
        raise InputError(
            f"category system '{system.name}' gives the code {', '.join(twice)} to more than one "
            "category; each code must be unique"
        )
