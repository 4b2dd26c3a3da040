"""Numbers with unit, currency and scale: filled in by the numbers work."""

from __future__ import annotations

from typing import Any


def extract_quantities(doc: Any) -> list[Any]:
    """Return the quantities of a document (not yet implemented: none are found)."""
    return []
