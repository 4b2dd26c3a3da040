"""Whatever text arrives, the engine returns findings that point inside it, or nothing.

Property-based: hypothesis generates Unicode text, Markdown nesting, front matter of
every YAML type, mixed line endings, BOMs, NUL bytes, lone surrogates, zero-width and
right-to-left characters.
"""

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newslint import lint_text
from newslint.document import Document
from newslint.errors import InputError

SPICE = [
    "\u200b",
    "\u200d",
    "\u202e",
    "\u2066",
    "\ufeff",
    "\x00",
    "\ud800",
    "\r\n",
    "\r",
    "\n",
    "🙂",
    "東京",
    "“",
    "”",
    '"',
    "<!--",
    "-->",
    "newslint-disable NL101",
    "`",
    "```",
    "# ",
    "> ",
    "- ",
    "1. ",
    "[x](",
    ")",
    "*",
    "_",
    "---\n",
    "Prime Minister ",
    "Sanae Takaichi",
    "$2 billion",
    "27.5%",
    "February 30, 2025",
    "Monday, March 4, 2025",
    "U.S.",
    "Mr. ",
]

texts = st.lists(st.one_of(st.text(max_size=20), st.sampled_from(SPICE)), max_size=40).map("".join)
yaml_values = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(allow_nan=False),
        st.text(max_size=10).map(repr),
        st.dates().map(str),
    ),
    lambda inner: st.lists(inner, max_size=3).map(lambda xs: "[" + ", ".join(map(str, xs)) + "]"),
    max_leaves=5,
)
front_matter = st.dictionaries(
    st.sampled_from(["title", "date", "author", "tags", "x"]), yaml_values, max_size=4
).map(lambda d: "---\n" + "".join(f"{k}: {v}\n" for k, v in d.items()) + "---\n")


def assert_sane(text, findings):
    for f in findings:
        assert 0 <= f.start <= f.end <= len(text)
        assert f.text == text[f.start : f.end]
        doc = Document(text, f.path)
        assert doc.position(f.start) == (f.line, f.column)
        assert doc.position(f.end) == (f.end_line, f.end_column)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.sampled_from(["a.md", "a.txt"]))
def test_any_text_lints_without_crashing(text, path):
    try:
        findings = lint_text(text, path=path, date=dt.date(2025, 11, 4))
    except InputError:
        return  # malformed front matter is a reported input error, not a crash
    assert_sane(text, findings)


@settings(max_examples=100, deadline=None)
@given(front_matter, texts)
def test_front_matter_of_any_type(header, body):
    text = header + body
    try:
        findings = lint_text(text, path="a.md")
    except InputError as exc:
        assert exc.path == "a.md"
        return
    assert_sane(text, findings)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["- ", "> ", "1. ", "  ", "* "]), max_size=30), texts)
def test_random_markdown_nesting(prefixes, body):
    text = "".join(prefixes) + body + "\n" + "".join(reversed(prefixes)) + body
    try:
        findings = lint_text(text, path="a.md")
    except InputError as exc:  # a body that opens with "---" is front matter, maybe broken
        assert exc.path == "a.md"
        return
    assert_sane(text, findings)


@settings(max_examples=100, deadline=None)
@given(texts)
def test_prose_mask_keeps_length_and_line_breaks(text):
    for path in ("a.md", "a.txt"):
        doc = Document(text, path)
        try:
            prose = doc.prose
        except InputError:
            continue
        assert len(prose) == len(text)
        assert [i for i, c in enumerate(prose) if c in "\r\n"] == [
            i for i, c in enumerate(text) if c in "\r\n"
        ]
        for i, c in enumerate(prose):
            assert c == " " or c == text[i]
