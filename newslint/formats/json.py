"""One JSON array of findings: the stable interface for scripts."""

from __future__ import annotations

import json
from collections.abc import Sequence

from newslint.finding import Finding
from newslint.formats.base import Formatter


class JsonFormatter(Formatter):
    """One JSON array of finding objects: the stable interface for scripts."""

    name = "json"

    def render(self, findings: Sequence[Finding], paths: Sequence[str]) -> str:
        """Return the findings as a JSON array (``[]`` when clean)."""
        return json.dumps([f.to_dict() for f in findings], ensure_ascii=False, indent=2) + "\n"
