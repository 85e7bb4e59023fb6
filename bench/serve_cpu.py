"""CPU time of a ``toolkit serve`` worker's job, per bundled article: this tree
against another commit, request by request in alternation.

    python bench/serve_cpu.py [REV] [--requests 100]

On a machine shared with other work, elapsed times measure the queue for a
core as much as the work; the CPU time a worker spends on a request
(``time.process_time``) does not depend on that queue (only a little on the
caches the other processes share). Each variant runs in its own process that
starts as a service worker does (:func:`toolkit.service.work.start`: plugins,
background statistics, warm-up) and answers JSON jobs for the articles in
corpus/. With REV (built as ``bench/compare_output.py`` builds it), the two
processes run side by side and take turns, one request each, so both see the
same load; the script prints each one's median CPU milliseconds per request
and the ratio.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ARTICLES = sorted((REPO / "corpus").glob("*.txt"))


def serve_jobs() -> None:
    """The worker side: an article number per input line, its CPU ms per output line."""
    import toolkit
    from toolkit.service import work

    work.start(work.Base())
    jobs = [
        {"kind": "summarize", "text": path.read_text("utf-8"), "options": {}} for path in ARTICLES
    ]
    print(f"ready {Path(toolkit.__file__).parent}", flush=True)
    for line in sys.stdin:
        start = time.process_time()
        reply = work.handle(jobs[int(line)])
        spent = (time.process_time() - start) * 1000
        print(f"{spent:.4f} {reply.status}", flush=True)


class Variant:
    def __init__(self, name: str, site: Path | None, cwd: str) -> None:
        env = dict(os.environ)
        if site is not None:  # REV's code first on the path
            env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(site), env.get("PYTHONPATH")]))
        self.name = name
        self.process = subprocess.Popen(
            [sys.executable, __file__, "--worker"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
            cwd=cwd,  # not the checkout, so REV's toolkit is the one imported
        )
        self.spent: dict[str, list[float]] = {path.name: [] for path in ARTICLES}
        self.origin = self._read().removeprefix("ready ")

    def _read(self) -> str:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError(f"{self.name}: the worker stopped")
        return line.strip()

    def job(self, number: int) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(f"{number}\n")
        self.process.stdin.flush()
        spent, status = self._read().split()
        assert status == "200", f"{self.name}: status {status}"
        self.spent[ARTICLES[number].name].append(float(spent))

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rev", nargs="?", help="a commit to compare with (default: none)")
    parser.add_argument("--requests", type=int, default=100, help="per article and variant")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        serve_jobs()
        return
    print(
        f"{os.cpu_count()} cores · {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} · "
        f"load {os.getloadavg()[0]:.1f}"
    )
    with tempfile.TemporaryDirectory(prefix="serve_cpu_") as tmp:
        sites: dict[str, Path | None] = {}
        if args.rev:
            sys.path.insert(0, str(REPO / "bench"))
            from compare_output import _build

            sites[args.rev] = _build(args.rev, Path(tmp))
        sites["this tree"] = None
        variants = [Variant(name, site, tmp) for name, site in sites.items()]
        for variant in variants:
            print(f"  {variant.name}: toolkit from {variant.origin}")
        for turn in range(args.requests):
            for number in range(len(ARTICLES)):
                for variant in variants if turn % 2 else variants[::-1]:
                    variant.job(number)
        for variant in variants:
            variant.close()
    print(f"median CPU ms per request ({args.requests} requests per article and variant)")
    print(f"{'article':<40}" + "".join(f"{v.name[:12]:>14}" for v in variants))
    for path in ARTICLES:
        values = [statistics.median(v.spent[path.name]) for v in variants]
        ratio = f"   ratio {values[-1] / values[0]:.2f}" if len(values) == 2 else ""
        print(f"{path.name:<40}" + "".join(f"{value:14.2f}" for value in values) + ratio)
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
