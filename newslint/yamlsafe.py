"""YAML as plain data: configuration, packs and registries never construct objects.

ruamel.yaml's safe loader already refuses ``!!python/...`` tags. Its round-trip loader,
used where errors must point at a line, instead keeps an unknown tag as a tagged
value, so ``!!python/object/apply:os.system [...]`` would pass silently as a list.
Here any tag the YAML core schema does not define is an error at its line.
"""

from __future__ import annotations

from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.constructor import ConstructorError, RoundTripConstructor


class StrictRoundTrip(RoundTripConstructor):
    """Round-trip constructor (line numbers kept) that refuses unknown tags."""

    def construct_undefined(self, node: Any) -> Any:
        """Refuse the value: a tag newslint does not know is never data it can use."""
        raise ConstructorError(
            None,
            None,
            f"unsupported YAML tag {node.tag!r} (only plain data is read)",
            node.start_mark,
        )


StrictRoundTrip.add_constructor(None, StrictRoundTrip.construct_undefined)


def round_trip() -> YAML:
    """Return a pure-Python round-trip loader that keeps lines and refuses unknown tags."""
    yaml = YAML(typ="rt", pure=True)
    yaml.Constructor = StrictRoundTrip
    yaml.allow_duplicate_keys = False
    return yaml
