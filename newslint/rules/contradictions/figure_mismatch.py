"""NL405: the same figure given two different values in one story."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import regex

from newslint.document import Document
from newslint.finding import Hit, Severity
from newslint.rule import Context, Rule


class FigureMismatch(Rule):
    """The same quantity given two different values in one story.

    A headline saying "12 dead" over a story saying "21 killed", or "the $2 billion
    purchase" that becomes "the $3 billion purchase" two paragraphs later, is the
    kind of slip readers write in about. Only figures whose wording says what they
    measure are compared: a death or injury toll right next to "dead", "killed" or
    "injured" (the headline against the body, since a body often breaks a toll
    down; two body tolls only when both name the same event and victims, "the flooding
    killed 12 people" and "21 people were killed in the flooding", and neither is said
    to have risen or is tied to a place or day), and a sum of money for a deal that
    a later mention refers back to ("bought
    $2 billion of rockets" ... "the $3 billion purchase"), unless the two name different
    partners ("the deal with Tokyo", "the deal with Seoul"). Hedged
    figures ("at least 12", "more than $2 billion") are not compared.

    A headline's sum of money is compared with the body's sums for the same thing
    ("# ... pay £154m compensation" over "receive £194m compensation"): the headline
    figure, or a rounding of it, must appear in the body.
    """

    code = "NL405"
    name = "contradictions.figure-mismatch"
    family = "contradictions"
    severity = Severity.WARNING
    summary = "The same quantity given two different values in one story"
    bad = "# Storm leaves 12 dead\n\nThe storm left 21 people dead across the region.\n"
    good = "# Storm leaves 12 dead\n\nThe storm left 12 people dead across the region.\n"

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        """Compare headline tolls with body tolls, and definite deals with each other."""
        figures = [f for f in doc.figures if f.claim is None]
        hits = [*_tolls(doc, figures), *_event_tolls(doc, figures), *_deals(doc, figures)]
        taken = {h.start for h in hits}
        claims = [f for f in doc.figures if f.claim is not None]
        hits += [h for h in _claims(doc, claims) if h.start not in taken]
        taken = {h.start for h in hits}
        hits += list(_headline_sums(doc, taken))
        yield from sorted(hits, key=lambda h: h.start)


def _tolls(doc: Document, figures: list[Any]) -> Iterator[Hit]:
    for measure in ("dead", "injured"):
        head = [f for f in figures if f.measure == measure and f.in_headline]
        body = [f for f in figures if f.measure == measure and not f.in_headline]
        if len({f.quantity.value for f in head}) != 1 or not body:
            continue
        value = head[0].quantity.value
        if (
            any(f.quantity.value == value for f in body)
            or len({f.quantity.value for f in body}) > 1
        ):
            continue
        what = "the death toll" if measure == "dead" else "the number injured"
        yield _hit(doc, body[0], head[0], what, "the headline")


def _event_tolls(doc: Document, figures: list[Any]) -> Iterator[Hit]:
    """Compare body tolls that name the same event and the same victims ("the flooding")."""
    groups: dict[tuple[str, str], list[Any]] = {}
    for f in figures:
        if f.event and not f.in_headline:
            groups.setdefault((f.measure, f.event), []).append(f)
    for (measure, event), tolls in groups.items():
        if any(f.running for f in tolls) or len({f.quantity.value for f in tolls}) != 2:
            continue
        first = tolls[0]
        later = next(f for f in tolls if f.quantity.value != first.quantity.value)
        name = event.split("/")[0]
        what = f"the {name} {'death toll' if measure == 'dead' else 'number injured'}"
        yield _hit(doc, later, first, what, f"line {doc.position(first.quantity.start)[0]}")


def _deals(doc: Document, figures: list[Any]) -> Iterator[Hit]:
    """Compare a definite deal ("the $3 billion deal") with the one deal of its kind before it."""
    earlier: dict[tuple[str, str | None], list[Any]] = {}
    for f in figures:
        if f.measure in ("dead", "injured") or f.in_headline:
            continue
        seen = earlier.setdefault((f.measure, f.quantity.unit), [])
        values = {s.quantity.value for s in seen}
        if f.definite and len(values) == 1 and f.quantity.value not in values:
            first = seen[0]
            if first.detail is None or f.detail is None or first.detail == f.detail:
                where = f"line {doc.position(first.quantity.start)[0]}"
                yield _hit(doc, f, first, f"the {f.measure}", where)
        seen.append(f)


#: The noun a sum of money is for, right after it: "$102.6bn debt swap", "£1.3bn offer".
_NOUN_AFTER = regex.compile(r"\s+(?:[-\p{L}]+\s+){0,2}?(?P<noun>\p{L}{3,})\b")
_HEDGE_BEFORE = regex.compile(
    r"\b(?:up\s+to|about|around|nearly|almost|over|more\s+than|less\s+than|at\s+least"
    r"|some|roughly|approximately|under|below|above|extra|additional|another|further)\s*$",
    regex.IGNORECASE,
)
_GENERAL = frozenset(
    """a an the of for in on to by and or with from per year years month months share shares
    dlrs dlr mln billion million bn stg pct percent cent""".split()
)


def _noun_after(doc: Document, q: Any) -> str | None:
    m = _NOUN_AFTER.match(doc.prose, q.end)
    if m is None:
        return None
    words = [w.lower() for w in regex.findall(r"\p{L}+", doc.prose[q.end : m.end()])]
    nouns = [w for w in words if w not in _GENERAL]
    return nouns[0] if nouns else None


def _headline_sums(doc: Document, taken: set[int]) -> Iterator[Hit]:
    """Report a headline's sum for a thing whose one body sum is another, never the headline's.

    "# Argentina closes $142.6bn debt swap" over a body whose only "debt swap" sum is
    $102.6bn: a headline summarises its story, so its figure must be in the body (or be
    the body's figure rounded). Hedged sums and things the body gives several sums for
    are left alone.
    """
    headline = doc.headline
    if headline is None:
        return
    quantities = [q for q in doc.quantities if q.kind == "money"]
    head = [q for q in quantities if headline.start <= q.start < headline.end]
    body = [q for q in quantities if q.start >= headline.end]
    for h in head:
        noun = _noun_after(doc, h)
        if noun is None or _HEDGE_BEFORE.search(doc.prose, max(0, h.start - 24), h.start):
            continue
        same = [b for b in body if b.unit == h.unit and _noun_after(doc, b) == noun]
        if not same or any(_rounds_to(b.value, h) for b in body if b.unit == h.unit):
            continue
        if len({b.value for b in same}) != 1:
            continue
        if _HEDGE_BEFORE.search(doc.prose, max(0, same[0].start - 24), same[0].start):
            continue
        b = same[0]
        if h.start in taken or b.start in taken:
            continue  # the pair is reported already, from the body's side
        yield Hit(
            h.start,
            h.end,
            f"'{h.text}' for the {noun} in the headline, but line "
            f"{doc.position(b.start)[0]} gives '{b.text}'",
        )


def _rounds_to(value: float, h: Any) -> bool:
    """Whether a body value, rounded as the headline writes its figure, is the headline's."""
    digits = regex.sub(r"[^\d.]", "", h.text.split()[0] if h.text else "")
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    scale = h.value / float(digits) if digits and float(digits) else 1.0
    if not scale:
        return value == h.value
    return round(value / scale, decimals) == round(h.value / scale, decimals) or abs(
        value - h.value
    ) <= 0.05 * abs(value)


def _hit(doc: Document, f: Any, other: Any, what: str, where: str) -> Hit:
    q, o = f.quantity, other.quantity
    return Hit(q.start, q.end, f"'{q.text}' for {what}, but {where} gives '{o.text}'")


def _claims(doc: Document, claims: list[Any]) -> Iterator[Hit]:
    """Restatements of one measured thing at one time that give another value.

    Each claim is compared with the claims it may restate (same thing, unit, narrowing
    words, owner and anchor, another sentence). Only a pair whose company holds two
    values is judged: a third value means the story tells of several such things. The
    value written fewer times is reported (the later one on a tie).
    """
    groups: dict[tuple[str, str], list[Any]] = {}
    for f in claims:
        groups.setdefault((f.claim.thing, f.claim.unit), []).append(f)
    reported: set[int] = set()
    for group in groups.values():
        if _plural(group):
            continue
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if not _restates(group, a, b) or _agree(a, b):
                    continue
                peers = [c for c in group if _restates(group, a, c) and _restates(group, b, c)]
                values = [c for c in {*peers, a, b}]
                if len(_distinct(values)) != 2:
                    continue
                count_a = sum(_agree(a, c) for c in values)
                count_b = sum(_agree(b, c) for c in values)
                odd, other = (a, b) if count_a < count_b else (b, a)
                if odd.quantity.start in reported:
                    continue
                reported.add(odd.quantity.start)
                where = "the headline" if other.in_headline else _line(doc, other)
                yield _hit(doc, odd, other, _what(odd.claim), where)


def _plural(group: list[Any]) -> bool:
    """Whether one sentence gives two values for the thing: the story has several of them."""
    by_sentence: dict[int, list[Any]] = {}
    for f in group:
        by_sentence.setdefault(f.claim.sentence, []).append(f)
    return any(len(_distinct(fs)) > 1 for fs in by_sentence.values())


def _restates(group: list[Any], a: Any, b: Any) -> bool:
    """Whether ``b`` may be a restatement of ``a``: the same thing, owner and time."""
    x, y = a.claim, b.claim
    if a is b:
        return True
    if x.sentence == y.sentence or x.indefinite or y.indefinite:
        return False
    if not (x.definite or y.definite):
        return False
    if x.mods != y.mods:
        return False
    if x.owner and y.owner and x.owner != y.owner:
        return False
    if x.detail and y.detail and x.detail.lower() != y.detail.lower():
        return False
    if x.anchors == y.anchors:
        return True
    if x.anchors and y.anchors:
        return False
    # NOTE: a figure with no time of its own is taken to hold for the one time the
    # story gives that thing; with two times named it could belong to either.
    named = {f.claim.anchors for f in group if f.claim.anchors}
    return len(named) == 1


def _agree(a: Any, b: Any) -> bool:
    """Equal once the less precise figure's rounding is allowed for."""
    step = max(a.claim.step, b.claim.step) / 2
    return abs(a.quantity.value - b.quantity.value) <= step * (1 + 1e-9)


def _distinct(figures: list[Any]) -> list[Any]:
    out: list[Any] = []
    for f in figures:
        if not any(_agree(f, g) for g in out):
            out.append(f)
    return out


def _what(claim: Any) -> str:
    mods = " ".join(sorted(claim.mods))
    thing = {"margin": "vote margin", "vote": "vote count", "run": "run of wins"}.get(
        claim.thing, claim.thing
    )
    return f"the {mods + ' ' if mods else ''}{thing}"


def _line(doc: Document, f: Any) -> str:
    return f"line {doc.position(f.quantity.start)[0]}"
