-- Tiny assertion harness shared by the headless Neovim tests (works on 0.7 and 0.11+).
-- Each check prints one line to stdout; finish() exits 0 only if every check passed.
local T = { passed = 0, failed = 0, name = vim.env.COPYDESK_TEST_NAME or 'nvim' }

local function out(s)
  io.stdout:write(s .. '\n')
  io.stdout:flush()
end
T.out = out

function T.check(cond, what, detail)
  if cond then
    T.passed = T.passed + 1
    out(('  ok    %s'):format(what))
  else
    T.failed = T.failed + 1
    out(('  FAIL  %s%s'):format(what, detail and ('\n        ' .. tostring(detail):gsub('\n', '\n        ')) or ''))
  end
  return cond
end

function T.eq(actual, expected, what)
  return T.check(vim.deep_equal(actual, expected), what,
    ('expected %s, got %s'):format(vim.inspect(expected), vim.inspect(actual)))
end

function T.contains(haystack, needle, what)
  haystack = tostring(haystack or '')
  return T.check(haystack:find(needle, 1, true) ~= nil, what,
    ('%q not found in:\n%s'):format(needle, haystack))
end

function T.write(path, lines)
  vim.fn.mkdir(vim.fn.fnamemodify(path, ':h'), 'p')
  vim.fn.writefile(lines, path, 'b')
end

-- Runs fn, turning an error into a failed check rather than a hung/odd exit.
function T.run(fn)
  local ok, err = xpcall(fn, debug.traceback)
  if not ok then
    T.check(false, 'test body raised an error', err)
  end
  T.finish()
end

function T.finish()
  out(('%s: %d passed, %d failed'):format(T.name, T.passed, T.failed))
  if T.failed > 0 or T.passed == 0 then
    vim.cmd('cquit')
  else
    vim.cmd('qall!')
  end
end

return T
