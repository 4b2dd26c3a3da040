"""Coverage-guided fuzzing of the rule pack loader and the rules it builds.

    python tests/fuzz/fuzz_pack.py -max_total_time=600 tests/fuzz/corpus/pack

Only NewslintError (a one-line error naming the pack and line) may escape, both
while loading and while the built rules check a short draft.
"""

import itertools
import os
import sys
import tempfile

import atheris

with atheris.instrument_imports():
    from newslint.config import Config
    from newslint.document import Document
    from newslint.engine import Linter
    from newslint.errors import NewslintError
    from newslint.packs import load_pack

FOLDER = tempfile.mkdtemp(prefix="newslint-fuzz-")
COUNTER = itertools.count()
DRAFT = Document("Plan\n\nThe the minister slammed critics, sources close to him said.\n", "a.md")


def test_one_input(data: bytes) -> None:
    # A fresh name each time: loaded packs are cached by path and modification time.
    path = os.path.join(FOLDER, f"pack{next(COUNTER)}.yml")
    with open(path, "wb") as handle:
        handle.write(data)
    try:
        rules = list(load_pack(path))
        result = Linter(Config(select=tuple(r.code for r in rules)), rules).lint(DRAFT)
    except NewslintError:
        return
    finally:
        os.unlink(path)
    for error in result.errors:
        if "PatternTimeout" not in str(error):
            raise AssertionError(str(error))


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
