"""Running one function over many documents: executors, progress and work files.

A run of any size is a few phases of per-document work (see ``api.run``).  This
module knows nothing about PDFs: it maps a plain, picklable module-level
function over tasks with one of three executors and reports progress:

* :class:`InProcess`: one after the other in this process (``--jobs 1``);
* :class:`ProcessPool`: worker processes on this machine (``--jobs N``),
  forked after this process loaded the model and analyzer once (or, where
  forking is not safe, each loading them once);
* :class:`DaskCluster`: the workers of a Dask cluster (``--cluster ADDRESS``).

Every executor yields ``(task, result)`` pairs as they finish, keeps only a
bounded number of tasks in flight (so memory does not grow with the number of
documents), and turns an exception that escaped a task, or a worker that died
under a task, into a result made by ``on_error``: one bad document never stops
the batch.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import pickle
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any, Protocol, TypeVar

log = logging.getLogger("redactie")

T = TypeVar("T")
R = TypeVar("R")

# Tasks in flight per worker: enough to keep a worker busy, few enough that a
# dossier of any size holds only a handful of tasks and results at once.
IN_FLIGHT_PER_WORKER = 2


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


class Executor(Protocol):
    def map(
        self,
        fn: Callable[[T], R],
        tasks: Iterable[T],
        on_error: Callable[[T, BaseException], R],
    ) -> Iterator[tuple[T, R]]: ...

    def close(self) -> None: ...


class InProcess:
    """Every task in this process, in order."""

    def map(
        self,
        fn: Callable[[T], R],
        tasks: Iterable[T],
        on_error: Callable[[T, BaseException], R],
    ) -> Iterator[tuple[T, R]]:
        for task in tasks:
            try:
                result = fn(task)
            except Exception as exc:
                result = on_error(task, exc)
            yield task, result

    def close(self) -> None:
        pass


class _Windowed:
    """Shared by the pools: a bounded window of futures, results as they finish.

    A pool that breaks (a worker died: killed, out of memory, a crash in a C
    library) is started again and the tasks that were in flight are retried
    once each, alone, so only the task that kills its worker fails.
    """

    jobs: int = 1

    def _submit(self, fn: Callable[[T], R], task: T) -> Future[R]:
        raise NotImplementedError

    def _restart(self) -> None:
        pass

    def map(
        self,
        fn: Callable[[T], R],
        tasks: Iterable[T],
        on_error: Callable[[T, BaseException], R],
    ) -> Iterator[tuple[T, R]]:
        pending = iter(tasks)
        retry: list[T] = []  # tasks that were in flight when a worker died
        retried: set[int] = set()
        limit = self.jobs * IN_FLIGHT_PER_WORKER
        running: dict[Future[R], T] = {}
        exhausted = False
        while True:
            # Retried tasks run alone, so a task that kills its worker again is known.
            while not running and retry:
                task = retry.pop()
                retried.add(id(task))
                running[self._submit(fn, task)] = task
            while not retry and not exhausted and len(running) < limit:
                try:
                    task = next(pending)
                except StopIteration:
                    exhausted = True
                    break
                running[self._submit(fn, task)] = task
            if not running:
                return
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            broken = False
            for fut in done:
                task = running.pop(fut)
                try:
                    yield task, fut.result()
                except BrokenProcessPool as exc:
                    broken = True
                    if id(task) in retried:
                        yield task, on_error(task, exc)
                    else:
                        retry.append(task)
                except Exception as exc:
                    yield task, on_error(task, exc)
            if broken:
                log.warning("een werkproces is gestopt; lopende documenten worden opnieuw gedaan")
                for fut, task in list(running.items()):
                    running.pop(fut)
                    if id(task) in retried:
                        yield task, on_error(task, BrokenProcessPool("werkproces gestopt"))
                    else:
                        retry.append(task)
                self._restart()


class ProcessPool(_Windowed):
    """Worker processes on this machine; ``initializer(*initargs)`` runs once in each.

    On Linux, when this process runs no other thread, the workers are forked
    from it after ``prepare()`` has run here once: what it loads (the model and
    the analyzer) is loaded once per run, not once per worker, and a worker
    starts in milliseconds instead of importing the package again.  Otherwise
    they are started with ``spawn``, a fresh interpreter that imports the
    package and runs the initializer, so no lock held by another thread of this
    process can be inherited.  They start with the first task, so a run with
    nothing to do starts none.
    """

    def __init__(
        self,
        jobs: int,
        initializer: Callable[..., object] | None = None,
        initargs: tuple[Any, ...] = (),
        prepare: Callable[[], object] | None = None,
    ) -> None:
        self.jobs = jobs
        self._initializer = initializer
        self._initargs = initargs
        self._prepare = prepare
        self._pool: ProcessPoolExecutor | None = None
        self.start_method = ""  # "fork" or "spawn" once the workers started

    def _context(self) -> multiprocessing.context.BaseContext:
        # Linux only: on macOS a forked child of a process that used system frameworks may crash.
        if sys.platform == "linux" and threading.active_count() == 1:
            if self._prepare is not None:
                self._prepare()
            if threading.active_count() == 1:  # prepare() started no thread
                return multiprocessing.get_context("fork")
        return multiprocessing.get_context("spawn")

    def _submit(self, fn: Callable[[T], R], task: T) -> Future[R]:
        if self._pool is None:
            context = self._context()
            self.start_method = context.get_start_method()
            self._pool = ProcessPoolExecutor(
                max_workers=self.jobs,
                mp_context=context,
                initializer=self._initializer,
                initargs=self._initargs,
            )
        return self._pool.submit(fn, task)

    def _restart(self) -> None:
        self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


class DaskCluster(_Windowed):
    """The workers of a running Dask cluster (``tcp://host:8786``).

    Inputs and the output folder must be on a file system every worker sees
    under the same paths (see ``docs/cluster.md``).  A worker that dies under a
    task is retried by Dask's scheduler; a task that still fails becomes an
    error result for its document only.
    """

    def __init__(self, address: str) -> None:
        from distributed import Client

        self.client = Client(address, set_as_default=False)
        workers = self.client.scheduler_info(n_workers=-1).get("workers", {})
        self.jobs = max(1, sum(int(w.get("nthreads", 1)) for w in workers.values()))
        self._executor = self.client.get_executor(pure=False)

    def _submit(self, fn: Callable[[T], R], task: T) -> Future[R]:
        return self._executor.submit(fn, task)

    def close(self) -> None:
        self._executor.shutdown(wait=False)
        self.client.close()


class Progress:
    """Documents, pages, rate and time left on stderr.

    A ``tqdm`` bar when ``enabled`` and stderr is a terminal; otherwise plain log
    lines at INFO (one per document, or every few seconds when there are many).
    """

    def __init__(self, total: int, label: str, enabled: bool = True) -> None:
        self.total = total
        self.label = label
        self.done = 0
        self.pages = 0
        self._bar: Any = None
        self._last = 0.0
        self._started = time.monotonic()
        if enabled and total and sys.stderr.isatty():
            from tqdm import tqdm

            class Bar(tqdm):
                monitor_interval = 0  # no monitor thread: workers are forked after the bar starts

            self._bar = Bar(total=total, desc=label, unit="doc", file=sys.stderr, leave=True)

    def advance(self, name: str, pages: int) -> None:
        self.done += 1
        self.pages += pages
        if self._bar is not None:
            self._bar.set_postfix_str(f"{self.pages} pagina's", refresh=False)
            self._bar.update(1)
            return
        now = time.monotonic()
        if self.total <= 50 or now - self._last >= 5 or self.done == self.total:
            self._last = now
            rate = self.pages / max(now - self._started, 1e-9)
            log.info(
                "%s [%d/%d] %s (%d pagina's, %.1f pagina's/s)",
                self.label,
                self.done,
                self.total,
                name,
                self.pages,
                rate,
            )

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


def write_pickle(path: Path, obj: object) -> None:
    """Write ``obj`` so that a reader sees the old file or the whole new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with tmp.open("wb") as fh:
        pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
        fh.flush()
        os.fsync(fh.fileno())
    tmp.replace(path)


def read_pickle(path: Path) -> Any:
    with path.open("rb") as fh:
        return pickle.load(fh)
