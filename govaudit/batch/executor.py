"""Where the sites of a batch run: threads of this process (the default), or tasks on Dask
distributed (`--dask-workers N` starts a local cluster, `--scheduler tcp://HOST:PORT` joins one).

Either way the outcomes come back to the caller, in completion order, and only the caller
writes the results database. Dask workers write the per-site folders themselves, so the
output folder must be on storage every worker shares.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from govaudit.errors import UserError

Outcome = dict[str, Any]


@dataclass(frozen=True)
class Engine:
    """How to run the site tasks."""

    workers: int = 2  # threads, without Dask
    dask_workers: int | None = None  # a local Dask cluster of this many worker processes
    scheduler: str | None = None  # an existing Dask scheduler's address
    dask_processes: bool = True  # local cluster: worker processes (False: threads, for tests)
    connect_timeout: float = 10.0  # seconds to reach --scheduler

    @property
    def dask(self) -> bool:
        return self.dask_workers is not None or self.scheduler is not None

    def describe(self) -> str:
        if self.scheduler:
            return f"Dask scheduler {self.scheduler}"
        if self.dask_workers is not None:
            return f"Dask local cluster, {self.dask_workers} workers"
        return f"{self.workers} worker threads"


def run_tasks(engine: Engine, fn: Callable[..., Outcome], tasks: Sequence[Any],
              on_start: Callable[[Any], None] | None = None, **local_kwargs: Any) -> Iterator[Outcome]:
    """fn(task) for every task, yielding each outcome as it completes. `local_kwargs` are passed
    only to threads in this process (e.g. a progress callback), with `cancel`, an event set when
    the batch stops early (Ctrl-C, an error) so running sites stop too; Dask tasks get the task alone."""
    if not tasks:
        return
    if engine.dask:
        yield from _run_dask(engine, fn, tasks, on_start)
        return
    cancel = threading.Event()

    def started(task: Any) -> Outcome:
        if on_start:
            on_start(task)
        return fn(task, cancel=cancel, **local_kwargs)

    pool = ThreadPoolExecutor(max_workers=engine.workers, thread_name_prefix="govaudit-site")
    futures = []
    try:
        futures = [pool.submit(started, task) for task in tasks]
        for future in as_completed(futures):
            yield future.result()
    finally:
        cancel.set()  # on Ctrl-C or an error: running crawls stop cleanly (resumable), the rest stay to do
        for future in futures:
            future.cancel()
        pool.shutdown(wait=True)


def _run_dask(engine: Engine, fn: Callable[..., Outcome], tasks: Sequence[Any],
              on_start: Callable[[Any], None] | None) -> Iterator[Outcome]:
    distributed = _import_distributed()
    with _client(distributed, engine) as client:
        futures = []
        for task in tasks:
            futures.append(client.submit(fn, task, pure=False))
            if on_start:
                on_start(task)  # submitted: Dask decides when it starts
        try:
            for future in distributed.as_completed(futures):
                yield future.result()
        finally:
            client.cancel(futures)


def _import_distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise UserError("--dask-workers and --scheduler need Dask distributed, which is not installed: "
                        "pip install 'govaudit[dask]'.") from None
    return distributed


@contextmanager
def _client(distributed: Any, engine: Engine) -> Iterator[Any]:
    if engine.scheduler:
        try:
            client = distributed.Client(engine.scheduler, timeout=f"{engine.connect_timeout}s")
        except (OSError, TimeoutError, ValueError) as exc:
            raise UserError(f"Cannot connect to the Dask scheduler {engine.scheduler} ({exc}); "
                            "check the address (tcp://HOST:PORT) and that the scheduler runs.") from None
        with client:
            yield client
        return
    with distributed.LocalCluster(n_workers=engine.dask_workers, threads_per_worker=1, processes=engine.dask_processes,
                                  dashboard_address=None, silence_logs=40) as cluster, distributed.Client(cluster) as client:
        yield client
