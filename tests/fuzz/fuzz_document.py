"""Coverage-guided fuzzing of reading, parsing and analysing a draft, then linting it.

    python tests/fuzz/fuzz_document.py -max_total_time=600 tests/fuzz/corpus/document

Only InputError (a reported, one-line input problem) may escape; anything else is a
crash, and every crash found becomes a regression test in tests/test_fuzz_regressions.py.
"""

import sys

import atheris

with atheris.instrument_imports():
    from newslint import lint_text
    from newslint.claims.dates import extract_dates
    from newslint.claims.quantities import extract_quantities
    from newslint.document import Document
    from newslint.errors import InputError
    from newslint.source import decode

ANALYSES = (
    "prose",
    "blocks",
    "sentences",
    "tokens",
    "name_candidates",
    "quotes",
    "directives",
)


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    path = "draft.txt" if fdp.ConsumeBool() else "draft.md"
    raw = fdp.ConsumeBytes(fdp.remaining_bytes())
    try:
        source = decode(raw, path)
        doc = Document(source.text, path)
        for name in ANALYSES:  # every shared analysis, whether or not a rule asks for it
            getattr(doc, name)
        extract_quantities(doc)
        extract_dates(doc)
        findings = lint_text(source.text, path=path)
    except InputError:
        return
    for f in findings:
        if (
            not (0 <= f.start <= f.end <= len(source.text))
            or f.text != source.text[f.start : f.end]
        ):
            raise AssertionError(f"finding outside the text: {f}")


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
