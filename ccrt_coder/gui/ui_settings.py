"""Per-user UI state in QSettings behind small typed helpers (layout, recents, coder, language,
the import's file-name pattern)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8
_RECENT = "recentProjects"
_REOPEN = "session/openProject"


@dataclass(frozen=True)
class Place:
    """Where the coder was in a project: the interview, its current RE, the transcript's scroll."""

    interview_id: int
    re_id: int | None = None
    scroll: int = 0


class UiSettings:
    """Typed access to QSettings; a non-persistent instance only remembers in memory.

    Screenshots and other throw-away windows use ``persistent=False`` so they neither read nor
    change what the user's own windows remember.
    """

    def __init__(self, persistent: bool = True) -> None:
        self._settings = QSettings() if persistent else None
        self._memory: dict[str, object] = {}

    # -- raw access -------------------------------------------------------------------------
    def _get(self, key: str) -> Any:  # QSettings keeps untyped values
        if self._settings is None:
            return self._memory.get(key)
        return self._settings.value(key)

    def _set(self, key: str, value: object) -> None:
        if self._settings is None:
            self._memory[key] = value
        else:
            self._settings.setValue(key, value)

    def sync(self) -> None:
        if self._settings is not None:
            self._settings.sync()

    # -- recent projects --------------------------------------------------------------------
    def recent_projects(self) -> list[Path]:
        """Recently opened projects, newest first; files that no longer exist are dropped."""
        stored = _as_list(self._get(_RECENT))
        existing = [Path(p) for p in stored if Path(p).is_file()]
        if len(existing) != len(stored):
            self._set(_RECENT, [str(p) for p in existing])
        return existing[:MAX_RECENT]

    def remember_project(self, path: Path) -> None:
        path = path.resolve()
        others = [p for p in self.recent_projects() if p.resolve() != path]
        self._set(_RECENT, [str(p) for p in [path, *others][:MAX_RECENT]])

    def forget_project(self, path: Path) -> None:
        path = path.resolve()
        self._set(_RECENT, [str(p) for p in self.recent_projects() if p.resolve() != path])

    def project_to_reopen(self) -> Path | None:
        """The project that was open when the app last quit (or was killed), if it still exists."""
        value = self._get(_REOPEN)
        path = Path(value) if isinstance(value, str) and value else None
        return path if path is not None and path.is_file() else None

    def set_project_to_reopen(self, path: Path | None) -> None:
        self._set(_REOPEN, str(path.resolve()) if path is not None else "")

    # -- the place in each project ----------------------------------------------------------
    def place_in(self, project: Path) -> Place | None:
        """Where the coder last was in ``project`` (None: nowhere remembered)."""
        value = self._get(f"placeByProject/{_key(project)}")
        parts = value.split(",") if isinstance(value, str) else []
        try:
            interview, re, scroll = parts
            return Place(int(interview), int(re) if re else None, int(scroll))
        except ValueError:
            return None

    def set_place_in(self, project: Path, place: Place) -> None:
        re = "" if place.re_id is None else str(place.re_id)
        self._set(f"placeByProject/{_key(project)}", f"{place.interview_id},{re},{place.scroll}")

    # -- file dialogs -----------------------------------------------------------------------
    def last_folder(self, kind: str) -> Path | None:
        """The folder a file of this kind (``project``, ``export``, ...) was last chosen in."""
        value = self._get(f"lastFolder/{kind}")
        return Path(value) if isinstance(value, str) and value else None

    def set_last_folder(self, kind: str, folder: Path) -> None:
        self._set(f"lastFolder/{kind}", str(folder))

    # -- window layout ----------------------------------------------------------------------
    def state(self, name: str) -> QByteArray | None:
        """A saved geometry or splitter state, or None."""
        value = self._get(f"layout/{name}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_state(self, name: str, value: QByteArray) -> None:
        self._set(f"layout/{name}", value)

    # -- coder per project ------------------------------------------------------------------
    def coder_for(self, project: Path) -> int | None:
        value = self._get(f"coderByProject/{_key(project)}")
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None

    def set_coder_for(self, project: Path, coder_id: int) -> None:
        self._set(f"coderByProject/{_key(project)}", coder_id)

    def lead_for(self, project: Path) -> bool:
        """Whether the user said they lead this project (consensus, blind-coding setting)."""
        return _as_bool(self._get(f"leadByProject/{_key(project)}"))

    def set_lead_for(self, project: Path, lead: bool) -> None:
        self._set(f"leadByProject/{_key(project)}", lead)

    # -- reading ----------------------------------------------------------------------------
    def reading_size(self) -> float | None:
        """The transcript's zoomed font size in points, if the user zoomed."""
        try:
            return float(self._get("view/readingPointSize"))
        except (TypeError, ValueError):
            return None

    def set_reading_size(self, points: float) -> None:
        self._set("view/readingPointSize", points)

    def coding_margin(self) -> bool:
        """Whether the coding margin beside the transcript is shown (on unless turned off)."""
        value = self._get("view/codingMargin")
        return value is None or _as_bool(value)

    def set_coding_margin(self, shown: bool) -> None:
        self._set("view/codingMargin", shown)

    # -- language ---------------------------------------------------------------------------
    def language(self) -> str:
        """``system``, ``en`` or ``de``: the GUI language the user chose (applied at start)."""
        value = self._get("view/language")
        return value if isinstance(value, str) and value else "system"

    def set_language(self, choice: str) -> None:
        self._set("view/language", choice)

    # -- importing transcripts --------------------------------------------------------------
    def import_name_pattern(self, default: str) -> str:
        """The file-name pattern last used to import transcripts (``{dyad}_{narrator}_{phase}``)."""
        value = self._get("import/namePattern")
        return value if isinstance(value, str) and value.strip() else default

    def set_import_name_pattern(self, pattern: str) -> None:
        self._set("import/namePattern", pattern)


def _key(project: Path) -> str:
    """A QSettings-safe key for a file path (paths hold slashes and colons)."""
    return hashlib.sha1(str(project.resolve()).encode()).hexdigest()[:20]


def _as_list(value: object) -> list[str]:
    # An INI file gives back a single-element list as a plain string.
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, list | tuple):
        return [str(v) for v in value if v]
    return []


def _as_bool(value: object) -> bool:
    # An INI file gives booleans back as the strings "true" / "false".
    return value is True or (isinstance(value, str) and value.lower() == "true")
