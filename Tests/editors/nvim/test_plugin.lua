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

  T.out('help')
  local doc = vim.fn.globpath(vim.o.runtimepath, 'doc/copydesk.txt', false, true)[1]
  T.check(doc ~= nil, 'doc/copydesk.txt is on runtimepath')
  if doc then
    local docdir = tmp .. '/doc'
    vim.fn.mkdir(docdir, 'p')
    vim.fn.writefile(vim.fn.readfile(doc, 'b'), docdir .. '/copydesk.txt', 'b')
    vim.cmd('helptags ' .. vim.fn.fnameescape(docdir))
    local tags = table.concat(vim.fn.readfile(docdir .. '/tags'), '\n')
    for _, tag in ipairs({ 'copydesk.txt', 'copydesk.setup()', ':CopydeskRestart', 'copydesk-options' }) do
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
