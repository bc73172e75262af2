"""Work shared between forked processes, for cold runs on a machine with several cores.

The work's inputs are held in a module global while the pool is forked, so that
workers get them by copy-on-write memory instead of by pickling (loaded records
cost as much to unpickle as to load); only results travel back. A function given
to `map_slices` is called as func(work, start, stop) and returns a list.
"""

from __future__ import annotations

import multiprocessing
import os
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
    try:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            parts = pool.map(_slice, [(func, i, min(i + step, count)) for i in range(0, count, step)],
                             chunksize=1)
    finally:
        _WORK = None
    return [item for part in parts for item in part]
