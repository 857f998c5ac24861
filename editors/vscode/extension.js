// Copydesk for VS Code: runs `copydesk lsp` for news articles through vscode-languageclient.
//
// Code map
//   activate()            registers the commands and the `copydesk` task provider; starts the
//                         client when there is something to check (maybeStart), restarts it when
//                         server settings change
//   maybeStart()          starts the client once the workspace has articles: an open newsmd
//                         document, a *.news.md or .copydesk.json in a folder, or plain articles
//                         (copydesk.plainArticles, activated by onLanguage:markdown/plaintext)
//   findServer()          copydesk.server.path (with ${workspaceFolder} and ~ expanded), else
//                         `copydesk` on PATH; undefined if neither is executable
//   createClient()        LanguageClient over stdio: `copydesk lsp [args…] --stdio`
//   copydeskSection()     the `copydesk` section the server reads with workspace/configuration
//                         (rules, words, and the inlayHints.* switches)
//   showFindingsLens()    code lens middleware: the server's copydesk.showFindings lens opens
//                         VS Code's references view (editor.action.showReferences) on the findings
//   lintWorkspace()       runs `copydesk lint` on each workspace folder as a task whose output
//                         fills the Problems panel through the `$copydesk` problem matcher
//                         (columns in UTF-16 code units, as VS Code counts them)
//   showSummary()         Copydesk: Show Sourcing Summary — the server's copydesk.showSourcingSummary
//                         for the active article (the server shows it as a message)
//   reindexWorkspace()    Copydesk: Re-index Workspace — the server's copydesk.restartIndexing
//                         (the server's own command ids are registered by vscode-languageclient,
//                         so the palette commands have ids of their own)
//   taskProvider          the `copydesk` task type: provides `lint` per folder, resolves
//                         `{ "type": "copydesk", "task": "lint" }` from tasks.json
// Invariants
//   * one client at a time; restart disposes the old one before starting a new one;
//   * activation never waits for the user: a missing binary is reported without awaiting
//     the notification;
//   * the client id is 'copydesk', so vscode-languageclient reads `copydesk.trace.server`;
//   * every setting and command contributed in package.json is used here (a test checks).
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

const CLIENT_ID = 'copydesk'; // => trace setting `copydesk.trace.server`
const SECTION = 'copydesk';

/** @type {LanguageClient | undefined} */
let client;
/** @type {vscode.OutputChannel | undefined} */
let output;
/** The client was started once (later starts are restarts). */
let started = false;
/** A maybeStart() in progress, so concurrent triggers start one client. */
let starting;

// `copydesk lint` as the task runs it: text output whose columns are UTF-16 code units, which
// is what a problem matcher's column means to VS Code (UTF-8 bytes would land right of the
// finding on any line with an accent, a curly quote or a dash).
const LINT_ARGS = ['lint', '--format', 'text', '--column-unit', 'utf-16', '.'];
const LINT_DETAIL =
  'copydesk lint on the folder, as CI runs it. The language server already shows the findings of ' +
  'the articles it checks; these are the linter\'s (source "copydesk lint"), so a finding may be listed twice.';
const ARTICLE_GLOB = '{**/*.news.md,**/.copydesk.json}';

function isExecutable(file) {
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) return false;
    if (process.platform === 'win32') return true;
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch (_) {
    return false;
  }
}

function firstFolder() {
  const folders = vscode.workspace.workspaceFolders;
  return folders && folders.length > 0 ? folders[0].uri.fsPath : undefined;
}

/** Expands `~` and `${workspaceFolder}`, and resolves a relative path against the first folder. */
function expandPath(p) {
  let out = p.trim();
  const folder = firstFolder();
  if (out === '~' || out.startsWith('~/')) out = path.join(os.homedir(), out.slice(1));
  if (folder) out = out.split('${workspaceFolder}').join(folder);
  if (!path.isAbsolute(out) && folder && (out.includes('/') || out.includes(path.sep))) {
    out = path.resolve(folder, out);
  }
  return out;
}

function searchPath(name) {
  const dirs = (process.env.PATH || '').split(path.delimiter).filter(Boolean);
  const names = process.platform === 'win32' ? [name + '.exe', name + '.cmd', name] : [name];
  for (const dir of dirs) {
    for (const n of names) {
      const candidate = path.join(dir, n);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
}

/**
 * The server executable: the `copydesk.server.path` setting when set, else `copydesk` on PATH.
 * Returns { path } or { error } (a message for the user).
 */
function findServer() {
  const config = vscode.workspace.getConfiguration(SECTION);
  const configured = (config.get('server.path') || '').trim();
  if (configured) {
    const expanded = expandPath(configured);
    if (path.isAbsolute(expanded)) {
      return isExecutable(expanded)
        ? { path: expanded }
        : { error: `copydesk.server.path is "${configured}", which is not an executable file.` };
    }
    const found = searchPath(expanded);
    return found ? { path: found } : { error: `copydesk.server.path is "${configured}", which is not on PATH.` };
  }
  const found = searchPath('copydesk');
  return found
    ? { path: found }
    : { error: 'Could not find the copydesk executable on PATH. Install it or set copydesk.server.path.' };
}

/** The `copydesk` section for workspace/configuration (same keys as .copydesk.json, plus inlayHints). */
function copydeskSection(scopeUri) {
  const scope = scopeUri ? vscode.Uri.parse(scopeUri) : undefined;
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  const rules = {};
  for (const [id, severity] of Object.entries(config.get('rules') || {})) {
    if (typeof severity === 'string' && severity !== '') rules[id] = severity;
  }
  // Sent only when set: unset, the server keeps `.copydesk.json`'s "learnedCues" (off unless it says so).
  const learnedCues = config.get('learnedCues');
  return {
    rules,
    reportingVerbs: config.get('reportingVerbs') || [],
    abbreviations: config.get('abbreviations') || [],
    ...(typeof learnedCues === 'boolean' ? { learnedCues } : {}),
    // Editor-only: which inlay hints the server sends (each defaults to on).
    inlayHints: {
      speakers: config.get('inlayHints.speakers') !== false,
      entityNames: config.get('inlayHints.entityNames') !== false,
      sources: config.get('inlayHints.sources') !== false,
    },
  };
}

/**
 * The server's code lens says the article's sourcing summary; its command, copydesk.showFindings,
 * carries `[uri, position, locations]` — the arguments of VS Code's references view. Clicking the
 * lens opens that view on the findings (instead of the server merely jumping to the first one).
 */
function showFindingsLens(lens) {
  const command = lens && lens.command;
  if (!command || command.command !== 'copydesk.showFindings' || !Array.isArray(command.arguments)) return lens;
  const [uri, position, locations] = command.arguments;
  if (typeof uri !== 'string' || !position || !Array.isArray(locations)) return lens;
  const asPosition = (p) => new vscode.Position(p.line, p.character);
  lens.command = {
    title: command.title,
    command: 'editor.action.showReferences',
    arguments: [
      vscode.Uri.parse(uri),
      asPosition(position),
      locations.map((l) => new vscode.Location(vscode.Uri.parse(l.uri), new vscode.Range(asPosition(l.range.start), asPosition(l.range.end)))),
    ],
  };
  return lens;
}

function documentSelector() {
  const selector = [
    { scheme: 'file', language: 'newsmd' },
    { scheme: 'untitled', language: 'newsmd' },
  ];
  if (vscode.workspace.getConfiguration(SECTION).get('plainArticles')) {
    selector.push({ scheme: 'file', language: 'markdown' }, { scheme: 'file', language: 'plaintext' });
  }
  return selector;
}

function createClient(serverPath) {
  const config = vscode.workspace.getConfiguration(SECTION);
  const args = ['lsp', ...(config.get('server.args') || [])];
  // TransportKind.stdio makes the client append `--stdio`, which `copydesk lsp` accepts.
  const run = { command: serverPath, args, transport: TransportKind.stdio, options: { cwd: firstFolder() } };
  const serverOptions = { run, debug: run };
  const clientOptions = {
    documentSelector: documentSelector(),
    outputChannel: output,
    synchronize: {
      // Tell the server when settings change (it then asks workspace/configuration again).
      configurationSection: SECTION,
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/*.news.md'),
        vscode.workspace.createFileSystemWatcher('**/.copydesk.json'),
      ],
    },
    middleware: {
      provideCodeLenses: async (document, token, next) => {
        const lenses = await next(document, token);
        return Array.isArray(lenses) ? lenses.map(showFindingsLens) : lenses;
      },
      workspace: {
        configuration: async (params, token, next) => {
          const answers = await next(params, token);
          return params.items.map((item, i) =>
            item.section === SECTION ? copydeskSection(item.scopeUri) : Array.isArray(answers) ? answers[i] : null
          );
        },
      },
    },
  };
  return new LanguageClient(CLIENT_ID, 'Copydesk', serverOptions, clientOptions);
}

function plainArticles() {
  return vscode.workspace.getConfiguration(SECTION).get('plainArticles') === true;
}

/** Documents the server would check: newsmd, and Markdown/plain text with plainArticles. */
function isArticle(document) {
  if (!document || (document.uri && document.uri.scheme !== 'file' && document.uri.scheme !== 'untitled')) {
    return false;
  }
  if (document.languageId === 'newsmd') return true;
  return plainArticles() && (document.languageId === 'markdown' || document.languageId === 'plaintext');
}

/** Is there anything for the server to check: plain articles on, an article open, or in a folder? */
async function hasArticles() {
  if (plainArticles()) return true;
  if ((vscode.workspace.textDocuments || []).some(isArticle)) return true;
  if (!(vscode.workspace.workspaceFolders || []).length) return false;
  try {
    const found = await vscode.workspace.findFiles(ARTICLE_GLOB, '**/node_modules/**', 1);
    return found.length > 0;
  } catch (_) {
    return false;
  }
}

/** Starts the client the first time there are articles (or `document` is one); then does nothing. */
async function maybeStart(document) {
  if (started) return client;
  if (!starting) {
    starting = (async () => {
      if (!isArticle(document) && !(await hasArticles())) return undefined;
      started = true;
      return startClient();
    })().finally(() => {
      starting = undefined;
    });
  }
  return starting;
}

/** Tells the user about a missing binary without waiting for them (activation goes on). */
function reportMissingServer(message) {
  if (output) output.appendLine(message);
  Promise.resolve(vscode.window.showErrorMessage(`Copydesk: ${message}`, 'Open Settings'))
    .then((choice) => {
      if (choice === 'Open Settings') {
        return vscode.commands.executeCommand('workbench.action.openSettings', 'copydesk.server.path');
      }
      return undefined;
    })
    .catch(() => undefined);
}

async function startClient() {
  const server = findServer();
  if (server.error) {
    reportMissingServer(server.error);
    return undefined;
  }
  output.appendLine(`Starting ${server.path} lsp`);
  client = createClient(server.path);
  try {
    await client.start();
  } catch (err) {
    // vscode-languageclient has already shown its own message; keep the log.
    output.appendLine(`The server failed to start: ${err && err.message ? err.message : err}`);
  }
  return client;
}

async function stopClient() {
  const old = client;
  client = undefined;
  if (old) {
    try {
      await old.dispose(); // stops the server (shutdown + exit) if it is running
    } catch (err) {
      if (output) output.appendLine(`Stopping the server: ${err && err.message ? err.message : err}`);
    }
  }
}

async function restartServer() {
  await stopClient();
  started = true;
  return startClient();
}

/** The `lint` task of `folder`: `copydesk lint` there, findings to Problems via `$copydesk`. */
function lintTask(folder, serverPath, definition = { type: 'copydesk', task: 'lint' }) {
  const task = new vscode.Task(
    definition,
    folder,
    'lint',
    'copydesk',
    new vscode.ProcessExecution(serverPath, LINT_ARGS, { cwd: folder.uri.fsPath }),
    ['$copydesk']
  );
  task.detail = LINT_DETAIL;
  task.presentationOptions = { reveal: vscode.TaskRevealKind.Silent, clear: true };
  return task;
}

/** The provider of the `copydesk` task type (Run Task… and tasks.json entries). */
const taskProvider = {
  provideTasks() {
    const server = findServer();
    if (server.error) return [];
    return (vscode.workspace.workspaceFolders || []).map((folder) => lintTask(folder, server.path));
  },
  resolveTask(task) {
    const definition = task && task.definition;
    if (!definition || definition.type !== 'copydesk' || definition.task !== 'lint') return undefined;
    const folder = task.scope && task.scope.uri ? task.scope : (vscode.workspace.workspaceFolders || [])[0];
    const server = findServer();
    if (!folder || server.error) return undefined;
    return lintTask(folder, server.path, definition); // the same definition object, as VS Code requires
  },
};

/** Runs `copydesk lint` in every workspace folder as a task; findings go to Problems. */
async function lintWorkspace() {
  const folders = vscode.workspace.workspaceFolders || [];
  if (folders.length === 0) {
    vscode.window.showInformationMessage('Copydesk: open a folder to lint its articles.');
    return [];
  }
  const server = findServer();
  if (server.error) {
    vscode.window.showErrorMessage(`Copydesk: ${server.error}`);
    return [];
  }
  const executions = [];
  for (const folder of folders) {
    executions.push(await vscode.tasks.executeTask(lintTask(folder, server.path)));
  }
  return executions;
}

/** Sends a server command (workspace/executeCommand) through the running client. */
async function serverCommand(command, args) {
  if (!client) {
    vscode.window.showInformationMessage('Copydesk: the language server is not running.');
    return undefined;
  }
  return client.sendRequest('workspace/executeCommand', { command, arguments: args });
}

/** Copydesk: Show Sourcing Summary — the code lens's text for the active article, as a message. */
async function showSummary() {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isArticle(editor.document)) {
    vscode.window.showInformationMessage('Copydesk: open an article to see its sourcing summary.');
    return undefined;
  }
  return serverCommand('copydesk.showSourcingSummary', [editor.document.uri.toString()]);
}

/** Copydesk: Re-index Workspace — the server forgets configurations and baselines and reads them again. */
function reindexWorkspace() {
  return serverCommand('copydesk.restartIndexing', []);
}

function activate(context) {
  output = vscode.window.createOutputChannel('Copydesk');
  started = false;
  starting = undefined;
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('copydesk.restartServer', restartServer),
    vscode.commands.registerCommand('copydesk.lintWorkspace', lintWorkspace),
    vscode.commands.registerCommand('copydesk.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('copydesk.showSummary', showSummary),
    vscode.commands.registerCommand('copydesk.reindexWorkspace', reindexWorkspace),
    vscode.tasks.registerTaskProvider('copydesk', taskProvider),
    vscode.workspace.onDidOpenTextDocument((document) => {
      // Activated by a Markdown or text file, or nothing to check yet: start with the first article.
      if (!started && isArticle(document)) maybeStart(document);
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      // Server command line or document selector changed: a new server is needed.
      if (
        event.affectsConfiguration('copydesk.server.path') ||
        event.affectsConfiguration('copydesk.server.args') ||
        event.affectsConfiguration('copydesk.plainArticles')
      ) {
        if (started) restartServer();
        else maybeStart();
      }
    }),
    { dispose: () => stopClient() }
  );
  return maybeStart(vscode.window.activeTextEditor && vscode.window.activeTextEditor.document);
}

function deactivate() {
  return stopClient();
}

module.exports = {
  activate,
  deactivate,
  findServer,
  copydeskSection,
  showFindingsLens,
  restartServer,
  lintWorkspace,
  taskProvider,
  LINT_ARGS,
};
