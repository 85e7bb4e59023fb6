"""``--engine dask``: the same pipeline on a Dask distributed cluster.

Install with ``pip install '.[dask]'``. Background document frequencies are
computed as a distributed reduction over the background collection, then
the documents are processed as a map, results gathered in input order with
a bounded number in flight (so memory stays flat).

Files named as inputs, and the background folder, are read by the workers:
on a real cluster they must be on storage every worker sees at the same
path (or feed the documents as JSON Lines, whose texts travel with the task).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from toolkit.background import Background, collection_files, tokenize
from toolkit.batch import Outcome, Settings, default_jobs, process_item
from toolkit.errors import OptionError
from toolkit.sources import Item

IN_FLIGHT_PER_WORKER = 8


def _client(scheduler: str | None) -> Any:
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise OptionError("--engine dask needs Dask: pip install 'toolkit-news[dask]'") from exc
    if scheduler:
        try:
            return Client(scheduler, timeout="10s")
        except OSError as exc:
            raise OptionError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
    cluster = LocalCluster(
        n_workers=default_jobs(), threads_per_worker=1, processes=True, dashboard_address=None
    )
    return Client(cluster)


def _file_terms(path: str) -> list[str]:
    text = Path(path).read_text(encoding="utf-8", errors="replace")
    return sorted(set(tokenize(text)))


def distributed_background(client: Any, directory: Path) -> Background:
    """Document frequencies of ``directory``, counted by the cluster's workers."""
    try:
        import dask
        import dask.bag as db
    except ImportError as exc:
        raise OptionError("--engine dask needs Dask: pip install 'toolkit-news[dask]'") from exc

    files = [str(p) for p in collection_files(directory)]
    if not files:
        return Background(n_docs=0, df={}, directory=str(directory))
    bag = db.from_sequence(files, npartitions=min(len(files), 4 * default_jobs()))
    frequencies, count = dask.compute(
        bag.map(_file_terms).flatten().frequencies(), bag.count(), scheduler=client.get
    )
    return Background(n_docs=count, df=dict(frequencies), directory=str(directory))


def _with_distributed_background(client: Any, settings: Settings) -> Settings:
    background = settings.options.background
    directory = getattr(background, "directory", None)
    if not directory:
        return settings
    counted = distributed_background(client, Path(directory))
    return replace(settings, options=replace(settings.options, background=counted))


def run_dask(items: Iterable[Item], settings: Settings, scheduler: str | None) -> Iterator[Outcome]:
    client = _client(scheduler)
    try:
        settings = _with_distributed_background(client, settings)
        [shared] = client.scatter([settings], broadcast=True)
        limit = IN_FLIGHT_PER_WORKER * max(1, len(client.scheduler_info()["workers"]))
        in_flight: deque[Any] = deque()
        for item in items:
            in_flight.append(client.submit(process_item, item, shared, pure=False))
            if len(in_flight) >= limit:
                yield in_flight.popleft().result()
        while in_flight:
            yield in_flight.popleft().result()
    finally:
        cluster = getattr(client, "cluster", None)
        client.close()
        if cluster is not None and not scheduler:
            cluster.close()
