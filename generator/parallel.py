"""Work shared between forked processes, for cold runs on a machine with several cores.

The work's inputs are held in a module global while the pool is forked, so that
workers get them by copy-on-write memory instead of by pickling (loaded records
cost as much to unpickle as to load); only results travel back. A function given
to `map_slices` is called as func(work, start, stop) and returns a list.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import time
from typing import Any, Callable

_WORK: Any = None


def default_jobs() -> int:
    """Processes for cold work: the cores this process may use, at most 4."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, 4))


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def _slice(args: tuple[Callable[..., list], int, int]) -> list:
    func, start, stop = args
    return func(_WORK, start, stop)


def map_slices(func: Callable[..., list], work: Any, count: int, jobs: int) -> list:
    """func(work, start, stop) over slices of range(count) in `jobs` processes; one list, in order."""
    global _WORK
    if jobs <= 1 or count == 0 or not can_fork():
        return func(work, 0, count)
    step = max(1, -(-count // (jobs * 4)))  # several slices per process even out slow ones
    _WORK = work
    gc.freeze()  # the workers' collector must not touch (and so copy) the parent's objects
    try:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            parts = pool.map(_slice, [(func, i, min(i + step, count)) for i in range(0, count, step)],
                             chunksize=1)
    finally:
        _WORK = None
        gc.unfreeze()
    return [item for part in parts for item in part]


def load_and_work(items: list, load: Callable[[Any], Any], work: Callable[[list], list], jobs: int,
                  chunks_per_job: int = 4) -> tuple[list, list, float]:
    """load(item) for every item here, and work(loaded chunk) on every chunk, overlapped.

    Items are loaded in this process chunk by chunk; as soon as a chunk is loaded, a
    forked process works on it while the next chunk loads, and the last chunk is
    worked on here. Loading (records kept for the site) and linting then share the
    cores without a loaded record ever crossing a process boundary. Returns (loaded,
    work results, both in order, and the seconds spent loading).
    """
    started = time.perf_counter()
    if jobs <= 1 or len(items) < 2 or not can_fork():
        loaded = [load(item) for item in items]
        seconds = time.perf_counter() - started
        return loaded, work(loaded), seconds
    context = multiprocessing.get_context("fork")
    size = -(-len(items) // (jobs * chunks_per_job))
    bounds = [(i, min(i + size, len(items))) for i in range(0, len(items), size)]
    loaded: list = []
    children = []
    loading = 0.0
    try:
        for n, (start, stop) in enumerate(bounds):
            t0 = time.perf_counter()
            chunk = [load(item) for item in items[start:stop]]
            loading += time.perf_counter() - t0
            loaded += chunk
            if n == len(bounds) - 1:
                last = work(chunk)
                break
            receive, send = context.Pipe(duplex=False)
            child = context.Process(target=_work_in_child, args=(work, chunk, send), daemon=True)
            gc.freeze()  # the child's collector must not touch (and so copy) the parent's objects
            child.start()
            send.close()
            children.append((child, receive))
        results: list = []
        for child, receive in children:
            status, value = receive.recv()
            child.join()
            if status == "error":
                raise value
            results += value
    finally:
        gc.unfreeze()
        for child, receive in children:
            if child.is_alive():
                child.kill()
            receive.close()
    return loaded, results + last, loading


def _work_in_child(work: Callable[[list], list], chunk: list, send: Any) -> None:
    try:
        result = ("ok", work(chunk))
    except Exception as err:  # sent back and raised in the parent, where errors are reported
        result = ("error", err)
    try:
        send.send(result)
    except Exception as err:  # an error that cannot be pickled: say what it was
        send.send(("error", RuntimeError(f"{type(err).__name__}: {err}")))
    finally:
        send.close()


def in_child(func: Callable[[], Any]) -> Any:
    """func() in a forked process, its result (or its exception) brought back.

    `auditkb build` prepares the site (records, index, Markdown) in a child, so that all
    that memory is handed back to the system before MkDocs starts: the build's peak is
    the larger of the two parts, not their sum.
    """
    if not can_fork():
        return func()
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_call_in_child, args=(func, send))
    gc.freeze()
    try:
        child.start()
        send.close()
        try:
            status, value = receive.recv()
        except EOFError:
            child.join()
            raise ChildFailed(f"the process preparing the site stopped unexpectedly (exit code {child.exitcode})") \
                from None
        child.join()
    finally:
        gc.unfreeze()
        if child.is_alive():
            child.kill()
        receive.close()
    if status == "error":
        raise value
    return value


class ChildFailed(RuntimeError):
    pass


def _call_in_child(func: Callable[[], Any], send: Any) -> None:
    try:
        result = ("ok", func())
    except Exception as err:
        result = ("error", err)
    try:
        send.send(result)
    except Exception as err:
        send.send(("error", RuntimeError(f"{type(err).__name__}: {err}")))
    finally:
        send.close()
