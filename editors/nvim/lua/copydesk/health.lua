-- `:checkhealth copydesk`: is the server binary there, and what does `copydesk --version` say.
local M = {}

-- vim.health.start/ok/… since 0.10; vim.health.report_* in 0.8–0.9; require('health') in 0.7.
local h = vim.health or require('health')
local start = h.start or h.report_start
local ok = h.ok or h.report_ok
local warn = h.warn or h.report_warn
local err = h.error or h.report_error
local info = h.info or h.report_info

function M.check()
  local copydesk = require('copydesk')
  start('copydesk: server binary')
  local path = copydesk.server_path()
  local exe = vim.fn.exepath(path)
  if exe == '' then
    err(('`%s` not found or not executable'):format(path), {
      'Build it (`swift build -c release` in the copydesk repo) and put `copydesk` in $PATH,',
      "or point the plugin at it: require('copydesk').setup({ cmd = '/path/to/copydesk' })",
      "or vim.g.copydesk_server_path = '/path/to/copydesk'.",
    })
    return
  end
  ok(('found: %s'):format(exe))
  local out = vim.fn.system({ exe, '--version' })
  local version = vim.trim(out or '')
  if vim.v.shell_error ~= 0 then
    err(('`%s --version` failed (exit %d): %s'):format(exe, vim.v.shell_error, version))
  else
    ok(('version: %s'):format(version))
  end

  start('copydesk: client')
  info(('command: %s'):format(table.concat(copydesk.server_cmd(), ' ')))
  info(('client API: %s (Neovim %s)'):format(copydesk.api(), tostring(vim.version and vim.version() and
    (vim.version().major .. '.' .. vim.version().minor .. '.' .. vim.version().patch) or '?')))
  if copydesk.options == nil then
    if copydesk.api() == 'enable' then
      info("setup() not called: use vim.lsp.enable('copydesk') (lsp/copydesk.lua) or require('copydesk').setup()")
    else
      warn('setup() not called: the server will not start', { "Add require('copydesk').setup() to your config." })
    end
  end
  local n = #copydesk.clients()
  if n > 0 then
    ok(('%d copydesk client(s) running'):format(n))
  else
    info('no copydesk client running (open a *.news.md file)')
  end
end

return M
