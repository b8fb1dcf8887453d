"""Getting a Dask client: a local cluster of worker processes, or a running cluster's scheduler.

    with local_client(workers=2) as client: ...
    with remote_client("tcp://10.0.0.5:8786") as client: ...

A remote cluster is started with Dask's own commands (``dask scheduler`` on one
machine, ``dask worker tcp://HOST:8786 --nthreads 1`` on each worker machine,
with this version of yuanzhi installed); docs/scaling.md says how.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from ..errors import ClusterError

CONNECT_TIMEOUT_S = 10.0  # env YUANZHI_CLUSTER_TIMEOUT overrides it


def connect_timeout() -> float:
    raw = os.environ.get("YUANZHI_CLUSTER_TIMEOUT", "")
    try:
        return float(raw) if raw else CONNECT_TIMEOUT_S
    except ValueError:
        raise ClusterError(f"YUANZHI_CLUSTER_TIMEOUT={raw!r} is not a number of seconds") from None


def _quiet() -> None:
    # Dask logs its own housekeeping (GC pauses, unresponsive loops) as warnings; only errors matter here
    for name in ("distributed", "distributed.worker", "distributed.scheduler", "distributed.nanny"):
        logging.getLogger(name).setLevel(logging.ERROR)


@contextmanager
def _workers_ignore_ctrl_c() -> Iterator[None]:
    """Worker processes started inside inherit SIGINT ignored: Ctrl-C in a terminal reaches
    the whole process group, and only this process should stop (it then stops the workers)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


@contextmanager
def local_client(workers: int) -> Iterator[Any]:
    """Start ``workers`` worker processes (one thread each) on this machine, and stop them after."""
    if workers < 1:
        raise ClusterError(f"--workers {workers}: give at least 1 worker")
    _quiet()
    from distributed import Client, LocalCluster

    try:
        with _workers_ignore_ctrl_c(), warnings.catch_warnings():
            # the scheduler's HTTP server moves to a free port when 8787 is taken: not worth a warning
            warnings.simplefilter("ignore", UserWarning)
            cluster = LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
    except (OSError, RuntimeError, TimeoutError) as error:
        raise ClusterError(f"cannot start a local cluster of {workers} workers ({error})") from None
    try:
        with Client(cluster, set_as_default=False) as client:
            yield client
    finally:
        cluster.close()


@contextmanager
def remote_client(address: str, timeout: float | None = None) -> Iterator[Any]:
    """Connect to a running scheduler and wait until it has a worker."""
    _quiet()
    from distributed import Client

    timeout = connect_timeout() if timeout is None else timeout
    target = address if "://" in address else f"tcp://{address}"
    _check_address(address, target)
    try:
        client = Client(target, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError, ValueError, TypeError) as error:
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise ClusterError(
            f"--cluster {address}: cannot reach a Dask scheduler there ({reason[:200]}); "
            "start one with `dask scheduler`, or use --workers N for a local cluster"
        ) from None
    try:
        try:
            client.wait_for_workers(1, timeout=timeout)
        except (TimeoutError, OSError):
            raise ClusterError(
                f"--cluster {address}: the scheduler has no workers after {timeout:.0f} s; "
                f"start some with `dask worker {target} --nthreads 1`"
            ) from None
        _check_versions(client, address)
        yield client
    finally:
        client.close()


def _check_address(address: str, target: str) -> None:
    """A malformed address is refused before a client exists (a half-made one complains at exit)."""
    from distributed.comm.addressing import parse_address, parse_host_port
    from distributed.comm.registry import get_backend

    try:
        scheme, location = parse_address(target)
        get_backend(scheme)
        _, port = parse_host_port(location)
        if not 0 < int(port) < 65536:
            raise ValueError(f"port {port} is out of range")
    except (ValueError, TypeError) as error:
        raise ClusterError(
            f"--cluster {address}: not a scheduler address ({error}); give HOST:PORT,"
            " e.g. 127.0.0.1:8786"
        ) from None


def _worker_version() -> str:
    import yuanzhi

    return getattr(yuanzhi, "__version__", "?")


def _check_versions(client: Any, address: str) -> None:
    """Workers must run the same yuanzhi as the client (else articles could differ by machine)."""
    mine = _worker_version()
    found = client.run(_worker_version, on_error="return")
    wrong = {w: v for w, v in found.items() if v != mine}
    if wrong:
        worker, version = next(iter(wrong.items()))
        shown = version if isinstance(version, str) else f"cannot import yuanzhi: {version}"
        raise ClusterError(
            f"--cluster {address}: worker {worker} runs yuanzhi {shown}, this client {mine}; "
            "install the same version on every worker"
        )
