-- Issue 10's editor features in Neovim, with the real server, as a user sees them: open d.news.md
-- of the workspace (Tests/editors/make_workspace.sh) after require('copydesk').setup{}, then
--   * inlay hints (0.10+): the virtual text Neovim draws after the quote's "he said" (— Jack Ma),
--     after the short form [@daniel-zhang] (Daniel Zhang) and after the citation [^pr] (the
--     source's first words); settings.inlayHints.sources = false (sent as the user changes the
--     settings) removes the source hint. 0.7-0.9 have no inlay hints: the test checks that the
--     setup neither fails nor draws any, and that the rest still works;
--   * the code lens: the sourcing summary drawn as virtual text on the headline, and
--     vim.lsp.codelens.run() on it putting the article's findings in the quickfix list;
--   * document links: Neovim has no UI for them (no textDocument/documentLink client, 0.7
--     to 0.12); the test asks the request through the attached client and checks the targets,
--     so a user's mapping or plugin gets them (gx opens a URL under the cursor without LSP);
--   * the baseline round trip: vim.lsp.buf.code_action choosing "Accept this finding" on the
--     unsourced claim (the workspace edit creates .copydesk-baseline.json, the command makes the
--     server drop the finding), :wall, `copydesk lint d.news.md` exits 0; then editing the
--     sentence brings the diagnostic back and lint fails again;
--   * teaching a reporting verb: the code action "Treat 'chirped' as a reporting verb" edits
--     .copydesk.json, the quote is attributed, :wall, lint agrees.
-- Env: COPYDESK_BIN, COPYDESK_WS (as test_lsp.lua).
local here = vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':p:h')
local T = dofile(here .. '/harness.lua')
local bin = assert(vim.env.COPYDESK_BIN, 'COPYDESK_BIN not set')
local ws = assert(vim.env.COPYDESK_WS, 'COPYDESK_WS not set')
local TIMEOUT = tonumber(vim.env.COPYDESK_TIMEOUT_MS or '20000')
local has_inlay_hints = vim.fn.has('nvim-0.10') == 1

vim.cmd('filetype plugin on')
vim.cmd('runtime! plugin/copydesk.lua')
vim.o.columns = 200
vim.o.lines = 50

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

-- 0-based line and byte column of `needle` in the buffer.
local function find(buf, needle, nth)
  nth = nth or 1
  for i, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local from = 1
    while true do
      local col = line:find(needle, from, true)
      if not col then
        break
      end
      nth = nth - 1
      if nth == 0 then
        return i - 1, col - 1
      end
      from = col + 1
    end
  end
  error(('%q not in the buffer'):format(needle))
end

-- What Neovim draws that is not the text: every extmark with virtual text, in all namespaces.
local function virtual_texts(buf)
  local out = {}
  for name, ns in pairs(vim.api.nvim_get_namespaces()) do
    for _, m in ipairs(vim.api.nvim_buf_get_extmarks(buf, ns, 0, -1, { details = true })) do
      local d = m[4] or {}
      if d.virt_text then
        local text = ''
        for _, chunk in ipairs(d.virt_text) do
          text = text .. chunk[1]
        end
        table.insert(out, { ns = name, line = m[2], col = m[3], text = text, pos = d.virt_text_pos })
      end
    end
  end
  return out
end

local function describe(marks)
  local parts = {}
  for _, m in ipairs(marks) do
    table.insert(parts, ('%d:%d [%s] %s %q'):format(m.line, m.col, m.ns, tostring(m.pos), m.text))
  end
  return table.concat(parts, '\n')
end

local function mark_with(buf, text)
  for _, m in ipairs(virtual_texts(buf)) do
    if m.text:find(text, 1, true) then
      return m
    end
  end
end

-- Lets Neovim redraw (inlay hints are drawn for the visible lines at redraw time).
local function redraw()
  vim.cmd('redraw!')
end

local function wait_mark(buf, text, present)
  vim.wait(TIMEOUT, function()
    redraw()
    return (mark_with(buf, text) ~= nil) == present
  end, 100)
  return mark_with(buf, text)
end

local function diag_code(d)
  return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
end

local function claim_diagnostic(buf, line)
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if diag_code(d) == 'unsourced-claim' and d.lnum == line then
      return d
    end
  end
end

-- Runs vim.lsp.buf.code_action() with vim.ui.select answered by the action whose title contains `wanted`;
-- returns the titles offered (nil when the menu never opened).
local function choose_code_action(wanted)
  local offered = nil
  local real_select = vim.ui.select
  vim.ui.select = function(items, o, on_choice)
    offered = {}
    local choice = nil
    for i, item in ipairs(items) do
      local title = o and o.format_item and o.format_item(item) or vim.inspect(item)
      table.insert(offered, title)
      if title:find(wanted, 1, true) and choice == nil then
        choice = i
      end
    end
    on_choice(choice and items[choice], choice)
  end
  vim.lsp.buf.code_action()
  vim.wait(TIMEOUT, function()
    return offered ~= nil
  end, 50)
  vim.ui.select = real_select
  return offered
end

local function lint(file)
  local out = vim.fn.system({ 'sh', '-c', 'cd "$1" && "$2" lint "$3"', 'sh', ws, bin, file })
  return vim.v.shell_error, out
end

T.run(function()
  T.out(('Neovim %s'):format(vim.split(vim.fn.execute('version'), '\n', { trimempty = true })[1]))
  require('copydesk').setup({ cmd = bin })
  local d_path = ws .. '/d.news.md'
  vim.cmd('edit ' .. vim.fn.fnameescape(d_path))
  local buf = vim.api.nvim_get_current_buf()
  local attached = vim.wait(TIMEOUT, function()
    local cs = clients(buf)
    return #cs > 0 and cs[1].initialized ~= false and cs[1].server_capabilities ~= nil
  end, 50)
  if not T.check(attached, 'copydesk client attached to d.news.md') then
    return
  end
  local client = clients(buf)[1]
  local claim_line = find(buf, 'Sales rose 40%')
  vim.wait(TIMEOUT, function()
    return claim_diagnostic(buf, claim_line) ~= nil
  end, 50)
  T.check(claim_diagnostic(buf, claim_line) ~= nil, 'unsourced-claim on "Sales rose 40% in the quarter."')

  -- Inlay hints, as drawn.
  T.out('inlay hints')
  if has_inlay_hints then
    T.check(vim.lsp.inlay_hint.is_enabled({ bufnr = buf }), 'setup enabled inlay hints in the article buffer')
    local speaker = wait_mark(buf, '— Jack Ma', true)
    local said_line, said_col = find(buf, 'he said')
    T.check(speaker ~= nil and speaker.line == said_line and speaker.col == said_col + #'he said'
      and speaker.pos == 'inline', '"— Jack Ma" drawn inline right after "he said"', describe(virtual_texts(buf)))
    local short_line, short_col = find(buf, '[@daniel-zhang]', 2)
    local name = mark_with(buf, 'Daniel Zhang')
    T.check(name ~= nil and name.line == short_line and name.col == short_col + #'[@daniel-zhang]',
      '"Daniel Zhang" drawn after the short form [@daniel-zhang]', describe(virtual_texts(buf)))
    local cite_line, cite_col = find(buf, '[^pr]')
    local source = mark_with(buf, 'Alibaba Group press release, 9 January…')
    T.check(source ~= nil and source.line == cite_line and source.col == cite_col + #'[^pr]',
      'the source\'s first words drawn after the citation [^pr]', describe(virtual_texts(buf)))

    -- The user turns source hints off in the settings.
    require('copydesk').update_settings({ inlayHints = { sources = false } })
    -- The server asks Neovim to refresh (workspace/inlayHint/refresh); redraws go on meanwhile,
    -- as when the user moves around (0.12-dev's own handler then kept the old hint drawn).
    vim.wait(TIMEOUT, function()
      redraw()
      return mark_with(buf, 'Alibaba Group press release') == nil and mark_with(buf, '— Jack Ma') ~= nil
        and mark_with(buf, 'Daniel Zhang') ~= nil
    end, 100)
    T.check(mark_with(buf, 'Alibaba Group press release') == nil,
      'settings inlayHints.sources = false: the source hint is gone', describe(virtual_texts(buf)))
    T.check(mark_with(buf, '— Jack Ma') ~= nil and mark_with(buf, 'Daniel Zhang') ~= nil,
      'the speaker and name hints stay', describe(virtual_texts(buf)))

    -- A definition in another article changes (a.news.md, open in a split): the server asks for a
    -- refresh and the speaker hint in d.news.md follows.
    vim.cmd('split ' .. vim.fn.fnameescape(ws .. '/a.news.md'))
    local abuf = vim.api.nvim_get_current_buf()
    vim.wait(TIMEOUT, function()
      return #clients(abuf) > 0
    end, 50)
    local def_line = find(abuf, '[@jack-ma]: Jack Ma')
    vim.api.nvim_buf_set_lines(abuf, def_line, def_line + 1, false, { '[@jack-ma]: Ma Yun' })
    T.check(wait_mark(buf, '— Ma Yun', true) ~= nil and mark_with(buf, '— Jack Ma') == nil,
      'renaming the entity in a.news.md: d.news.md now shows "— Ma Yun"', describe(virtual_texts(buf)))
    vim.api.nvim_buf_set_lines(abuf, def_line, def_line + 1, false, { '[@jack-ma]: Jack Ma' })
    vim.bo[abuf].modified = false
    vim.cmd('close')
    vim.api.nvim_set_current_buf(buf)
    wait_mark(buf, '— Jack Ma', true)
  else
    redraw()
    T.check(vim.lsp.inlay_hint == nil, 'this Neovim has no vim.lsp.inlay_hint (inlay hints need 0.10+)')
    T.check(mark_with(buf, '— Jack Ma') == nil and mark_with(buf, 'Daniel Zhang') == nil,
      'no inlay hint is drawn, and setup did not fail', describe(virtual_texts(buf)))
  end

  -- Code lens: the sourcing summary on the headline.
  T.out('code lens')
  local headline = find(buf, '# Ma returns to Hangzhou')
  local summary = '1 unsourced claim · 0 sourced · 1 quote · 1 named source, 0 anonymous'
  local lens = wait_mark(buf, summary, true)
  T.check(lens ~= nil and lens.line == headline, 'the sourcing summary is drawn on the headline',
    describe(virtual_texts(buf)))
  vim.api.nvim_win_set_cursor(0, { headline + 1, 0 })
  vim.fn.setqflist({}, 'r')
  vim.lsp.codelens.run()
  vim.wait(TIMEOUT, function()
    return #vim.fn.getqflist() > 0
  end, 50)
  local qf = vim.fn.getqflist()
  T.check(#qf == 1 and qf[1].lnum == claim_line + 1 and qf[1].bufnr == buf,
    'running the lens lists the finding (the unsourced claim) in the quickfix list', vim.inspect(qf))
  T.contains(vim.fn.getqflist({ title = 1 }).title, summary, 'the quickfix title is the summary')
  vim.cmd('silent! cclose')
  vim.api.nvim_set_current_buf(buf)

  -- Document links: no UI in Neovim; the request through the client.
  T.out('document links (no Neovim UI: the request)')
  local links = vim.lsp.buf_request_sync(buf, 'textDocument/documentLink',
    { textDocument = { uri = vim.uri_from_bufnr(buf) } }, TIMEOUT)
  local targets = {}
  for _, r in pairs(links or {}) do
    for _, l in ipairs(r.result or {}) do
      table.insert(targets, l.target)
    end
  end
  table.sort(targets)
  T.eq(targets, { 'https://www.alibabagroup.com/en/news/press', 'https://www.wikidata.org/wiki/Q16198941' },
    'the source URL and the Wikidata same-as are links')

  -- The baseline round trip.
  T.out('accept a finding: baseline round trip')
  local rc, out = lint('d.news.md')
  T.check(rc == 1 and out:find('unsourced-claim', 1, true), 'before: copydesk lint d.news.md fails on the claim', out)
  vim.api.nvim_win_set_cursor(0, { claim_line + 1, 11 })
  local offered = choose_code_action('Accept this finding')
  T.check(offered ~= nil and table.concat(offered, '\n'):find('Accept this finding', 1, true),
    'code action offers "Accept this finding"', vim.inspect(offered))
  vim.wait(TIMEOUT, function()
    return claim_diagnostic(buf, claim_line) == nil
  end, 50)
  T.check(claim_diagnostic(buf, claim_line) == nil, 'the accepted finding is no longer shown')
  local baseline_buf = vim.fn.bufnr(ws .. '/.copydesk-baseline.json')
  T.check(baseline_buf ~= -1, 'the edit opened .copydesk-baseline.json in a buffer')
  vim.cmd('silent wall')
  local ok_read, baseline = pcall(vim.fn.json_decode, table.concat(vim.fn.readfile(ws .. '/.copydesk-baseline.json'), '\n'))
  local entry = ok_read and baseline.findings and baseline.findings[1]
  T.check(entry ~= nil and entry.rule == 'unsourced-claim' and entry.article == 'd.news.md'
    and entry.sentence == 'Sales rose 40% in the quarter.', ':wall wrote the finding to .copydesk-baseline.json',
    vim.inspect(baseline))
  rc, out = lint('d.news.md')
  T.check(rc == 0, 'after accepting: copydesk lint d.news.md exits 0', out)

  -- Edit the sentence as a user would (the figure changes): the finding is back.
  vim.api.nvim_set_current_buf(buf)
  local text = vim.api.nvim_buf_get_lines(buf, claim_line, claim_line + 1, false)[1]
  vim.api.nvim_buf_set_lines(buf, claim_line, claim_line + 1, false, { (text:gsub('40%%', '45%%')) })
  vim.wait(TIMEOUT, function()
    return claim_diagnostic(buf, claim_line) ~= nil
  end, 50)
  T.check(claim_diagnostic(buf, claim_line) ~= nil, 'editing the sentence brings the diagnostic back')
  vim.cmd('silent write')
  rc, out = lint('d.news.md')
  T.check(rc == 1 and out:find('45%', 1, true), 'and copydesk lint fails on it again', out)

  -- Teach a reporting verb: the code action edits .copydesk.json; the quote is attributed.
  T.out('treat a word as a reporting verb')
  local e_path = ws .. '/e.news.md'
  T.write(e_path, { '# Talks', '', 'Lewin chirped, “The plan is dead and we all know it.”' })
  vim.cmd('edit ' .. vim.fn.fnameescape(e_path))
  local ebuf = vim.api.nvim_get_current_buf()
  local function quote_diag()
    for _, d in ipairs(vim.diagnostic.get(ebuf)) do
      if diag_code(d) == 'unattributed-quote' then
        return d
      end
    end
  end
  vim.wait(TIMEOUT, function()
    return quote_diag() ~= nil
  end, 50)
  T.check(quote_diag() ~= nil, 'unattributed-quote on "Lewin chirped, “…”"')
  vim.api.nvim_win_set_cursor(0, { 3, 20 })
  offered = choose_code_action("Treat 'chirped' as a reporting verb")
  T.check(offered ~= nil and table.concat(offered, '\n'):find("Treat 'chirped' as a reporting verb", 1, true),
    "code action offers \"Treat 'chirped' as a reporting verb\"", vim.inspect(offered))
  vim.wait(TIMEOUT, function()
    return quote_diag() == nil
  end, 50)
  T.check(quote_diag() == nil, 'the quote is attributed at once')
  vim.cmd('silent wall')
  local ok_config, config = pcall(vim.fn.json_decode, table.concat(vim.fn.readfile(ws .. '/.copydesk.json'), '\n'))
  T.check(ok_config and vim.deep_equal(config.reportingVerbs, { 'chirped' }), ':wall wrote reportingVerbs to .copydesk.json',
    table.concat(vim.fn.readfile(ws .. '/.copydesk.json'), '\n'))
  rc, out = lint('e.news.md')
  T.check(rc == 0, 'copydesk lint e.news.md exits 0', out)

  vim.lsp.stop_client(client.id)
end)
