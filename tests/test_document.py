"""The document model: what counts as prose, where sentences end, exact positions."""

import datetime as dt

import pytest

from newslint.document import Document
from newslint.errors import InputError


def prose_words(doc):
    return doc.prose.split()


def test_markdown_code_html_and_urls_are_not_prose():
    text = (
        "# Trump meets Takaichi\n\n"
        'See `Takwati` and <span title="Takwati">it</span> at [the report](https://example.com/Takwati) '
        "or https://example.com/Takwati today.\n\n<div>\nTakwati in raw HTML\n</div>\n\n"
        "```\nTakwati in a fence\n```\n\n"
        "    Takwati indented code\n"
    )
    doc = Document(text, "a.md")
    words = prose_words(doc)
    assert "Takwati" not in " ".join(words)
    assert "report" in words and "today." in words and "Takaichi" in words


def test_prose_keeps_offsets_and_lines():
    text = "Para **one** here.\r\n\r\n> Quoted *two*.\r\n"
    doc = Document(text, "a.md")
    assert len(doc.prose) == len(text)
    assert doc.prose.count("\n") == text.count("\n")
    start = text.index("one")
    assert doc.prose[start : start + 3] == "one"
    assert doc.prose[text.index("**")] == " "


def test_front_matter_title_is_headline_and_date_is_dateline():
    text = "---\ntitle: 'Talks stall in Tokyo'\ndate: 2025-11-04\nauthor: Desk\n---\n\nBody text here.\n"
    doc = Document(text, "a.md")
    assert doc.headline is not None
    assert text[doc.headline.start : doc.headline.end] == "Talks stall in Tokyo"
    assert doc.reference_date == dt.date(2025, 11, 4)
    assert doc.front_matter["author"] == "Desk"
    assert "author" not in doc.prose and "Desk" not in doc.prose


def test_dateline_falls_back_to_given_date():
    doc = Document("Body.\n", "a.md", reference_date=dt.date(2024, 1, 2))
    assert doc.reference_date == dt.date(2024, 1, 2)


def test_malformed_front_matter_is_an_input_error_with_line():
    with pytest.raises(InputError) as info:
        _ = Document("---\ntitle: [unclosed\n---\nBody.\n", "a.md").blocks
    assert info.value.path == "a.md" and info.value.line is not None


def test_plain_text_headline():
    doc = Document("Markets fall\n\nShares fell on Monday.\nThey rose later.\n", "a.txt")
    assert (
        doc.headline is not None
        and doc.text[doc.headline.start : doc.headline.end] == "Markets fall"
    )
    assert [b.kind for b in doc.blocks] == ["headline", "paragraph"]


def test_plain_text_without_blank_line_has_no_headline():
    doc = Document("Shares fell on Monday.\nThey rose later.\n", "a.txt")
    assert doc.headline is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The U.S. economy grew. Mr. Smith agreed.",
            ["The U.S. economy grew.", "Mr. Smith agreed."],
        ),
        (
            "It opened on Jan. 20 at No. 10 Downing Street. Crowds came.",
            ["It opened on Jan. 20 at No. 10 Downing Street.", "Crowds came."],
        ),
        (
            "George W. Bush spoke. Growth was 3.5 per cent. Prices fell.",
            ["George W. Bush spoke.", "Growth was 3.5 per cent.", "Prices fell."],
        ),
        (
            "“It is over,” she said. “We lost.” Then she left.",
            ["“It is over,” she said.", "“We lost.”", "Then she left."],
        ),
        ("He moved to the U.S. The plan failed.", ["He moved to the U.S.", "The plan failed."]),
        (
            "Shares in Apple Inc. rose. Profits fell.",
            ["Shares in Apple Inc. rose.", "Profits fell."],
        ),
        ("Is it over? Nobody knows! Wait.", ["Is it over?", "Nobody knows!", "Wait."]),
        ("Dr. J. R. Smith of St. Louis won.", ["Dr. J. R. Smith of St. Louis won."]),
    ],
)
def test_sentences_survive_newsroom_abbreviations(text, expected):
    doc = Document(text + "\n", "a.md")
    assert [s.text for s in doc.sentences] == expected


def test_heading_and_paragraph_are_separate_sentences():
    doc = Document("# Trade deal signed\nThe deal was signed.\n", "a.md")
    assert [s.text for s in doc.sentences] == ["Trade deal signed", "The deal was signed."]


def test_positions_count_code_points_across_emoji_and_cjk():
    text = "🙂 東京 first line\r\nsecond 🙂 line\rthird\n"
    doc = Document(text, "a.md")
    assert doc.position(text.index("first")) == (1, 6)
    assert doc.position(text.index("line\rthird")) == (2, 10)
    assert doc.position(text.index("third")) == (3, 1)


def test_name_candidates_group_titles_particles_and_initials():
    text = (
        "Talks with Prime Minister Sanae Takaichi, Luiz Inácio Lula da Silva and George W. Bush.\n"
    )
    doc = Document(text, "a.md")
    names = [c.text for c in doc.name_candidates]
    assert names == [
        "Talks",
        "Prime Minister Sanae Takaichi",
        "Luiz Inácio Lula da Silva",
        "George W. Bush",
    ]
    assert doc.name_candidates[0].sentence_initial and not doc.name_candidates[1].sentence_initial


def test_quotes_are_known():
    text = 'Trump said “we ordered very large amounts” and left. Others said "fine".\n'
    doc = Document(text, "a.md")
    assert doc.is_quoted(text.index("ordered"))
    assert doc.is_quoted(text.index("fine"))
    assert not doc.is_quoted(text.index("left"))


def test_nul_character_does_not_hide_the_rest_of_the_line():
    text = "A stray \x00 byte before Sanae Takaichi spoke.\n"
    doc = Document(text, "a.md")
    assert "Takaichi" in doc.prose


@pytest.mark.parametrize(
    ("text", "quoted", "not_quoted"),
    [
        ('He said " we won and then "fine" she added.', ["fine"], ["added"]),
        ("A stray ” mark, then “we won” and she left.", ["won"], ["left", "stray"]),
        ("“Unclosed opening, then “a second quote” and after.", ["second"], ["after"]),
        ('Plain 5" screens and "quoted words" end.', ["quoted"], ["screens", "end"]),
    ],
)
def test_unmatched_quote_marks_do_not_invert_later_quotes(text, quoted, not_quoted):
    doc = Document(text + "\n", "a.md")
    for word in quoted:
        assert doc.is_quoted(text.index(word)), word
    for word in not_quoted:
        assert not doc.is_quoted(text.index(word)), word


def test_quote_left_open_runs_to_the_end_of_its_paragraph():
    text = "“We are entering a new agreement, he said.\n\nThe next paragraph is narration.\n"
    doc = Document(text, "a.md")
    assert doc.is_quoted(text.index("agreement"))
    assert not doc.is_quoted(text.index("narration"))
