"""The phenomena the harness reports on, and which rule speaks for each.

The list is the one the labelled drafts use (../shared/eval/README.md); a label naming a
phenomenon not listed here is an error, so the table can never silently drop a row.
"""

from __future__ import annotations

#: Every judged phenomenon, grouped by family, in the order the table prints them.
PHENOMENA: tuple[str, ...] = (
    "names.misspelled-known",
    "names.inconsistent",
    "names.wrong-given-name",
    "names.organisation",
    "numbers.change-direction",
    "numbers.change-size",
    "numbers.percent-bounds",
    "numbers.part-whole",
    "numbers.sum-mismatch",
    "numbers.count-mismatch",
    "dates.invalid",
    "dates.weekday",
    "dates.tense",
    "dates.age",
    "contradictions.out-of-term",
    "contradictions.wrong-title",
    "contradictions.wrong-party",
    "contradictions.alignment",
    "contradictions.stance-flip",
    "contradictions.figure-mismatch",
    "contradictions.date-mismatch",
)

JUDGED: tuple[str, ...] = ("names", "numbers", "dates", "contradictions")

#: Rule names that differ from the phenomenon they check; any other rule whose dotted
#: name is a phenomenon speaks for it directly.
RULE_ALIASES: dict[str, str] = {
    "names.misspelled": "names.misspelled-known",
    "names.misspelled-organisation": "names.organisation",
    "dates.invalid-date": "dates.invalid",
    "dates.weekday-mismatch": "dates.weekday",
    "dates.tense-vs-dateline": "dates.tense",
    "dates.age-mismatch": "dates.age",
    "contradictions.party-alignment": "contradictions.alignment",
}


def family(phenomenon: str) -> str:
    return phenomenon.split(".", 1)[0]


def of_rule(rule: str) -> str | None:
    """The phenomenon a rule (by dotted name) reports on, or None for rules outside the table."""
    name = RULE_ALIASES.get(rule, rule)
    return name if name in PHENOMENA else None
