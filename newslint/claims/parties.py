"""Party labels: every party a story gives a person, in the wordings wire copy uses.

"Republican Sen. Ted Cruz", "Sen. Tim Kaine (D-Va.)", "Tim Kaine, a Democrat,",
"Tory MP Jane Hale", "Labour's Gordon Brown", "Lee Jae-myung of the Democratic
Party", "Junts, the party of Carles Puigdemont" each tie a name to a party. Rules
compare these labels with the registry and with each other, so this analysis reads
them once, and only where the words plainly label a person: "the Republican-led
House" labels a chamber, "a Democratic-backed bill sponsored by Sen. Jane Doe" a
bill, "Clinton's Republican rival" somebody else, "a Tory defector" a former Tory.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import regex

from newslint.claims import once_per_document
from newslint.claims.dates import extract_dates
from newslint.claims.offices import extract_office_claims
from newslint.lazyre import lazy_compile, match_at

if TYPE_CHECKING:
    from newslint.document import Document

#: Party words as written, lower case, and the registry party ids they stand for.
PARTY_IDS = {
    "democrat": "us-democratic", "democrats": "us-democratic", "democratic": "us-democratic",
    "dem": "us-democratic", "dems": "us-democratic", "d": "us-democratic",
    "republican": "us-republican", "republicans": "us-republican", "gop": "us-republican",
    "r": "us-republican",
    "labour": "uk-labour", "new labour": "uk-labour", "lab": "uk-labour",
    "conservative": "uk-conservative", "conservatives": "uk-conservative",
    "tory": "uk-conservative", "tories": "uk-conservative", "con": "uk-conservative",
    "liberal democrat": "uk-liberal-democrats", "liberal democrats": "uk-liberal-democrats",
    "lib dem": "uk-liberal-democrats", "lib dems": "uk-liberal-democrats",
    "libdem": "uk-liberal-democrats", "ld": "uk-liberal-democrats", "snp": "uk-snp",
    "independent": "independent", "i": "independent",
}  # fmt: skip
INDEPENDENT = "independent"

#: US states as wire copy abbreviates or spells them, and their postal codes.
_STATES = dict(
    pair.split("=")
    for pair in """ala=AL alaska=AK ariz=AZ ark=AR cal=CA calif=CA colo=CO conn=CT del=DE fla=FL
    ga=GA hawaii=HI idaho=ID ill=IL ind=IN iowa=IA kan=KS kans=KS ky=KY la=LA maine=ME md=MD
    mass=MA mich=MI minn=MN miss=MS mo=MO mont=MT neb=NE nebr=NE nev=NV nh=NH nj=NJ nm=NM
    ny=NY nc=NC nd=ND ohio=OH okla=OK ore=OR oreg=OR pa=PA penn=PA ri=RI sc=SC sd=SD tenn=TN
    tex=TX texas=TX utah=UT vt=VT va=VA wash=WA wva=WV wis=WI wisc=WI wyo=WY alabama=AL
    arizona=AZ arkansas=AR california=CA colorado=CO connecticut=CT delaware=DE florida=FL
    georgia=GA illinois=IL indiana=IN kansas=KS kentucky=KY louisiana=LA maryland=MD
    massachusetts=MA michigan=MI minnesota=MN mississippi=MS missouri=MO montana=MT
    nebraska=NE nevada=NV newhampshire=NH newjersey=NJ newmexico=NM newyork=NY
    northcarolina=NC northdakota=ND oklahoma=OK oregon=OR pennsylvania=PA rhodeisland=RI
    southcarolina=SC southdakota=SD tennessee=TN vermont=VT virginia=VA washington=WA
    westvirginia=WV wisconsin=WI wyoming=WY""".split()
)


def state_code(written: str) -> str:
    """Return the postal code of a US state as written ("Calif." -> "CA"), else ""."""
    k = regex.sub(r"[\s.]", "", written).lower()
    if len(k) == 2 and k.upper() in _STATES.values():
        return k.upper()
    return _STATES.get(k, "")


_PARTY_WORD = (
    r"(?:Liberal\s+Democrats?|Lib\s+Dems?|Republicans?|Democrats?|Democratic|GOP|Labour"
    r"|Conservatives?|Tory|Tories|SNP|Independent)"
)
_NW = r"\p{Lu}[\p{L}\p{M}'’]*[\p{Ll}\p{M}](?:[\-‐]\p{L}[\p{Ll}\p{M}]+)?"
_NAME = rf"(?P<name>{_NW}(?:\s+(?:\p{{Lu}}\.\s+)?{_NW}){{0,3}})"
#: Words a name never contains: titles, institutions, parties, calendar words.
NOT_NAME = frozenset(
    """Sen Senator Senators Rep Representative Congressman Congresswoman Gov Governor
    President Vice Prime Minister Secretary Leader Speaker Chairman Chairwoman Party Parties
    Committee National Senate House Congress Parliament Assembly Council Union State States
    United Republican Republicans Democrat Democrats Democratic Labour Conservative
    Conservatives Tory Tories Liberal GOP Mr Mrs Ms Dr The A An In On At And But Or Of For
    January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday White Supreme Court Caucus
    Administration Government Department Campaign Convention Conference MP MPs Lord Lady""".split()
)
#: Head nouns of the role between a party and a name ("Tory leader X", "GOP Rep. X").
_ROLE = (
    r"(?:Sens?\.|Reps?\.|Gov\.|Del\.|Senators?|senators?|Representatives?|representative"
    r"|Congress(?:man|woman)|congress(?:man|woman)|Governor|governor|President|president"
    r"|Vice\s+President|[Ll]eader|[Ww]hip|[Ss]peaker|[Cc]hair(?:man|woman)?|spokes(?:man|woman|person)"
    r"|MPs?|MEP|MSP|AM|peer|[Mm]inister|[Ss]ecretary|[Cc]hancellor|front-?bencher|back-?bencher"
    r"|candidate|nominee|hopeful|front-?runner|challenger|incumbent|lawmakers?|legislators?"
    r"|politician|[Mm]ayor|councillor|rival|opponent|colleague|grandee|veteran|heavyweight"
    r"|contender|[Tt]reasurer|[Aa]ssemblym(?:an|woman)|[Dd]elegate|[Pp]resident-elect)"
)
#: Words that may stand between the party and the role head.
_MODIFIER = (
    r"(?:(?!(?:and|or|the|a|an|of|to|in|on|at|for|with|by|from|say|says|said|is|are|was"
    r"|were|has|have|had|will|would|defector|donor|appointee|supporter)\b)[a-z][a-z\-]+"
    r"|Senate|House|Majority|Minority|Assembly|Deputy|Shadow|Home|Foreign|Chief|State"
    r"|Congressional|U\.S\.|US|Scottish|Welsh|Ohio|Texas|Utah|Iowa|Maine|Idaho|Florida"
    r"|California|Virginia|Kentucky|New\s+York|New\s+Jersey|Arizona|Nevada|Georgia)"
)
_FRAME_BEFORE = lazy_compile(
    r"(?:\b(?P<frame>former|ex|then|one-?time|erstwhile|late|incoming|outgoing)[\s\-‐]+(?:[\p{L}.]+\s+){0,1})$",
    regex.IGNORECASE,
)
_SINGULAR = (
    r"(?:Liberal\s+Democrat|Lib\s+Dem|Republican|Democrat|Democratic|GOP|Labour|Conservative"
    r"|Tory|SNP|Independent)"
)
_PRE = lazy_compile(
    rf"(?<![\p{{L}}\-‐'’])(?:(?P<party>{_SINGULAR})(?:\s+Party)?(?![\-‐'’\p{{L}}])"
    rf"(?:(?:\s+{_MODIFIER}){{0,3}}\s+(?P<role>{_ROLE}))?"
    rf"|(?P<party>Republicans|Democrats|Tories|Conservatives)(?=\s+{_NW}\s+{_NW}))\s+{_NAME}"
)
_POSSESSED = lazy_compile(
    rf"(?<![\p{{L}}\-‐])(?P<party>Labour|Tory|Tories|Conservatives|Republicans|Democrats"
    rf"|GOP|SNP)['’]s?\s+(?:(?:{_MODIFIER}\s+){{0,2}}{_ROLE}\s+)?{_NAME}"
)
_US_STATE = (
    r"(?:Ala|Alaska|Ariz|Ark|Calif?|Colo|Conn|Del|Fla|Ga|Hawaii|Idaho|Ill|Ind|Iowa|Kan|Kans|Ky"
    r"|La|Maine|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nebr|Nev|N\.\s?H|N\.\s?J|N\.\s?M|N\.\s?Y"
    r"|N\.\s?C|N\.\s?D|Ohio|Okla|Ore|Oreg|Pa|Penn|R\.\s?I|S\.\s?C|S\.\s?D|Tenn|Texas|Tex|Utah"
    r"|Vt|Va|Wash|W\.\s?Va|Wis|Wisc|Wyo|[A-Z]{2}|Alabama|Arizona|Arkansas|California|Colorado"
    r"|Connecticut|Delaware|Florida|Georgia|Illinois|Indiana|Kansas|Kentucky|Louisiana"
    r"|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada"
    r"|New\s+(?:Hampshire|Jersey|Mexico|York)|(?:North|South)\s+(?:Carolina|Dakota)|Oklahoma"
    r"|Oregon|Pennsylvania|Rhode\s+Island|Tennessee|Vermont|Virginia|Washington"
    r"|West\s+Virginia|Wisconsin|Wyoming)\.?"
)
_PAREN = lazy_compile(
    rf"{_NAME}(?:,\s+(?:of|from)\s+\p{{Lu}}[\p{{L}}.]+(?:\s+\p{{Lu}}[\p{{L}}.]+)?)?"
    rf"(?:\s*\((?P<party>[RDI]|Lab|Con|LD|SNP|Labour|Conservative|Republican|Democrat)"
    rf"(?:[\-–‐]\s?(?P<state>{_US_STATE}))?\)"
    rf"|,\s+(?P<party>[RDI])[\-–‐](?P<state>{_US_STATE})\s?,)"
)
_APPOSITIVE = lazy_compile(
    rf"{_NAME}(?:['’]s)?,\s+(?:(?:is|was)\s+)?(?:a|an|the)\s+(?P<mods>(?:[a-z][a-z\-]+\s+){{0,3}})"
    rf"(?P<party>{_PARTY_WORD})(?![\-‐'’\p{{L}}])"
    rf"(?:(?P<tail>(?:\s+[a-z][a-z\-]+){{0,2}})\s+(?P<role>{_ROLE}))?"
    r"(?=\s*[,.;:)—–]|\s+(?:from|of|for|who|on|in|and|representing|elected|since)\b)"
)
_PARTY_PHRASE = (
    r"(?P<phrase>\p{Lu}[\p{L}\p{M}'’\-]*(?:\s+(?:of\s+|for\s+|and\s+)?\p{Lu}[\p{L}\p{M}'’\-]*){0,5}"
    r"(?:\s+[Pp]arty)?)"
)
_OF_PARTY = lazy_compile(
    rf"{_NAME},?\s+of\s+the\s+(?P<phrase>(?:\p{{Lu}}[\p{{L}}\p{{M}}'’\-]*\s+){{1,4}}[Pp]arty"
    r"|Social\s+Democrats|Christian\s+Democrats|Free\s+Democrats|Greens|Socialists"
    rf"|Liberal\s+Democrats|Conservatives|Tories|Democrats|Republicans)(?![\-‐\p{{L}}])"
    r"(?!\s+\p{Lu})"
)
_OWNER_PARTY = lazy_compile(
    rf"{_NAME}['’]s?\s+{_PARTY_PHRASE}"
    r"(?=\s*[,.;:)—–]|\s+(?:[Pp]arty|government|administration|colleagues|leadership|has|had"
    r"|is|was|will|would|won|lost|said|says|and|to|in|on|at|for|which|that|who|after|before"
    r"|led|took|wants|swept|came|now)\b)"
)
_PARTY_OF = lazy_compile(
    rf"{_PARTY_PHRASE},\s+the\s+(?:\p{{Ll}}+\s+){{0,2}}party\s+(?:of|led\s+by|founded\s+by)\s+"
    rf"(?:(?:the\s+)?(?:\p{{Ll}}+\s+){{0,3}})?{_NAME}"
)
_SWITCH_WORDS = lazy_compile(
    r"\b(?:switch\w*\s+(?:parties|sides|allegiance|to\s+the)|defect\w*|party[\s\-]switch\w*"
    r"|turncoat|crossed\s+the\s+floor|chang\w+\s+(?:parties|party|allegiance|sides)"
    r"|(?:join|joins|joined|joining|left|leave|leaves|leaving|quit|quits)\s+the\s+(?:\p{Lu}\w*\s+)*"
    r"(?:[Pp]arty|Democrats|Republicans|Conservatives|Tories|Labour)"
    r"|became\s+an?\s+(?:Democrat|Republican|[Ii]ndependent|Conservative|Tory)"
    r"|turned[\s\-]+(?:Democrat|Republican|Tory|Conservative|Labour)|expelled|readmitted"
    r"|former\s+(?:Democrat|Republican|Tory|Conservative)(?=[,.;]|\s+(?:who|and)\b))",
)


@dataclass(frozen=True)
class PartyLabel:
    """A party given to a person: ``party`` is a registry party id, or "" when unknown.

    ``word`` is the party as written ("GOP", "D", "People Power party"); ``start`` and
    ``end`` span the label, ``name_start``..``name_end`` the name. ``framing`` is
    "former", "then" or "" and ``when`` the past date the sentence puts the label at
    ("Democratic President Barack Obama's 2010 law"), if any. ``role`` is true when the
    label carries an office ("Republican Sen. X", "a Labour MP"), so "former" qualifies
    the office rather than the party. ``declared`` marks "Junts, the party of X".
    """

    start: int
    end: int
    name: str
    name_start: int
    name_end: int
    party: str
    word: str
    form: str
    framing: str = ""
    when: dt.date | None = None
    role: bool = False
    declared: bool = False
    #: The office words as written ("Sen.", "state Sen.", "MP") and a US state ("Texas").
    office: str = ""
    state: str = ""

    @property
    def surname(self) -> str:
        """The last word of the name."""
        return self.name.split()[-1]


def party_id(word: str) -> str:
    """Return the registry id of a party word ("Tory" -> "uk-conservative"), else ""."""
    k = " ".join(word.lower().replace("’", "'").split())
    k = regex.sub(r"\s+party$", "", k)
    return PARTY_IDS.get(k, "")


@once_per_document
def find_labels(doc: Document) -> list[PartyLabel]:
    """Return every party label of the story's body, in order, one per name."""
    prose = doc.prose
    out: dict[tuple[int, str], PartyLabel] = {}
    for block in doc.blocks:
        if block.kind == "headline":
            continue
        for label in _labels(prose, block.start, block.end):
            key = (label.name_start, label.party or label.word)
            if key not in out:
                out[key] = _framed(doc, label)
    return sorted(out.values(), key=lambda x: x.start)


#: Literals each name-first pattern needs near its match: the pattern runs only around them,
#: as trying a name at every capitalised word of a story is what costs time.
_TRIGGERS = {
    "paren": regex.compile(
        r"\((?:[RDI]|Lab|Con|LD|SNP|Labour|Conservative|Republican|Democrat)[\-–‐)]"
        r"|,\s+[RDI][\-–‐]"
    ),
    "appositive": regex.compile(
        rf",\s+(?:(?:is|was)\s+)?(?:a|an|the)\s+[^,]{{0,40}}?{_PARTY_WORD}"
    ),
    "of": regex.compile(r"\bof\s+the\s+\p{Lu}"),
    "owner": regex.compile(r"['’]s?\s+\p{Lu}"),
    "party-of": regex.compile(r"\bparty\s+(?:of|led|founded)\b"),
}
_REACH = 100


def _near(
    pattern: regex.Pattern, trigger: str, prose: str, start: int, end: int
) -> list[regex.Match]:
    """Run a name-first pattern only in windows around its trigger literal."""
    found: dict[int, regex.Match] = {}
    for t in _TRIGGERS[trigger].finditer(prose, start, end):
        lo = max(start, t.start() - _REACH)
        space = prose.find(" ", lo, t.start())
        lo = space + 1 if lo > start and space >= 0 else lo
        for m in pattern.finditer(prose, lo, min(end, t.end() + _REACH)):
            if m.start() <= t.start() < m.end():
                found.setdefault(m.start(), m)
    return [found[k] for k in sorted(found)]


def _labels(prose: str, start: int, end: int) -> list[PartyLabel]:
    found: list[PartyLabel] = []
    for m in _near(_PAREN, "paren", prose, start, end):
        found.extend(_label(m, "parenthetical", role=True))
    for m in _PRE.finditer(prose, start, end):
        if _LABOUR_OFFICE.match(m.group(0)):
            continue
        if m.group("role") or _bare_ok(m):
            found.extend(_label(m, "pre-nominal", role=bool(m.group("role")), prose=prose))
    for m in _POSSESSED.finditer(prose, start, end):
        found.extend(_label(m, "possessed", role=True, prose=prose))
    for m in _near(_APPOSITIVE, "appositive", prose, start, end):
        if _appositive_ok(m):
            found.extend(_label(m, "appositive", role=bool(m.group("role"))))
    for m in _near(_OF_PARTY, "of", prose, start, end):
        found.extend(_label(m, "of", role=True, word=m.group("phrase")))
    for m in _near(_OWNER_PARTY, "owner", prose, start, end):
        found.extend(_label(m, "owner", role=True, word=m.group("phrase")))
    for m in _near(_PARTY_OF, "party-of", prose, start, end):
        found.extend(_label(m, "party-of", role=True, word=m.group("phrase"), declared=True))
    return found


_BARE = frozenset(
    "Republican Republicans Democrat Democrats Democratic Tory Tories Conservative Conservatives"
    " Labour GOP SNP".split()
) | {"Lib Dem", "Liberal Democrat"}
#: "Labour Minister X" is a minister for labour in much of the world, not a party label.
_LABOUR_OFFICE = lazy_compile(r"Labour\s+(?:[Mm]inister|[Ss]ecretary)\b")


def _bare_ok(m: regex.Match) -> bool:
    """Accept a party word straight before a name only with a full name ("Republican Jo Hale")."""
    return len(m.group("name").split()) > 1 and " ".join(m.group("party").split()) in _BARE


def _appositive_ok(m: regex.Match) -> bool:
    """Accept "X, a Democrat," but not "a Democratic," nor "a Democrat turned Republican"."""
    word = m.group("party")
    if m.group("tail") and not m.group("role"):
        return False
    if "turned" in (m.group("tail") or "") or "-turned" in (m.group("mods") or ""):
        return False
    noun = word in ("Democrat", "Republican", "Tory", "Conservative", "Independent") or (
        word.startswith(("Liberal", "Lib"))
    )
    return noun or bool(m.group("role"))


def _label(
    m: regex.Match,
    form: str,
    role: bool,
    word: str | None = None,
    declared: bool = False,
    prose: str | None = None,
) -> list[PartyLabel]:
    name, ns, ne = _clean_name(m)
    if not name:
        return []
    written = word or m.group("party") or ""
    written = " ".join(written.split())
    pid = party_id(written)
    if form in ("of", "owner", "party-of") and not pid and not _looks_like_party(written, form):
        return []
    if form == "pre-nominal" and prose is not None and _possessive_of_other(prose, m, ns):
        return []
    office = " ".join(m.group(0)[: ns - m.start()].split()[1:]) if form == "pre-nominal" else ""
    if form == "appositive" and m.group("role"):
        office = " ".join(
            ((m.group("mods") or "") + (m.group("tail") or "") + " " + m.group("role")).split()
        )
    state = state_code(m.groupdict().get("state") or "")
    label = PartyLabel(
        m.start(), m.end(), name, ns, ne, pid, written, form, "", None, role, declared
    )
    return [replace(label, office=office, state=state)]


def _possessive_of_other(prose: str, m: regex.Match, name_start: int) -> bool:
    """Tell whether the label is a relation of someone else's ("Clinton's Republican rival X").

    Such a label is usually right, but it says more about the relation than the person.
    """
    before = prose[max(0, m.start() - 3) : m.start()]
    return before.endswith(("'s ", "’s ", "s' ", "s’ ")) and m.group("role") in (
        "rival",
        "opponent",
        "challenger",
        "colleague",
    )


_PARTY_HEADS = lazy_compile(
    r"\b(?:[Pp]arty|Left|Front|Alliance|Movement|League|Rally|Socialists|Democrats|Greens"
    r"|Republicans|Conservatives|Tories)$|^(?:[A-Z]{2,5})$"
)


def _looks_like_party(phrase: str, form: str) -> bool:
    """Take an unknown phrase for a party only when its words say so ("... Party")."""
    if form == "party-of":
        return True
    return bool(_PARTY_HEADS.search(phrase)) or (form == "owner" and " of " in phrase)


_WORD = lazy_compile(r"\S+")


def _clean_name(m: regex.Match) -> tuple[str, int, int]:
    """Drop titles before the name and a possessive after it; return (name, start, end).

    "Senate Agriculture Committee Chairman Patrick Leahy" is "Patrick Leahy": the name
    is what follows the last title or institution word.
    """
    words = [(w.start(), w.group()) for w in _WORD.finditer(m.string, *m.span("name"))]
    while words and _bare(words[-1][1]) in NOT_NAME:
        words.pop()
    titles = [i for i, (_, w) in enumerate(words) if _bare(w) in NOT_NAME]
    if titles:
        words = words[titles[-1] + 1 :]
    if not words:
        return "", 0, 0
    start = words[0][0]
    last = words[-1][1]
    for suffix in ("'s", "’s", "'", "’"):
        if last.endswith(suffix):
            last = last[: -len(suffix)]
            break
    end = words[-1][0] + len(last)
    return " ".join(m.string[start:end].split()), start, end


def _bare(word: str) -> str:
    return word.rstrip(".,").removesuffix("'s").removesuffix("’s")


def _framed(doc: Document, label: PartyLabel) -> PartyLabel:
    """Add "former" or "then-" framing and a past date the sentence gives the label."""
    prose = doc.prose
    frame = _FRAME_BEFORE.search(prose, max(0, label.start - 24), label.start)
    inner = prose[label.start : label.name_start]
    framing = ""
    if frame:
        framing = "then" if frame.group("frame").lower() == "then" else "former"
    elif regex.search(r"\b(?:former|ex-|then-|one-?time|erstwhile)", inner, regex.IGNORECASE):
        framing = "former"
    return replace(label, framing=framing, when=_past_date(doc, label))


def _past_date(doc: Document, label: PartyLabel) -> dt.date | None:
    """Return the past date the sentence puts the label at ("In 2008, Republican Sen. X").

    Only a date before the label in its sentence, or straight after the name, times it;
    a date in a clause after the name ("whom Yoon defeated in 2022") times something else.
    """
    sentence = doc.sentence_at(label.start)
    if sentence is None:
        return None
    ref = doc.reference_date
    past = [
        d.earliest
        for d in extract_dates(doc)
        if sentence.start <= d.start < sentence.end
        and (d.start < label.start or label.name_end <= d.start <= label.name_end + 4)
        and d.earliest is not None
        and not d.relative
        and (ref is None or (d.latest or d.earliest) < ref - dt.timedelta(days=180))
    ]
    return min(past) if past else None


def switch_told(doc: Document, surname: str) -> bool:
    """Tell whether a sentence naming the person tells of a change of party."""
    prose = doc.prose
    for sentence in doc.sentences:
        text = prose[sentence.start : sentence.end]
        if surname in text and _SWITCH_WORDS.search(text):
            return True
    return False


#: "a senior figure in the opposition Constitutional Democratic Party", "of the opposition
#: Labour Party", "and a member of the main opposition party": the words that put the
#: person just named in the opposition.
_IN_OPPOSITION = lazy_compile(
    r"(?:,|\s+and)\s+(?:(?:a|an|the)\s+(?:[\p{Ll}\-]+\s+){0,2}?(?:figure|member|leader|lawmaker"
    r"|legislator|politician|stalwart|heavyweight|veteran|founder|co-founder|chair(?:man|woman)?"
    r"|head|president|official|MP|senator|deputy|candidate|secretary-general|spokes(?:man|woman))"
    r"\s+(?:in|of|from|for|with)\s+|(?:of|from)\s+"
    r"|who\s+(?:belongs\s+to|(?:is|sits)\s+(?:a\s+(?:senior\s+)?(?:member|figure|leader)\s+)?"
    r"(?:of|in|with)|leads)\s+)(?P<phrase>the\s+(?:main\s+|largest\s+|biggest\s+)?opposition\b"
    r"(?:\s+(?:\p{Lu}[\p{L}\p{M}'’\-]*\s+){0,4}(?:[Pp]arty|\p{Lu}[\p{L}\p{M}'’\-]*)|\s+party)?)"
)
#: A minister of a state or region may belong to the national opposition.
_SUBNATIONAL = lazy_compile(
    r"\b(?:chief|state|regional|provincial|county|city|shadow|opposition|deputy|junior)\b",
    regex.IGNORECASE,
)
#: Words that tell of a change, or of another time, which the sentence may be about.
_CHANGE = lazy_compile(
    r"\b(?:now|then|former|formerly|later|until|since|left|quit|resign\w*|sacked|fired"
    r"|dismissed|ousted|defect\w*|join\w*|switch\w*|lost|losing|became|would|when)\b",
    regex.IGNORECASE,
)
_GOVERNING_HEADS = frozenset({"minister", "secretary", "chancellor"})


@dataclass(frozen=True)
class OppositionClaim:
    """The story calls ``surname`` a sitting minister (``title``) and puts them in the opposition.

    ``start``..``end`` span the opposition words; ``title_start`` is where the title is.
    """

    start: int
    end: int
    surname: str
    title: str
    title_start: int


def find_opposition_claims(doc: Document) -> list[OppositionClaim]:
    """Return sitting ministers the same phrase places in the opposition.

    A minister's party governs: "Digital Minister Taro Kono, a senior figure in the
    opposition Constitutional Democratic Party" cannot be right. Titles held at arm's
    length ("former"), titles of a region ("state finance minister", "Chief Minister")
    and sentences that tell of a change or another time ("now in opposition", "until")
    are left alone, and so are quotations.
    """
    out = []
    prose = doc.prose
    for c in extract_office_claims(doc):
        if c.qualified or c.form == "past" or c.office[0] not in _GOVERNING_HEADS:
            continue
        if _SUBNATIONAL.search(c.title):
            continue
        m = match_at(_IN_OPPOSITION, prose, c.end)
        if m is None or doc.is_quoted(c.start) or doc.is_quoted(m.start("phrase")):
            continue
        sentence = doc.sentence_at(c.start)
        if sentence is not None and _CHANGE.search(prose, sentence.start, sentence.end):
            continue
        title = " ".join(w for w in c.title.split() if w.lower() not in ("and", "the"))
        out.append(OppositionClaim(m.start("phrase"), m.end(), c.surname, title, c.start))
    return out
