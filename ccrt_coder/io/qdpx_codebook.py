"""The REFI-QDA codebook of a study: components -> clusters -> categories, and the RE codes."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from lxml import etree

from ccrt_coder.core.categories import Category
from ccrt_coder.core.domain import Component
from ccrt_coder.core.records import UnitRecord
from ccrt_coder.io.qdpx_format import (
    RE_ROOT_NAME,
    RE_SEPARATOR,
    derived_guid,
    describe_category,
    describe_component,
    describe_re_code,
    element,
    text_element,
)

if TYPE_CHECKING:
    from ccrt_coder.io.qdpx_export_study import ExportStudy

_COLOURS = {Component.W: "#0072B2", Component.RO: "#D55E00", Component.RS: "#009E73"}


class Codebook:
    """Components -> clusters -> categories, and RE -> other-person types."""

    def __init__(self, study: ExportStudy) -> None:
        self.study = study
        self.system = study.system
        self.component_guid = {c: derived_guid(study.system_uid, "component", c) for c in Component}
        self.category_guid = {
            c.code: derived_guid(study.system_uid, "category", c.code)
            for c in self.system.categories
        }
        used = {re.other_type for re in study.res}
        self.other_types = [
            *study.settings.other_person_types,
            *sorted(used - set(study.settings.other_person_types)),
        ]
        self.re_guid = {t: derived_guid(study.study_uid, "re", t) for t in self.other_types}

    def write(self, codes: etree._Element) -> None:
        for component in Component:
            node = element(
                codes,
                "Code",
                guid=self.component_guid[component],
                name=f"{component.value} {component.title}",
                isCodable="true",
                color=_COLOURS[component],
            )
            text_element(node, "Description", describe_component(component))
            self._clusters(node, self.system.for_component(component), component)
        free = [c for c in self.system.categories if c.component is None]
        if free:
            node = element(
                codes,
                "Code",
                guid=derived_guid(self.study.system_uid, "any"),
                name=f"{self.system.name} (any component)",
                isCodable="false",
            )
            self._clusters(node, free, None)
        episodes = element(
            codes,
            "Code",
            guid=derived_guid(self.study.study_uid, "re"),
            name=RE_ROOT_NAME,
            isCodable="false",
        )
        for other in self.other_types:
            node = element(
                episodes,
                "Code",
                guid=self.re_guid[other],
                name=f"RE {RE_SEPARATOR} {other}",
                isCodable="true",
            )
            text_element(node, "Description", describe_re_code(other))

    def _clusters(
        self, parent: etree._Element, categories: Iterable[Category], component: Component | None
    ) -> None:
        categories = [c for c in categories if c.component is component]
        for cluster in dict.fromkeys(c.cluster for c in categories):
            members = [c for c in categories if c.cluster == cluster]
            head = next((c for c in members if c.code == cluster), None)
            if head is not None:
                node = self._category(parent, head)
            else:
                node = element(
                    parent,
                    "Code",
                    guid=derived_guid(self.study.system_uid, "cluster", cluster),
                    name=cluster,
                    isCodable="false",
                )
            for category in members:
                if category is not head:
                    self._category(node, category)

    def _category(self, parent: etree._Element, category: Category) -> etree._Element:
        node = element(
            parent,
            "Code",
            guid=self.category_guid[category.code],
            name=f"{category.code} {category.label}",
            isCodable="true",
        )
        text_element(node, "Description", describe_category(category))
        return node

    def codes_of(self, unit: UnitRecord) -> list[str]:
        """The unit's categories (in order), else its component node."""
        known = [self.category_guid[c] for c in unit.draft.categories if c in self.category_guid]
        return known or [self.component_guid[unit.draft.component]]
