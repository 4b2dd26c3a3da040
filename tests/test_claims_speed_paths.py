"""The shortcuts taken for speed give the answers a reader expects, and the slow way's answers."""

from hypothesis import given
from hypothesis import strategies as st

from newslint.config import Config
from newslint.directives import find_directives
from newslint.document import Document
from newslint.engine import Linter
from newslint.plugins import load_rules
from newslint.selection import path_ignores
from newslint.text.quotes import quote_spans
from newslint.text.spans import Block
from newslint.text.tokens import PARTICLES, Token, name_candidates, tokenize

# Text made of the characters the shortcuts look for, so collisions are frequent.
_PIECES = st.sampled_from(
    [
        "“",
        "”",
        "«",
        "»",
        "„",
        '"',
        "'",
        " ",
        "\n",
        "a",
        "Bo",
        "de",
        "da Silva",
        "Lee",
        ". ",
        "42",
        "1,000.5",
        "U.S.",
        "-",
        "newslint-",
        "<!-- newslint-disable NL001 -->",
    ]
)
PROSE = st.lists(_PIECES, max_size=40).map("".join)


def test_quotes_of_every_kind_are_found_and_an_open_one_runs_to_the_paragraph_end():
    text = 'He said “yes” and «non», then „ja“ and "ok". She said “more'
    spans = [text[s:e] for s, e in quote_spans(text, [Block(0, len(text), "paragraph")])]
    assert spans == ["“yes”", "«non»", "„ja“", '"ok"', "“more"]


def test_quote_marks_outside_the_blocks_are_ignored():
    text = '"code" then “prose”'
    assert quote_spans(text, [Block(12, len(text), "paragraph")]) == [(12, len(text))]


def test_tokens_are_words_and_numbers_with_their_kind():
    text = "In 2025 the U.S. paid $1,000.5 to O’Neill-Smith."
    got = [(t.text, t.kind) for t in tokenize(text, 0, len(text))]
    assert got == [
        ("In", "word"),
        ("2025", "number"),
        ("the", "word"),
        ("U.S.", "word"),
        ("paid", "word"),
        ("1,000.5", "number"),
        ("to", "word"),
        ("O’Neill-Smith", "word"),
    ]
    assert all(
        isinstance(t, Token) and text[t.start : t.end] == t.text
        for t in tokenize(text, 0, len(text))
    )


def test_name_candidates_keep_particles_inside_names_only():
    text = "Prime Minister Sanae Takaichi met Luiz Inácio Lula da Silva in the city of Tokyo."
    found = [c.text for c in name_candidates(text, tokenize(text, 0, len(text)), {0})]
    assert found == ["Prime Minister Sanae Takaichi", "Luiz Inácio Lula da Silva", "Tokyo"]


def _name_candidates_token_by_token(text, tokens, starts):
    # The straightforward loop: every token goes through the same steps.
    out, run = [], []

    def flush():
        while run and run[-1].text.lower() in PARTICLES:
            run.pop()
        if run:
            out.append((run[0].start, run[-1].end))
        run.clear()

    for tok in tokens:
        name_word = tok.kind == "word" and tok.text[:1].isupper()
        particle = tok.kind == "word" and tok.text in PARTICLES and bool(run)
        gap = text[run[-1].end : tok.start] if run else ""
        joins = gap in (" ", "-", "‐") or (gap.isspace() and "\n" not in gap and len(gap) <= 2)
        if run and not joins:
            flush()
        if name_word or particle:
            run.append(tok)
        else:
            flush()
    flush()
    return out


@given(PROSE)
def test_name_candidates_match_the_token_by_token_loop(text):
    tokens = tokenize(text, 0, len(text))
    fast = [(c.start, c.end) for c in name_candidates(text, tokens, {0})]
    assert fast == _name_candidates_token_by_token(text, tokens, {0})


def test_a_draft_without_directives_has_none_and_one_with_them_keeps_them():
    assert find_directives("Nothing to see.\nAt all.\n", [0, 16], True) == []
    text = "<!-- newslint-disable-next-line NL001 -->\nText.\n"
    (d,) = find_directives(text, [0, 42, 48], True)
    assert (d.verb, d.selectors, d.first_line) == ("disable-next-line", ("NL001",), 1)


def test_per_file_ignores_still_apply_per_path(tmp_path):
    assert path_ignores("a.md", str(tmp_path), ()) == ()
    table = (("archive/*", ("style",)),)
    assert path_ignores(str(tmp_path / "archive" / "a.md"), str(tmp_path), table) == ("style",)
    assert path_ignores(str(tmp_path / "news" / "a.md"), str(tmp_path), table) == ()


def test_active_rules_differ_by_path_when_per_file_ignores_say_so(tmp_path):
    config = Config(root=str(tmp_path), per_file_ignores=(("archive/*", ("style",)),))
    linter = Linter(config, load_rules(None))
    archive = str(tmp_path / "archive" / "a.md")
    news = str(tmp_path / "news" / "a.md")
    for _ in range(2):  # the second round is answered from the cache
        assert all(r.family != "style" for r, _ in linter.active(archive))
        assert any(r.family == "style" for r, _ in linter.active(news))


def test_a_suppression_still_works_through_the_cached_rule_list():
    text = "<!-- newslint-disable-next-line NL999 -->\nText.\n"
    linter = Linter(Config(), load_rules(None))
    first = [f.code for f in linter.lint(Document(text, "a.md")).findings]
    again = [f.code for f in linter.lint(Document(text, "b.md")).findings]
    assert first == again == ["NL002"]


_KEYS = st.sampled_from(["date", "title", "author", "slug-name", "y", "True", "on", "_x", "a1"])
_VALUES = st.sampled_from(
    [
        "1987-02-26",
        "2025-02-30",
        "2024-2-3",
        "Japan places order",
        "Japan's plan, in full",
        "yes",
        "No",
        "null",
        "NULL",
        "Null",
        "true",
        "False",
        "off",
        "x",
        "12",
        "1.5",
        ".inf",
        "~",
        "a: b",
        "Hello # not a comment",
        "Hello #comment",
        "“Quoted” words",
        "'single'",
        "Straße über Köln",
        "What now?",
        "(aside) text",
        "a  b",
        "ends with space ",
        "- item",
        "[a, b]",
        "{a: b}",
        "&anchor x",
        "*alias",
        "!tag x",
        "|",
        ">",
        "%x",
        "@x",
        "`x`",
        "O’Neill - Smith",
        "a/b; c.",
        "Lee!",
        "١٢٣٤-٠١-٠١",
        "x\u2028y",
        "tab\there",
    ]
)
_LINE = st.tuples(_KEYS, st.sampled_from([": ", ":  ", ":"]), _VALUES).map("".join)


@given(st.lists(_LINE, min_size=1, max_size=4), st.sampled_from(["\n", "\r\n"]))
def test_flat_front_matter_reads_exactly_what_the_yaml_parser_reads(lines, newline):
    from ruamel.yaml import YAML

    from newslint.text.frontmatter import _flat_front_matter

    text = newline.join(lines)
    flat = _flat_front_matter(text)
    if flat is None:
        return  # left to the parser
    assert flat == YAML(typ="safe", pure=True).load(text)
    assert all(
        type(v) is type(p)
        for v, p in zip(flat.values(), YAML(typ="safe", pure=True).load(text).values(), strict=True)
    )


def test_everyday_front_matter_gives_the_headline_and_the_dateline():
    import datetime as dt

    text = "---\ntitle: Japan's plan, in full\ndate: 2025-11-04\n---\n\nBody.\n"
    doc = Document(text, "a.md")
    assert doc.front_matter == {"title": "Japan's plan, in full", "date": dt.date(2025, 11, 4)}
    assert doc.reference_date == dt.date(2025, 11, 4)
    assert text[doc.headline.start : doc.headline.end] == "Japan's plan, in full"


def test_front_matter_the_shortcut_refuses_still_parses_or_fails_as_before():
    import datetime as dt

    import pytest

    from newslint.errors import InputError

    doc = Document(
        "---\ntitle: 'Quoted: yes'\ndate: 2025-11-04\ntags: [a, b]\n---\nBody.\n", "a.md"
    )
    assert doc.front_matter == {
        "title": "Quoted: yes",
        "date": dt.date(2025, 11, 4),
        "tags": ["a", "b"],
    }
    with pytest.raises(InputError):
        _ = Document("---\ntitle: [unclosed\n---\nBody.\n", "b.md").front_matter


_SURNAME_PIECES = st.sampled_from(
    [
        "Lee",
        "Smith",
        "O'Brien",
        "Lee’s",
        "'s",
        "’",
        "-",
        "Smith-Jones",
        " ",
        "\n",
        "a",
        "é",
        "2",
        "_",
        "s",
        ".",
    ]
)


def _possessives_by_pattern(prose, start, end, surnames, known):
    """The straightforward version: one compiled pattern per surname."""
    import itertools
    from bisect import bisect_right

    import regex

    from newslint.claims.actors import _POSSESSIVE, Mention

    taken = {(m.start, m.end) for m in known}
    spans = sorted((m.start, m.end) for m in known)
    starts = [s for s, _ in spans]
    reach = list(itertools.accumulate((e for _, e in spans), max))
    out = []
    for surname in surnames:
        pattern = regex.compile(rf"(?<![\p{{L}}\-]){regex.escape(surname)}{_POSSESSIVE}\b")
        for m in pattern.finditer(prose, start, end):
            i = bisect_right(starts, m.start()) - 1
            if (m.start(), m.end()) in taken or (i >= 0 and reach[i] > m.start()):
                continue
            out.append(Mention(m.start(), m.end(), m.group(), "name", surname, surname))
    return out


@given(
    st.lists(_SURNAME_PIECES, max_size=30).map("".join),
    st.integers(0, 5),
    st.integers(0, 5),
    st.lists(st.tuples(st.integers(0, 40), st.integers(0, 6)), max_size=3),
)
def test_surname_mentions_match_the_pattern_per_surname(text, lead, trail, known_spans):
    from newslint.claims.actors import Mention, _possessives

    prose = "x" * lead + text + "y" * trail
    start, end = lead, lead + len(text)
    known = [Mention(s, s + n, prose[s : s + n], "name", "Lee", "Lee") for s, n in known_spans]
    surnames = {"Lee", "Smith", "O'Brien", "Smith-Jones"}
    assert _possessives(prose, start, end, surnames, known) == _possessives_by_pattern(
        prose, start, end, surnames, known
    )
