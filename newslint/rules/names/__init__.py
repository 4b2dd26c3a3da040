"""Name rules: the spelling of people's names, checked against the registry and the story."""

from __future__ import annotations

from newslint.rules.names.inconsistent import InconsistentName
from newslint.rules.names.misspelled import MisspelledName
from newslint.rules.names.wrong_given_name import WrongGivenName

RULES = [MisspelledName, InconsistentName, WrongGivenName]
