-- Headings of an article buffer without treesitter: gO (outline in the location list), ]] and [[
-- (next/previous heading). ftplugin/newsmd.lua maps them when Neovim's markdown parser cannot
-- serve a newsmd buffer (Neovim 0.7–0.9, or a build without the parser); works on 0.7+.
--
-- A heading is an ATX line (`# Title` … `###### Title`, up to three spaces before the #s) or a
-- setext one (a paragraph line underlined with === or ---). Lines in front matter, fenced code
-- and HTML comments are never headings.
local M = {}

local function atx(line)
  local hashes, rest = line:match('^ ? ? ?(#+)(.*)$')
  if not hashes or #hashes > 6 or not (rest == '' or rest:match('^[ \t]')) then
    return nil
  end
  local text = vim.trim(rest):gsub('[ \t]+#+$', ''):gsub('^#+$', '')
  return #hashes, text
end

--- Headings of buffer `bufnr` (default: current): { { lnum = 1-based, level = 1–6, text = … } }.
function M.get(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  local out = {}
  local fence = nil -- the opening fence's character and length while inside fenced code
  local comment = false
  local i = 1
  if lines[1] and lines[1]:match('^%-%-%-%s*$') then
    -- Front matter: up to the closing --- (or ...); none if it is never closed.
    for j = 2, #lines do
      if lines[j]:match('^%-%-%-%s*$') or lines[j]:match('^%.%.%.%s*$') then
        i = j + 1
        break
      end
    end
  end
  local prev_text = nil -- the previous line, when it could be a setext heading's text
  while i <= #lines do
    local line = lines[i]
    local candidate = nil
    if fence then
      local marks = line:match('^ ? ? ?([`~]+)%s*$')
      if marks and marks:sub(1, 1) == fence.char and #marks >= fence.len then
        fence = nil
      end
    elseif comment then
      comment = line:find('-->', 1, true) == nil
    else
      local marks = line:match('^ ? ? ?(```+)') or line:match('^ ? ? ?(~~~+)')
      if marks then
        fence = { char = marks:sub(1, 1), len = #marks }
      elseif line:match('^%s*<!%-%-') and not line:find('-->', 1, true) then
        comment = true
      else
        local level, text = atx(line)
        if level then
          table.insert(out, { lnum = i, level = level, text = text })
        elseif prev_text and line:match('^ ? ? ?=+%s*$') then
          table.insert(out, { lnum = i - 1, level = 1, text = prev_text })
        elseif prev_text and line:match('^ ? ? ?%-+%s*$') then
          table.insert(out, { lnum = i - 1, level = 2, text = prev_text })
        elseif line:match('%S') and not line:match('^    ') then
          candidate = vim.trim(line)
        end
      end
    end
    prev_text = candidate
    i = i + 1
  end
  return out
end

--- gO: the headings in the location list (indented by level), opened below the window.
function M.show_toc()
  local bufnr = vim.api.nvim_get_current_buf()
  local items = {}
  for _, h in ipairs(M.get(bufnr)) do
    -- The quickfix window trims spaces: indent with no-break spaces, as Neovim's own gO does.
    table.insert(items, { bufnr = bufnr, lnum = h.lnum, col = 1, text = ('\194\160'):rep(h.level - 1) .. h.text })
  end
  if #items == 0 then
    vim.notify('copydesk: no headings in this article', vim.log.levels.INFO)
    return
  end
  local name = vim.api.nvim_buf_get_name(bufnr)
  vim.fn.setloclist(0, items, ' ')
  vim.fn.setloclist(0, {}, 'a', { title = 'Table of contents' })
  vim.cmd('lopen')
  vim.w.qf_toc = name
end

--- ]] (count > 0) and [[ (count < 0): the |count|-th heading after or before the cursor line.
function M.jump(count)
  local headings = M.get(0)
  local cur = vim.api.nvim_win_get_cursor(0)[1]
  local target = nil
  local n = math.abs(count)
  if count > 0 then
    for _, h in ipairs(headings) do
      if h.lnum > cur then
        target = h.lnum
        n = n - 1
        if n == 0 then
          break
        end
      end
    end
  else
    for k = #headings, 1, -1 do
      if headings[k].lnum < cur then
        target = headings[k].lnum
        n = n - 1
        if n == 0 then
          break
        end
      end
    end
  end
  if target then
    vim.cmd("normal! m'")
    vim.api.nvim_win_set_cursor(0, { target, 0 })
  end
end

return M
