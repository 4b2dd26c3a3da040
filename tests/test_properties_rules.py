"""Every installed rule, run on its own over hostile text, points at words inside it.

The engine drops a hit that falls outside the text, so linting through it would hide
a rule's bug; these tests call each rule directly. The text mixes each rule's own
``bad`` and ``good`` examples (so every rule has something to find) with line-ending
variety, BOMs, NULs, lone surrogates, zero-width and right-to-left characters.
"""

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newslint.config import Config
from newslint.document import Document
from newslint.engine import Linter
from newslint.errors import InputError
from newslint.plugins import load_rules
from newslint.rule import Context

HOSTILE = [
    "\r\n",
    "\r",
    "\n",
    "\n\n",
    "\ufeff",
    "\x00",
    "\ud800",
    "\udfff",
    "\u200b",
    "\u200d",
    "\u2060",
    "\u202e",
    "\u2067",
    "\u061c",
    "مرحبا",
    "שלום",
    "東京",
    "🙂",
    "e\u0301",
    "“",
    "”",
    "> ",
    "- ",
    "# ",
    "`",
    "**",
    "<!-- x -->",
]

RULES = load_rules()
LINTER = Linter(Config(select=tuple(r.code for r in RULES)), RULES)


def examples(rule):
    """The rule's bad and good texts (a string or a list of them), as body paragraphs."""
    out = []
    for field in (rule.bad, rule.good):
        out.extend([field] if isinstance(field, str) else field)
    return ["\n" + e.strip("\n") + "\n" for e in out if e]


EXAMPLES = sorted({e for r in RULES for e in examples(r)})
texts = st.lists(
    st.one_of(st.sampled_from(EXAMPLES), st.sampled_from(HOSTILE), st.text(max_size=8)),
    min_size=1,
    max_size=25,
).map(lambda parts: "Headline\n" + "".join(parts))


def spans(rule, doc):
    # Straight to the rule, past the engine's guard that drops out-of-range spans.
    ctx = LINTER._contexts[rule.code]
    if doc.reference_date is not None:
        ctx = Context(ctx.options, doc.reference_date, ctx.resources)  # as the engine does
    return [(h.start, h.end) for h in rule.check(doc, ctx)]


def assert_points_at_words(rule, text, path):
    try:
        doc = Document(text, path, reference_date=dt.date(2025, 11, 4))
        doc.prose  # noqa: B018 - malformed front matter surfaces here, as an input error
    except InputError:
        return
    found = spans(rule, doc)
    for start, end in found:
        assert 0 <= start < end <= len(text), (rule.code, start, end, len(text))
        assert text[start:end].strip(), (rule.code, text[start:end])
    return found


def test_every_rule_is_covered():
    assert len(RULES) >= 10 and len(EXAMPLES) >= 20


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_each_rule_on_its_own_examples_with_every_line_ending(rule):
    if not rule.bad:
        pytest.skip("no bad example")
    bad = examples(rule)[0].lstrip("\n")  # as written: its first line may be the headline
    for newline in ("\n", "\r\n", "\r"):
        text = bad.replace("\n", newline)
        assert assert_points_at_words(rule, text, "a.md"), "the bad example is still found"
    for example in examples(rule):
        for newline in ("\n", "\r\n", "\r"):
            text = "\ufeffHeadline\n" + example.replace("\n", newline)
            assert_points_at_words(rule, text, "a.md")
            assert_points_at_words(rule, text, "a.txt")


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.sampled_from(["a.md", "a.txt"]))
def test_every_rule_on_hostile_text(text, path):
    for rule in RULES:
        assert_points_at_words(rule, text, path)
