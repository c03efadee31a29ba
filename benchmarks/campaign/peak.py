"""``python peak.py PEAKFILE MODULE ARGS...``: ``python -m MODULE ARGS`` that writes its own peak
resident memory (``VmHWM`` of ``/proc/self/status``, kB) to PEAKFILE and the CPU seconds it used
to PEAKFILE.cpu on the way out (CPU time, unlike wall time, does not grow with the load).

Measured inside the process: a forked child's ``ru_maxrss`` would count its parent's memory.
A process killed by SIGKILL writes nothing (its memory is not what a kill measures).
"""

import resource
import runpy
import sys


def _write_peak(peak_file: str) -> None:
    with open("/proc/self/status") as status:
        peak = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
    used = resource.getrusage(resource.RUSAGE_SELF)
    try:
        with open(peak_file, "w") as out:
            out.write(peak)
        with open(f"{peak_file}.cpu", "w") as out:
            out.write(f"{used.ru_utime + used.ru_stime:.3f}")
    except OSError:  # no room to say it: the campaign reads no peak, the run is still judged
        pass


if __name__ == "__main__":
    peak_path, module, *arguments = sys.argv[1:]
    sys.argv = [module, *arguments]
    sys.path.pop(0)  # this folder: its modules must not shadow the app's imports
    try:
        runpy.run_module(module, run_name="__main__", alter_sys=True)
    finally:
        _write_peak(peak_path)
