-- Headless checks of the Neovim plugin pieces that need no server round trip:
-- filetype detection, syntax groups on annotation samples, root finding, the server command
-- line, and :checkhealth copydesk (against the real binary, and a missing one).
--
-- Run: COPYDESK_BIN=… COPYDESK_TMP=… nvim --headless -u NONE -i NONE \
--        --cmd 'set rtp^=editors/nvim' -c 'luafile Tests/editors/nvim/test_plugin.lua'
local here = vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':p:h')
local T = dofile(here .. '/harness.lua')
local bin = assert(vim.env.COPYDESK_BIN, 'COPYDESK_BIN not set')
local tmp = assert(vim.env.COPYDESK_TMP, 'COPYDESK_TMP not set')

vim.cmd('filetype plugin on')
vim.cmd('syntax on')

-- Group names at the first byte of `needle` on the cursor line of the current buffer.
local function groups_at(lnum, needle)
  local line = vim.fn.getline(lnum)
  local col = line:find(needle, 1, true)
  if not col then
    return nil, ('%q not on line %d: %q'):format(needle, lnum, line)
  end
  local names = {}
  for _, id in ipairs(vim.fn.synstack(lnum, col)) do
    table.insert(names, vim.fn.synIDattr(id, 'name'))
  end
  return names
end

local function has(list, item)
  return list ~= nil and vim.tbl_contains(list, item)
end

T.run(function()
  T.out('filetype detection')
  local cases = {
    { 'ws/a.news.md', 'newsmd' },
    { 'ws/Sub Dir/ÉTÉ.news.md', 'newsmd' },
    { 'ws/plain.md', 'markdown' },
    { 'ws/plain.txt', 'text' },
  }
  for _, c in ipairs(cases) do
    local path = tmp .. '/' .. c[1]
    T.write(path, { '# x' })
    vim.cmd('edit ' .. vim.fn.fnameescape(path))
    T.eq(vim.bo.filetype, c[2], ('%s → %s'):format(c[1], c[2]))
  end

  T.out('syntax')
  local sample = {
    '# Ma visits 🤝 New York',
    '',
    '[@jack-ma]: Jack Ma',
    '  type: person',
    '  aliases: Ma, Mr Ma',
    '',
    'On Monday “[Mr Ma][@jack-ma]” and [@trump] met[^pr]. See [the site](https://example.com).',
    '',
    '<!-- copydesk-disable-next-line unsourced-claim -- reviewed by the desk -->',
    'Sales rose 12 percent.',
    '',
    '[^pr]: Press release, 9 January 2017.',
    'Then [São Paulo][@são-paulo] and [@zürich.gov] replied[^réponse].',
  }
  local path = tmp .. '/ws/syntax.news.md'
  T.write(path, sample)
  vim.cmd('edit ' .. vim.fn.fnameescape(path))
  T.eq(vim.b.current_syntax, 'newsmd', 'b:current_syntax is newsmd')
  local expect = {
    -- line, text at which to look, a group that must be in the syntax stack there
    { 1, 'Ma visits', 'markdownH1' },
    { 3, '[@jack-ma]', 'copydeskEntityDefId' },
    { 3, 'Jack Ma', 'copydeskEntityName' },
    { 4, 'type:', 'copydeskField' },
    { 4, 'person', 'copydeskFieldValue' },
    { 5, 'Ma, Mr Ma', 'copydeskFieldValue' },
    { 7, '[Mr Ma]', 'copydeskMention' },
    { 7, 'Mr Ma]', 'copydeskMentionText' },
    { 7, '@jack-ma]”', 'copydeskEntityRef' },
    { 7, '[@trump]', 'copydeskMention' },
    { 7, '@trump', 'copydeskEntityRef' },
    { 7, '[^pr]', 'copydeskCitation' },
    { 7, '^pr]', 'copydeskSourceId' },
    { 9, '<!--', 'copydeskSuppression' },
    { 9, 'copydesk-disable-next-line', 'copydeskDirective' },
    { 9, 'unsourced-claim', 'copydeskRuleIds' },
    { 9, 'reviewed by', 'copydeskReason' },
    { 12, '[^pr]:', 'copydeskSourceDef' },
    { 13, 'São Paulo]', 'copydeskMentionText' },
    { 13, '@são-paulo', 'copydeskEntityRef' },
    { 13, '[@zürich.gov]', 'copydeskMention' },
    { 13, '^réponse', 'copydeskSourceId' },
  }
  for _, e in ipairs(expect) do
    local names, problem = groups_at(e[1], e[2])
    T.check(has(names, e[3]), ('line %d %q has %s'):format(e[1], e[2], e[3]), problem or vim.inspect(names))
  end
  -- And what must NOT be highlighted as an annotation.
  local negative = {
    { 7, 'On Monday', 'copydeskMention' },
    { 7, 'the site', 'copydeskMention' },
    { 10, 'Sales', 'copydeskSuppression' },
  }
  for _, e in ipairs(negative) do
    local names, problem = groups_at(e[1], e[2])
    T.check(names ~= nil and not has(names, e[3]), ('line %d %q is not %s'):format(e[1], e[2], e[3]),
      problem or vim.inspect(names))
  end
  T.eq(vim.bo.commentstring, '<!-- %s -->', 'ftplugin sets commentstring')

  T.out('headings: gO, ]], [[ in a newsmd buffer')
  -- Markdown's ftplugin (0.11+) maps these to treesitter functions that failed with E5108 on
  -- "newsmd"; 0.7 has none. Both must work, outside front matter, fences and comments.
  local hpath = tmp .. '/ws/headings.news.md'
  T.write(hpath, {
    '---', -- 1
    'title: Not a heading', -- 2
    '---', -- 3
    '# Ma visits New York', -- 4
    '', -- 5
    'Intro text.', -- 6
    '', -- 7
    '```', -- 8
    '# not a heading (fenced)', -- 9
    '```', -- 10
    '', -- 11
    '## Reactions', -- 12
    '', -- 13
    'Markets', -- 14
    '-------', -- 15
    '', -- 16
    '<!--', -- 17
    '# commented out', -- 18
    '-->', -- 19
    '### Background ###', -- 20
  })
  vim.cmd('silent! %bwipeout!')
  vim.cmd('edit ' .. vim.fn.fnameescape(hpath))
  T.eq(vim.bo.filetype, 'newsmd', 'headings.news.md is newsmd')
  local hbuf = vim.api.nvim_get_current_buf()
  local function press(keys)
    local ok, err = pcall(vim.cmd, 'normal ' .. keys)
    return ok, err
  end
  local ok, err = press('gO')
  T.check(ok, 'gO runs without an error', err)
  local toc = vim.fn.getloclist(vim.fn.win_getid(vim.fn.winnr('#')))
  if #toc == 0 then
    toc = vim.fn.getloclist(0)
  end
  local lnums = {}
  local texts = {}
  for _, item in ipairs(toc) do
    table.insert(lnums, item.lnum)
    table.insert(texts, (item.text:gsub('\194\160', ''):gsub('^%s+', '')))
  end
  T.eq(lnums, { 4, 12, 14, 20 }, 'gO lists the headings (not front matter, fenced code or comments)')
  T.eq(texts, { 'Ma visits New York', 'Reactions', 'Markets', 'Background' }, 'gO shows their text')
  T.eq(vim.bo.buftype, 'quickfix', 'gO opens the location list window')
  vim.cmd('silent! lclose')
  vim.api.nvim_set_current_buf(hbuf)
  vim.api.nvim_win_set_cursor(0, { 1, 0 })
  ok, err = press(']]')
  T.check(ok, ']] runs without an error', err)
  T.eq(vim.api.nvim_win_get_cursor(0)[1], 4, ']] from the top goes to the first heading')
  press(']]')
  T.eq(vim.api.nvim_win_get_cursor(0)[1], 12, ']] again skips the fenced "# not a heading"')
  press('2]]')
  T.eq(vim.api.nvim_win_get_cursor(0)[1], 20, '2]] skips a heading and the commented one')
  ok, err = press('[[')
  T.check(ok, '[[ runs without an error', err)
  T.eq(vim.api.nvim_win_get_cursor(0)[1], 14, '[[ goes back to the setext heading')
  if vim.treesitter.language.register then
    -- 0.9+: treesitter sees an article as Markdown (what Markdown's own gO needed).
    T.eq(vim.treesitter.language.get_lang('newsmd'), 'markdown', 'treesitter language of newsmd is markdown')
    local pok, perr = pcall(vim.treesitter.get_parser, hbuf)
    T.check(pok and perr ~= nil, 'a treesitter parser can be created for a newsmd buffer', perr)
  end

  T.out('root finding and command line')
  local copydesk = require('copydesk')
  T.write(tmp .. '/proj/.copydesk.json', { '{}' })
  vim.fn.mkdir(tmp .. '/proj/sub/.git', 'p')
  T.write(tmp .. '/proj/sub/deep/x.news.md', { 'x' })
  T.write(tmp .. '/gitonly/.git/HEAD', { 'ref: refs/heads/main' })
  T.write(tmp .. '/gitonly/a/y.news.md', { 'y' })
  local real = function(p) return vim.fn.resolve(vim.fn.fnamemodify(p, ':p')):gsub('/$', '') end
  T.eq(real(copydesk.find_root(tmp .. '/proj/sub/deep/x.news.md')), real(tmp .. '/proj'),
    '.copydesk.json wins over a closer .git')
  T.eq(real(copydesk.find_root(tmp .. '/gitonly/a/y.news.md')), real(tmp .. '/gitonly'),
    '.git when there is no .copydesk.json')
  T.eq(real(copydesk.find_root('/proc/self/x.news.md')), real('/proc/self'), 'no marker: the file directory')

  -- setup() attaches to loaded article buffers: start from none, and use a pre-0.11 API so
  -- it only defines autocommands (deleted below) instead of enabling a global config.
  vim.cmd('silent! %bwipeout!')
  local legacy = vim.lsp.start and 'start' or 'start_client'
  copydesk.setup({ cmd = bin, args = { '--log', 'debug' }, settings = { rules = { ['vague-attribution'] = 'off' } },
    api = legacy })
  T.eq(copydesk.server_cmd(), { bin, 'lsp', '--log', 'debug' }, 'server_cmd = path, lsp, extra args')
  local cfg = copydesk.client_config(vim.api.nvim_get_current_buf())
  T.eq(cfg.settings, { copydesk = { rules = { ['vague-attribution'] = 'off' } } },
    'settings are sent as the copydesk section')
  T.eq(copydesk.filetypes(), { 'newsmd' }, 'default filetypes')
  copydesk.setup({ cmd = bin, plain_articles = true, api = legacy })
  T.eq(copydesk.filetypes(), { 'newsmd', 'markdown', 'text' }, 'plain_articles adds markdown and text')
  T.eq(vim.fn.exists(':CopydeskRestart'), 2, ':CopydeskRestart exists')
  -- Do not leave autocommands that would start the server below.
  pcall(vim.api.nvim_del_augroup_by_name, 'copydesk')

  T.out('attach defaults and their opt-outs')
  -- What LspAttach (0.8+) / on_attach (0.7) apply to an article buffer, per setup() options.
  local function fresh_article(name)
    local p = tmp .. '/ws/' .. name
    T.write(p, { '# x' })
    vim.cmd('edit ' .. vim.fn.fnameescape(p))
    return vim.api.nvim_get_current_buf()
  end
  local function buf_map(lhs)
    local m = vim.fn.maparg(lhs, 'n', false, true)
    return type(m) == 'table' and m.buffer == 1 and m.desc or nil
  end
  copydesk.setup({ cmd = bin, api = legacy })
  pcall(vim.api.nvim_del_augroup_by_name, 'copydesk')
  local b1 = fresh_article('defaults.news.md')
  local ft_omni = vim.bo[b1].omnifunc
  copydesk.buffer_defaults(b1)
  T.eq(vim.bo[b1].omnifunc, 'v:lua.vim.lsp.omnifunc', 'default: omnifunc is LSP completion')
  for _, lhs in ipairs({ 'K', 'gd', 'gD', 'grr', 'grn', 'gra' }) do
    T.check(buf_map(lhs) ~= nil and buf_map(lhs):find('Copydesk', 1, true) == 1, 'default: ' .. lhs .. ' is mapped in the buffer',
      vim.inspect(vim.fn.maparg(lhs, 'n', false, true)))
  end
  copydesk.setup({ cmd = bin, api = legacy, keymaps = false, omnifunc = false })
  pcall(vim.api.nvim_del_augroup_by_name, 'copydesk')
  local b2 = fresh_article('optout.news.md')
  copydesk.buffer_defaults(b2)
  T.eq(vim.bo[b2].omnifunc, ft_omni, "omnifunc = false keeps the filetype's omnifunc")
  T.eq({ buf_map('K'), buf_map('gd'), buf_map('grn') }, {}, 'keymaps = false maps nothing')
  copydesk.setup({ cmd = bin, api = legacy, keymaps = { rename = '<F2>', hover = false } })
  pcall(vim.api.nvim_del_augroup_by_name, 'copydesk')
  local b3 = fresh_article('custom.news.md')
  vim.keymap.set('n', 'gd', '<Nop>', { buffer = b3, desc = 'mine' })
  copydesk.buffer_defaults(b3)
  T.check(buf_map('<F2>') ~= nil, 'keymaps = { rename = "<F2>" } maps <F2>')
  T.eq(buf_map('grn'), nil, '… instead of grn')
  T.eq(buf_map('K'), nil, 'hover = false leaves K alone')
  T.eq(buf_map('gd'), 'mine', "a key the buffer already maps is left alone")
  copydesk.setup({ cmd = bin, api = legacy })
  pcall(vim.api.nvim_del_augroup_by_name, 'copydesk')
  vim.g.copydesk_keymaps = false
  copydesk.options = nil
  local b4 = fresh_article('gvar.news.md')
  copydesk.buffer_defaults(b4)
  T.eq(buf_map('grn'), nil, 'without setup(): vim.g.copydesk_keymaps = false maps nothing')
  vim.g.copydesk_keymaps = nil
  vim.cmd('silent! %bwipeout!')

  T.out('help')
  local doc = vim.fn.globpath(vim.o.runtimepath, 'doc/copydesk.txt', false, true)[1]
  T.check(doc ~= nil, 'doc/copydesk.txt is on runtimepath')
  if doc then
    local docdir = tmp .. '/doc'
    vim.fn.mkdir(docdir, 'p')
    vim.fn.writefile(vim.fn.readfile(doc, 'b'), docdir .. '/copydesk.txt', 'b')
    vim.cmd('helptags ' .. vim.fn.fnameescape(docdir))
    local tags = table.concat(vim.fn.readfile(docdir .. '/tags'), '\n')
    for _, tag in ipairs({ 'copydesk.txt', 'copydesk.setup()', ':CopydeskRestart', 'copydesk-options', 'copydesk-mappings' }) do
      T.contains(tags, tag .. '\tcopydesk.txt', 'help tag ' .. tag)
    end
  end

  T.out('checkhealth')
  local function health_text()
    vim.cmd('silent checkhealth copydesk')
    local text = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), '\n')
    vim.cmd('bwipeout!')
    return text
  end
  copydesk.setup({ cmd = bin, api = legacy })
  pcall(vim.api.nvim_del_augroup_by_name, 'copydesk')
  local text = health_text()
  T.contains(text, 'found: ' .. vim.fn.exepath(bin), 'health: binary found')
  local version = vim.trim(vim.fn.system({ bin, '--version' }))
  T.check(vim.v.shell_error == 0 and version ~= '', 'copydesk --version exits 0 with output', version)
  T.contains(text, 'version: ' .. version, 'health: reports copydesk --version')
  copydesk.setup({ cmd = tmp .. '/no/such/copydesk', api = legacy })
  pcall(vim.api.nvim_del_augroup_by_name, 'copydesk')
  text = health_text()
  T.contains(text, 'not found or not executable', 'health: missing binary is an error')
end)
