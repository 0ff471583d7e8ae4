"""Reading thousands of source files on both cores, for the single-threaded commands.

Parsing and validating one file does not depend on any other, so `check` splits each kind's
files in contiguous halves and reads them in forked processes. Results come back in the
order of the files, so the report reads exactly as a one-process run's. Callers ask for
more than one process only while no other thread runs (`mkdocs build`, the commands; not
`mkdocs serve`): forking a threaded process can hang.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from types import TracebackType
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")
MIN_PER_PROCESS = 100   # below this, starting a process costs more than it saves


class Workers:
    def __init__(self, count: int) -> None:
        self.count = count
        self._executor: ProcessPoolExecutor | None = None

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self._executor is not None:
            self._executor.shutdown(cancel_futures=error is not None)

    def in_parts(self, work: Callable[..., R], items: Sequence[T], *args: Any) -> list[Future[R]]:
        """work(part, *args) for contiguous parts of `items`, in order; one part when
        there are too few items to be worth a second process."""
        parts = min(self.count, len(items) // MIN_PER_PROCESS)
        if parts < 2:
            done: Future[R] = Future()
            done.set_result(work(items, *args))
            return [done]
        if self._executor is None:
            self._executor = ProcessPoolExecutor(
                max_workers=self.count, mp_context=multiprocessing.get_context("fork"))
        size = -(-len(items) // parts)
        return [self._executor.submit(work, items[start:start + size], *args)
                for start in range(0, len(items), size)]
