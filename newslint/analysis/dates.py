"""Dates and date ranges: filled in by the dates work."""

from __future__ import annotations

from typing import Any


def extract_dates(doc: Any) -> list[Any]:
    """Return the dates of a document (not yet implemented: none are found)."""
    return []
