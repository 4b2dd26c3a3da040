"""Seed-like drafts get exactly the expected name findings, end to end."""

from conftest import shared_or_skip

from newslint.cli import main


def findings(out: str) -> list[str]:
    return [
        line.split(": ", 1)[0].split(":", 1)[1] + " " + line.split(": ", 2)[1]
        for line in out.splitlines()
    ]


def test_seed_draft_gets_the_takaichi_fix_with_exact_columns(capsys):
    seed = sorted(shared_or_skip("seeds").glob("*.txt"))[0]
    code = main(["check", "--select", "names", str(seed)])
    out = capsys.readouterr().out
    assert code == 1
    assert out == (
        f"{seed}:5:63: NL101 warning: 'Sanai Takwati' is not in the name registry; did you mean"
        " Sanae Takaichi (Prime Minister of Japan since 2025-10-21; rules/registry/world.yaml)?"
        " (suggestion: Sanae Takaichi)\n"
    )


def test_seed_like_markdown_draft(tmp_path, capsys):
    draft = tmp_path / "draft.md"
    draft.write_text(
        "---\ndate: 2025-11-04\n---\n"
        "# Trump Meets Japan's New Leader\n\n"
        "US President Donald Trump met Japanese Prime Minister Sanai Takwati in Tokyo.\n\n"
        "Takwati later met Kier Starmer. Later, Takaichi and Takiachi said they are one.\n",
        encoding="utf-8",
    )
    assert main(["check", "--select", "names", str(draft)]) == 1
    lines = capsys.readouterr().out.splitlines()
    got = [
        (line.split(": ")[0].replace(str(draft) + ":", ""), line.split(": ")[1]) for line in lines
    ]
    assert got == [
        ("6:55", "NL101 warning"),
        ("8:1", "NL101 warning"),
        ("8:19", "NL103 warning"),
        ("8:53", "NL102 warning"),
    ]
    assert "(suggestion: Sanae Takaichi)" in lines[0]
    assert "(suggestion: Takaichi)" in lines[1]
    assert "(suggestion: Keir Starmer)" in lines[2]
    assert "(suggestion: Takaichi)" in lines[3]
