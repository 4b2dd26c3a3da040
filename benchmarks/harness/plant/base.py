"""What a mutator is: a phenomenon, and the places in a story where its error can be planted.

A mutator never edits text itself. It yields ``Site`` records (one span of the draft and
what to write there); the harness applies one site at a time to an otherwise untouched
story, so each planted case holds exactly one error and its line is known. A mutator
yields a site only where the result is unambiguously wrong: a site it is unsure of is a
site it skips, because a planted "error" that is in fact correct would be scored as a miss.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

from harness.stories import Story


@dataclass(frozen=True)
class Site:
    """One planting: replace ``story.text[start:end]`` with ``replacement``.

    ``position`` names the sub-kind where a phenomenon has several ("after-title",
    "possessive", "verb-inverted", "from-to-swapped"), so recall can be read per shape.
    ``why`` says in a few words what makes the planted text wrong, for --show.
    """

    start: int
    end: int
    replacement: str
    position: str = ""
    why: str = ""


@dataclass(frozen=True)
class Plant:
    """A site applied to its story: the mutated draft and where the error sits in it."""

    phenomenon: str
    family: str
    story: Story
    site: Site

    @property
    def text(self) -> str:
        s = self.site
        return self.story.text[: s.start] + s.replacement + self.story.text[s.end :]

    @property
    def line(self) -> int:
        return self.story.line_of(self.site.start)

    @property
    def end_line(self) -> int:
        return self.story.line_of(self.site.start) + self.site.replacement.count("\n")

    def context(self, width: int = 60) -> tuple[str, str]:
        """The original and planted text around the site, for reports and tests."""
        s, text = self.site, self.story.text
        lo = max(text.rfind("\n", 0, s.start) + 1, s.start - width)
        hi = text.find("\n", s.end)
        hi = min(hi if hi >= 0 else len(text), s.end + width)
        return text[lo:hi], text[lo : s.start] + s.replacement + text[s.end : hi]


class Mutator(Protocol):
    """Plants one phenomenon. ``family`` is the judged family a finding must have to catch it."""

    phenomenon: str
    family: str

    def sites(self, story: Story) -> Iterator[Site]:
        """Every place in the story where this error can be planted unambiguously."""
        ...


def apply(mutator: Mutator, story: Story) -> Iterator[Plant]:
    """The mutator's sites in one story, each as a separate planted case."""
    for site in mutator.sites(story):
        yield Plant(mutator.phenomenon, mutator.family, story, site)
