"""Precision and recall of the name rules on real articles.

    NEWSLINT_SHARED=/work/shared python benchmarks/names_precision.py [--limit N] [--seed S]

Precision: every finding of the name rules on published articles counts as a false
alarm (reported per 100 articles, warning level). Recall: in each article that
names a registry person in full, one surname is misspelt by one edit or one swap
of neighbouring letters (a random substitution, deletion, insertion or swap),
consistently in the first mention and in the surname-only mentions that follow,
and the script counts how many planted spans the rules catch with the right
suggestion. A second run misspells a single surname-only follow-up and counts
names.inconsistent. The articles are read at run time and never stored.
"""

from __future__ import annotations

import argparse
import random
import string
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import articles  # noqa: E402
from false_alarms import story_date, story_text  # noqa: E402

from newslint import Config, lint_text  # noqa: E402
from newslint.claims.persons import find_person_mentions
from newslint.document import Document  # noqa: E402
from newslint.finding import Severity  # noqa: E402
from newslint.registry import Person, load_registry  # noqa: E402
from newslint.registry.normalise import key  # noqa: E402

CONFIG = Config(select=("names",))


def misspell(word: str, rng: random.Random) -> str:
    """Return the word with one random edit or swap, capitalised as names are."""
    wrong = _edit(word, rng)
    return wrong[:1].upper() + wrong[1:].lower() if word[1:].islower() else wrong


def _edit(word: str, rng: random.Random) -> str:
    i = rng.randrange(len(word))
    op = rng.choice(("sub", "del", "ins", "swap"))
    letter = rng.choice(string.ascii_lowercase)
    if op == "sub":
        return word[:i] + (letter.upper() if i == 0 else letter) + word[i + 1 :]
    if op == "del" and len(word) > 4:
        return word[:i] + word[i + 1 :]
    if op == "swap" and i < len(word) - 1:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return word[: i + 1] + letter + word[i + 1 :]


def target(doc: Document, registry, body_start: int):
    """The first full-name mention of a registry person outside the headline."""
    for m in find_person_mentions(doc):
        if m.start < body_start or len(m.words) < 2 or m.sentence_initial:
            continue
        found = [e for e in registry.lookup(m.text) if isinstance(e, Person)]
        if len(found) == 1 and len(m.surname.text) >= 4 and m.surname.text.isalpha():
            return m, found[0]
    return None


def plant(text: str, doc: Document, m, registry, rng: random.Random, only_follow_up: bool):
    """Misspell the mention's surname; return the new text and the planted spans."""
    word = m.surname.text
    for _ in range(20):
        wrong = misspell(word, rng)
        if (
            key(wrong) != key(word)
            and not registry.lookup(wrong)
            and not registry.by_surname(wrong)
        ):
            break
    else:
        return None
    spans = [m.surname.start]
    spans += [
        o.surname.start
        for o in find_person_mentions(doc)
        if o.start > m.start and len(o.words) == 1 and o.surname.text == word
    ]
    if only_follow_up:
        if len(spans) < 2:
            return None
        spans = spans[1:2]
    out, planted, shift = text, [], 0
    for s in sorted(spans):
        s2 = s + shift
        out = out[:s2] + wrong + out[s2 + len(word) :]
        planted.append((s2, s2 + len(wrong), "first" if s == m.surname.start else "follow-up"))
        shift += len(wrong) - len(word)
    return out, planted, word


def caught(findings, start: int, end: int, right: str, codes: tuple[str, ...]) -> bool:
    for f in findings:
        if f.code in codes and f.start <= start and end <= f.end:
            return any(key(right) in key(s) for s in f.suggestions)
    return False


def run(limit: int | None, seed: int) -> None:
    registry = load_registry()
    rng = random.Random(seed)
    n = 0
    alarms: Counter[str] = Counter()
    recall: Counter[str] = Counter()
    planted_total: Counter[str] = Counter()
    prominent: Counter[str] = Counter()
    missed: list[str] = []
    for record in articles(limit):
        if record.get("duplicate_of"):
            continue
        n += 1
        text = story_text(record)
        date = story_date(record)
        path = f"{record['id']}.txt"
        for f in lint_text(text, path, config=CONFIG, date=date):
            if f.severity >= Severity.WARNING:
                alarms[f.code] += 1
        body = len(record.get("title") or "") + 2
        doc = Document(text, path, reference_date=date)
        hit = target(doc, registry, body)
        if hit is None:
            continue
        m, person = hit
        for only_follow_up, codes in ((False, ("NL101", "NL103")), (True, ("NL102", "NL101"))):
            result = plant(text, doc, m, registry, rng, only_follow_up)
            if result is None:
                continue
            new, spans, right = result
            findings = lint_text(new, path, config=CONFIG, date=date)
            for s, e, where in spans:
                label = f"{'single follow-up' if only_follow_up else where}"
                tier = "prominent" if person.prominent else "other"
                planted_total[label] += 1
                prominent[f"{label}/{tier}"] += 1
                if caught(findings, s, e, right, codes):
                    recall[label] += 1
                    recall[f"{label}/{tier}"] += 1
                elif len(missed) < 25:
                    missed.append(f"{record['id']}: {new[s:e]!r} for {right!r} ({tier}, {label})")
    print(f"{n} articles")
    for code in ("NL101", "NL102", "NL103"):
        print(
            f"  false alarms {code}: {alarms[code]} ({100 * alarms[code] / n:.2f} per 100 articles)"
        )
    for label, total in planted_total.items():
        print(f"  recall {label}: {recall[label]}/{total} = {100 * recall[label] / total:.1f}%")
        for tier in ("prominent", "other"):
            t = prominent[f"{label}/{tier}"]
            if t:
                r = recall[f"{label}/{tier}"]
                print(f"    {tier}: {r}/{t} = {100 * r / t:.1f}%")
    print("missed (sample):")
    for line in missed:
        print("  ", line)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="read at most this many articles")
    parser.add_argument("--seed", type=int, default=7, help="random seed for the planted errors")
    args = parser.parse_args(argv)
    run(args.limit, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
