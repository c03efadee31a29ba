"""How long jobs report progress and learn that the user cancelled (plain callables, no Qt)."""

from collections.abc import Callable

Progress = Callable[[int, int], None]  # progress(done, total)
Cancelled = Callable[[], bool]  # cancelled() -> True once the user asked to stop
