"""Warm latency of ``toolkit serve`` for the bundled article, with a real
HTTP client (httpx, one keep-alive connection, one request at a time).

    python bench/serve_latency.py [--requests 300] [--workers N] [--url URL]

Starts a server on 127.0.0.1 (a free port) unless --url names a running one,
warms it up, then times POST /v1/summarize (JSON) for the bundled article and,
for scale, GET /health (the HTTP round trip alone), the same work in-process
(no HTTP, no worker pipe), and a cold `toolkit summarize` run (the CLI pays the
Python start-up every time). Target: median <= 20 ms for the article.

Each answer's Server-Timing header gives the worker's elapsed and CPU time on
the job, so on a shared machine the latency splits into the pipeline's own
work (CPU), waiting for a core (worker elapsed minus CPU) and the rest (HTTP,
the pipe to the worker). CPU time is the figure that does not depend on what
else the machine runs.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "corpus" / "putin-al-sharaa-kremlin.txt"


def timings(call: Callable[[], object], count: int) -> list[float]:
    """Milliseconds of ``count`` calls."""
    spent = []
    for _ in range(count):
        start = time.perf_counter()
        call()
        spent.append((time.perf_counter() - start) * 1000)
    return spent


def describe(name: str, values: list[float]) -> str:
    ordered = sorted(values)
    pick = lambda share: ordered[min(len(ordered) - 1, int(share * len(ordered)))]  # noqa: E731
    return (
        f"{name:<34} median {statistics.median(values):7.1f} ms   p90 {pick(0.9):7.1f}   "
        f"p99 {pick(0.99):7.1f}   min {ordered[0]:6.1f}   (n={len(values)})"
    )


def in_process(text: str, count: int) -> tuple[list[float], list[float]]:
    """Elapsed and CPU milliseconds of the worker's work, without HTTP or pipe."""
    from toolkit.service import work

    work.start(work.Base())
    job = {"kind": "summarize", "text": text, "options": {}, "format": "json"}
    elapsed, cpu = [], []
    for _ in range(count):
        wall, used = time.perf_counter(), time.process_time()
        work.handle(job)
        elapsed.append((time.perf_counter() - wall) * 1000)
        cpu.append((time.process_time() - used) * 1000)
    return elapsed, cpu


def server_timing(header: str) -> dict[str, float]:
    """``worker;dur=8.1, cpu;dur=7.9`` -> {"worker": 8.1, "cpu": 7.9}."""
    metrics = [part.split(";") for part in header.split(",") if ";" in part]
    return {name.strip(): float(value.split("=", 1)[1]) for name, value in metrics}


def cli_runs(count: int) -> list[float]:
    command = [sys.executable, "-m", "toolkit", "summarize", str(SEED), "--format", "json"]
    return timings(lambda: subprocess.run(command, capture_output=True, check=True), count)


Measured = dict[str, list[float]]


def measure(url: str, text: str, count: int) -> Measured:
    """Per request: "article" and "health" round trips, the article's "worker"
    elapsed and "cpu" times (Server-Timing), in ms."""
    found: Measured = {"worker": [], "cpu": []}
    with httpx.Client(base_url=url, timeout=60) as client:

        def article() -> None:
            response = client.post("/v1/summarize", json={"text": text})
            assert response.status_code == 200, response.text
            for name, value in server_timing(response.headers.get("server-timing", "")).items():
                found.setdefault(name, []).append(value)

        timings(article, 30)  # warm: connection, every worker, caches
        found = {"worker": [], "cpu": []}
        found["article"] = timings(article, count)
        found["health"] = timings(lambda: client.get("/health"), count)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--url", help="a running toolkit serve (default: start one)")
    args = parser.parse_args()
    text = SEED.read_text(encoding="utf-8")
    print(
        f"{platform.node()} · {platform.processor() or platform.machine()} · "
        f"{os.cpu_count()} cores · Python {platform.python_version()} · "
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} · "
        f"load {os.getloadavg()[0]:.1f}"
    )
    if args.url:
        found = measure(args.url, text, args.requests)
    else:
        from toolkit.service.launch import Server

        extra = ["--workers", str(args.workers)] if args.workers else []
        with Server(*extra, cwd=REPO) as server:
            found = measure(server.url, text, args.requests)
    article = found["article"]
    print(describe("POST /v1/summarize (article, json)", article))
    if found["worker"]:
        print(describe("  of which worker elapsed", found["worker"]))
        print(describe("  of which worker CPU", found["cpu"]))
        rest = [total - worker for total, worker in zip(article, found["worker"], strict=True)]
        print(describe("  the rest (HTTP, pipe, queue)", rest))
    print(describe("GET /health (round trip only)", found["health"]))
    elapsed, cpu = in_process(text, args.requests)
    print(describe("same work in-process (no HTTP)", elapsed))
    print(describe("  its CPU time", cpu))
    print(describe("CLI toolkit summarize (cold)", cli_runs(5)))
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")
    verdict = "met" if statistics.median(article) <= 20 else "missed"
    print(f"target median <= 20 ms: {verdict} ({statistics.median(article):.1f} ms)")


if __name__ == "__main__":
    main()
