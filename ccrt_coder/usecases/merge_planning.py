"""Planning a merge: which of a source's REs, coders and layers can be added to the target."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from itertools import compress, filterfalse
from operator import itemgetter, ne
from typing import TypeVar

from ccrt_coder.storage.merge_store import (
    DetailsLoader,
    LayerKey,
    MergeRows,
    ReSnap,
    TargetReads,
    UnitDetail,
    UnitRow,
    WorkSnapshot,
)
from ccrt_coder.storage.rating_snap import RatingSnap
from ccrt_coder.usecases.merge_plan import LayerPlan, SourcePlan

Item = TypeVar("Item", UnitRow, RatingSnap)


class Target:
    """The target's work by uid; grows with what earlier sources of the same merge add."""

    def __init__(self, snapshot: WorkSnapshot, reads: TargetReads) -> None:
        self.reads = reads
        self.snapshot = snapshot
        self.res = dict(snapshot.res)
        self.re_slots = {(r.transcript_uid, r.number): r.uid for r in snapshot.res.values()}
        self.coders = dict(snapshot.coders)
        self.coder_by_name = {c.name: c.uid for c in snapshot.coders.values()}
        self.units: dict[LayerKey, dict[str, UnitRow]] = defaultdict(dict)  # layers read
        self._read: set[LayerKey] = set()
        self._others: set[str] | None = None  # uids of the layers not read, once asked
        self.ratings: dict[LayerKey, dict[str, tuple[float, bool]]] = defaultdict(dict)
        for r in snapshot.ratings:
            self.ratings[(r.coder_uid, r.layer)][r.re_uid] = r.decision
        self._details: dict[str, UnitDetail] = {}
        self._loaded: set[LayerKey] = set()
        self._absorbed: list[tuple[LayerKey, list[str], list[UnitRow], list[UnitDetail]]] = []

    def overlapping(self, re: ReSnap) -> int | None:
        """The number of a target RE of the same interview that shares text with ``re``."""
        for other in self.res.values():
            if other.transcript_uid == re.transcript_uid and any(
                a[0] < b[1] and b[0] < a[1] for a in other.spans for b in re.spans
            ):
                return other.number
        return None

    def read(self, keys: Iterable[LayerKey]) -> None:
        """Read the target's units of the layers ``keys`` not read yet, in one query (a coder's
        copy has one layer: the target's others are never read)."""
        missing = set(keys) - self._read
        if missing:
            self._read |= missing
            for key, units in _by_layer(self.reads.layers(missing)).items():
                self.units[key].update(units)

    def details(self, key: LayerKey) -> dict[str, UnitDetail]:
        """Spans and categories of the layer's units (read once, when first needed)."""
        if key not in self._loaded:
            self._details.update(self.reads.details([key]))
            self._loaded.add(key)
        return self._details

    def in_other_work(self, uids: set[str]) -> int:
        """How many of ``uids`` are units of the target, in any layer (the uids of layers not
        read are read once, when first asked)."""
        if not uids:
            return 0
        if self._others is None:
            self._others = self.reads.uids_besides(self._read)
        found = set().union(uids & self._others, *(uids & u.keys() for u in self.units.values()))
        return len(found)

    def absorb(
        self, key: LayerKey, uids: list[str], units: list[UnitRow], details: list[UnitDetail]
    ) -> None:
        """Count ``units`` (new in layer ``key``) as the target's for the next sources, once
        the next is planned (:meth:`settle`): a merge of one source never needs them."""
        self._absorbed.append((key, uids, units, details))

    def settle(self) -> None:
        """Take in what the sources planned so far add."""
        for key, uids, units, details in self._absorbed:
            self.units[key].update(zip(uids, units, strict=True))
            self._details.update(zip(uids, details, strict=True))
        self._absorbed.clear()


def plan_source(
    index: Target, source: WorkSnapshot, load_details: DetailsLoader, name: str
) -> tuple[SourcePlan, MergeRows]:
    index.settle()
    refused = _refusals(index.snapshot, source)
    if refused:
        return SourcePlan(name, refused=tuple(refused)), MergeRows()
    rows = MergeRows()
    notes: list[str] = []
    conflicts, blocked, new_res = _plan_res(index, source, rows, notes)
    new_coders = _plan_coders(index, source, rows, notes, conflicts)
    layers = _Layers(index, source, load_details, rows, blocked).plan()
    plan = SourcePlan(
        name, (), tuple(new_coders), tuple(new_res), tuple(layers), tuple(conflicts), tuple(notes)
    )
    return plan, rows


def _refusals(target: WorkSnapshot, source: WorkSnapshot) -> list[str]:
    edited = sorted(
        t.interview
        for uid, t in source.transcripts.items()
        if uid in target.transcripts and target.transcripts[uid].sha256 != t.sha256
    )
    missing = sorted(
        t.interview for uid, t in source.transcripts.items() if uid not in target.transcripts
    )
    refused = []
    if edited:
        refused.append(
            "its transcript text differs from the target's (edited) in: " + ", ".join(edited)
        )
    if missing and len(missing) == len(source.transcripts):
        refused.append("it shares no transcript with the target; is it a copy of this study?")
    elif missing:
        refused.append(
            "it has interviews the target lacks (import them into the target "
            "first): " + ", ".join(missing)
        )
    if unknown := sorted(source.used_categories - target.categories):
        refused.append(
            "its units use categories the target lacks: "
            + ", ".join(f"{code} ({system} {version})" for system, version, code in unknown[:10])
        )
    return refused


def _plan_res(
    index: Target, source: WorkSnapshot, rows: MergeRows, notes: list[str]
) -> tuple[list[str], set[str], list[str]]:
    """New REs are added; REs with other spans, or whose number is taken, are conflicts."""
    conflicts: list[str] = []
    blocked: set[str] = set()
    added: list[str] = []
    where = source.transcripts
    for re in sorted(
        source.res.values(), key=lambda r: (where[r.transcript_uid].interview, r.number)
    ):
        label = f"{where[re.transcript_uid].interview} RE {re.number}"
        mine = index.res.get(re.uid)
        if mine is None:
            if (re.transcript_uid, re.number) in index.re_slots:
                conflicts.append(f"{label} is another RE in the target; not added")
                blocked.add(re.uid)
                continue
            if overlapping := index.overlapping(re):
                conflicts.append(
                    f"{label} (new) overlaps RE {overlapping} of the target; not added"
                )
                blocked.add(re.uid)
                continue
            rows.res.append(re)
            index.res[re.uid] = re
            index.re_slots[(re.transcript_uid, re.number)] = re.uid
            added.append(label)
        elif mine.spans != re.spans or mine.transcript_uid != re.transcript_uid:
            conflicts.append(
                f"{label} has other spans than in the target "
                f"({_spans(re.spans)} vs {_spans(mine.spans)}); the target's kept"
            )
            blocked.add(re.uid)
        elif mine[2:6] != re[2:6]:
            notes.append(f"{label}: number, other person or time frame differ; the target's kept")
    return conflicts, blocked, added


def _spans(spans: Sequence[tuple[int, int]]) -> str:
    return " + ".join(f"{start}..{end}" for start, end in spans)


def _plan_coders(
    index: Target, source: WorkSnapshot, rows: MergeRows, notes: list[str], conflicts: list[str]
) -> list[str]:
    """Match by uid, then by name; a name already matched by another coder is a conflict."""
    claimed = {c.uid for c in source.coders.values() if c.uid in index.coders}
    added = []
    for coder in sorted(source.coders.values(), key=lambda c: c.name):
        mine = index.coders.get(coder.uid)
        by_name = index.coder_by_name.get(coder.name)
        if mine is not None:
            rows.coder_uids[coder.uid] = coder.uid
            if mine.name != coder.name:
                notes.append(f"coder {coder.name!r} is called {mine.name!r} in the target")
        elif by_name is not None and by_name not in claimed:
            rows.coder_uids[coder.uid] = by_name
            claimed.add(by_name)
            notes.append(f"coder {coder.name!r} matched by name (created separately)")
        elif by_name is not None:
            conflicts.append(
                f"coder {coder.name!r} clashes with another coder of that name in "
                "the target; nothing of theirs is merged"
            )
        else:
            rows.coders.append(coder)
            rows.coder_uids[coder.uid] = coder.uid
            index.coders[coder.uid] = coder
            index.coder_by_name[coder.name] = coder.uid
            added.append(coder.name)
    return added


class _Layers:
    """Compare each coder's layer of a source with the target's and take the accepted ones."""

    def __init__(
        self,
        index: Target,
        source: WorkSnapshot,
        load_details: DetailsLoader,
        rows: MergeRows,
        blocked: set[str],
    ) -> None:
        self.index, self.rows, self.blocked = index, rows, blocked
        self.load_details = load_details
        self.units: dict[LayerKey, dict[str, UnitRow]] = defaultdict(dict)
        self.ratings: dict[LayerKey, dict[str, RatingSnap]] = defaultdict(dict)
        self.source_keys: dict[LayerKey, set[LayerKey]] = defaultdict(set)
        # by the source's coder uids
        ratings: dict[LayerKey, dict[str, RatingSnap]] = defaultdict(dict)
        for r in source.ratings:
            ratings[(r.coder_uid, r.layer)][r.re_uid] = r
        self._adopt(_by_layer(source.units), self.units)
        self._adopt(ratings, self.ratings)
        index.read(self.source_keys)

    def _adopt(
        self, grouped: dict[LayerKey, dict[str, Item]], into: dict[LayerKey, dict[str, Item]]
    ) -> None:
        """Move the source's items of coders not in conflict to their target coder's keys."""
        for (coder, layer), items in grouped.items():
            if coder in self.rows.coder_uids:  # not a coder in conflict
                key = (self.rows.coder_uids[coder], layer)
                into[key].update(items)
                self.source_keys[key].add((coder, layer))

    def plan(self) -> list[LayerPlan]:
        keys = sorted(self.source_keys, key=lambda k: (self.index.coders[k[0]].name, k[1]))
        plans = [self._plan(key) for key in keys]
        accepted = {
            key
            for key, plan in zip(keys, plans, strict=True)
            if plan.status in ("new", "continued")
        }
        self._take(accepted)
        return plans

    def _plan(self, key: LayerKey) -> LayerPlan:
        coder, layer = self.index.coders[key[0]].name, key[1]
        units, ratings = self.units.get(key, {}), self.ratings.get(key, {})
        mine_units, mine_ratings = self.index.units[key], self.index.ratings[key]
        same = units == mine_units  # the usual case for a layer both have, compared in C
        new_units = set() if same else units.keys() - mine_units.keys()
        new_ratings = ratings.keys() - mine_ratings.keys()
        problems = Counter[str]()
        problems["units changed"] = 0 if same else self._changed_units(key, units, mine_units)
        problems["ratings changed"] = sum(
            ratings[re].decision != mine_ratings[re] for re in ratings.keys() & mine_ratings
        )
        if self.blocked:
            problems["new units on REs in conflict"] = sum(
                units[uid].re_uid in self.blocked for uid in new_units
            )
            problems["new ratings on REs in conflict"] = len(new_ratings & self.blocked)
        problems["unit uids used by other work"] = self.index.in_other_work(new_units)
        only_mine = 0 if same else len(mine_units.keys() - units.keys())
        only_mine += len(mine_ratings.keys() - ratings.keys())
        if (new_units or new_ratings) and only_mine:
            problems["target units/ratings the source lacks"] = only_mine
            problems["source units/ratings the target lacks"] = len(new_units) + len(new_ratings)
        if +problems:
            detail = ", ".join(f"{what}: {n}" for what, n in problems.items() if n)
            return LayerPlan(coder, layer, "conflict", detail=detail)
        if not new_units and not new_ratings:
            detail = f"the target has {only_mine} more units/ratings" if only_mine else ""
            return LayerPlan(coder, layer, "kept" if only_mine else "unchanged", detail=detail)
        status = "continued" if mine_units or mine_ratings else "new"
        return LayerPlan(coder, layer, status, len(new_units), len(new_ratings))

    def _changed_units(
        self, key: LayerKey, units: dict[str, UnitRow], mine: dict[str, UnitRow]
    ) -> int:
        """Units in both whose content differs; details are read only for rows that differ."""
        both = list(units.keys() & mine.keys())
        differ = compress(both, map(ne, map(units.__getitem__, both), map(mine.__getitem__, both)))
        suspects = [  # whole rows first (in C); the stamp leaves out a name-matched coder's uid
            uid for uid in differ if units[uid].stamp != mine[uid].stamp
        ]
        if not suspects:
            return 0
        theirs = self.load_details(self.source_keys[key])
        ours = self.index.details(key)
        return sum(
            units[uid].content != mine[uid].content or theirs.get(uid) != ours.get(uid)
            for uid in suspects
        )

    def _take(self, accepted: set[LayerKey]) -> None:
        """New units and ratings of accepted layers, in source order (keeps indexes compact)."""
        if not accepted:
            return
        details = self.load_details([k for key in accepted for k in self.source_keys[key]])
        for key in sorted(accepted):
            units = self.units[key]
            uids = list(filterfalse(self.index.units[key].__contains__, units))
            new = list(map(units.__getitem__, uids))
            found = list(map(details.__getitem__, uids))
            self.rows.units += zip(new, found, strict=True)
            self.index.absorb(key, uids, new, found)
            mine_ratings = self.index.ratings[key]
            ratings = [r for re, r in self.ratings[key].items() if re not in mine_ratings]
            self.rows.ratings += ratings
            mine_ratings.update((r.re_uid, r.decision) for r in ratings)


def _by_layer(units: list[UnitRow]) -> dict[LayerKey, dict[str, UnitRow]]:
    """Units by layer, then uid, in their order (one pass: a project's coders' units
    interleave, so sorting them into layers first measured slower)."""
    layers: dict[LayerKey, dict[str, UnitRow]] = {}
    for key, uid, unit in zip(map(_LAYER, units), map(_UID, units), units, strict=True):
        try:
            layers[key][uid] = unit
        except KeyError:
            layers[key] = {uid: unit}
    return layers


_LAYER, _UID = itemgetter(1, 2), itemgetter(0)  # a UnitRow's (coder uid, layer); its uid
