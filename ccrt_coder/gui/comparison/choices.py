"""What the Comparison view can be asked for: dyad, layer, level and RE filter, with labels."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ccrt_coder.gui.widgets.terms import level_word
from ccrt_coder.gui.widgets.tr_marks import QT_TRANSLATE_NOOP
from ccrt_coder.usecases.ccrt import ABOUT_OTHERS, ABOUT_PARTNER, ALL, DIRECTION, POOLED
from ccrt_coder.usecases.domain import Layer, LayerChoice

POOLED_LABEL = QT_TRANSLATE_NOOP("comparison.choices", "All dyads (pooled)")
LEVEL_LABELS = {
    "category": QT_TRANSLATE_NOOP("comparison.choices", "Category"),
    "cluster": QT_TRANSLATE_NOOP("comparison.choices", "Cluster"),
}
DIRECTION_LABEL = QT_TRANSLATE_NOOP("comparison.choices", "Direction (CCRT-LU)")
SCOPE_LABELS = {
    ALL: QT_TRANSLATE_NOOP("comparison.choices", "All REs"),
    ABOUT_PARTNER: QT_TRANSLATE_NOOP("comparison.choices", "About the partner"),
    ABOUT_OTHERS: QT_TRANSLATE_NOOP("comparison.choices", "About others"),
}
CONSENSUS = LayerChoice(Layer.CONSENSUS)


@dataclass(frozen=True)
class LayerOption:
    """One entry of the layer list: what the user reads, and the layer it stands for."""

    label: str
    choice: LayerChoice


@dataclass(frozen=True)
class ViewChoice:
    """Everything the view shows depends on these four; (layer, level) needs a computation."""

    dyad: str = POOLED
    layer: LayerChoice = CONSENSUS
    level: str = "cluster"
    scope: str = ALL

    @property
    def computation(self) -> tuple[LayerChoice, str]:
        return self.layer, self.level


def layer_options(
    coders: Sequence[str], blind: bool, current_coder: str | None
) -> list[LayerOption]:
    """Consensus always; coders' own layers only where blind coding allows it: everyone's when
    blind mode is off, only the current coder's own when it is on."""
    own_only = [current_coder] if current_coder in coders else []
    names = own_only if blind else list(coders)
    own = [
        LayerOption(
            QCoreApplication.translate("comparison.choices", "{name} (own coding)").format(
                name=name
            ),
            LayerChoice(Layer.CODER, name),
        )
        for name in names
    ]
    return [
        LayerOption(QCoreApplication.translate("comparison.choices", "Consensus"), CONSENSUS),
        *own,
    ]


def default_layer(options: Sequence[LayerOption], units: dict[str, dict[str, int]]) -> LayerChoice:
    """The layer to open on: consensus if it holds units, else the first offered coder's own
    layer that does (an empty layer would show "no coded REs" in every cell); ``units``:
    coder -> layer -> number of units, as the project counts them."""
    held = {
        LayerChoice(Layer.CONSENSUS)
        if layer == Layer.CONSENSUS.value
        else LayerChoice(Layer.CODER, coder)
        for coder, layers in units.items()
        for layer, n in layers.items()
        if n
    }
    return next((o.choice for o in options if o.choice in held), options[0].choice)


def level_options(uses_lu_direction: bool) -> list[tuple[str, str]]:
    """(label, level) offered: category and cluster; the CCRT-LU direction only when the
    project's category system codes directions (other projects have no such level)."""
    levels = list(LEVEL_LABELS.items())
    if uses_lu_direction:
        levels.append((DIRECTION, DIRECTION_LABEL))
    return [(QCoreApplication.translate("comparison.choices", label), key) for key, label in levels]


def dyad_label(dyad: str) -> str:
    return (
        QCoreApplication.translate("comparison.choices", POOLED_LABEL)
        if dyad == POOLED
        else QCoreApplication.translate("comparison.choices", "Dyad {dyad}").format(dyad=dyad)
    )


def describe(choice: ViewChoice) -> str:
    """One line naming the choice, for chart titles and exported files."""
    return QCoreApplication.translate(
        "comparison.choices", "{dyad_label} · {layer_name} layer · {level} level · {scope_words}"
    ).format(
        dyad_label=dyad_label(choice.dyad),
        layer_name=layer_name(choice.layer),
        level=level_word(choice.level),
        scope_words=scope_words(choice.scope),
    )


def layer_name(layer: LayerChoice) -> str:
    """'consensus' or the coder's name, as in 'the consensus layer', 'Anna's layer'."""
    if layer.layer is Layer.CONSENSUS:
        return QCoreApplication.translate("comparison.choices", "consensus")
    return str(layer.coder)


def scope_words(scope: str) -> str:
    """'all REs', 'about the partner': the filter's label inside a sentence."""
    label = QCoreApplication.translate("comparison.choices", SCOPE_LABELS.get(scope, scope))
    return label[0].lower() + label[1:]
