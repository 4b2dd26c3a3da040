"""The closed set of kinds a YAML rule pack may use, by the name its ``kind:`` key gives."""

from __future__ import annotations

from newslint.kinds.attribution import Attribution
from newslint.kinds.base import Key, PackRule, PatternTimeout, RuleSpec
from newslint.kinds.capitalization import Capitalization
from newslint.kinds.conditional import Conditional
from newslint.kinds.consistency import Consistency
from newslint.kinds.existence import Existence
from newslint.kinds.occurrence import Occurrence
from newslint.kinds.repetition import Repetition
from newslint.kinds.substitution import Substitution

KINDS: dict[str, type[PackRule]] = {
    cls.kind: cls
    for cls in (
        Existence,
        Substitution,
        Occurrence,
        Repetition,
        Consistency,
        Capitalization,
        Conditional,
        Attribution,
    )
}

__all__ = ["KINDS", "Key", "PackRule", "PatternTimeout", "RuleSpec"]
