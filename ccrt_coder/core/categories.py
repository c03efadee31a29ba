"""Category systems as plain data: standard categories grouped in clusters per component."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from ccrt_coder.core.domain import Component, Valence
from ccrt_coder.core.errors import InputError, NotFoundError


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


@dataclass(frozen=True)
class CategorySystemSummary:
    """A stored system as the lead chooses among them: its size and the units coded with it."""

    id: int
    name: str
    version: str
    n_categories: int
    n_units: int
    active: bool

    @property
    def spec(self) -> str:
        """``NAME@VERSION``, as the command line names a system."""
        return f"{self.name}@{self.version}"


def choose_system(summaries: Sequence[CategorySystemSummary], spec: str) -> CategorySystemSummary:
    """The stored system ``NAME`` or ``NAME@VERSION`` names; a name alone must be unambiguous."""
    name, _, version = spec.rpartition("@")
    candidates = [s for s in summaries if (s.name, s.version) == (name, version)]
    if not candidates:  # no version given, or an '@' inside the name
        candidates = [s for s in summaries if s.name == spec.strip()]
    if len(candidates) == 1:
        return candidates[0]
    stored = "; ".join(s.spec for s in summaries) or "none"
    if candidates:
        raise InputError(f"several versions of '{spec}' are stored; name one of: {stored}")
    raise NotFoundError(f"no category system '{spec}' in the project; stored: {stored}")


def units_outside(summaries: Sequence[CategorySystemSummary], system_id: int | None) -> int:
    """Units coded with systems other than ``system_id`` (None: a system not stored yet), which
    keep their categories when it is active."""
    return sum(s.n_units for s in summaries if s.id != system_id)


def with_categories_in_use(system: CategorySystem, in_use: Iterable[Category]) -> CategorySystem:
    """``system`` plus other systems' categories that units still carry (codes it lacks), so
    analyses name every coded category with its own label."""
    extra = {c.code: c for c in in_use if system.get(c.code) is None}
    if not extra:
        return system
    return replace(system, categories=system.categories + tuple(extra.values()))
