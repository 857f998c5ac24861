-- Loaded at startup. Defines :CopydeskRestart for users who enable the server through
-- lsp/copydesk.lua (0.11+) without calling setup(); setup() defines it too.
if vim.g.loaded_copydesk then
  return
end
vim.g.loaded_copydesk = 1
vim.api.nvim_create_user_command('CopydeskRestart', function()
  require('copydesk').restart()
end, { desc = 'Restart the Copydesk language server' })
