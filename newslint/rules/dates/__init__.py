"""Dates that cannot be right: impossible days, wrong weekdays, tenses and ages."""

from newslint.rules.dates.age_mismatch import AgeMismatch
from newslint.rules.dates.invalid_date import InvalidDate
from newslint.rules.dates.tense_vs_dateline import TenseVsDateline
from newslint.rules.dates.weekday_mismatch import WeekdayMismatch

RULES = [InvalidDate, WeekdayMismatch, TenseVsDateline, AgeMismatch]
