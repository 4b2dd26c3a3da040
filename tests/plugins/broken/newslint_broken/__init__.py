"""A rule package whose rule declares a malformed code."""

from newslint.rule import Rule


class BadCode(Rule):
    """Declares a code newslint refuses."""

    code = "bad-code"
    name = "style.bad-code"
    family = "style"
    summary = "Never runs"

    def check(self, doc, ctx):
        return iter(())
