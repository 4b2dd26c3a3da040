"""Coverage-guided fuzzing of the registry loader (parse, validate, compile, cache).

    python tests/fuzz/fuzz_registry.py -max_total_time=600 tests/fuzz/corpus/registry

Only ConfigError (RegistryError: a one-line error naming the file and line) may escape.
"""

import os
import sys
import tempfile

import atheris

FOLDER = tempfile.mkdtemp(prefix="newslint-fuzz-")
os.environ["NEWSLINT_CACHE_DIR"] = os.path.join(FOLDER, "cache")

with atheris.instrument_imports():
    from newslint.errors import ConfigError
    from newslint.registry import load_registry


def test_one_input(data: bytes) -> None:
    path = os.path.join(FOLDER, "people.yaml")
    with open(path, "wb") as handle:
        handle.write(data)
    try:
        registry = load_registry((path,), default=False)
    except ConfigError:
        return
    for name in ("Aaron Bell", "Bell", "GOP"):
        registry.lookup(name)
        registry.fuzzy(name, 2)
        registry.by_surname(name)
        registry.party(name)


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
