"""Text folded for searching: lower case without accents ("Gävle" matches "gavle")."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower case without accents, for searching ("Gävle" matches "gavle")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
