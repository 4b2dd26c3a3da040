"""`newslint lsp` driven over stdio by pygls's real LanguageClient in a subprocess."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
from pathlib import Path

import pytest
from lsp_helpers import PLANTED, Session, newslint_command, run, server_env
from lsprotocol import types
from lsprotocol.converters import get_converter


@pytest.fixture
def env(tmp_path):
    return server_env()


@pytest.fixture
def drafts(tmp_path):
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / ".git").mkdir()  # config discovery stops here, as in a newsroom repository
    return folder


# Emoji take two UTF-16 units each, CJK one: the columns below are counted by hand.
# "🎉🎉 東京で " = 2+2 + 1 + 3 + 1 = 9 UTF-16 units (7 code points).
LINE = f"🎉🎉 東京で {PLANTED.wrong} spoke on Tuesday."
COLUMN = 9


def test_quick_fix_round_trip_with_utf16_columns(env, drafts):
    draft = drafts / "story.md"
    text = f"# Visit\n\n{LINE}\n"

    async def body():
        s = Session(env, drafts)
        result = await s.start()
        caps = result.capabilities
        assert caps.text_document_sync.change == types.TextDocumentSyncKind.Incremental
        assert caps.code_action_provider and caps.hover_provider
        uri = s.open(draft, text)
        (diag,) = await s.diagnostics(uri)
        assert diag.code == PLANTED.code
        assert diag.source == "newslint"
        assert diag.severity == types.DiagnosticSeverity.Warning
        assert diag.code_description is None  # no docs address without NEWSLINT_DOCS_URL
        assert (diag.range.start.line, diag.range.start.character) == (2, COLUMN)
        assert (diag.range.end.line, diag.range.end.character) == (2, COLUMN + len(PLANTED.wrong))

        actions = await s.actions(uri, diag)
        fix = next(a for a in actions if PLANTED.right in a.title)
        # A name guessed from a near match is a suggestion, never the editor's auto fix.
        assert fix.kind == types.CodeActionKind.QuickFix and not fix.is_preferred
        assert fix.title.endswith("(unsafe)")
        fixed = s.edit(uri, fix.edit.changes[uri])
        assert fixed == text.replace(PLANTED.wrong, PLANTED.right)
        assert await s.diagnostics(uri) == []
        await s.stop()

    run(body)


def test_only_a_safe_fix_is_the_preferred_quick_fix(env, drafts):
    draft = drafts / "story.md"
    text = f"# Visit\n\nThe end result was a draw for {PLANTED.wrong}.\n"

    async def body():
        s = Session(env, drafts)
        await s.start()
        uri = s.open(draft, text)
        by_code = {d.code: d for d in await s.diagnostics(uri)}
        assert by_code["NL602"].data["applicability"] == "safe"
        assert by_code[PLANTED.code].data["applicability"] == "unsafe"
        safe = next(a for a in await s.actions(uri, by_code["NL602"]) if "result" in a.title)
        unsafe = next(
            a for a in await s.actions(uri, by_code[PLANTED.code]) if PLANTED.right in a.title
        )
        assert safe.is_preferred and "unsafe" not in safe.title
        assert not unsafe.is_preferred and unsafe.title.endswith("(unsafe)")
        await s.stop()

    run(body)


def test_columns_follow_the_encoding_the_editor_asks_for(env, drafts):
    # Editors such as Helix prefer UTF-8 columns and say so; pygls negotiates it.
    general = types.GeneralClientCapabilities(position_encodings=["utf-8"])

    async def body():
        s = Session(env, drafts, types.ClientCapabilities(general=general))
        result = await s.start()
        assert result.capabilities.position_encoding == "utf-8"
        uri = s.open(drafts / "story.md", f"{LINE}\n")
        (diag,) = await s.diagnostics(uri)
        # "🎉🎉 東京で " is 4+4 + 1 + 9 + 1 = 19 UTF-8 bytes.
        assert (diag.range.start.character, diag.range.end.character) == (
            19,
            19 + len(PLANTED.wrong.encode()),
        )
        await s.stop()

    run(body)


def test_findings_follow_incremental_typing(env, drafts):
    draft = drafts / "story.md"

    async def body():
        s = Session(env, drafts)
        await s.start()
        uri = s.open(draft, "# Visit\n\nThe president spoke.\n")
        assert await s.diagnostics(uri) == []
        # Type the misspelt name into the middle of line 2, one keystroke-sized change.
        at = types.Position(2, len("The president"))
        s.edit(uri, [types.TextEdit(types.Range(at, at), f" {PLANTED.wrong}")])
        (diag,) = await s.diagnostics(uri)
        assert diag.range.start == types.Position(2, len("The president ")), diag
        # Delete the line above it: the finding moves up with its text.
        s.edit(uri, [types.TextEdit(types.Range(types.Position(0, 0), types.Position(1, 0)), "")])
        (diag,) = await s.diagnostics(uri)
        assert diag.range.start.line == 1
        s.client.text_document_did_close(
            types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(uri=uri))
        )
        assert await s.diagnostics(uri) == []
        await s.stop()

    run(body)


def test_pasted_control_characters_do_not_shift_later_edits(env, drafts):
    # Word processors paste vertical tabs, form feeds and U+2028 inside a line; only
    # CR and LF end a line in the protocol, so the editor's line 4 is the server's too.
    text = "# Visit\n\nPasted\x0bsoft\x0cbreaks and a\u2028separator.\n\nThe president spoke.\n"

    async def body():
        s = Session(env, drafts)
        await s.start()
        uri = s.open(drafts / "story.md", text)
        await s.diagnostics(uri)
        at = types.Position(4, len("The president"))
        s.edit(uri, [types.TextEdit(types.Range(at, at), f" {PLANTED.wrong}")])
        (diag,) = await s.diagnostics(uri)
        assert diag.range.start == types.Position(4, len("The president "))
        fix = next(a for a in await s.actions(uri, diag) if PLANTED.right in a.title)
        fixed = s.edit(uri, fix.edit.changes[uri])
        assert fixed == text.replace("president", f"president {PLANTED.right}")
        assert await s.diagnostics(uri) == []
        await s.stop()

    run(body)


@pytest.mark.parametrize(
    ("name", "language", "text", "expected"),
    [
        pytest.param(
            "story.md",
            "markdown",
            f"# Visit\n\nHe said {PLANTED.wrong} spoke.\n",
            f"# Visit\n\n<!-- newslint-disable-next-line {PLANTED.code} -->\n"
            f"He said {PLANTED.wrong} spoke.\n",
            id="markdown-paragraph-start",
        ),
        pytest.param(
            "story.md",
            "markdown",
            f"# Visit\n\nThe day began early.\nThen {PLANTED.wrong} spoke.\n",
            # A comment line inside the paragraph would split it when rendered.
            f"# Visit\n\nThe day began early. <!-- newslint-disable-next-line {PLANTED.code} -->\n"
            f"Then {PLANTED.wrong} spoke.\n",
            id="markdown-mid-paragraph",
        ),
        pytest.param(
            "story.md",
            "markdown",
            f"# Visit\r\n\r\nHe said {PLANTED.wrong} spoke.\r\n",
            f"# Visit\r\n\r\n<!-- newslint-disable-next-line {PLANTED.code} -->\r\n"
            f"He said {PLANTED.wrong} spoke.\r\n",
            id="markdown-crlf",
        ),
        pytest.param(
            "story.txt",
            "plaintext",
            f"Visit\n\nThe day began early.\nThen {PLANTED.wrong} spoke.\n",
            f"Visit\n\nThe day began early.\nnewslint-disable-next-line {PLANTED.code}\n"
            f"Then {PLANTED.wrong} spoke.\n",
            id="plain-text",
        ),
    ],
)
def test_disable_for_this_line(env, drafts, name, language, text, expected):
    async def body():
        s = Session(env, drafts)
        await s.start()
        uri = s.open(drafts / name, text, language)
        (diag,) = await s.diagnostics(uri)
        actions = await s.actions(uri, diag)
        disable = next(a for a in actions if a.title == f"Disable {PLANTED.code} for this line")
        assert s.edit(uri, disable.edit.changes[uri]) == expected
        # Silenced, and the new comment is used, so it is not reported as stale either.
        assert await s.diagnostics(uri) == []
        await s.stop()

    run(body)


def test_configuration_is_found_from_the_document_path(env, drafts):
    section = drafts / "politics"
    section.mkdir()
    (section / ".newslint.yaml").write_text(f"severity:\n  {PLANTED.code}: error\n")
    text = f"{PLANTED.wrong} spoke.\n"

    async def body():
        s = Session(env, drafts)
        await s.start()
        here = s.open(section / "story.md", text)
        there = s.open(drafts / "story.md", text)
        assert [d.severity for d in await s.diagnostics(here)] == [types.DiagnosticSeverity.Error]
        assert [d.severity for d in await s.diagnostics(there)] == [
            types.DiagnosticSeverity.Warning
        ]
        # The configuration changes on disk; the next keystroke picks it up.
        config = section / ".newslint.yaml"
        config.write_text(f"severity:\n  {PLANTED.code}: info\n")
        os.utime(config, (config.stat().st_atime, config.stat().st_mtime + 5))
        end = types.Position(1, 0)
        s.edit(here, [types.TextEdit(types.Range(end, end), "More.\n")])
        found = await s.diagnostics(here)
        assert [d.severity for d in found] == [types.DiagnosticSeverity.Information]
        await s.stop()

    run(body)


def test_configuration_error_is_shown_and_server_keeps_running(env, drafts):
    config = drafts / ".newslint.yaml"
    config.write_text("selekt: [names]\n")
    draft = drafts / "story.md"
    draft.write_text(f"{PLANTED.wrong} spoke.\n")

    async def body():
        s = Session(env, drafts)
        await s.start()
        uri = s.open(draft, draft.read_text())
        (diag,) = await s.diagnostics(uri)
        assert diag.severity == types.DiagnosticSeverity.Error
        assert "selekt" in diag.message and ".newslint.yaml:1" in diag.message
        shown = await s.shown.get()
        assert shown.type == types.MessageType.Error and "selekt" in shown.message
        # The reporter fixes the file and saves the draft: linting resumes.
        config.write_text("select: [names]\n")
        s.client.text_document_did_save(
            types.DidSaveTextDocumentParams(types.TextDocumentIdentifier(uri=uri))
        )
        (diag,) = await s.diagnostics(uri)
        assert diag.code == PLANTED.code
        await s.stop()

    run(body)


def _hover(s: Session, uri: str, line: int, character: int):
    return s.client.text_document_hover_async(
        types.HoverParams(types.TextDocumentIdentifier(uri=uri), types.Position(line, character))
    )


def test_hover_says_who_a_name_is_on_the_story_date(env, drafts):
    text = (
        "---\ndate: 2025-11-04\n---\n\n"
        "Prime Minister Sanae Takaichi met the press in 🎉 Tokyo.\n\n"
        "Later, Takaichi said the talks with Ambrose Quillfeather went well.\n"
    )

    async def body():
        s = Session(env, drafts)
        await s.start()
        uri = s.open(drafts / "story.md", text)
        await s.diagnostics(uri)
        # On "Takaichi" in "Prime Minister Sanae Takaichi": the registry knows the full name.
        hover = await asyncio.wait_for(_hover(s, uri, 4, 24), 30)
        card = hover.contents.value
        assert card.startswith("**Sanae Takaichi**")
        assert "Prime Minister of Japan" in card
        assert "Party: Liberal Democratic Party" in card
        assert "2025-11-04" in card
        start, end = hover.range.start, hover.range.end
        assert (start.line, start.character, end.character) == (4, 15, 29)
        # A bare surname later in the story means the person named in full earlier.
        hover = await asyncio.wait_for(_hover(s, uri, 6, 9), 30)
        assert hover.contents.value.startswith("**Sanae Takaichi**")
        # A name the registry does not hold: no card rather than a guess.
        assert await asyncio.wait_for(_hover(s, uri, 6, 40), 30) is None
        # Not on a name at all.
        assert await asyncio.wait_for(_hover(s, uri, 6, 1), 30) is None
        await s.stop()

    run(body)


def test_other_languages_are_left_alone(env, drafts):
    async def body():
        s = Session(env, drafts)
        await s.start()
        code = s.open(drafts / "tool.py", f"# {PLANTED.wrong}\n", "python")
        draft = s.open(drafts / "story.md", f"{PLANTED.wrong}.\n")
        assert len(await s.diagnostics(draft)) == 1
        # A new buffer that was never saved has no path, and is still a draft.
        untitled = "untitled:Untitled-1"
        s.client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                types.TextDocumentItem(untitled, "markdown", 1, f"{PLANTED.wrong} spoke.\n")
            )
        )
        assert [d.code for d in await s.diagnostics(untitled)] == [PLANTED.code]
        assert code not in s.published or s.published[code].empty()
        await s.stop()

    run(body)


def test_check_format_lsp_matches_the_server(env, drafts):
    """Editor plugins that run the CLI get exactly the diagnostics the server publishes."""
    draft = drafts / "story.md"
    draft.write_text(f"# Visit\n\n{LINE}\n", encoding="utf-8")
    cli = newslint_command("check", "--format", "lsp", str(draft))
    out = subprocess.run(cli, env=env, capture_output=True, text=True, timeout=60, check=False)
    assert out.returncode == 1, out.stderr
    from_cli = json.loads(out.stdout)[draft.resolve().as_uri()]

    async def body():
        s = Session(env, drafts)
        await s.start()
        uri = s.open(draft, draft.read_text(encoding="utf-8"))
        published = await s.diagnostics(uri)
        await s.stop()
        return [get_converter().unstructure(d) for d in published]

    assert asyncio.run(body()) == from_cli
    assert Path(draft).read_text(encoding="utf-8").count(PLANTED.wrong) == 1
