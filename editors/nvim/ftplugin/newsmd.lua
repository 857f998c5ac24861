-- Buffer settings for annotated articles: everything Markdown sets, plus the comment form
-- Copydesk's suppressions use, and heading navigation (gO, ]], [[) that works on newsmd.
vim.cmd('runtime! ftplugin/markdown.vim ftplugin/markdown.lua')
vim.bo.commentstring = '<!-- %s -->'

-- Markdown's ftplugin (Neovim 0.11+) maps gO, ]] and [[ to treesitter heading functions that
-- ask for a parser named after the filetype: "newsmd" has none, so they failed with E5108.
-- An article is Markdown to treesitter: register Neovim's markdown parser for newsmd (0.9+), so
-- anything treesitter-based works on articles (:InspectTree, vim.treesitter.start(), plugins).
local ts = vim.treesitter
if ts and ts.language and ts.language.register then
  pcall(ts.language.register, 'markdown', 'newsmd')
end

-- gO (outline in the location list), ]] and [[ (next/previous heading, with a count) come from
-- require('copydesk.headings') on every version: the same keys and behaviour on 0.7 (where
-- Markdown maps none) as on 0.11+, front matter, fenced code and comments skipped, and no
-- dependence on Neovim's private heading module. vim.g.copydesk_no_heading_maps = 1 keeps
-- whatever Markdown's ftplugin mapped.
if vim.g.copydesk_no_heading_maps ~= 1 and vim.g.copydesk_no_heading_maps ~= true then
  local headings = require('copydesk.headings')
  local buf = vim.api.nvim_get_current_buf()
  local function map(lhs, fn, desc)
    vim.keymap.set('n', lhs, fn, { buffer = buf, silent = true, desc = desc })
  end
  map('gO', headings.show_toc, 'Show an outline of the article (its headings)')
  map(']]', function()
    headings.jump(vim.v.count1)
  end, 'Jump to the next heading')
  map('[[', function()
    headings.jump(-vim.v.count1)
  end, 'Jump to the previous heading')
  vim.b.undo_ftplugin = (vim.b.undo_ftplugin or '')
    .. '\n sil! exe "nunmap <buffer> gO"'
    .. '\n sil! exe "nunmap <buffer> ]]" | sil! exe "nunmap <buffer> [["'
end
