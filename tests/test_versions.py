"""A draft re-linted version after version (as an editor does) gets the findings of a fresh read.

The language server carries block-local results over from a draft's earlier version;
whatever edits come in between, what a reporter sees must not depend on that.
"""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newslint.config import Config
from newslint.document import Document
from newslint.engine import linter_for
from newslint.errors import NewslintError

DRAFT = """---
title: Council approves budget
date: 2025-11-04
---

# Council approves budget

Prime Minister Sanae Takaichi said on Tuesday that the plan was a very unique chance.

Critics slammed the plan. Sources said the the figures were wrong.

Due to the fact that turnout rose, officials said the end result was clear.

- Residents queued outside the town hall.
- Some carried signs.
"""

SNIPPETS = [
    "very unique",
    "the the ",
    "slammed",
    "Sanae Takaichy",
    "Takaichi",
    "sources said ",
    "due to the fact that ",
    "\n\n",
    "\n",
    "-",
    " ",
    "x",
    "Critics",
    "end result",
    "<!-- newslint-disable-next-line NL602 -->\n",
    '"',
    "`",
]


def findings(doc: Document) -> list[tuple]:
    try:
        result = linter_for(Config()).lint(doc)
    except NewslintError as exc:  # an edit broke the front matter: same error both ways
        return [("error", str(exc))]
    return [(f.code, f.start, f.end, f.message, f.suggestions) for f in result.findings]


def versions(edits: list[tuple[int, int, str]]) -> None:
    text = DRAFT
    earlier = Document(text, "story.md", versions=True)
    assert findings(earlier) == findings(Document(text, "story.md"))
    for where, length, snippet in edits:
        at = where % (len(text) + 1)
        text = text[:at] + snippet + text[at + length :]
        doc = Document(text, "story.md", earlier=earlier)
        assert findings(doc) == findings(Document(text, "story.md")), text
        earlier = doc


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(st.integers(0, 10_000), st.integers(0, 12), st.sampled_from(SNIPPETS)),
        min_size=1,
        max_size=6,
    )
)
def test_any_edits_give_the_findings_of_a_fresh_read(edits):
    versions(edits)


def test_a_phrase_typed_into_an_unchanged_paragraph_is_found():
    # The paragraph matched no style phrase in the earlier version; now it does.
    at = DRAFT.index("Residents")
    versions([(at, 0, "very unique ")])


def test_findings_after_an_edit_move_with_the_text():
    at = DRAFT.index("Prime")
    text = DRAFT[:at] + "Word. " + DRAFT[at:]
    earlier = Document(DRAFT, "story.md", versions=True)
    before = findings(earlier)
    after = findings(Document(text, "story.md", earlier=earlier))
    assert before and [f[1] + 6 for f in before if f[1] > at] == [f[1] for f in after if f[1] > at]


def test_a_document_read_once_remembers_nothing():
    doc = Document(DRAFT, "story.md")
    findings(doc)
    assert Document(DRAFT, "story.md", earlier=doc)._recalled == {}
