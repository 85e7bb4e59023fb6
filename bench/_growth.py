"""Helpers shared by the growth benchmarks (bench/adversarial.py, bench/regex_audit.py)."""

from __future__ import annotations

import time
from collections.abc import Callable

# A doubling of the input that costs this many times more is flagged (2 is linear).
FLAG_RATIO = 3.0


def fill(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def best_of(repeat: int, action: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    return best
