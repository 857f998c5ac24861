-- Buffer settings for annotated articles: everything Markdown sets, plus the comment form
-- Copydesk's suppressions use.
vim.cmd('runtime! ftplugin/markdown.vim ftplugin/markdown.lua')
vim.bo.commentstring = '<!-- %s -->'
