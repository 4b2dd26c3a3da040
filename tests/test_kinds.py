"""Each rule kind, end to end from YAML: what it flags, where, and what it suggests."""

import textwrap

import pytest

from newslint.config import Config
from newslint.document import Document
from newslint.engine import Linter
from newslint.packs import load_pack


@pytest.fixture
def lint(tmp_path):
    """Build a one-rule pack from YAML keys and lint a Markdown draft with it."""

    def run(keys: str, text: str, path: str = "d.md", options=None):
        head = "rules:\n  - code: T001\n    name: style.t\n    summary: Test\n"
        body = textwrap.indent(textwrap.dedent(keys), "    ")
        pack = tmp_path / f"p{abs(hash(keys))}.yml"
        pack.write_text(head + body, encoding="utf-8")
        [rule] = load_pack(pack)
        config = Config(select=("T001",), rules={"T001": options or {}})
        result = Linter(config, rules=[rule]).lint(Document(text, path))
        assert not result.errors, result.errors[0]
        return [(f.line, f.column, f.text, f.message, f.suggestions) for f in result.findings]

    return run


EXISTENCE = """\
kind: existence
message: "'{match}' found"
words: [very unique, slammed]
"""


def test_existence_matches_whole_words_across_line_breaks_and_any_case(lint):
    found = lint(EXISTENCE, "A Very\nunique plan. He slammed it; unslammed, slammedx.\n")
    assert [(line, col, text) for line, col, text, *_ in found] == [
        (1, 3, "Very\nunique"),
        (2, 17, "slammed"),
    ]


def test_existence_never_reads_code_urls_or_quotes(lint):
    text = (
        "Use `slammed` here and see <https://x.org/slammed>.\n\n"
        "```\nslammed\n```\n\n"
        '"They slammed it," she said. [slammed](https://slammed.org)\n'
    )
    assert [(line, col) for line, col, *_ in lint(EXISTENCE, text)] == [(7, 31)]


def test_existence_in_quotes_when_the_rule_opts_in(lint):
    found = lint(EXISTENCE + "include-quotes: true\n", '"They slammed it," she said.\n')
    assert [(line, col) for line, col, *_ in found] == [(1, 7)]


def test_case_sensitive_words_when_configured(lint):
    found = lint(EXISTENCE + "ignore-case: false\n", "Slammed. It slammed.\n")
    assert [text for _, _, text, *_ in found] == ["slammed"]


SUBSTITUTION = r"""
kind: substitution
message: "'{match}' -> '{suggestion}'"
swap:
  - {word: very unique, use: unique}
  - {word: Tory party, use: Conservative Party}
  - {pattern: '(\d+(?:\.\d+)?)\s*per\s*cent\b', use: '\1%'}
  - {word: e-mail, use: [email, electronic mail]}
  - {word: in the event, use: if}
  - {word: in the event that, use: if}
"""


def test_substitution_suggests_in_the_case_written(lint):
    text = (
        "Very unique. VERY UNIQUE. very unique. The tory party. Up 4.5 per cent. An e-mail. "
        "In the event that it rains.\n"
    )
    found = lint(SUBSTITUTION, text)
    assert [(text, sugg) for _, _, text, _, sugg in found] == [
        ("Very unique", ("Unique",)),
        ("VERY UNIQUE", ("UNIQUE",)),
        ("very unique", ("unique",)),
        ("tory party", ("Conservative Party",)),
        ("4.5 per cent", ("4.5%",)),
        ("e-mail", ("email", "electronic mail")),
        ("In the event that", ("If",)),
    ]
    assert found[0][3] == "'Very unique' -> 'Unique'"


OCCURRENCE = """\
kind: occurrence
message: "{count} (max {max})"
"""


def test_occurrence_counts_words_per_sentence(lint):
    keys = OCCURRENCE + "scope: sentence\ncount: words\nmax: 4\n"
    found = lint(keys, "One two three four. One two three four five.\n")
    assert [(col, msg) for _, col, _, msg, _ in found] == [(21, "5 (max 4)")]
    assert lint(keys, "One two three four five.\n", options={"max": 5}) == []


def test_occurrence_counts_sentences_per_paragraph_and_headline_characters(lint):
    keys = OCCURRENCE + "scope: paragraph\ncount: sentences\nmax: 2\n"
    found = lint(keys, "# A. B. C.\n\nA b. C d.\n\nE f. G h. I j.\n")
    assert [(line, col) for line, col, *_ in found] == [(5, 1)]  # the headline is no paragraph
    keys = OCCURRENCE + "scope: headline\ncount: characters\nmax: 10\n"
    assert [msg for *_, msg, _ in lint(keys, "# Eleven char\n\nBody text is long.\n")] == [
        "11 (max 10)"
    ]


def test_occurrence_counts_matches_in_the_story_and_flags_the_first_excess(lint):
    keys = OCCURRENCE + "scope: document\ncount: matches\nmax: 1\nwords: [reportedly]\n"
    text = 'A reportedly b.\n\n"Reportedly," he said.\n\nC reportedly d reportedly.\n'
    assert [(line, col, msg) for line, col, _, msg, _ in lint(keys, text)] == [(5, 3, "3 (max 1)")]


REPETITION = """\
kind: repetition
message: "'{match}' twice"
ignore: [had]
"""


def test_repetition_spans_both_words_and_keeps_one(lint):
    text = "The the cat. He had had enough. Bora Bora. In\nin March. The\n\nthe end. nil   nil.\n"
    found = lint(REPETITION, text)
    assert [(line, col, text, sugg) for line, col, text, _, sugg in found] == [
        (1, 1, "The the", ("The",)),
        (1, 44, "In\nin", ("In",)),
    ]


CONSISTENCY = """\
kind: consistency
message: "'{match}' after '{first}'"
either: [[email, e-mail], [per cent, percent]]
"""


def test_consistency_follows_the_first_spelling_of_each_set(lint):
    text = 'E-mail us. An email. "Email me," she said. Up 5 percent, then 6 per cent. E-mail.\n'
    found = lint(CONSISTENCY, text)
    assert [(col, text, msg, sugg) for _, col, text, msg, sugg in found] == [
        (15, "email", "'email' after 'e-mail'", ("e-mail",)),
        (65, "per cent", "'per cent' after 'percent'", ("percent",)),
    ]


CAPITALIZATION = """\
kind: capitalization
message: "not {style} case"
style: sentence
"""


@pytest.mark.parametrize(
    ("headline", "flagged"),
    [
        ("Minister Announces New Budget Cuts", True),
        ("Rates Rise: Bank Acts", False),  # only two words title case would decide
        ("Blair meets Bush in Washington", False),
        ("Ad sales boost Time Warner profit", False),
        ("NASA AND ESA SIGN DEAL", False),
        ("Obama Wins the Vote in Ohio", True),
    ],
)
def test_sentence_case_flags_only_unmistakable_title_case(lint, headline, flagged):
    assert bool(lint(CAPITALIZATION, f"# {headline}\n\nBody.\n")) is flagged


def test_title_case_suggests_the_capitalised_headline(lint):
    found = lint(
        CAPITALIZATION, "# Obama wins the vote in ohio\n\nBody.\n", options={"style": "title"}
    )
    assert found == [
        (1, 3, "Obama wins the vote in ohio", "not title case", ("Obama Wins the Vote in Ohio",))
    ]
    txt = lint(CAPITALIZATION.replace("sentence", "title"), "Obama Wins\n\nBody.\n", "d.txt")
    assert txt == []


CONDITIONAL = r"""
kind: conditional
message: "'{match}' unexplained"
first: '\b(\p{Lu}{3,5})\b'
second: '\(\s*(\p{Lu}{3,5})\s*\)'
exceptions: [BBC]
"""


def test_conditional_ties_the_acronym_to_its_spelling_out(lint):
    text = (
        "# WHO warns\n\n"
        "The World Health Organization (WHO) met. The WHO spoke. The BBC and the IAEA spoke. "
        "The IAEA again. The International Atomic Energy Agency (IAEA) agreed.\n"
    )
    assert [(col, text) for _, col, text, *_ in lint(CONDITIONAL, text)] == [(73, "IAEA")]
    anywhere = lint(CONDITIONAL + "where: anywhere\n", text)
    assert anywhere == []


def test_conditional_without_groups_needs_any_second_match(lint):
    keys = (
        'kind: conditional\nmessage: "{match} needs a source"\n'
        "first: allegedly\nsecond: police\nignore-case: true\n"
    )
    assert [text for _, _, text, *_ in lint(keys, "He allegedly stole it.\n")] == ["allegedly"]
    assert lint(keys, "Police say he allegedly stole it.\n") == []


ATTRIBUTION = r"""
kind: attribution
message: "'{match}' unsourced"
words: [critics argue, experts warn]
sources: ['\bhe\s+said\b']
"""


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("Critics argue the plan fails.", True),
        ("On Monday, critics argue, the plan failed.", True),
        ("Critics argue, he said, that the plan fails.", False),
        ("Critics such as Jane Smith argue the plan fails.", False),
        ("Experts warn at the IMF that rates will rise.", False),
        ("The plan fails. Smith agrees. Experts warn of risks.", True),
    ],
)
def test_attribution_needs_a_named_source_in_the_same_sentence(lint, sentence, flagged):
    assert bool(lint(ATTRIBUTION, sentence + "\n")) is flagged


def test_a_catastrophic_pattern_is_stopped_and_names_the_rule(tmp_path):
    pack = tmp_path / "slow.yml"
    pack.write_text(
        "rules:\n  - code: T002\n    name: style.slow\n    kind: existence\n"
        "    summary: Slow\n    message: x\n    patterns: ['(?:a|aa)+$']\n",
        encoding="utf-8",
    )
    [rule] = load_pack(pack)
    result = Linter(Config(select=("T002",)), rules=[rule]).lint(Document("a" * 80 + "b\n", "d.md"))
    [error] = result.errors
    assert "rule T002 (style.slow)" in str(error)
    assert f"'(?:a|aa)+$' ({pack}:7) ran longer than" in str(error)


def test_capitalization_of_headings_when_scoped_to_them(lint):
    text = "# Council votes\n\n## What The Council Decided Today\n\nBody.\n"
    assert lint(CAPITALIZATION, text) == []
    found = lint(CAPITALIZATION + "scope: headings\n", text)
    assert [(line, text) for line, _, text, *_ in found] == [(3, "What The Council Decided Today")]
