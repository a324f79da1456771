"""Small helpers shared by the benchmarks: timing, tables, memory.

The benchmarks are scripts (``python bench/import.py``), not a package; the script's own folder is
on ``sys.path`` when it runs, so ``from _common import ...`` finds this file.
"""

from __future__ import annotations

import platform
import resource
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any

MiB = 1024 * 1024


def peak_rss_mib() -> float:
    """This process's peak resident set size, in MiB.

    Linux: ``VmHWM`` from /proc, because ``ru_maxrss`` survives ``exec`` and so a child started by a
    big parent reports the parent's peak. Elsewhere ``ru_maxrss`` (KiB on Linux, bytes on macOS).
    """
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / MiB if sys.platform == "darwin" else peak / 1024


def median_ms(fn: Callable[[], Any], repeat: int, warmup: int = 2) -> float:
    """Median wall time of ``fn()`` in milliseconds, after a few untimed calls (caches, statements)."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A plain-text table: first column left-aligned, the others right-aligned."""
    cells = [[str(h) for h in headers]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]

    def fmt(row: list[str]) -> str:
        return "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True)))

    lines = [fmt(cells[0]), "  ".join("-" * w for w in widths)]
    lines += [fmt(r) for r in cells[1:]]
    return "\n".join(lines)


def machine() -> str:
    import os

    return f"Python {platform.python_version()} on {platform.platform()}, {os.cpu_count()} CPUs"


def result(value: float, baseline: float | None, ratio: float, target: str, ok: bool, unit: str = "ms") -> dict[str, Any]:
    """One row of ``bench/all.py``'s table: what was measured, against what, and whether it met its target."""
    return {"value": value, "baseline": baseline, "ratio": ratio, "target": target, "ok": ok, "unit": unit}


def merge_json(path: Any, results: dict[str, dict[str, Any]]) -> None:
    """Add ``results`` to the JSON file at ``path`` (several benchmarks write into one file)."""
    import json
    from pathlib import Path

    path = Path(path)
    data = json.loads(path.read_text()) if path.exists() and path.stat().st_size else {}
    data.update(results)
    path.write_text(json.dumps(data, indent=2))
