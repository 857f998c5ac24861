-- Copydesk: `*.news.md` files are annotated news articles (filetype `newsmd`).
-- Neovim 0.8+ resolves filetypes with vim.filetype (a pattern beats the `.md` extension, so
-- the buffer never becomes `markdown` first); Neovim 0.7's filetype.vim needs an autocommand,
-- and `set filetype` (not `setfiletype`) so it overrides the `*.md` → markdown rule before it.
if vim.fn.has('nvim-0.8') == 1 then
  vim.filetype.add({ pattern = { ['.*%.news%.md'] = 'newsmd' } })
else
  vim.cmd([[autocmd BufNewFile,BufRead *.news.md set filetype=newsmd]])
end
