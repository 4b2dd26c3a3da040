"""Figures that cannot be right: directions of change, shares, parts, counts and sums."""

from newslint.rules.numbers.change_direction import ChangeDirection
from newslint.rules.numbers.change_size import ChangeSize
from newslint.rules.numbers.count_mismatch import CountMismatch
from newslint.rules.numbers.part_whole import PartWhole
from newslint.rules.numbers.percent_bounds import PercentBounds
from newslint.rules.numbers.sum_mismatch import SumMismatch

RULES = [ChangeDirection, PercentBounds, PartWhole, CountMismatch, SumMismatch, ChangeSize]
