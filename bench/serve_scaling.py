"""Does ``toolkit serve`` use every core? Requests/s with 1 worker and with
one worker per core, on work where the pipeline dominates.

    python bench/serve_scaling.py [--requests 40] [--copies 6] [--rounds 2]

Each request is long (the bundled articles joined, ``--copies`` times: tens
of milliseconds of pipeline CPU), so the HTTP client and the server's event
loop, which share the machine with the workers, cost little beside it. As
many client threads as cores send the requests; the two worker counts take
turns ``--rounds`` times, so machine load falls on both alike. On a machine
whose cores are free, the ratio approaches the number of cores; run it when
nothing else is busy (the load average is printed).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import time
from pathlib import Path

import httpx
import serve_load
from serve_load import Case

from toolkit.service.launch import Server

REPO = Path(__file__).resolve().parents[1]


def long_article(copies: int) -> str:
    articles = [path.read_text("utf-8") for path in sorted((REPO / "corpus").glob("*.txt"))]
    return "\n\n".join(articles * copies)


def rate(workers: int, text: str, requests: int, clients: int) -> float:
    """Requests per second with ``workers`` worker processes."""
    body = json.dumps({"text": text}).encode()
    with Server("--workers", str(workers), cwd=REPO) as server:
        with httpx.Client(base_url=server.url, timeout=120) as warm:
            for _ in range(2 * workers):  # every worker has run the pipeline once
                warm.post("/v1/summarize", json={"text": text}).raise_for_status()
        cases = [Case("good", body)] * requests
        results, elapsed, _ = serve_load.run(server.url, server.process.pid, cases, clients)
    failures = [result for result in results if result.problem]
    if failures:
        raise SystemExit(f"{len(failures)} requests failed: {failures[0].problem}")
    return requests / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument("--copies", type=int, default=6)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    cores = os.cpu_count() or 1
    text = long_article(args.copies)
    load = os.getloadavg()[0]
    print(
        f"{platform.machine()} · {cores} cores · "
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}"
        f" · load {load:.1f} · {len(text):,} characters a request"
    )
    rates: dict[int, list[float]] = {1: [], cores: []}
    for _ in range(args.rounds):
        for workers in rates:
            rates[workers].append(rate(workers, text, args.requests, cores))
            print(f"workers {workers}: {rates[workers][-1]:.2f} requests/s")
    one, many = (statistics.median(rates[w]) for w in rates)
    print(f"median: 1 worker {one:.2f}/s, {cores} workers {many:.2f}/s, ratio {many / one:.2f}")
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
