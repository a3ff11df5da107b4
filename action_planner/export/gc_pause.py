"""Garbage collection kept out of an export's hot loops: paused while it runs, resumed however it ends."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def gc_paused() -> Iterator[None]:
    """Disable the cyclic collector for the block (exports build millions of short-lived acyclic objects,
    and each full pass over them holds the interpreter for most of a second, freezing the window).

    Nested and concurrent exports share one pause; the collector is re-enabled, as it was, when the last
    one ends. Reference counting still frees everything the export drops; cycles wait for the next pass.
    """
    global _depth, _was_enabled  # noqa: PLW0603  (one pause for the whole process)
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
