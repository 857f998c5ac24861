-- Neovim 0.11+: `vim.lsp.enable('copydesk')` reads this file (it is on 'runtimepath' under lsp/).
-- Override any field with vim.lsp.config('copydesk', { … }) before or after enabling, e.g.
--   vim.lsp.config('copydesk', {
--     cmd = { '/opt/copydesk/bin/copydesk', 'lsp' },
--     filetypes = { 'newsmd', 'markdown', 'text' },       -- plain articles too
--     settings = { copydesk = { rules = { ['vague-attribution'] = 'off' } } },
--   })
-- The server path defaults to `copydesk` in $PATH, or vim.g.copydesk_server_path if set
-- (extra arguments: vim.g.copydesk_server_args), or what require('copydesk').setup() chose.
local ok, copydesk = pcall(require, 'copydesk')
local cmd = ok and copydesk.server_cmd() or { vim.g.copydesk_server_path or 'copydesk', 'lsp' }

---@type vim.lsp.Config
return {
  cmd = cmd,
  filetypes = ok and copydesk.filetypes() or { 'newsmd' },
  root_markers = { '.copydesk.json', '.git' },
  settings = { copydesk = vim.empty_dict() },
  -- The code lens's command: the article's findings in the quickfix list.
  commands = ok and copydesk.commands or nil,
  handlers = ok and copydesk.handlers() or nil,
}
