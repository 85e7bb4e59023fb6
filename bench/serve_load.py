"""Load on ``toolkit serve``: many requests from concurrent clients, a share
of them malformed, with real HTTP clients (httpx, one keep-alive client per
thread).

    python bench/serve_load.py [--requests 2000] [--clients 8] [--bad 0.10] [--workers N]

Good requests are the bundled articles (corpus/) as JSON or HTML with a few
option sets; bad ones cycle through bad JSON, a body over the size limit,
binary text, an unknown option and an unreachable URL on loopback. Checks: no
good request fails, every bad one gets a 4xx JSON error, the server is alive
at the end, and its memory (server + workers, RSS) stays flat. Reports
requests/s and latency percentiles. Loopback addresses only.

Scaling across cores: on a machine shared with other work, requests/s with
``--workers 1`` and ``--workers 2`` only differ when a second core is free.
So the script also reports the CPU time the server and its workers used
during the run (Linux /proc) and how many cores that kept busy on average
(CPU seconds / elapsed seconds): above 1 means the workers ran in parallel.
Compare ``--workers 1`` and ``--workers 2`` in alternation, with the load
average printed at the start and the end.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import queue
import random
import statistics
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

from toolkit.inputs import DEFAULT_MAX_BYTES
from toolkit.service.launch import Server

REPO = Path(__file__).resolve().parents[1]
ARTICLES = sorted((REPO / "corpus").glob("*.txt"))
GOOD_OPTIONS = [{}, {"sentences": 2}, {"format": "html"}, {"scorer": "textrank", "sentences": 4}]


@dataclass
class Case:
    kind: str  # "good" or the kind of bad request
    body: bytes


@dataclass
class Result:
    kind: str
    status: int  # 0: no HTTP answer (connection error)
    ms: float
    problem: str = ""


def bad_cases(text: str, max_bytes: int) -> list[Case]:
    huge = b'{"text": "' + b"x" * (2 * max_bytes + 70_000) + b'"}'
    return [
        Case("bad JSON", b'{"text": "no end'),
        Case("huge body", huge),
        Case("binary text", json.dumps({"text": "\x00\x01\x02\x03PK\x03\x04" * 50}).encode()),
        Case("unknown option", json.dumps({"text": text, "colour": "red"}).encode()),
        Case("unreachable URL", json.dumps({"url": "http://127.0.0.1:9/story.html"}).encode()),
    ]


def plan(total: int, bad_share: float, max_bytes: int, seed: int = 7) -> list[Case]:
    rng = random.Random(seed)
    texts = [path.read_text(encoding="utf-8") for path in ARTICLES]
    bad = bad_cases(texts[0], max_bytes)
    bad_count = round(total * bad_share)
    cases = [bad[i % len(bad)] for i in range(bad_count)]
    for i in range(total - bad_count):
        body = {"text": texts[i % len(texts)], **GOOD_OPTIONS[i % len(GOOD_OPTIONS)]}
        cases.append(Case("good", json.dumps(body, ensure_ascii=False).encode()))
    rng.shuffle(cases)
    return cases


def send(client: httpx.Client, case: Case) -> Result:
    start = time.perf_counter()
    try:
        response = client.post(
            "/v1/summarize", content=case.body, headers={"content-type": "application/json"}
        )
    except httpx.HTTPError as exc:
        return Result(case.kind, 0, (time.perf_counter() - start) * 1000, type(exc).__name__)
    ms = (time.perf_counter() - start) * 1000
    problem = ""
    if case.kind == "good" and response.status_code != 200:
        problem = response.text[:200]
    elif case.kind != "good":
        if not 400 <= response.status_code < 500:
            problem = f"status {response.status_code}"
        elif "error" not in response.json() or "\n" in response.json()["error"]:
            problem = "not a one-line JSON error"
    return Result(case.kind, response.status_code, ms, problem)


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its children, in MB (Linux /proc)."""
    total = 0
    for task in [pid, *children(pid)]:
        try:
            for line in Path(f"/proc/{task}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (Linux /proc), 0 if it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def is_worker(pid: int) -> bool:
    """A pool worker (multiprocessing's spawn), not its resource tracker."""
    try:
        return b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


def children(pid: int) -> list[int]:
    """Every descendant (workers are started from any of the server's threads)."""
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(child) for child in (task / "children").read_text().split()]
        except OSError:
            continue
    return found + [grandchild for child in found for grandchild in children(child)]


def run(url: str, pid: int, cases: list[Case], clients: int) -> tuple[list[Result], float, list]:
    todo: queue.Queue[Case] = queue.Queue()
    for case in cases:
        todo.put(case)
    results: list[Result] = []
    lock = threading.Lock()
    memory = [(0, rss_mb(pid))]

    def client_loop() -> None:
        with httpx.Client(base_url=url, timeout=120) as client:
            while True:
                try:
                    case = todo.get_nowait()
                except queue.Empty:
                    return
                result = send(client, case)
                with lock:
                    results.append(result)
                    if len(results) % 250 == 0:
                        memory.append((len(results), rss_mb(pid)))

    threads = [threading.Thread(target=client_loop) for _ in range(clients)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, time.perf_counter() - start, memory


def percentiles(values: list[float]) -> str:
    ordered = sorted(values)
    pick = lambda share: ordered[min(len(ordered) - 1, int(share * len(ordered)))]  # noqa: E731
    return (
        f"p50 {statistics.median(ordered):6.1f}  p90 {pick(0.9):6.1f}  "
        f"p99 {pick(0.99):6.1f}  max {ordered[-1]:6.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--bad", type=float, default=0.10)
    parser.add_argument("--workers", type=int, default=None)
    args = parser.parse_args()
    print(
        f"{platform.node()} · {os.cpu_count()} cores · Python {platform.python_version()} · "
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} · "
        f"load {os.getloadavg()[0]:.1f}"
    )
    cases = plan(args.requests, args.bad, DEFAULT_MAX_BYTES)
    extra = ["--workers", str(args.workers)] if args.workers else []
    with Server(*extra, cwd=REPO) as server:
        with httpx.Client(base_url=server.url, timeout=60) as warm:  # every worker, once
            for _ in range(2 * (os.cpu_count() or 1)):
                warm.post("/v1/summarize", json={"text": ARTICLES[0].read_text("utf-8")})
        pid = server.process.pid
        workers = [child for child in children(pid) if is_worker(child)]
        cpu_before = cpu_seconds(pid), sum(map(cpu_seconds, workers))
        results, seconds, memory = run(server.url, pid, cases, args.clients)
        cpu_after = cpu_seconds(pid), sum(map(cpu_seconds, workers))
        alive = server.alive() and httpx.get(f"{server.url}/health").status_code == 200
        errors = server.stop()
    good = [r for r in results if r.kind == "good"]
    bad = [r for r in results if r.kind != "good"]
    failed_good = [r for r in good if r.problem or r.status != 200]
    wrong_bad = [r for r in bad if r.problem]
    print(
        f"{len(results)} requests from {args.clients} clients in {seconds:.1f} s: "
        f"{len(results) / seconds:.1f} requests/s"
    )
    print(f"good {len(good):5}: {percentiles([r.ms for r in good])}")
    print(f"bad  {len(bad):5}: {percentiles([r.ms for r in bad])}")
    for kind in sorted({r.kind for r in bad}):
        statuses = sorted({r.status for r in bad if r.kind == kind})
        print(f"    {kind:<16} {sum(r.kind == kind for r in bad):4} -> status {statuses}")
    print(
        f"failed good requests: {len(failed_good)}"
        + (f" (first: {failed_good[0].problem or failed_good[0].status})" if failed_good else "")
    )
    print(
        f"bad requests not answered 4xx + one-line JSON: {len(wrong_bad)}"
        + (f" (first: {wrong_bad[0].kind}: {wrong_bad[0].problem})" if wrong_bad else "")
    )
    print(
        "memory (server + workers RSS, MB) after n requests: "
        + ", ".join(f"{n}: {mb:.0f}" for n, mb in memory)
    )
    print(f"server alive at the end: {alive}; traceback in its log: {'Traceback' in errors}")
    server_cpu, worker_cpu = cpu_after[0] - cpu_before[0], cpu_after[1] - cpu_before[1]
    print(
        f"CPU during the run: server {server_cpu:.1f} s, {len(workers)} workers "
        f"{worker_cpu:.1f} s ({1000 * worker_cpu / len(results):.1f} ms a request); "
        f"cores kept busy on average: {(server_cpu + worker_cpu) / seconds:.2f} "
        f"(workers alone {worker_cpu / seconds:.2f}); load average at the end "
        f"{os.getloadavg()[0]:.1f}"
    )


if __name__ == "__main__":
    main()
