"""A pool of worker processes for the CPU work of ``toolkit serve``.

Each worker loads the plugins and background statistics once (at start) and
then answers one job at a time through a pipe. A job that runs past the time
limit gets its worker killed and replaced, so a pathological document costs
one worker for a while, never the service; a worker that dies is replaced the
same way. Processes are started with ``spawn`` (the server's event loop and
threads are never forked).
"""

from __future__ import annotations

import asyncio
import multiprocessing
import signal
from multiprocessing.connection import Connection
from typing import Any

from toolkit.service.work import Base, Reply

START_TIMEOUT = 120.0


class WorkerGone(Exception):
    pass


def _worker_main(connection: Connection, base: Base) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the server, which stops us
    from toolkit.service import work

    try:
        warnings = work.start(base)
    except Exception as exc:  # reported, and the pool refuses to start
        connection.send(("failed", f"{type(exc).__name__}: {exc}"))
        return
    connection.send(("ready", warnings))
    while True:
        try:
            job = connection.recv()
        except (EOFError, OSError):
            return
        connection.send(work.handle(job))


class Worker:
    def __init__(self, base: Base) -> None:
        context = multiprocessing.get_context("spawn")
        self.connection, child = context.Pipe()
        self.process = context.Process(target=_worker_main, args=(child, base), daemon=True)
        self.process.start()
        child.close()

    def wait_ready(self, timeout: float = START_TIMEOUT) -> list[str]:
        """The worker's warnings (plugins that failed to load) once it is ready."""
        if not self.connection.poll(timeout):
            raise WorkerGone(f"a worker did not start within {timeout:g} s")
        try:
            state, detail = self.connection.recv()
        except (EOFError, OSError):
            raise WorkerGone("a worker died while starting") from None
        if state != "ready":
            raise WorkerGone(f"a worker failed to start: {detail}")
        return list(detail)

    def exchange(self, job: dict[str, Any], timeout: float) -> Reply | None:
        """The worker's reply, or None if it took longer than ``timeout``."""
        try:
            self.connection.send(job)
            if not self.connection.poll(timeout):
                return None
            reply = self.connection.recv()
        except (EOFError, OSError) as exc:
            raise WorkerGone(f"a worker died ({type(exc).__name__})") from None
        assert isinstance(reply, Reply)
        return reply

    def stop(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.connection.close()


class WorkerPool:
    """``size`` workers; :meth:`run` waits for an idle one."""

    def __init__(self, base: Base, size: int, time_limit: float) -> None:
        self.base = base
        self.size = size
        self.time_limit = time_limit
        self.replaced = 0
        self._workers: list[Worker] = []
        self._idle: asyncio.Queue[Worker] = asyncio.Queue()

    def start(self) -> list[str]:
        """Start every worker and wait until all are ready (blocking); the
        warnings of the first (every worker loads the same plugins)."""
        self._workers = [Worker(self.base) for _ in range(self.size)]
        try:
            warnings = [worker.wait_ready() for worker in self._workers][0]
        except WorkerGone:
            self.close()
            raise
        for worker in self._workers:
            self._idle.put_nowait(worker)
        return warnings

    async def run(self, job: dict[str, Any]) -> Reply:
        worker = await self._idle.get()
        exchange = asyncio.ensure_future(asyncio.to_thread(worker.exchange, job, self.time_limit))
        exchange.add_done_callback(lambda done: self._settle(worker, done))
        try:  # shielded: a request given up on still frees (or replaces) its worker
            reply = await asyncio.shield(exchange)
        except WorkerGone as exc:
            return Reply.error(500, f"{exc}; it was replaced, the service goes on")
        if reply is None:
            return Reply.error(
                422, f"processing took longer than the {self.time_limit:g}-second limit"
            )
        return reply

    def _settle(self, worker: Worker, done: asyncio.Future[Reply | None]) -> None:
        """Back to the idle queue after an answer; replaced after a time-out or a death."""
        if done.cancelled() or done.exception() is not None or done.result() is None:
            self._replace(worker)
        else:
            self._idle.put_nowait(worker)

    def _replace(self, worker: Worker) -> None:
        worker.stop()
        self.replaced += 1
        fresh = Worker(self.base)
        self._workers[self._workers.index(worker)] = fresh
        asyncio.get_running_loop().create_task(self._when_ready(fresh))

    async def _when_ready(self, worker: Worker) -> None:
        try:
            await asyncio.to_thread(worker.wait_ready)
        except WorkerGone:  # the pool goes on one worker short rather than loop
            worker.stop()
            return
        self._idle.put_nowait(worker)

    def close(self) -> None:
        for worker in self._workers:
            worker.stop()
        self._workers = []
