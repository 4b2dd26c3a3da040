"""NL404: the same person said to support something and, elsewhere, to oppose it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from newslint.claims.stances import find_stances
from newslint.document import Document
from newslint.finding import Hit, Severity
from newslint.rule import Context, Rule


class StanceFlip(Rule):
    """One person said to firmly back something and, elsewhere in the story, to oppose it.

    "Doe has consistently supported the pipeline" and, three paragraphs down, "Doe
    opposed the pipeline" cannot both be right; one of them is usually about someone
    else or lost a "not". At least one of the two statements must be firm
    ("consistently", "always", "never", "long"), both must name the same thing in
    the same words (a surname alone, "Trump backed ...", is the same person only when
    it opens both statements), and a story that tells of a change of mind ("reversed", "no
    longer", "initially", "now") is reporting the change, not contradicting itself.

    Stances are read in the verbs ("opposed", "refused to", "sought to", "voted in
    favour of", "pushed for", "said he will not", "ran on a pledge to", "argued that
    Britain should"), in nouns after a name ("Ruiz, the government's loudest advocate
    of ...") and through a refused request ("refused the unions' demand to scrap the
    levy" is a stance against scrapping it); objects are compared by word stems, so
    "scrap" and "scrapping" are one thing. A stance may come after its object ("...
    pressed to suspend the debt brake, a step Lindner flatly refused", "..., which Hale
    has always opposed", "a move opposed by Hale"): the other statement must then name
    its thing in two words or more, all found in that clause. A vote with no object
    ("who voted in favour on Tuesday") is on the one bill or motion named just before
    it, and leaving something is a stance against staying in it ("take Britain out of
    the convention" against "should stay in the European convention").
    """

    code = "NL404"
    name = "contradictions.stance-flip"
    family = "contradictions"
    severity = Severity.WARNING
    summary = "The same person said to support something and elsewhere to oppose it"
    skip_quotes = True
    bad = (
        "Senator Jane Doe has consistently supported the pipeline expansion.\n\n"
        "At the hearing, Doe opposed the pipeline expansion.\n"
    )
    good = (
        "Senator Jane Doe has consistently supported the pipeline expansion.\n\n"
        "At the hearing, Doe defended the pipeline expansion.\n"
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        """Pair stances of one person on one thing with opposite polarity."""
        stances = [s for s in find_stances(doc) if not s.changed]
        for i, later in enumerate(stances):
            earlier = next((s for s in stances[:i] if _contradicts(s, later)), None)
            if earlier is not None:
                yield Hit(later.start, later.end, _message(doc, earlier, later))


def _contradicts(a: Any, b: Any) -> bool:
    if a.person != b.person or a.polarity == b.polarity or not (a.firm or b.firm):
        return False
    if a.loose or b.loose:
        # "pressed to suspend the debt brake, a step Lindner refused": the other stance
        # must name its thing in at least two words, all of them in that clause.
        bag, named = (a, b) if a.loose else (b, a)
        return not named.loose and len(named.words) >= 2 and named.words <= bag.words
    shared = a.words & b.words
    if a.member and b.member and len(shared) >= 2 and (a.words <= b.words or b.words <= a.words):
        return True  # "the European Convention on Human Rights", later "the convention"
    return a.words == b.words or (
        len(shared) >= 2 and len(shared) * 3 >= 2 * len(a.words | b.words)
    )


def _message(doc: Document, earlier: Any, later: Any) -> str:
    line = doc.position(earlier.start)[0]
    said = doc.text[earlier.start : earlier.end].strip()
    stance = "supports" if later.polarity > 0 else "opposes"
    return f"here {later.person} {stance} it, but line {line} says {later.person} '{said}'"
