-- Copydesk for Neovim: starts `copydesk lsp` on annotated articles.
--
-- Code map
--   M.setup(opts)       user entry point; picks the client API for this Neovim:
--                         0.11+  vim.lsp.config + vim.lsp.enable (same config as lsp/copydesk.lua)
--                         0.8+   vim.lsp.start on FileType (reuses the client per root)
--                         0.7    vim.lsp.start_client once per root + vim.lsp.buf_attach_client
--   M.server_cmd()      the command line: { server path, 'lsp', extra args… }
--   M.find_root(path)   nearest directory holding `.copydesk.json`, else `.git`, else the file's dir
--   M.client_config(b)  the client config for a buffer (name, cmd, root_dir, settings…)
--   M.restart()         stops every copydesk client and re-attaches the open buffers
--   M.buffer_defaults() on attach: 'omnifunc' = LSP completion, buffer-local LSP mappings,
--                         inlay hints (0.10+) and code lens refresh, unless opted out
--                         (LspAttach on 0.8+, wrapped on_attach on 0.7)
--   M.commands          client-side commands: copydesk.showFindings (the code lens) fills the
--                         quickfix list with the article's findings
--   M.handlers(user)    the client's handlers: workspace/inlayHint/refresh redraws the hints
--                         from scratch (0.10+), then the user's
--   M.update_settings(t) merges t into the `copydesk` settings of running clients and sends them
--   M.warn_if_not_executable()  0.11+: vim.lsp.enable skips a config whose cmd is not
--                         executable without a word; say so once (FileType, plugin/copydesk.lua)
-- Invariants
--   * one client per root directory, named 'copydesk';
--   * `settings` is the `copydesk` section of workspace/configuration: it is sent as
--     { copydesk = settings }, so the server's `workspace/configuration` request for section
--     'copydesk' gets exactly what the user passed;
--   * nothing here runs before setup() except what lsp/copydesk.lua and plugin/ load.
local M = {}

local uv = vim.uv or vim.loop

M.defaults = {
  -- Server executable: a path or a name looked up in $PATH. Also read from
  -- vim.g.copydesk_server_path when setup() is not given one.
  cmd = nil,
  -- Extra arguments after `copydesk lsp`.
  args = {},
  -- The `copydesk` settings section (same keys as .copydesk.json: rules, reportingVerbs,
  -- abbreviations, include, exclude; and the editor-only inlayHints = { speakers = true,
  -- entityNames = true, sources = true }).
  settings = {},
  -- Filetypes that start the server.
  filetypes = { 'newsmd' },
  -- Also start it on plain articles (filetypes `markdown` and `text`).
  plain_articles = false,
  -- Root markers, in priority order.
  root_markers = { '.copydesk.json', '.git' },
  -- Passed through to the client.
  on_init = nil,
  on_attach = nil,
  on_exit = nil,
  capabilities = nil,
  handlers = nil,
  -- 'enable' (0.11+), 'start' (0.8+) or 'start_client' (0.7+); nil = newest this Neovim has.
  api = nil,
  -- On attach, set 'omnifunc' to LSP completion (Markdown's ftplugin leaves the HTML one, which
  -- knows nothing of `[@` and `[^`). false: keep the filetype's.
  omnifunc = true,
  -- On attach, buffer-local normal-mode mappings (the keys of Neovim 0.11's LSP defaults, on
  -- every version). false: none; a table overrides single keys (a key set to false is not mapped).
  keymaps = true,
  -- On attach, show the server's inlay hints (speaker after quotes, display name after [@id],
  -- source after [^id]) with vim.lsp.inlay_hint (Neovim 0.10+; 0.7-0.9 have no inlay hints).
  -- Which kinds: settings.inlayHints. false: leave them off.
  inlay_hints = true,
  -- On attach, show the code lens (the article's sourcing summary above its headline) and keep it
  -- current (BufEnter, InsertLeave, TextChanged, CursorHold). Run it with
  -- :lua vim.lsp.codelens.run() on the headline: the findings go to the quickfix list.
  codelens = true,
}

-- The mappings `keymaps = true` sets: action → key. Neovim 0.11+ maps grr/grn/gra (and K)
-- globally itself; mapping them in the buffer too gives 0.7–0.10 the same keys.
M.default_keymaps = {
  hover = 'K',
  definition = 'gd',
  declaration = 'gD',
  references = 'grr',
  rename = 'grn',
  code_action = 'gra',
}

M.options = nil -- set by setup()

local function opts()
  return M.options or M.defaults
end

local function is_list(t)
  return type(t) == 'table' and (vim.islist or vim.tbl_islist)(t)
end

--- The server path setup() or vim.g chose, or 'copydesk'.
function M.server_path()
  local o = opts()
  if type(o.cmd) == 'string' and o.cmd ~= '' then
    return o.cmd
  end
  if type(vim.g.copydesk_server_path) == 'string' and vim.g.copydesk_server_path ~= '' then
    return vim.g.copydesk_server_path
  end
  return 'copydesk'
end

--- { path, 'lsp', args… }; `cmd` given as a list is taken whole (then `args` are appended).
function M.server_cmd()
  local o = opts()
  local cmd
  if is_list(o.cmd) then
    cmd = vim.deepcopy(o.cmd)
  else
    cmd = { M.server_path(), 'lsp' }
  end
  local extra = o.args
  if (extra == nil or #extra == 0) and is_list(vim.g.copydesk_server_args) then
    extra = vim.g.copydesk_server_args
  end
  for _, a in ipairs(extra or {}) do
    table.insert(cmd, a)
  end
  return cmd
end

function M.filetypes()
  local o = opts()
  local fts = vim.deepcopy(o.filetypes or { 'newsmd' })
  if o.plain_articles then
    for _, ft in ipairs({ 'markdown', 'text' }) do
      if not vim.tbl_contains(fts, ft) then
        table.insert(fts, ft)
      end
    end
  end
  return fts
end

local function exists(path)
  return uv.fs_stat(path) ~= nil
end

--- Nearest ancestor of `path` (a file or directory) holding a root marker. Markers are tried
--- in priority order, each over the whole ancestry: a `.copydesk.json` anywhere above wins
--- over a closer `.git`; with neither, the file's own directory.
function M.find_root(path, markers)
  markers = markers or opts().root_markers
  path = vim.fn.fnamemodify(path, ':p')
  local start = vim.fn.isdirectory(path) == 1 and path or vim.fn.fnamemodify(path, ':h')
  start = start:gsub('/+$', '')
  if start == '' then
    start = '/'
  end
  for _, marker in ipairs(markers) do
    local dir = start
    while true do
      if exists(dir .. '/' .. marker) then
        return dir
      end
      local parent = vim.fn.fnamemodify(dir, ':h')
      if parent == dir then
        break
      end
      dir = parent
    end
  end
  return start
end

local function settings_section()
  local s = opts().settings
  if s == nil or next(s) == nil then
    s = vim.empty_dict()
  end
  return { copydesk = s }
end

-- Neovim 0.7 answers workspace/configuration but does not advertise it, so the server never
-- asks; push the settings with workspace/didChangeConfiguration right after initialize.
local function client_asks_configuration()
  local caps = vim.lsp.protocol.make_client_capabilities()
  return caps.workspace ~= nil and caps.workspace.configuration == true
end

--- The client configuration for buffer `bufnr` (0.7–0.10 paths).
function M.client_config(bufnr)
  local o = opts()
  local name = vim.api.nvim_buf_get_name(bufnr)
  local root = M.find_root(name ~= '' and name or vim.fn.getcwd())
  local settings = settings_section()
  local on_init = o.on_init
  if not client_asks_configuration() then
    on_init = function(client, result)
      client.notify('workspace/didChangeConfiguration', { settings = settings })
      if o.on_init then
        return o.on_init(client, result)
      end
    end
  end
  local on_attach = o.on_attach
  if vim.fn.has('nvim-0.8') == 0 then
    -- No LspAttach event before 0.8: set the buffer defaults from on_attach.
    on_attach = function(client, b)
      M.buffer_defaults(b)
      if o.on_attach then
        return o.on_attach(client, b)
      end
    end
  end
  local config = {
    name = 'copydesk',
    cmd = M.server_cmd(),
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = root } },
    settings = settings,
    on_init = on_init,
    on_attach = on_attach,
    on_exit = o.on_exit,
    capabilities = o.capabilities,
    handlers = M.handlers(o.handlers),
    commands = M.commands,
  }
  return config
end

--- The mappings this setup sets on attach: { action = key } (empty when opted out).
function M.keymaps()
  local k = opts().keymaps
  if M.options == nil and vim.g.copydesk_keymaps ~= nil then
    k = vim.g.copydesk_keymaps -- no setup(): the global variable decides
  end
  if k == false or k == 0 then
    return {}
  end
  local out = vim.deepcopy(M.default_keymaps)
  if type(k) == 'table' then
    for action, key in pairs(k) do
      out[action] = key or nil
    end
  end
  return out
end

local keymap_actions = {
  hover = { fn = 'hover', desc = 'Copydesk: hover (entity, source)' },
  definition = { fn = 'definition', desc = 'Copydesk: go to definition' },
  declaration = { fn = 'declaration', desc = 'Copydesk: go to declaration' },
  references = { fn = 'references', desc = 'Copydesk: references' },
  rename = { fn = 'rename', desc = 'Copydesk: rename entity or source id' },
  code_action = { fn = 'code_action', desc = 'Copydesk: code actions (quick fixes)', visual = true },
}

local function mapped_in_buffer(bufnr, mode, lhs)
  local found = false
  vim.api.nvim_buf_call(bufnr, function()
    local m = vim.fn.maparg(lhs, mode, false, true)
    found = type(m) == 'table' and m.buffer == 1
  end)
  return found
end

--- Client-side commands (client config `commands`): what Neovim runs instead of asking the
--- server. copydesk.showFindings, the code lens's command (arguments: uri, position,
--- locations), lists the findings in the quickfix list, as references would be.
M.commands = {
  ['copydesk.showFindings'] = function(command, ctx)
    local args = command.arguments or {}
    local locations = args[3] or {}
    local client = ctx and ctx.client_id and vim.lsp.get_client_by_id(ctx.client_id)
    local encoding = client and client.offset_encoding or 'utf-16'
    if #locations == 0 then
      vim.notify('copydesk: no findings to show in this article', vim.log.levels.INFO)
      return
    end
    local items = vim.lsp.util.locations_to_items(locations, encoding)
    vim.fn.setqflist({}, ' ', { title = 'Copydesk: ' .. (command.title or 'findings'), items = items })
    vim.cmd('botright copen')
  end,
}

--- workspace/inlayHint/refresh (0.10+): the server asks for new hints (settings changed, a
--- definition elsewhere changed). Neovim's own handler re-requests them but keeps drawing the old
--- hints of any line redrawn before the answer arrives (0.12-dev); turning the hints off and on
--- for the buffer drops what was drawn and asks again.
local function inlay_hint_refresh(err, _, ctx)
  if err or not (vim.lsp.inlay_hint and vim.lsp.inlay_hint.is_enabled) then
    return vim.NIL
  end
  for _, bufnr in ipairs(vim.lsp.get_buffers_by_client_id(ctx.client_id)) do
    if vim.api.nvim_buf_is_loaded(bufnr) and vim.lsp.inlay_hint.is_enabled({ bufnr = bufnr }) then
      vim.lsp.inlay_hint.enable(false, { bufnr = bufnr })
      vim.lsp.inlay_hint.enable(true, { bufnr = bufnr })
    end
  end
  return vim.NIL
end

--- The client's handlers: the user's, over ours.
function M.handlers(user)
  local out = {}
  if vim.fn.has('nvim-0.10') == 1 then
    out['workspace/inlayHint/refresh'] = inlay_hint_refresh
  end
  return vim.tbl_extend('force', out, user or {})
end

local function option(name, global)
  local value = opts()[name]
  if M.options == nil and vim.g[global] ~= nil then
    value = vim.g[global] -- no setup(): the global variable decides
  end
  return value ~= false and value ~= 0
end

-- vim.lsp.codelens.refresh takes { bufnr } since 0.10; before, it refreshed the current buffer.
local function refresh_codelens(bufnr)
  if not vim.api.nvim_buf_is_valid(bufnr) then
    return
  end
  if vim.fn.has('nvim-0.10') == 1 then
    vim.lsp.codelens.refresh({ bufnr = bufnr })
  else
    vim.api.nvim_buf_call(bufnr, function()
      vim.lsp.codelens.refresh()
    end)
  end
end

--- Inlay hints (0.10+) and code lens for an attached article buffer, unless opted out.
function M.show_hints_and_lenses(bufnr)
  if option('inlay_hints', 'copydesk_inlay_hints') and vim.lsp.inlay_hint and vim.lsp.inlay_hint.enable then
    if vim.fn.has('nvim-0.10') == 1 then
      vim.lsp.inlay_hint.enable(true, { bufnr = bufnr })
    end
  end
  if option('codelens', 'copydesk_codelens') and vim.lsp.codelens then
    local group = vim.api.nvim_create_augroup('copydesk_codelens_' .. bufnr, { clear = true })
    vim.api.nvim_create_autocmd({ 'BufEnter', 'InsertLeave', 'TextChanged', 'CursorHold' }, {
      group = group,
      buffer = bufnr,
      callback = function()
        refresh_codelens(bufnr)
      end,
      desc = 'Copydesk: keep the sourcing summary (code lens) current',
    })
    refresh_codelens(bufnr)
  end
end

--- Buffer settings on attach: LSP omnifunc and buffer-local mappings, inlay hints and code lens,
--- unless opted out. A key the buffer already maps (your own ftplugin or LspAttach) is left alone.
function M.buffer_defaults(bufnr)
  if not vim.api.nvim_buf_is_valid(bufnr) then
    return
  end
  M.show_hints_and_lenses(bufnr)
  local o = opts()
  local omni = o.omnifunc
  if M.options == nil and vim.g.copydesk_omnifunc ~= nil then
    omni = vim.g.copydesk_omnifunc
  end
  if omni ~= false and omni ~= 0 then
    vim.bo[bufnr].omnifunc = 'v:lua.vim.lsp.omnifunc'
  end
  for action, key in pairs(M.keymaps()) do
    local spec = keymap_actions[action]
    if spec and type(key) == 'string' and key ~= '' then
      local modes = spec.visual and { 'n', 'x' } or { 'n' }
      for _, mode in ipairs(modes) do
        if not mapped_in_buffer(bufnr, mode, key) then
          vim.keymap.set(mode, key, function()
            vim.lsp.buf[spec.fn]()
          end, { buffer = bufnr, desc = spec.desc })
        end
      end
    end
  end
end

local function client_name(id)
  local c = id and vim.lsp.get_client_by_id(id)
  return c and c.name
end

--- LspAttach (0.8+) → buffer_defaults for copydesk clients. Idempotent.
function M.create_attach_autocmd()
  if vim.fn.has('nvim-0.8') == 0 then
    return
  end
  local group = vim.api.nvim_create_augroup('copydesk_attach', { clear = true })
  vim.api.nvim_create_autocmd('LspAttach', {
    group = group,
    callback = function(args)
      if client_name(args.data and args.data.client_id) == 'copydesk' then
        M.buffer_defaults(args.buf)
      end
    end,
    desc = 'Copydesk: omnifunc and LSP mappings in article buffers',
  })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    callback = function(args)
      M.warn_if_not_executable(args.buf)
    end,
    desc = 'Copydesk: say once why vim.lsp.enable did not start the server',
  })
end

local warned_not_executable = false

--- 0.11+: vim.lsp.enable('copydesk') silently skips a buffer when cmd[1] is not executable
--- (it only writes lsp.log). Say why, once per session, on the first article buffer.
function M.warn_if_not_executable(bufnr)
  if warned_not_executable or vim.lsp.config == nil or vim.lsp.enable == nil then
    return false
  end
  if not vim.api.nvim_buf_is_valid(bufnr) or vim.bo[bufnr].buftype ~= '' then
    return false
  end
  local enabled
  if vim.lsp.is_enabled then
    enabled = vim.lsp.is_enabled('copydesk')
  else
    enabled = vim.lsp._enabled_configs ~= nil and vim.lsp._enabled_configs.copydesk ~= nil
  end
  if not enabled then
    return false
  end
  local ok, config = pcall(function()
    return vim.lsp.config.copydesk
  end)
  if not ok or type(config) ~= 'table' or type(config.cmd) ~= 'table' or type(config.cmd[1]) ~= 'string' then
    return false
  end
  local fts = config.filetypes
  if type(fts) == 'table' and not vim.tbl_contains(fts, vim.bo[bufnr].filetype) then
    return false
  end
  if vim.fn.executable(config.cmd[1]) == 1 then
    return false
  end
  warned_not_executable = true
  local where = config.cmd[1]:find('/', 1, true) and 'is not an executable file' or 'is not on PATH'
  vim.notify(
    ('copydesk: the language server was not started: %q %s. Install copydesk, or give its path with '
      .. "vim.g.copydesk_server_path or vim.lsp.config('copydesk', { cmd = { '/path/to/copydesk', 'lsp' } }). "
      .. ':checkhealth copydesk tells more.'):format(config.cmd[1], where),
    vim.log.levels.WARN
  )
  return true
end

local clients_by_root = {} -- 0.7 path: root_dir → client id

-- Client objects grew `:method()` calls in 0.11; before, fields were closures without self.
local colon_methods = vim.fn.has('nvim-0.11') == 1

local function is_stopped(c)
  if colon_methods then
    return c:is_stopped()
  end
  return c.is_stopped()
end

local function stop(c)
  if colon_methods then
    c:stop()
  else
    c.stop()
  end
end

local function client_alive(id)
  local c = id and vim.lsp.get_client_by_id(id)
  return c ~= nil and not is_stopped(c)
end

--- Starts (or reuses) the client for this buffer and attaches it. Returns the client id.
function M.attach(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  if vim.bo[bufnr].buftype ~= '' then
    return nil
  end
  local config = M.client_config(bufnr)
  if M.api() == 'start' then
    return vim.lsp.start(config, { bufnr = bufnr })
  end
  local id = clients_by_root[config.root_dir]
  if not client_alive(id) then
    id = vim.lsp.start_client(config)
    clients_by_root[config.root_dir] = id
  end
  if id then
    vim.lsp.buf_attach_client(bufnr, id)
  end
  return id
end

--- The client API this setup uses.
function M.api()
  local o = opts()
  if o.api then
    return o.api
  end
  if vim.lsp.config ~= nil and vim.lsp.enable ~= nil then
    return 'enable'
  elseif vim.lsp.start ~= nil then
    return 'start'
  end
  return 'start_client'
end

--- The vim.lsp.config('copydesk', …) table for 0.11+ (lsp/copydesk.lua returns the defaults).
function M.lsp_config()
  local o = opts()
  return {
    cmd = M.server_cmd(),
    filetypes = M.filetypes(),
    root_markers = vim.deepcopy(o.root_markers),
    settings = settings_section(),
    on_init = o.on_init,
    on_attach = o.on_attach,
    on_exit = o.on_exit,
    capabilities = o.capabilities,
    handlers = M.handlers(o.handlers),
    commands = M.commands,
  }
end

local function define_commands()
  vim.api.nvim_create_user_command('CopydeskRestart', function()
    M.restart()
  end, { desc = 'Restart the Copydesk language server' })
end

function M.setup(user)
  M.options = vim.tbl_deep_extend('force', vim.deepcopy(M.defaults), user or {})
  -- Lists replace, not merge.
  for _, key in ipairs({ 'args', 'filetypes', 'root_markers' }) do
    if user and user[key] then
      M.options[key] = vim.deepcopy(user[key])
    end
  end
  if user and user.cmd then
    M.options.cmd = vim.deepcopy(user.cmd)
  end
  if user and user.keymaps ~= nil then
    M.options.keymaps = vim.deepcopy(user.keymaps)
  end
  define_commands()
  M.create_attach_autocmd()

  if M.api() == 'enable' then
    vim.lsp.config('copydesk', M.lsp_config())
    vim.lsp.enable('copydesk')
    return
  end

  local group = vim.api.nvim_create_augroup('copydesk', { clear = true })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = M.filetypes(),
    callback = function(args)
      M.attach(args.buf)
    end,
    desc = 'Start or attach the Copydesk language server',
  })
  -- Buffers already open when setup() runs.
  local fts = M.filetypes()
  for _, buf in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(buf) and vim.tbl_contains(fts, vim.bo[buf].filetype) then
      M.attach(buf)
    end
  end
end

local function copydesk_clients()
  local all = (vim.lsp.get_clients or vim.lsp.get_active_clients)()
  local out = {}
  for _, c in ipairs(all) do
    if c.name == 'copydesk' then
      table.insert(out, c)
    end
  end
  return out
end
M.clients = copydesk_clients

--- Changes the `copydesk` settings of the running clients (and of later ones), e.g.
--- update_settings({ inlayHints = { sources = false } }): merged into the current settings, sent
--- with workspace/didChangeConfiguration; the server re-lints and redraws hints and lenses.
function M.update_settings(changes)
  M.options = M.options or vim.deepcopy(M.defaults)
  M.options.settings = vim.tbl_deep_extend('force', M.options.settings or {}, changes or {})
  for _, c in ipairs(copydesk_clients()) do
    local section = vim.tbl_deep_extend('force', (c.settings or c.config.settings or {}).copydesk or {}, changes or {})
    local settings = { copydesk = section }
    c.config.settings = settings
    if c.settings ~= nil then
      c.settings = settings -- 0.11+: what the client answers workspace/configuration from
    end
    if colon_methods then
      c:notify('workspace/didChangeConfiguration', { settings = settings })
    else
      c.notify('workspace/didChangeConfiguration', { settings = settings })
    end
  end
end

function M.restart()
  local clients = copydesk_clients()
  local bufs = {}
  for _, c in ipairs(clients) do
    for buf in pairs(c.attached_buffers or {}) do
      bufs[buf] = true
    end
    stop(c)
  end
  clients_by_root = {}
  vim.wait(3000, function()
    for _, c in ipairs(clients) do
      if not is_stopped(c) then
        return false
      end
    end
    return true
  end, 50)
  for buf in pairs(bufs) do
    if vim.api.nvim_buf_is_valid(buf) then
      if M.api() == 'enable' then
        -- vim.lsp.enable re-attaches on the next FileType; trigger it.
        vim.api.nvim_exec_autocmds('FileType', { buffer = buf, modeline = false })
      else
        M.attach(buf)
      end
    end
  end
end

return M
