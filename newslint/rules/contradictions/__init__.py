"""Rules for a story that contradicts itself or the dated record."""

from newslint.rules.contradictions.date_mismatch import DateMismatch
from newslint.rules.contradictions.figure_mismatch import FigureMismatch
from newslint.rules.contradictions.out_of_term import OutOfTerm
from newslint.rules.contradictions.party_alignment import PartyAlignment
from newslint.rules.contradictions.stance_flip import StanceFlip
from newslint.rules.contradictions.wrong_party import WrongParty
from newslint.rules.contradictions.wrong_title import WrongTitle

RULES = [
    OutOfTerm,
    WrongTitle,
    PartyAlignment,
    StanceFlip,
    FigureMismatch,
    WrongParty,
    DateMismatch,
]
