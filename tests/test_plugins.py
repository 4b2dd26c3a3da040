"""Third-party rules arrive through the `newslint.rules` entry points, like built-ins."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

PLUGINS = Path(__file__).parent / "plugins"


def install(package, target):
    """Install a plugin distribution into a folder that a subprocess puts on sys.path."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--target",
            str(target),
            str(PLUGINS / package),
        ],
        check=True,
        capture_output=True,
    )
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(target), *sys.path])}


def newslint(env, *args):
    return subprocess.run(
        [sys.executable, "-m", "newslint", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


@pytest.fixture(scope="module")
def plugin_env(tmp_path_factory):
    return install("example", tmp_path_factory.mktemp("site"))


def test_plugin_rule_is_listed(plugin_env):
    proc = newslint(plugin_env, "rules")
    line = next(row for row in proc.stdout.splitlines() if row.startswith("EX101"))
    assert "style.example-hedge" in line and "hedging word" in line.lower()


def test_plugin_rule_runs_and_can_be_selected(plugin_env, tmp_path):
    draft = tmp_path / "d.md"
    draft.write_text("The order is arguably the largest.\n")
    proc = newslint(plugin_env, "check", draft)
    assert proc.returncode == 1
    assert f"{draft}:1:14: EX101 warning: hedging word 'arguably'" in proc.stdout
    assert newslint(plugin_env, "check", "--ignore", "EX101", draft).returncode == 0


def test_broken_plugin_names_its_distribution(tmp_path):
    env = install("broken", tmp_path / "site")
    draft = tmp_path / "d.md"
    draft.write_text("Text.\n")
    proc = newslint(env, "check", draft)
    assert proc.returncode == 2
    assert "newslint-broken" in proc.stderr and "bad-code" in proc.stderr
    assert len([line for line in proc.stderr.splitlines() if line.startswith("newslint:")]) == 1


def config_file(folder, text):
    path = folder / "newslint.yaml"
    path.write_text(text)
    return path


def test_a_configuration_can_leave_installed_plugins_out(plugin_env, tmp_path):
    draft = tmp_path / "d.md"
    draft.write_text("The order is arguably the largest.\n")
    only_builtins = config_file(tmp_path, "plugins: []\n")
    assert newslint(plugin_env, "check", "--config", only_builtins, draft).returncode == 0
    listed = newslint(plugin_env, "rules", "--config", only_builtins).stdout
    assert "NL101" in listed and "EX101" not in listed


@pytest.mark.parametrize("written", ["newslint-example", "Newslint_Example"])
def test_a_plugin_named_in_the_configuration_runs(plugin_env, tmp_path, written):
    draft = tmp_path / "d.md"
    draft.write_text("The order is arguably the largest.\n")
    named = config_file(tmp_path, f"plugins: [{written}]\n")
    proc = newslint(plugin_env, "check", "--config", named, draft)
    assert proc.returncode == 1 and "EX101" in proc.stdout


def test_a_plugin_the_configuration_names_but_is_not_installed_is_an_error(tmp_path):
    draft = tmp_path / "d.md"
    draft.write_text("Text.\n")
    cfg = config_file(tmp_path, "select: [names]\nplugins:\n  - newslint-missing\n")
    proc = newslint(os.environ, "check", "--config", cfg, draft)
    assert proc.returncode == 2
    assert f"{cfg}:2" in proc.stderr and "'newslint-missing'" in proc.stderr


def test_a_broken_plugin_left_out_by_the_configuration_is_never_imported(tmp_path):
    env = install("broken", tmp_path / "site")
    draft = tmp_path / "d.md"
    draft.write_text("Text.\n")
    cfg = config_file(tmp_path, "plugins: []\n")
    proc = newslint(env, "check", "--config", cfg, draft)
    assert proc.returncode == 0, proc.stderr
