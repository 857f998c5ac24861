-- Headless round trip with the real server: open b.news.md of the two-article workspace
-- (Tests/editors/make_workspace.sh), wait for diagnostics, hover and go to definition on the
-- mention of an entity defined in a.news.md, then shut the server down and check it exited 0.
--
-- Then opens the plain article c.txt (plain articles opted in) and waits for its diagnostics.
--
-- Env: COPYDESK_BIN (server binary), COPYDESK_WS (workspace dir), COPYDESK_NVIM_API:
--   enable        vim.lsp.enable('copydesk') with lsp/copydesk.lua, no setup() (0.11+)
--   start         require('copydesk').setup({ api = 'start' })        (the 0.8–0.10 path)
--   start_client  require('copydesk').setup({ api = 'start_client' }) (the 0.7 path)
--   (empty)       require('copydesk').setup() choosing by version
local here = vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':p:h')
local T = dofile(here .. '/harness.lua')
local bin = assert(vim.env.COPYDESK_BIN, 'COPYDESK_BIN not set')
local ws = assert(vim.env.COPYDESK_WS, 'COPYDESK_WS not set')
local api = vim.env.COPYDESK_NVIM_API or ''
local TIMEOUT = tonumber(vim.env.COPYDESK_TIMEOUT_MS or '20000')

vim.cmd('filetype plugin on')
-- -u NONE skips plugin/ scripts; load ours as a normal startup would.
vim.cmd('runtime! plugin/copydesk.lua')

local exit_code = nil
local config_requests = {}
local function on_exit(code)
  exit_code = code
end
-- Wrap the client's workspace/configuration handler to record what the server asked and got.
local default_config_handler = vim.lsp.handlers['workspace/configuration']
local handlers = {
  ['workspace/configuration'] = function(err, result, ctx, config)
    local answer = default_config_handler(err, result, ctx, config)
    table.insert(config_requests, { params = result, answer = answer })
    return answer
  end,
}
-- Settings sent as the `copydesk` section: raise unused-source from hint to error, so the
-- diagnostics show the settings reached the server.
local settings = { rules = { ['unused-source'] = 'error' } }

local function clients(buf)
  if vim.lsp.get_clients then
    return vim.lsp.get_clients({ bufnr = buf, name = 'copydesk' })
  end
  local out = {}
  for _, c in pairs(vim.lsp.buf_get_clients(buf)) do
    if c.name == 'copydesk' then
      table.insert(out, c)
    end
  end
  return out
end

-- 0-based line and byte column of `needle` in file `path`.
local function find(path, needle)
  local lines = vim.fn.readfile(path)
  for i, line in ipairs(lines) do
    local col = line:find(needle, 1, true)
    if col then
      return i - 1, col - 1, line
    end
  end
  error(('%q not in %s'):format(needle, path))
end

-- Byte column → LSP character in the client's negotiated encoding.
local function lsp_character(line, byte_col, encoding)
  if encoding == 'utf-8' then
    return byte_col
  end
  if vim.fn.has('nvim-0.11') == 1 then
    return vim.str_utfindex(line, encoding, byte_col)
  end
  local u32, u16 = vim.str_utfindex(line, byte_col)
  return encoding == 'utf-16' and u16 or u32
end

local function request(buf, method, params)
  local responses, err = vim.lsp.buf_request_sync(buf, method, params, TIMEOUT)
  if not responses then
    return nil, err
  end
  for _, r in pairs(responses) do
    if r.error then
      return nil, vim.inspect(r.error)
    end
    return r.result
  end
  return nil, 'no response'
end

local function diag_code(d)
  return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
end

local function summarize(diags)
  local parts = {}
  for _, d in ipairs(diags) do
    table.insert(parts, ('%d:%d %s %s %s'):format(d.lnum, d.col, tostring(diag_code(d)), tostring(d.severity), d.message))
  end
  return table.concat(parts, '\n')
end

local function hover_text(result)
  if type(result) ~= 'table' then
    return ''
  end
  local c = result.contents
  if type(c) == 'string' then
    return c
  end
  if c.value then
    return c.value
  end
  local parts = {}
  for _, item in ipairs(c) do
    table.insert(parts, type(item) == 'string' and item or item.value)
  end
  return table.concat(parts, '\n')
end

T.run(function()
  local a_path = ws .. '/a.news.md'
  local b_path = ws .. '/b.news.md'
  T.out(('Neovim %s, api=%s'):format(vim.split(vim.fn.execute('version'), '\n', { trimempty = true })[1], api ~= '' and api or 'auto'))

  if api == 'enable' then
    vim.g.copydesk_server_path = bin
    vim.lsp.config('copydesk', { on_exit = on_exit, handlers = handlers,
      settings = { copydesk = settings }, filetypes = { 'newsmd', 'markdown', 'text' } })
    vim.lsp.enable('copydesk')
  else
    require('copydesk').setup({ cmd = bin, api = api ~= '' and api or nil, on_exit = on_exit,
      handlers = handlers, settings = settings, plain_articles = true })
  end

  vim.cmd('edit ' .. vim.fn.fnameescape(b_path))
  local buf = vim.api.nvim_get_current_buf()
  T.eq(vim.bo.filetype, 'newsmd', 'b.news.md has filetype newsmd')

  local attached = vim.wait(TIMEOUT, function()
    local cs = clients(buf)
    return #cs > 0 and cs[1].initialized ~= false and cs[1].server_capabilities ~= nil
  end, 50)
  if not T.check(attached, 'copydesk client attached and initialized') then
    return
  end
  local client = clients(buf)[1]
  local encoding = client.offset_encoding or 'utf-16'
  T.out('  position encoding: ' .. encoding)
  T.eq(vim.fn.resolve(client.config.root_dir), vim.fn.resolve(ws), 'root_dir is the folder with .copydesk.json')

  -- Diagnostics: the unsourced claim; the unused source as an error (settings); nothing
  -- undefined, since @jack-ma is defined in the other article.
  local claim_line = find(b_path, '$15 billion')
  local unused_line = find(b_path, '[^unused]:')
  local function pick(diags, code, line)
    for _, d in ipairs(diags) do
      if diag_code(d) == code and (line == nil or d.lnum == line) then
        return d
      end
    end
  end
  local function state()
    local diags = vim.diagnostic.get(buf)
    return pick(diags, 'unsourced-claim', claim_line), pick(diags, 'unused-source', unused_line),
      pick(diags, 'undefined-entity'), diags
  end
  vim.wait(TIMEOUT, function()
    local claim, unused, undefined = state()
    return claim ~= nil and unused ~= nil and unused.severity == vim.diagnostic.severity.ERROR and undefined == nil
  end, 50)
  local claim, unused, undefined, diags = state()
  T.check(claim ~= nil, 'unsourced-claim reported on the "$15 billion" line', summarize(diags))
  if claim then
    T.eq(claim.source, 'copydesk', 'diagnostic source is copydesk')
  end
  T.check(unused ~= nil and unused.severity == vim.diagnostic.severity.ERROR,
    'settings reached the server: unused-source raised from hint to error', summarize(diags))
  T.check(undefined == nil, 'no undefined-entity: @jack-ma is defined in a.news.md', summarize(diags))
  local caps = vim.lsp.protocol.make_client_capabilities()
  if caps.workspace and caps.workspace.configuration then
    local asked = false
    for _, r in ipairs(config_requests) do
      for i, item in ipairs(r.params and r.params.items or {}) do
        if item.section == 'copydesk' then
          asked = vim.deep_equal(r.answer and r.answer[i], settings)
        end
      end
    end
    T.check(asked, 'server asked workspace/configuration for section copydesk and got the settings',
      vim.inspect(config_requests))
  else
    T.out('  (this Neovim does not advertise workspace/configuration: settings go by didChangeConfiguration)')
  end

  -- Hover and definition on "Mr Ma" (after the emoji) in b.news.md.
  local line, col, text = find(b_path, 'Mr Ma][@jack-ma]')
  local pos = { line = line, character = lsp_character(text, col + 1, encoding) }
  local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = pos }
  local hover, herr = request(buf, 'textDocument/hover', params)
  local htext = hover_text(hover)
  T.contains(htext, 'Jack Ma', 'hover names the entity')
  T.contains(htext, 'Founder of Alibaba Group', 'hover shows its description from a.news.md')
  if herr then
    T.out('  hover error: ' .. herr)
  end
  if hover and hover.range then
    local _, mcol = find(b_path, '[Mr Ma][@jack-ma]')
    T.eq(hover.range.start, { line = line, character = lsp_character(text, mcol, encoding) },
      'hover range starts at the mention')
  end

  local def, derr = request(buf, 'textDocument/definition', params)
  local loc = def
  if type(def) == 'table' and def[1] then
    loc = def[1]
  end
  local uri = loc and (loc.uri or loc.targetUri)
  local range = loc and (loc.range or loc.targetSelectionRange or loc.targetRange)
  local def_line = find(a_path, '[@jack-ma]:')
  T.check(uri ~= nil and vim.fn.resolve(vim.uri_to_fname(uri)) == vim.fn.resolve(a_path),
    'definition is in a.news.md', vim.inspect(def) .. (derr or ''))
  T.check(range ~= nil and range.start.line == def_line, ('definition on line %d'):format(def_line),
    vim.inspect(def))

  -- What a user does in the article buffer: K, gd, grr, grn, gra and <C-x><C-o> after `[@`.
  -- Before the plugin set them, 0.7–0.10 ran `man` on K and completed HTML tags.
  T.out('mappings and omnifunc in the article buffer')
  T.eq(vim.bo[buf].omnifunc, 'v:lua.vim.lsp.omnifunc', "'omnifunc' is LSP completion, not Markdown's HTML one")
  local function floats()
    local out = {}
    for _, w in ipairs(vim.api.nvim_list_wins()) do
      if vim.api.nvim_win_get_config(w).relative ~= '' then
        table.insert(out, w)
      end
    end
    return out
  end
  local function press(keys)
    local ok, err = pcall(vim.cmd, 'normal ' .. keys)
    if not ok then
      T.out('  (' .. keys .. ': ' .. tostring(err) .. ')')
    end
    return ok
  end
  local function float_text()
    local parts = {}
    for _, w in ipairs(floats()) do
      table.insert(parts, table.concat(vim.api.nvim_buf_get_lines(vim.api.nvim_win_get_buf(w), 0, -1, false), '\n'))
    end
    return table.concat(parts, '\n')
  end
  local win = vim.api.nvim_get_current_win()
  vim.api.nvim_win_set_cursor(win, { line + 1, col + 1 })
  press('K')
  vim.wait(TIMEOUT, function()
    return float_text():find('Founder of Alibaba Group', 1, true) ~= nil
  end, 50)
  T.contains(float_text(), 'Founder of Alibaba Group', 'K on a mention shows the hover of the entity')
  for _, w in ipairs(floats()) do
    pcall(vim.api.nvim_win_close, w, true)
  end

  press('gd')
  vim.wait(TIMEOUT, function()
    return vim.fn.resolve(vim.api.nvim_buf_get_name(0)) == vim.fn.resolve(a_path)
  end, 50)
  T.check(vim.fn.resolve(vim.api.nvim_buf_get_name(0)) == vim.fn.resolve(a_path)
    and vim.api.nvim_win_get_cursor(0)[1] == def_line + 1, 'gd jumps to the definition in a.news.md',
    vim.api.nvim_buf_get_name(0) .. ':' .. vim.api.nvim_win_get_cursor(0)[1])
  vim.api.nvim_set_current_buf(buf)
  vim.api.nvim_win_set_cursor(0, { line + 1, col + 1 })

  vim.fn.setqflist({}, 'r')
  press('grr')
  vim.wait(TIMEOUT, function()
    return #vim.fn.getqflist() > 0
  end, 50)
  local qf_files = {}
  for _, item in ipairs(vim.fn.getqflist()) do
    qf_files[vim.fn.fnamemodify(vim.api.nvim_buf_get_name(item.bufnr), ':t')] = true
  end
  T.check(qf_files['a.news.md'] and qf_files['b.news.md'], 'grr lists the references in both articles',
    vim.inspect(vim.fn.getqflist()))
  vim.cmd('silent! cclose')
  vim.api.nvim_set_current_buf(buf)
  vim.api.nvim_win_set_cursor(0, { line + 1, col + 1 })

  local real_input, real_select = vim.ui.input, vim.ui.select
  local asked_name = nil
  vim.ui.input = function(o, on_confirm)
    asked_name = o or {}
    on_confirm(nil)
  end
  press('grn')
  vim.wait(TIMEOUT, function()
    return asked_name ~= nil
  end, 50)
  T.check(asked_name ~= nil, 'grn asks for the new name (rename)')
  local offered = nil
  vim.ui.select = function(items, o, on_choice)
    offered = {}
    for _, item in ipairs(items) do
      table.insert(offered, o and o.format_item and o.format_item(item) or vim.inspect(item))
    end
    on_choice(nil)
  end
  vim.api.nvim_win_set_cursor(0, { claim_line + 1, (vim.fn.getline(claim_line + 1):find('$15', 1, true) or 1) - 1 })
  press('gra')
  vim.wait(TIMEOUT, function()
    return offered ~= nil
  end, 50)
  T.check(offered ~= nil and table.concat(offered, '\n'):find('citation', 1, true) ~= nil,
    'gra on the unsourced claim offers the quick fixes', vim.inspect(offered))
  vim.ui.input, vim.ui.select = real_input, real_select

  -- Completion as a user asks for it: type `[@` in insert mode, then <C-x><C-o>.
  local last = vim.api.nvim_buf_line_count(buf)
  vim.api.nvim_buf_set_lines(buf, last, last, false, { '', 'Later [@' })
  vim.api.nvim_win_set_cursor(0, { last + 2, 0 })
  local words = nil
  local started = (vim.uv or vim.loop).now()
  local function poll()
    local info = vim.fn.complete_info({ 'items' })
    if #info.items > 0 or (vim.uv or vim.loop).now() - started > TIMEOUT then
      words = {}
      for _, item in ipairs(info.items) do
        table.insert(words, item.word)
      end
      vim.api.nvim_feedkeys(vim.api.nvim_replace_termcodes('<C-e><Esc>', true, false, true), 'n', false)
    else
      vim.defer_fn(poll, 50)
    end
  end
  vim.defer_fn(poll, 50)
  vim.api.nvim_feedkeys(vim.api.nvim_replace_termcodes('A<C-x><C-o>', true, false, true), 'xt!', false)
  T.check(words ~= nil and #vim.tbl_filter(function(w) return w:find('jack-ma', 1, true) == 1 end, words) > 0,
    '<C-x><C-o> after [@ completes the entity id jack-ma',
    vim.inspect(words))
  vim.api.nvim_buf_set_lines(buf, last, -1, false, {})
  vim.bo[buf].modified = false

  -- :CopydeskRestart: the old server exits cleanly, a new client serves the buffer.
  local old_id = client.id
  vim.cmd('CopydeskRestart')
  local restarted = vim.wait(TIMEOUT, function()
    local cs = clients(buf)
    return #cs == 1 and cs[1].id ~= old_id and cs[1].server_capabilities ~= nil
  end, 50)
  T.check(restarted, ':CopydeskRestart attaches a new client to b.news.md')
  T.eq(exit_code, 0, 'the old server exited with 0 on restart')
  exit_code = nil
  if restarted then
    client = clients(buf)[1]
    -- The new server indexes the workspace again: ask until it knows the entity.
    local text = ''
    vim.wait(TIMEOUT, function()
      text = hover_text((request(buf, 'textDocument/hover', params)))
      return text:find('Jack Ma', 1, true) ~= nil
    end, 200)
    T.contains(text, 'Jack Ma', 'hover works after the restart')
  end

  -- A plain article, opted in: same server, prose rules.
  local c_path = ws .. '/c.txt'
  vim.cmd('edit ' .. vim.fn.fnameescape(c_path))
  local cbuf = vim.api.nvim_get_current_buf()
  T.eq(vim.bo.filetype, 'text', 'c.txt has filetype text')
  local c_line = find(c_path, '56 percent')
  vim.wait(TIMEOUT, function()
    return pick(vim.diagnostic.get(cbuf), 'unsourced-claim', c_line) ~= nil
  end, 50)
  T.check(pick(vim.diagnostic.get(cbuf), 'unsourced-claim', c_line) ~= nil,
    'plain article c.txt: unsourced-claim on the "56 percent" line', summarize(vim.diagnostic.get(cbuf)))
  T.eq(#clients(cbuf) == 1 and clients(cbuf)[1].id, client.id, 'c.txt is served by the same client')

  -- Clean exit: shutdown + exit, server process ends with 0.
  vim.lsp.stop_client(client.id)
  local stopped = vim.wait(TIMEOUT, function()
    return exit_code ~= nil
  end, 50)
  T.check(stopped, 'server process exited after shutdown')
  T.eq(exit_code, 0, 'server exit code after shutdown/exit')
end)
