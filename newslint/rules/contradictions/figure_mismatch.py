"""NL405: the same figure given two different values in one story."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import regex

from newslint.claims.figures import find_figures
from newslint.claims.headlines import headline_figures
from newslint.claims.quantities import within_rounding, written_step
from newslint.claims.recounts import find_recounts
from newslint.claims.references import find_references
from newslint.document import Document
from newslint.finding import Hit, Severity
from newslint.lazyre import lazy_compile
from newslint.rule import Context, Rule

_TENOR = lazy_compile(r"[\p{L}\d]+-(?:year|month|week|day)")


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

    A headline's figure is compared with the lead's figure for the same thing, tied by
    the headline's verb or noun ("# ... pay £154m compensation" over "receive £194m
    compensation", "# WOOLWORTH BIDS 244 MLN STG" over "a 274 mln stg agreed bid"): the
    headline figure, or a rounding of it, must appear in the body. Both are reported
    when each is written once, since either may be the slip.

    A mention that refers back to a figure ("Deutsche Boerse's £1.7bn offer", "The 6.6
    mln dlr loss") is compared with the one value given when the thing was introduced
    ("A £1.3bn offer from Deutsche Boerse", "reported a loss of 6.3 mln dlrs"), unless
    a word stands between its article and figure ("The first 500,000 dlr payment") or
    the two name different parties; it may leave out a term the first gave ("the 955 mln
    dlr loan" after "a 925 mln dlr nine-year loan"), or a kind ("its 299 mln dlr loan"
    after "a 279 mln dlr bridge loan") when the two values are near, as a slip's are.
    A bare sum written with "the" ("Part of the 294.5 mln marks from the issue") refers to
    a sum given before: when the story never gave its value but gave exactly one of its
    unit written like it but for one digit ("would raise 274.5 mln marks"), both are
    reported. A vote's count ("204 votes in favour", "voted 272-219") is compared with the members
    said to have cast it ("the 214 lawmakers who voted for the motion"), and a winning
    goal's minute ("whose 88th-minute winner") with the minute its scorer scored ("slid
    in to meet the cross in the 86th minute"), unless the story tells of a player
    scoring more than once.
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
        figures = [f for f in find_figures(doc) if f.claim is None]
        hits = [*_tolls(doc, figures), *_event_tolls(doc, figures), *_deals(doc, figures)]
        taken = {h.start for h in hits}
        claims = [f for f in find_figures(doc) if f.claim is not None]
        hits += [h for h in _claims(doc, claims) if h.start not in taken]
        taken = {h.start for h in hits}
        hits += list(_headline_sums(doc, taken))
        taken = {h.start for h in hits}
        hits += [h for h in _recounts(doc) if h.start not in taken]
        taken = {h.start for h in hits}
        hits += [h for h in _references(doc) if h.start not in taken]
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


def _headline_sums(doc: Document, taken: set[int]) -> Iterator[Hit]:
    """Report a headline figure that the body restates as another, never as the headline's.

    "# Woolworth bids 244 mln stg for Superdrug" over "would make a 274 mln stg agreed
    bid for Superdrug": a headline summarises its story, so its figure must be in the
    body (or be the body's figure rounded). A body value written once against the
    headline's once may be either side's slip, so both ends are reported; a body value
    written twice or more leaves the headline as the odd one. A headline the body gives
    several values for, or adds up from one sentence's figures, is left alone.
    """
    for figure in headline_figures(doc):
        h = figure.quantity
        if not figure.restatements or any(_agree_q(h, b) for b in figure.same_unit):
            continue
        first = figure.restatements[0]
        if any(not _agree_q(first, b) for b in figure.restatements):
            continue
        if not 0.5 < first.value / h.value < 2 or _adds_up(doc, h, figure.same_unit):
            continue  # another magnitude is another thing, not a slip of the pen
        line = doc.position(first.start)[0]
        if h.start not in taken:
            yield Hit(
                h.start, h.end, f"'{h.text}' in the headline, but line {line} gives '{first.text}'"
            )
        repeats = sum(_agree_q(first, b) for b in figure.same_unit)
        if repeats == 1 and first.start not in taken:
            yield Hit(first.start, first.end, f"'{first.text}', but the headline gives '{h.text}'")


def _agree_q(a: Any, b: Any) -> bool:
    """Equal once the less precise figure's rounding is allowed for.

    A round figure ("10 billion dlrs") is read as a rounding only of a figure near it:
    7.3 billion is not written as 10 billion.
    """
    diff = abs(a.value - b.value)
    return within_rounding(a, b) and diff <= 0.15 * max(abs(a.value), abs(b.value))


def _adds_up(doc: Document, h: Any, figures: tuple[Any, ...]) -> bool:
    """Whether one sentence's figures of the headline's unit add up to the headline's."""
    by_sentence: dict[int, float] = {}
    for b in figures:
        sentence = doc.sentence_at(b.start)
        key = sentence.start if sentence else b.start
        by_sentence[key] = by_sentence.get(key, 0.0) + b.value
    return any(abs(total - h.value) <= written_step(h) / 2 for total in by_sentence.values())


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
                if not _restates(doc, group, a, b) or _agree(a, b):
                    continue
                peers = [
                    c for c in group if _restates(doc, group, a, c) and _restates(doc, group, b, c)
                ]
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


def _recounts(doc: Document) -> Iterator[Hit]:
    """Report a vote count or goal minute that a later reference gives another value.

    Only a thing the story gives two values for is judged, and only when a mention that
    refers back ("the 214 lawmakers who voted for", "whose 88th-minute winner") is one
    of them: two plain tallies may be two votes. The value written fewer times is
    reported, the referring mention on a tie.
    """
    groups: dict[str, list[Any]] = {}
    for r in find_recounts(doc):
        group = groups.setdefault(r.thing, [])
        if all(g.start != r.start for g in group):
            group.append(r)
    for thing, group in groups.items():
        values = {r.value for r in group}
        if len(values) != 2 or not any(r.definite for r in group):
            continue
        by_sentence: dict[int, set[int]] = {}
        for r in group:
            by_sentence.setdefault(r.sentence, set()).add(r.value)
        if any(len(v) > 1 for v in by_sentence.values()):
            continue  # one sentence with two values tells of two votes or goals
        counts = {v: sum(r.value == v for r in group) for v in values}
        first = group[0]
        if first.definite:
            continue  # the reference comes before what it refers to
        odd_value = min(values, key=lambda v: (counts[v], v == first.value))
        odds = [r for r in group if r.value == odd_value]
        odd = next((r for r in odds if r.definite), odds[-1])
        other = next(r for r in group if r.value != odd_value)
        line = doc.position(other.start)[0]
        yield Hit(
            odd.start,
            odd.end,
            f"'{odd.text}' for the {thing}, but line {line} gives '{other.text}'",
        )


def _references(doc: Document) -> Iterator[Hit]:
    """Report "the 294.5 mln marks" whose value the story gave as "274.5 mln marks".

    Either may be the slip, so both are reported.
    """
    for ref in find_references(doc):
        q, o = ref.mention, ref.antecedent
        yield Hit(
            q.start, q.end, f"'{q.text}', but line {doc.position(o.start)[0]} gives '{o.text}'"
        )
        yield Hit(
            o.start, o.end, f"'{o.text}', but line {doc.position(q.start)[0]} gives '{q.text}'"
        )


def _plural(group: list[Any]) -> bool:
    """Whether one sentence gives two values for the thing: the story has several of them."""
    by_sentence: dict[int, list[Any]] = {}
    for f in group:
        by_sentence.setdefault(f.claim.sentence, []).append(f)
    return any(len(_distinct(fs)) > 1 for fs in by_sentence.values())


def _restates(doc: Document, group: list[Any], a: Any, b: Any) -> bool:
    """Whether ``b`` may be a restatement of ``a``: the same thing, owner and time.

    A later mention that refers back ("Deutsche Boerse's £1.3bn offer", "the 37.5 pct
    stake") restates an earlier one that introduced the thing ("A £1.3bn offer from
    Deutsche Boerse", "a 37.5 pct stake in Fichtel") when everything said of that thing
    before it gives one value: after two values it may refer to either.
    """
    if a is b:
        return True
    if b.quantity.start < a.quantity.start:
        a, b = b, a
    x, y = a.claim, b.claim
    if x.sentence == y.sentence or y.indefinite:
        return False
    if x.indefinite:
        before = [f for f in group if f.quantity.start < b.quantity.start]
        if not y.definite or len(_distinct(before)) != 1 or not _refers_back(doc, b):
            return False
    if not (x.definite or y.definite):
        return False
    if x.mods != y.mods and not (x.indefinite and y.definite and _drops(a, b)):
        return False
    if x.owner and y.owner and x.owner != y.owner:
        return False
    if x.detail and y.detail and x.detail.lower() != y.detail.lower():
        return False
    if x.indefinite and not (_named_near(doc, a, y.owner) and _named_near(doc, b, x.owner)):
        return False
    if x.anchors == y.anchors:
        return True
    if x.anchors and y.anchors:
        return False
    # NOTE: a figure with no time of its own is taken to hold for the one time the
    # story gives that thing; with two times named it could belong to either.
    named = {f.claim.anchors for f in group if f.claim.anchors}
    return len(named) == 1


def _drops(a: Any, b: Any) -> bool:
    """Tell "the 925 mln dlr loan" after "a 925 mln dlr nine-year loan": words left out.

    A loan's or a bond's term is a detail a later mention drops. A kind ("a compensatory
    loan", "a "bridge" loan") is dropped too when the values are near ("its 299 mln dlr
    loan"): a slip changes a digit, while "the 1.95 billion dlr loan" after "a 480 mln dlr
    compensatory loan" is another, larger loan.
    """
    first, later = a.claim.mods, b.claim.mods
    if not later < first:
        return False
    if all(_TENOR.fullmatch(w) for w in first - later):
        return True
    low, high = sorted((abs(a.quantity.value), abs(b.quantity.value)))
    return low > 0 and high / low < 1.5


def _refers_back(doc: Document, f: Any) -> bool:
    """Whether "the", "its" or a name's "'s" stands right before the figure.

    "The first 500,000 dlr payment" is a part of "a two mln dlr payment", "the entire
    5.3 pct stake held by" another holder's, "the group's 80 pct stake" one holder's of
    several: a word between the article and the figure, or an owner not named, makes
    the mention another thing.
    """
    before = doc.prose[max(0, f.quantity.start - 40) : f.quantity.start]
    m = regex.search(
        r"(?:^|\s)(?:(?i:the|its)|\p{Lu}[\p{L}.&-]*'s)\s+(?:[$£€]|[A-Z]{1,2}\$)?$", before
    )
    return m is not None


def _named_near(doc: Document, f: Any, owner: str | None) -> bool:
    """Whether the other mention's owner is named beside ``f`` ("from Deutsche Boerse").

    A figure with an owner of its own must have that owner; one without it must name
    the owner in its sentence, near the figure, if it names anyone: "an offer from
    Euronext" is not "Deutsche Boerse's offer".
    """
    c = f.claim
    if owner is None or c.owner == owner:
        return True
    if c.owner:
        return False
    if c.detail is None:
        return True
    sentence = doc.sentence_at(f.quantity.start)
    lo = max(sentence.start if sentence else 0, f.quantity.start - 60)
    hi = min(sentence.end if sentence else len(doc.prose), f.quantity.end + 60)
    return regex.search(rf"\b{regex.escape(owner)}\b", doc.prose[lo:hi]) is not None


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
