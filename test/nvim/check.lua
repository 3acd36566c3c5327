-- Neovim (0.7 to 0.12 tried) as a real LSP client of the unres server (run by test/nvim/run.mjs):
-- diagnostics (pushed or pulled) for a faulty draft, none for an adopted text, hover on a footnote,
-- and one of the README's configurations (UNRES_README_SNIPPET, titled UNRES_README_TITLE), run as
-- written: it starts the server for a draft, and again for the next draft once the server stopped.
-- Reads UNRES_SERVER, UNRES_FAULTY, UNRES_EXAMPLE, UNRES_ROOT, UNRES_CHECK_NAME from the environment.
-- Exits 0 when every check passes, 1 otherwise (cquit).

local TIMEOUT = tonumber(os.getenv('UNRES_NVIM_TIMEOUT') or '') or 15000

local passed, failed = 0, 0

local function say(text)
  io.stdout:write(text .. '\n')
end

local function check(name, ok, detail)
  if ok then
    passed = passed + 1
    say('  ok    ' .. name)
  else
    failed = failed + 1
    say('  FAIL  ' .. name .. (detail and ('\n        ' .. detail) or ''))
  end
  return ok
end

-- The APIs that changed between 0.7 and 0.12: 0.10 renamed get_active_clients, 0.11 deprecated
-- start_client (vim.lsp.start, which attaches the buffer unless told not to, came in 0.8) and gave
-- str_utfindex an encoding argument.
local has_011 = vim.fn.has('nvim-0.11') == 1
local get_clients = vim.lsp.get_clients or vim.lsp.get_active_clients
local function start_client(config)
  if has_011 then
    return vim.lsp.start(config, { attach = false })
  end
  return vim.lsp.start_client(config)
end
local function utf16_index(line, byte)
  if has_011 then
    return vim.str_utfindex(line, 'utf-16', byte)
  end
  local _, utf16 = vim.str_utfindex(line, byte)
  return utf16
end

local function getenv(name)
  local value = os.getenv(name)
  if not value or value == '' then
    error(name .. ' is not set (run this through test/nvim/run.mjs)')
  end
  return value
end

-- Every set of diagnostics the server gave, counted by URI, so that an empty one can be seen:
-- pushed (publishDiagnostics, Neovim 0.7) or answering a pull (textDocument/diagnostic,
-- which Neovim asks for from 0.10 on when the server offers it, as this one does).
local published = {}
local default_publish = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  if result and result.uri then
    published[result.uri] = (published[result.uri] or 0) + 1
  end
  return default_publish(err, result, ctx, config)
end
local default_pull = vim.lsp.handlers['textDocument/diagnostic']
if default_pull then
  vim.lsp.handlers['textDocument/diagnostic'] = function(err, result, ctx, config)
    local uri = ctx and ctx.params and ctx.params.textDocument and ctx.params.textDocument.uri
    if uri and result then
      published[uri] = (published[uri] or 0) + 1
    end
    return default_pull(err, result, ctx, config)
  end
end

--- The rule id of a Neovim diagnostic: top-level code (0.7+) or user_data.lsp.code.
local function code_of(d)
  local code = d.code
  if code == nil and d.user_data and d.user_data.lsp then
    code = d.user_data.lsp.code
  end
  if type(code) == 'table' then
    code = code.value
  end
  return tostring(code)
end

--- Diagnostics of a buffer as sorted '<1-based line>:<code>' strings.
local function summarize(buf)
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(out, string.format('%d:%s', d.lnum + 1, code_of(d)))
  end
  table.sort(out, function(a, b)
    local la, ca = a:match('^(%d+):(.*)$')
    local lb, cb = b:match('^(%d+):(.*)$')
    if tonumber(la) ~= tonumber(lb) then
      return tonumber(la) < tonumber(lb)
    end
    return ca < cb
  end)
  return table.concat(out, ', ')
end

--- Opens a file in a new buffer with filetype unres and attaches the client.
local function open(path, client_id)
  vim.cmd('edit ' .. vim.fn.fnameescape(path))
  local buf = vim.api.nvim_get_current_buf()
  vim.bo[buf].filetype = 'unres'
  if not vim.lsp.buf_attach_client(buf, client_id) then
    error('could not attach the client to ' .. path)
  end
  return buf
end

--- Plain text of a hover result: MarkupContent, MarkedString or a list of them.
local function hover_text(contents)
  if type(contents) == 'string' then
    return contents
  end
  if type(contents) ~= 'table' then
    return ''
  end
  if contents.value then
    return contents.value
  end
  local parts = {}
  for _, c in ipairs(contents) do
    table.insert(parts, hover_text(c))
  end
  return table.concat(parts, '\n')
end

local function run()
  local server = getenv('UNRES_SERVER')
  local faulty = getenv('UNRES_FAULTY')
  local example = getenv('UNRES_EXAMPLE')
  local root = getenv('UNRES_ROOT')

  local exited
  -- Not named 'unres': the README's configurations below must start a client of their own, where
  -- vim.lsp.start (0.8+) would take over one of the same name and root.
  local client_id = start_client({
    name = 'unres-check',
    cmd = { 'node', server, '--stdio' },
    root_dir = root,
    on_exit = function(code, signal)
      exited = string.format('code %s, signal %s', tostring(code), tostring(signal))
    end,
  })
  if not client_id then
    error('could not start a client of node ' .. server .. ' --stdio')
  end

  -- 1. The faulty draft: exactly its five problems.
  local expected = '2:agenda-item, 14:opener-italics, 16:preamble-punctuation, 20:footnote-undefined, 22:operative-numbering'
  local buf = open(faulty, client_id)
  vim.wait(TIMEOUT, function()
    return exited ~= nil or summarize(buf) == expected
  end, 20)
  if exited then
    error('the server exited (' .. exited .. ')')
  end
  local actual = summarize(buf)
  check('faulty.unres: diagnostics ' .. expected, actual == expected, 'got: ' .. (actual == '' and '(none)' or actual))

  -- 2. The adopted resolution: the server answers with no diagnostics.
  local ebuf = open(example, client_id)
  local euri = vim.uri_from_bufnr(ebuf)
  vim.wait(TIMEOUT, function()
    return exited ~= nil or (published[euri] or 0) > 0
  end, 20)
  check(
    'A-RES-73-331.unres: no diagnostics',
    (published[euri] or 0) > 0 and #vim.diagnostic.get(ebuf) == 0,
    (published[euri] or 0) == 0 and 'no diagnostics for it, pushed or pulled, within the timeout' or ('got: ' .. summarize(ebuf))
  )

  -- 3. Hover on the first footnote reference [^1] shows the footnote text.
  local row, col
  for i, line in ipairs(vim.api.nvim_buf_get_lines(ebuf, 0, -1, false)) do
    local at = line:find('[^1]', 1, true)
    if at and not line:match('^%s*%[%^1%]:') then
      row, col = i - 1, utf16_index(line, at + 1) -- on the '1' (0-based UTF-16 column)
      break
    end
  end
  if not row then
    error('no [^1] reference in ' .. example)
  end
  local responses, err = vim.lsp.buf_request_sync(ebuf, 'textDocument/hover', {
    textDocument = { uri = euri },
    position = { line = row, character = col },
  }, TIMEOUT)
  local text = ''
  for _, response in pairs(responses or {}) do
    if response.result then
      text = text .. hover_text(response.result.contents)
    elseif response.error then
      text = text .. 'error: ' .. vim.inspect(response.error)
    end
  end
  local want = 'A/73/328–S/2018/592.'
  check(
    string.format('hover on [^1] at %d:%d shows %s', row + 1, col + 1, want),
    text:find(want, 1, true) ~= nil,
    'got: ' .. (responses and vim.inspect(text) or ('no response: ' .. tostring(err)))
  )

  -- 4. The README's configuration for this Neovim, as a reader copies it: opening a draft by its
  --    name detects it, starts a server and attaches it, and its diagnostics come.
  local title, snippet = getenv('UNRES_README_TITLE'), getenv('UNRES_README_SNIPPET')
  vim.cmd('filetype on') -- as in a usual configuration (this check runs with -u NONE)
  local chunk, message = loadstring(snippet, 'README.md, ' .. title)
  if not chunk then
    error('the README snippet "' .. title .. '" does not load: ' .. message)
  end
  local clients_before = #get_clients()
  chunk()
  local copy = root .. '/readme-snippet.unres'
  vim.fn.writefile(vim.fn.readfile(faulty), copy)
  vim.cmd('edit ' .. vim.fn.fnameescape(copy))
  local rbuf = vim.api.nvim_get_current_buf()
  vim.wait(TIMEOUT, function()
    return summarize(rbuf) == expected
  end, 20)
  local got = summarize(rbuf)
  check(
    'README, ' .. title .. ': opening a draft starts the server and shows ' .. expected,
    vim.bo[rbuf].filetype == 'unres' and #get_clients() == clients_before + 1 and got == expected,
    string.format('filetype %q, %d new client(s), got: %s', vim.bo[rbuf].filetype, #get_clients() - clients_before, got == '' and '(none)' or got)
  )

  -- 5. Once that server has stopped (or crashed), the next draft opened starts one again.
  local function readme_clients()
    return vim.tbl_filter(function(c)
      return c.name == 'unres'
    end, get_clients())
  end
  local stopped = readme_clients()
  for _, c in ipairs(stopped) do
    if has_011 then
      c:stop()
    else
      vim.lsp.stop_client(c.id)
    end
  end
  vim.wait(TIMEOUT, function()
    return #readme_clients() == 0
  end, 20)
  local gone = #readme_clients() == 0
  local again = root .. '/after-stop.unres'
  vim.fn.writefile(vim.fn.readfile(faulty), again)
  vim.cmd('edit ' .. vim.fn.fnameescape(again))
  local abuf = vim.api.nvim_get_current_buf()
  vim.wait(TIMEOUT, function()
    return summarize(abuf) == expected
  end, 20)
  local after = summarize(abuf)
  local fresh = readme_clients()
  check(
    'README, ' .. title .. ': after the server stopped, the next draft starts it again and shows its diagnostics',
    #stopped == 1 and gone and #fresh == 1 and fresh[1].id ~= stopped[1].id and after == expected,
    string.format('%d client(s) stopped, gone: %s, %d running after, got: %s', #stopped, tostring(gone), #fresh, after == '' and '(none)' or after)
  )
end

local ok, err = xpcall(run, debug.traceback)
if not ok then
  failed = failed + 1
  say('  ERROR ' .. tostring(err))
end
say(string.format('%s: %d passed, %d failed', os.getenv('UNRES_CHECK_NAME') or 'nvim', passed, failed))
if failed > 0 then
  vim.cmd('cquit 1')
else
  vim.cmd('qall!')
end
