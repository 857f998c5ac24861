-- Neovim 0.11+: vim.lsp.enable('copydesk') with no copydesk on PATH. Neovim itself skips a
-- config whose cmd is not executable without a word (only lsp.log says so); the plugin must
-- say why, once: not for a buffer that is no article, once for the first article, not again.
--
-- Env: COPYDESK_WS (workspace dir), COPYDESK_TMP (scratch dir). Needs no server.
local here = vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':p:h')
local T = dofile(here .. '/harness.lua')
local ws = assert(vim.env.COPYDESK_WS, 'COPYDESK_WS not set')
local tmp = assert(vim.env.COPYDESK_TMP, 'COPYDESK_TMP not set')

vim.cmd('filetype plugin on')
vim.cmd('runtime! plugin/copydesk.lua')

local notes = {}
local real_notify = vim.notify
vim.notify = function(msg, level, o)
  table.insert(notes, { msg = msg, level = level })
  return real_notify(msg, level, o)
end

local function copydesk_notes()
  return vim.tbl_filter(function(n)
    return tostring(n.msg):find('copydesk', 1, true) ~= nil
  end, notes)
end

T.run(function()
  if vim.lsp.enable == nil then
    T.check(false, 'this test needs Neovim 0.11+ (vim.lsp.enable)')
    return
  end
  -- A PATH with no copydesk in it, and no configured path.
  vim.fn.mkdir(tmp .. '/emptybin', 'p')
  vim.env.PATH = tmp .. '/emptybin'
  vim.g.copydesk_server_path = nil
  T.eq(vim.fn.executable('copydesk'), 0, 'copydesk is not on PATH')
  vim.lsp.enable('copydesk')

  vim.cmd('edit ' .. vim.fn.fnameescape(ws .. '/c.txt'))
  T.eq(vim.bo.filetype, 'text', 'c.txt is text (not among the filetypes of the config)')
  T.eq(#copydesk_notes(), 0, 'nothing said for a buffer the server would not serve anyway')

  vim.cmd('edit ' .. vim.fn.fnameescape(ws .. '/b.news.md'))
  T.eq(vim.bo.filetype, 'newsmd', 'b.news.md is newsmd')
  vim.wait(200)
  local said = copydesk_notes()
  T.eq(#said, 1, 'one message on the first article')
  if said[1] then
    T.contains(said[1].msg, '"copydesk" is not on PATH', 'it says the binary is not on PATH')
    T.contains(said[1].msg, 'copydesk_server_path', 'it says how to give the path')
    T.eq(said[1].level, vim.log.levels.WARN, 'as a warning')
  end
  local clients = vim.lsp.get_clients({ name = 'copydesk' })
  T.eq(#clients, 0, 'no client was started')

  vim.cmd('edit ' .. vim.fn.fnameescape(ws .. '/a.news.md'))
  vim.wait(200)
  T.eq(#copydesk_notes(), 1, 'not said again for the next article')
end)
