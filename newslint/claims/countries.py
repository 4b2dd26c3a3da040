"""The countries a story speaks of: by name, demonym, capital or institutions.

Whether a story is about a country's office holder depends on whether it speaks of
that country at all: "Finance Minister Trevor Manuel" of South Africa is not
Angola's, and "Georgeta Minciu, a Romanian cleaner" is no slip for a minister of
Moldova in a story that never names Moldova. A country's own press names its
institutions instead of the country ("Tory MPs", "the Kremlin", "Sen. Boren
(D-Okla.)"), so those count too.
"""

from __future__ import annotations

from dataclasses import dataclass

from newslint.claims import once_per_document
from newslint.claims.persons import COUNTRIES
from newslint.document import Document
from newslint.lazyre import lazy_compile

_WORD = lazy_compile(r"[A-Za-z][\w.]*")

#: The states a story about a member of Congress names ("Beau Boulter of Texas"); Georgia
#: is a country too, and is left to it.
_US_STATES = (
    "alabama alaska arizona arkansas california colorado connecticut delaware florida"
    " hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland"
    " massachusetts michigan minnesota mississippi missouri montana nebraska nevada"
    " ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia wisconsin"
    " wyoming"
).split() + [
    "new hampshire", "new jersey", "new mexico", "new york", "north carolina",
    "north dakota", "rhode island", "south carolina", "south dakota", "west virginia",
]  # fmt: skip

#: A country's institutions and capital, which its own press names instead of the country:
#: "Sen. Shaheen of the Senate Foreign Relations Committee", "Tory MPs", "the Kremlin".
CUES = {
    **dict.fromkeys(
        "congress senate republican republicans democrat democrats democratic gop"
        " pentagon washington americans".split()
        + ["white house", "capitol hill"],
        "united states",
    ),
    **dict.fromkeys(
        "labour tory tories conservatives westminster whitehall commons mps nhs england"
        " english scotland scottish wales welsh london".split()
        + ["downing street", "lib dem", "lib dems", "liberal democrats", "northern ireland"],
        "united kingdom",
    ),
    **dict.fromkeys(_US_STATES, "united states"),
    **dict.fromkeys("soviet soviets kremlin moscow ussr".split(), "russia"),
    # International bodies by the short forms stories use; the registry names them in full.
    "imf": "international monetary fund",
    "ecb": "european central bank",
    "wto": "world trade organization",
    "iaea": "international atomic energy agency",
    "ilo": "international labour organization",
    "fao": "food and agriculture organization",
    "oecd": "oecd",
    "opec": "opec",
    "unesco": "unesco",
    "unicef": "united nations",
    "unhcr": "united nations",
    "wfp": "united nations",
    "undp": "united nations",
    "un": "united nations",
    "eu": "european union",
    "tokyo": "japan",
    "bonn": "germany",
    "bundestag": "germany",
    "beijing": "china",
    "ottawa": "canada",
    "canberra": "australia",
}

#: A US party and state after a name: "Jim Glickman, D-Kan.", "Sen. Mike Boren (D-Okla.)".
_PARTISAN = lazy_compile(r"\b[DR]-[A-Z][a-z]{1,3}\.")


@dataclass(frozen=True)
class StoryCountries:
    """The countries a story names, and its words to find any other country's name in."""

    named: frozenset[str]
    #: The story's words, lower case, one space apart and space-padded.
    text: str

    def speaks_of(self, country: str) -> bool:
        """Tell whether the story speaks of a country, given by its key ("south africa")."""
        return country in self.named or f" {country} " in self.text


def story_countries(prose: str) -> StoryCountries:
    """Read the countries a story speaks of from its capitalised words and word pairs."""
    words = _WORD.findall(prose)
    pairs = [f"{a} {b}".lower() for a, b in zip(words, words[1:], strict=False)]
    named: set[str | None] = set()
    for w in words:
        if w[0].isupper():
            w = w.lower().rstrip(".")
            named.add(COUNTRIES.get(w))
            named.add(CUES.get(w))
    for p in pairs:
        named.add(COUNTRIES.get(p))
        named.add(CUES.get(p))
    if _PARTISAN.search(prose):
        named.add("united states")
    named.discard(None)
    text = " ".join(w.lower() for w in words)
    return StoryCountries(frozenset(n for n in named if n), f" {text} ")


@once_per_document
def find_story_countries(doc: Document) -> StoryCountries:
    """Read the countries a story speaks of from its prose, once."""
    return story_countries(doc.prose)
