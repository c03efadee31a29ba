"""File-name patterns such as ``{dyad}_{narrator}_{phase}``: what a transcript's name tells.

A pattern is a template a user can type: ``{dyad}``, ``{narrator}`` (patient/therapist or P/T)
and ``{phase}`` (digits) are read from the name; ``_``, ``-`` and a space each stand for any run
of underscores, hyphens and spaces, so the default reads ``D01_patient_5``, ``P07-therapist-15``
and ``dyad3 T 28`` alike; ``*`` stands for any text; everything else must appear as written
(case-insensitive). The pattern is matched against the whole name without its extension.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ccrt_coder.core.errors import InputError

DEFAULT_NAME_PATTERN = "{dyad}_{narrator}_{phase}"
FIELDS = ("dyad", "narrator", "phase")

_PIECE = re.compile(r"\{(\w*)\}|[_\- ]+|\*|[{}]|[^{}_\- *]+")
_SEPARATORS = r"[_\- ]+"
_FIELD_REGEX = {
    # The dyad ends in a non-separator character, as the CLI's file names have always been read.
    "dyad": r"(?P<dyad>.*?[^_\- ])",
    "narrator": r"(?P<narrator>patient|therapist|p|t)",
    "phase": r"(?P<phase>\d+)",
}


@dataclass(frozen=True)
class NamePattern:
    """A compiled pattern: :meth:`read` gives the fields it found in a file name's stem."""

    template: str
    regex: re.Pattern[str]

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(name for name in FIELDS if name in self.regex.groupindex)

    def read(self, stem: str) -> dict[str, str]:
        """The fields found in ``stem`` (all of this pattern's, or none when it does not fit)."""
        match = self.regex.match(stem.strip())
        return {name: match[name] for name in self.fields} if match else {}


def compile_name_pattern(template: str) -> NamePattern:
    """The pattern of ``template``, or InputError saying what is wrong with it."""
    text = template.strip()
    if not text:
        raise InputError("the file-name pattern is empty")
    parts: list[str] = []
    seen: set[str] = set()
    for match in _PIECE.finditer(text):
        piece = match.group(0)
        if match.group(1) is not None:
            name = match.group(1).lower()
            if name not in _FIELD_REGEX:
                raise InputError(
                    f"unknown field {piece!r} in the file-name pattern (use {{dyad}}, "
                    "{narrator} and {phase})"
                )
            if name in seen:
                raise InputError(f"{piece} appears twice in the file-name pattern")
            seen.add(name)
            parts.append(_FIELD_REGEX[name])
        elif piece in "{}":
            raise InputError(f"unmatched {piece!r} in the file-name pattern")
        elif piece == "*":
            parts.append(".*?")
        elif piece.strip("_- ") == "":
            parts.append(_SEPARATORS)
        else:
            parts.append(re.escape(piece))
    if not seen:
        raise InputError("the file-name pattern names no field ({dyad}, {narrator} or {phase})")
    return NamePattern(text, re.compile("^" + "".join(parts) + "$", re.IGNORECASE))


DEFAULT_PATTERN = compile_name_pattern(DEFAULT_NAME_PATTERN)
