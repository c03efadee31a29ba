"""What the Comparison view can be asked for: dyad, layer, level and RE filter, with labels."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ccrt_coder.usecases.ccrt import ABOUT_OTHERS, ABOUT_PARTNER, ALL, POOLED
from ccrt_coder.usecases.domain import Layer, LayerChoice

POOLED_LABEL = "All dyads (pooled)"
LEVEL_LABELS = {"category": "Category", "cluster": "Cluster"}
SCOPE_LABELS = {
    ALL: "All REs",
    ABOUT_PARTNER: "About the partner",
    ABOUT_OTHERS: "About others",
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
    own = [LayerOption(f"{name} (own coding)", LayerChoice(Layer.CODER, name)) for name in names]
    return [LayerOption("Consensus", CONSENSUS), *own]


def dyad_label(dyad: str) -> str:
    return POOLED_LABEL if dyad == POOLED else f"Dyad {dyad}"


def describe(choice: ViewChoice) -> str:
    """One line naming the choice, for chart titles and exported files."""
    return (
        f"{dyad_label(choice.dyad)} · {layer_name(choice.layer)} layer · {choice.level} level · "
        f"{scope_words(choice.scope)}"
    )


def layer_name(layer: LayerChoice) -> str:
    """'consensus' or the coder's name, as in 'the consensus layer', 'Anna's layer'."""
    return "consensus" if layer.layer is Layer.CONSENSUS else str(layer.coder)


def scope_words(scope: str) -> str:
    """'all REs', 'about the partner': the filter's label inside a sentence."""
    label = SCOPE_LABELS.get(scope, scope)
    return label[0].lower() + label[1:]
