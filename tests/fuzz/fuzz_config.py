"""Coverage-guided fuzzing of the configuration loader (YAML and TOML).

    python tests/fuzz/fuzz_config.py -max_total_time=600 tests/fuzz/corpus/config

Only ConfigError (a one-line error naming the file and line) may escape.
"""

import os
import sys
import tempfile

import atheris

with atheris.instrument_imports():
    from newslint.config import load_config
    from newslint.errors import ConfigError

FOLDER = tempfile.mkdtemp(prefix="newslint-fuzz-")


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    name = ".newslint.yaml" if fdp.ConsumeBool() else "pyproject.toml"
    path = os.path.join(FOLDER, name)
    with open(path, "wb") as handle:
        handle.write(fdp.ConsumeBytes(fdp.remaining_bytes()))
    try:
        load_config(path)
    except ConfigError:
        pass


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
