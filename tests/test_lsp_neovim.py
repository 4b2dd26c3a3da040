"""A real editor: headless Neovim starts `newslint lsp` for a Markdown buffer.

Neovim converts the server's UTF-16 columns into byte columns itself, so the byte
column it reports proves the server counted UTF-16 units the way editors do.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from conftest import which_or_skip
from lsp_helpers import PLANTED, server_command, server_env

# The Lua API used here exists from Neovim 0.7 (Debian 12's package) onwards.
EDITORS = Path(__file__).resolve().parent.parent / "docs" / "editors.md"
SERVER = '{ "newslint", "lsp" }'


def documented_setup() -> str:
    """Return the Neovim set-up from docs/editors.md, since that is what users paste."""
    page = EDITORS.read_text(encoding="utf-8")
    block = page.split("```lua\n", 1)[1].split("```", 1)[0]
    assert SERVER in block, "docs/editors.md's Neovim set-up no longer starts `newslint lsp`"
    # The same server, started from this environment rather than whatever is on PATH.
    return block.replace(SERVER, 'vim.json.decode(os.getenv("NEWSLINT_NVIM_CMD"))')


INIT = """
local out = os.getenv("NEWSLINT_NVIM_OUT")

local function finish(payload)
  local f = io.open(out, "w")
  f:write(vim.json.encode(payload))
  f:close()
  vim.cmd("qall!")
end

{documented}
vim.api.nvim_create_autocmd("DiagnosticChanged", {
  callback = function(args)
    local found = {}
    for _, d in ipairs(vim.diagnostic.get(args.buf)) do
      local lsp = (d.user_data or {}).lsp or {}
      table.insert(found, {
        lnum = d.lnum, col = d.col, end_col = d.end_col, severity = d.severity,
        source = d.source, message = d.message, code = d.code or lsp.code,
      })
    end
    if #found > 0 then finish(found) end
  end,
})

-- A guard so a broken server cannot hang the test run; the test never sleeps.
vim.defer_fn(function() finish({ timeout = true }) end, 60000)
"""


def test_neovim_shows_newslint_diagnostics(tmp_path):
    nvim = which_or_skip("nvim")
    env = server_env()
    desk = tmp_path / "desk"
    desk.mkdir()
    (desk / ".git").mkdir()
    draft = desk / "story.md"
    draft.write_text(f"# Visit\n\n🎉🎉 東京で {PLANTED.wrong} spoke.\n", encoding="utf-8")
    (tmp_path / "init.lua").write_text(
        INIT.replace("{documented}", documented_setup()), encoding="utf-8"
    )
    out = tmp_path / "diagnostics.json"
    env.update(NEWSLINT_NVIM_OUT=str(out), NEWSLINT_NVIM_CMD=json.dumps(server_command()))
    run = subprocess.run(
        [nvim, "--headless", "-i", "NONE", "-u", str(tmp_path / "init.lua"), str(draft)],
        cwd=desk,
        env=env,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert out.exists(), run.stderr.decode(errors="replace")
    found = json.loads(out.read_text(encoding="utf-8"))
    assert found != {"timeout": True}, "Neovim received no diagnostics within a minute"
    (diag,) = found
    # "🎉🎉 東京で " is 4+4+1+9+1 = 19 bytes in UTF-8; Neovim columns are bytes.
    assert (diag["lnum"], diag["col"], diag["end_col"]) == (2, 19, 19 + len(PLANTED.wrong))
    assert diag["source"] == "newslint"
    assert diag["code"] == PLANTED.code
    assert diag["severity"] == 2  # vim.diagnostic.severity.WARN
