"""Name rules: how people's and organisations' names are spelled, per registry and story."""

from __future__ import annotations

from newslint.rules.names.inconsistent import InconsistentName
from newslint.rules.names.misspelled import MisspelledName
from newslint.rules.names.misspelled_organisation import MisspelledOrganisation
from newslint.rules.names.wrong_given_name import WrongGivenName

RULES = [MisspelledName, InconsistentName, WrongGivenName, MisspelledOrganisation]
