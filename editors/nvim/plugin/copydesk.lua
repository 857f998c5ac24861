-- Loaded at startup. Defines :CopydeskRestart for users who enable the server through
-- lsp/copydesk.lua (0.11+) without calling setup(); setup() defines it too. Also (0.8+) the
-- LspAttach autocommand that gives article buffers LSP completion and mappings, and (0.11+)
-- the FileType check that says once why vim.lsp.enable('copydesk') started nothing.
if vim.g.loaded_copydesk then
  return
end
vim.g.loaded_copydesk = 1
vim.api.nvim_create_user_command('CopydeskRestart', function()
  require('copydesk').restart()
end, { desc = 'Restart the Copydesk language server' })
require('copydesk').create_attach_autocmd()
