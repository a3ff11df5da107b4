"""``typing.override`` on Python 3.11 without importing ``typing_extensions`` while the app starts.

``typing_extensions`` is one large module (3 ms of a cold start, before the window's first paint) imported
for this decorator only. Type checkers read the library's decorator here (mypy checks every ``@override``
against the base classes, ruff's naming rules skip the Qt method names it marks: ``typing-modules`` in
pyproject.toml); at run time on 3.11 it is the same marker as the library's.
"""

from __future__ import annotations

import contextlib
import sys
from typing import TYPE_CHECKING, Any, TypeVar

__all__ = ["override"]

if sys.version_info >= (3, 12):
    from typing import override
elif TYPE_CHECKING:
    from typing_extensions import override
else:
    _Method = TypeVar("_Method", bound=Any)

    def override(method: _Method) -> _Method:
        """Mark ``method`` as overriding its base class's (``__override__``, as ``typing.override`` does)."""
        with contextlib.suppress(AttributeError, TypeError):  # a descriptor or built-in taking no attributes
            method.__override__ = True
        return method
