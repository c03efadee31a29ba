"""One attempt's process: this checkout's code in a fresh Python, timed, its peak memory read,
killed with SIGKILL at a chosen moment if asked; and how its error output is judged."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PEAK = Path(__file__).with_name("peak.py")
TIMEOUT_S = 300.0
USER_DATA = "userdata"  # the app's data folder (its log), beside the temp folder
LEAKS = ("SELECT", "INSERT", "UPDATE ", "[SQL", "parameters:", "I said no")


@dataclass
class Run:
    """What one process did: exit code (None when the campaign killed it), output, cost."""

    args: tuple[str, ...]
    code: int | None
    out: str
    err: str
    seconds: float
    peak_mb: float
    cpu_s: float  # user + system CPU seconds of the process itself (0 when it was killed)
    lines: list[tuple[float, str]] = field(default_factory=list)  # stdout lines as they came

    @property
    def killed(self) -> bool:
        return self.code is None

    @property
    def traceback(self) -> bool:
        return "Traceback" in self.err

    @property
    def unexpected(self) -> bool:
        """An ``unexpected`` error, or a message that quotes SQL, parameters or transcript text."""
        return "unexpected" in self.err or any(leak in self.err for leak in LEAKS)

    @property
    def clean_refusal(self) -> bool:
        """Refused in the one ``error:`` line the issue asks for."""
        return (
            self.code not in (None, 0)
            and self.err.startswith("error: ")
            and self.err.count("\n") == 1
            and not self.traceback
            and not self.unexpected
        )

    def first_line(self) -> str:
        return (self.err.strip().splitlines() or ["(no message)"])[-1][:160]


def environment(temp: Path) -> dict[str, str]:
    """This checkout first on the path; temporary files in ``temp`` (to find leftovers); the
    log and settings beside it (on the same disk: a full disk is full for the log too)."""
    temp.mkdir(parents=True, exist_ok=True)
    return {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "TMPDIR": str(temp),
        "CCRT_CODER_DATA_DIR": str(temp.parent / USER_DATA),
        "QT_QPA_PLATFORM": "offscreen",
    }


def run(
    module: str,
    args: Sequence[object],
    temp: Path,
    *,
    kill_after: float | None = None,
    kill_when: Callable[[list[tuple[float, str]]], bool] | None = None,
    on_line: Callable[[list[tuple[float, str]]], None] | None = None,
    preexec: Callable[[], None] | None = None,
) -> Run:
    """``python -m MODULE ARGS``; killed ``kill_after`` seconds after ``kill_when`` first holds
    on the lines printed so far (after the start when no condition is given)."""
    arguments = tuple(str(a) for a in args)
    peak_file = Path(tempfile.gettempdir()) / f"ccrt-peak-{os.getpid()}-{time.monotonic_ns()}"
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, str(PEAK), str(peak_file), module, *arguments],
        cwd=ROOT,
        env=environment(temp),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=preexec,
    )
    lines: list[tuple[float, str]] = []
    err_parts: list[str] = []
    assert process.stdout is not None and process.stderr is not None
    stderr = threading.Thread(target=lambda: err_parts.append(process.stderr.read()))  # type: ignore[union-attr]
    stderr.start()
    reader = threading.Thread(target=_read_lines, args=(process.stdout, lines, started, on_line))
    reader.start()
    killed = _kill_in_time(process, lines, kill_after, kill_when)
    process.wait(timeout=TIMEOUT_S)
    killed = killed and process.returncode == -signal.SIGKILL  # not if it had just finished
    reader.join()
    stderr.join()
    seconds = time.perf_counter() - started
    cpu_file = Path(f"{peak_file}.cpu")
    peak_kb = peak_file.read_text() if peak_file.exists() else "0"
    cpu = cpu_file.read_text() if cpu_file.exists() else "0"
    peak_file.unlink(missing_ok=True)
    cpu_file.unlink(missing_ok=True)
    return Run(
        arguments,
        None if killed else process.returncode,
        "".join(line + "\n" for _, line in lines),
        "".join(err_parts),
        seconds,
        int(peak_kb) / 1024,
        float(cpu),
        lines,
    )


def _read_lines(
    stream: object,
    lines: list[tuple[float, str]],
    started: float,
    on_line: Callable[[list[tuple[float, str]]], None] | None,
) -> None:
    for line in stream:  # type: ignore[attr-defined]
        lines.append((time.perf_counter() - started, line.rstrip("\n")))
        if on_line is not None:
            on_line(lines)


def _kill_in_time(
    process: subprocess.Popen[str],
    lines: list[tuple[float, str]],
    after: float | None,
    when: Callable[[list[tuple[float, str]]], bool] | None,
) -> bool:
    """SIGKILL the process at the chosen moment; True if it was still running then."""
    if after is None:
        return False
    deadline = time.monotonic() + TIMEOUT_S
    while when is not None and not when(lines):
        if process.poll() is not None or time.monotonic() > deadline:
            return False
        time.sleep(0.005)
    try:
        process.wait(timeout=after)
        return False
    except subprocess.TimeoutExpired:
        os.kill(process.pid, signal.SIGKILL)
        return True


def ccrt(args: Sequence[object], temp: Path, **options: object) -> Run:
    """``python -m ccrt_coder ARGS`` of this checkout."""
    return run("ccrt_coder", args, temp, **options)  # type: ignore[arg-type]
