"""``toolkit serve``: a local HTTP service and a page for people.

The ``serve`` extra (``pip install 'toolkit-news[serve]'``) brings FastAPI
and uvicorn; nothing here imports them until the server starts, so the CLI
starts as fast without them. The flow:

* :mod:`toolkit.service.app`: routes, request checks, one-line JSON errors,
  the request-size limit;
* :mod:`toolkit.service.pool`: worker processes with a per-request time limit;
* :mod:`toolkit.service.work`: what a worker does (the CLI's own pipeline);
* :mod:`toolkit.service.page`: the form page at ``/``.
"""

from __future__ import annotations

import ipaddress
import socket
import sys
from importlib.util import find_spec

from toolkit.errors import OptionError
from toolkit.service.work import Base

EXTRA = "pip install 'toolkit-news[serve]'"
REQUIRED = ("fastapi", "uvicorn")


def missing_extra() -> str | None:
    """A one-line problem if the web stack is not installed, else None."""
    missing = [name for name in REQUIRED if find_spec(name) is None]
    if missing:
        return f"toolkit serve needs {' and '.join(missing)}: {EXTRA}"
    return None


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP named, so asyncio turns Nagle off on every connection (40 ms saved)
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise OptionError(f"cannot listen on {host}:{port} ({exc.strerror or exc})") from None
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def serve(host: str, port: int, workers: int, time_limit: float, base: Base) -> None:
    """Listen on ``host:port`` until interrupted. Prints the address once the
    workers are ready (with ``--port 0`` that is the port the system chose)."""
    problem = missing_extra()
    if problem:
        raise OptionError(problem)
    try:
        import uvicorn

        from toolkit.service.app import create_app
    except ImportError as exc:  # installed but broken
        raise OptionError(f"toolkit serve cannot start: {exc}; {EXTRA}") from None

    sock = _bind(host, port)
    bound = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host

    def ready(warnings: list[str]) -> None:
        for warning in warnings:
            print(f"toolkit: warning: {warning}", file=sys.stderr, flush=True)
        plural = "" if workers == 1 else "s"
        print(f"toolkit serve: http://{shown}:{bound}/ ({workers} worker{plural})", flush=True)
        if not is_loopback(host):
            print(
                f"toolkit serve: warning: listening on {host}, not loopback: other machines "
                "can use this service, and make it fetch URLs",
                file=sys.stderr,
                flush=True,
            )

    app = create_app(base, workers, time_limit, ready)
    config = uvicorn.Config(app, log_level="warning", access_log=False, timeout_keep_alive=30)
    uvicorn.Server(config).run(sockets=[sock])
