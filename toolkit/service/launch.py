"""Start ``toolkit serve`` as a child process and wait until it answers: for
tests, benchmarks, and programs that want a private server. It listens on
127.0.0.1 at a port the system picks (``--port 0``), read from the line the
server prints once its workers are ready."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

READY = re.compile(r"toolkit serve: (http://\S+?)/ ")


class Server:
    """``Server("--workers", "2")``; ``.url`` is ``http://127.0.0.1:PORT``."""

    def __init__(
        self,
        *args: str,
        env: dict[str, str] | None = None,
        cwd: Path | None = None,
        timeout: float = 180,
    ) -> None:
        command = [sys.executable, "-m", "toolkit", "serve", "--port", "0", *args]
        self._errors = tempfile.TemporaryFile("w+", encoding="utf-8")
        self._last_errors = ""
        self.process = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=self._errors,
            text=True,
            cwd=cwd,
            env={**os.environ, **(env or {})},
        )
        self.url = self._wait_ready(timeout)

    def _wait_ready(self, timeout: float) -> str:
        deadline = time.monotonic() + timeout
        assert self.process.stdout is not None
        while time.monotonic() < deadline:
            line = self.process.stdout.readline()
            if not line:
                break
            match = READY.search(line)
            if match:
                return match.group(1)
        errors = self.stop()
        raise RuntimeError(f"toolkit serve did not start: {errors[-2000:]}")

    def alive(self) -> bool:
        return self.process.poll() is None

    def errors(self) -> str:
        if self._errors.closed:
            return self._last_errors
        self._errors.seek(0)
        return self._errors.read()

    def stop(self) -> str:
        """Stop the server (and its workers); what it wrote to standard error."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process.stdout:
            self.process.stdout.close()
        self._last_errors = self.errors()
        self._errors.close()
        return self._last_errors

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
