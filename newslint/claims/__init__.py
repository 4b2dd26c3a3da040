"""What a story claims, extracted once per document and read by every rule.

A claim is what the prose says about the world: a person and their office, a figure and
what it measures, a date and its event, a stance. Each extractor reads the parsed
``Document`` (and other extractors' claims) and runs at most once per document, the
first time a rule asks: rules are small checks over the same claims, so a wording
taught to one extractor serves every rule that reads it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from newslint.document import Document

_T = TypeVar("_T")


def once_per_document(extract: Callable[[Document], _T]) -> Callable[[Document], _T]:
    """Keep an extractor's result on the document, so every later caller shares it."""

    @wraps(extract)
    def claims(doc: Document) -> _T:
        store = doc.claims
        try:
            return store[claims]
        except KeyError:
            found = store[claims] = extract(doc)
            return found

    return claims
