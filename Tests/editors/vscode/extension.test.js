// Behaviour of editors/vscode/extension.js with `vscode` and `vscode-languageclient/node`
// replaced by recording fakes (the npm registry is unreachable here, and VS Code cannot run
// headless in CI). Checks: which binary is started and how, when (only once there are
// articles; plain articles in a folder of only .md/.txt), that a missing binary does not hold
// up activation, the `copydesk` settings section answered to workspace/configuration, the
// commands, restart, the lint task and its provider, the problem matcher against the real
// `copydesk lint` output (COPYDESK_BIN) on a line with multi-byte characters, that every
// contributed setting is actually read, and, against the real server (`copydesk lsp` driven by a
// small stdio client with the extension's middleware in VS Code's place): the
// copydesk.inlayHints.* settings switching the hints, the code lens turned into a
// references-view command, and the summary/re-index palette commands.
//
// Run: node --test Tests/editors/vscode/extension.test.js
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const Module = require('module');

const EXT_DIR = path.resolve(__dirname, '../../../editors/vscode');
const manifest = JSON.parse(fs.readFileSync(path.join(EXT_DIR, 'package.json'), 'utf8'));

// ---- fakes ------------------------------------------------------------------------------
function makeWorld({ settings = {}, folders = [], pathDirs = [], documents = [], errorAnswer } = {}) {
  const world = {
    settings: { ...settings },
    reads: new Set(), // every `copydesk.*` key read through getConfiguration().get
    commands: new Map(),
    clients: [],
    errors: [],
    infos: [],
    tasks: [],
    configListeners: [],
    openListeners: [],
    taskProviders: new Map(),
    findFilesCalls: [],
    executed: [],
    sent: [], // requests sent through the client (sendRequest)
    answer: undefined, // (method, params) => result, for sendRequest
  };
  const uri = (p) => ({ fsPath: p, toString: () => 'file://' + p, scheme: 'file' });
  const vscode = {
    Uri: { parse: (s) => uri(s.replace(/^file:\/\//, '')), file: uri },
    workspace: {
      workspaceFolders: folders.map((f, index) => ({ uri: uri(f), name: path.basename(f), index })),
      getConfiguration(section) {
        return {
          get(key) {
            const full = `${section}.${key}`;
            world.reads.add(full);
            return world.settings[full];
          },
        };
      },
      createFileSystemWatcher: (glob) => ({ glob, dispose() {} }),
      onDidChangeConfiguration(cb) {
        world.configListeners.push(cb);
        return { dispose() {} };
      },
      onDidOpenTextDocument(cb) {
        world.openListeners.push(cb);
        return { dispose() {} };
      },
      textDocuments: documents,
      // VS Code's findFiles over the folders on disk, for the one glob the extension asks.
      async findFiles(include, exclude, max) {
        world.findFilesCalls.push(include);
        assert.equal(include, '{**/*.news.md,**/.copydesk.json}');
        const out = [];
        const walk = (dir) => {
          for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
            const p = path.join(dir, e.name);
            if (e.isDirectory()) {
              if (e.name !== 'node_modules') walk(p);
            } else if (e.name.endsWith('.news.md') || e.name === '.copydesk.json') {
              out.push(uri(p));
            }
          }
        };
        for (const f of folders) walk(f);
        return out.slice(0, max);
      },
    },
    window: {
      activeTextEditor: undefined,
      createOutputChannel: (name) => ({ name, lines: [], appendLine(l) { this.lines.push(l); }, show() {}, dispose() {} }),
      // errorAnswer 'never': the user has not dismissed the notification (yet).
      showErrorMessage: (msg, ...items) => {
        world.errors.push({ msg, items });
        return errorAnswer === 'never' ? new Promise(() => {}) : Promise.resolve(errorAnswer);
      },
      showInformationMessage: async (msg) => { world.infos.push(msg); return undefined; },
    },
    commands: {
      registerCommand(id, fn) {
        assert.ok(!world.commands.has(id), `command ${id} registered twice`);
        world.commands.set(id, fn);
        return { dispose() {} };
      },
      executeCommand: async (...args) => { world.executed.push(args); },
    },
    Task: class Task {
      constructor(definition, scope, name, source, execution, problemMatchers) {
        Object.assign(this, { definition, scope, name, source, execution, problemMatchers });
      }
    },
    ProcessExecution: class ProcessExecution {
      constructor(process, args, options) { Object.assign(this, { process, args, options }); }
    },
    TaskRevealKind: { Always: 1, Silent: 2, Never: 3 },
    Position: class Position {
      constructor(line, character) { Object.assign(this, { line, character }); }
    },
    Range: class Range {
      constructor(start, end) { Object.assign(this, { start, end }); }
    },
    Location: class Location {
      constructor(uri, range) { Object.assign(this, { uri, range }); }
    },
    tasks: {
      executeTask: async (task) => { world.tasks.push(task); return { task }; },
      registerTaskProvider(type, provider) {
        world.taskProviders.set(type, provider);
        return { dispose() {} };
      },
    },
  };
  const languageclient = {
    TransportKind: { stdio: 0, ipc: 1, pipe: 2, socket: 3 },
    LanguageClient: class LanguageClient {
      constructor(id, name, serverOptions, clientOptions) {
        Object.assign(this, { id, name, serverOptions, clientOptions, started: 0, disposed: 0 });
        world.clients.push(this);
      }
      async start() { this.started++; }
      async sendRequest(method, params) {
        world.sent.push({ method, params });
        return world.answer ? world.answer(method, params) : null;
      }
      async dispose() { this.disposed++; }
    },
  };
  world.vscode = vscode;
  world.env = { PATH: pathDirs.join(path.delimiter) };
  world.modules = { vscode, 'vscode-languageclient/node': languageclient };
  return world;
}

// Loads a fresh copy of extension.js bound to `world`'s fakes.
function loadExtension(world) {
  const originalResolve = Module._resolveFilename;
  const fakePaths = {};
  for (const [name, exports] of Object.entries(world.modules)) {
    const fake = path.join(os.tmpdir(), `__fake__${name.replace(/\W/g, '_')}.js`);
    fakePaths[name] = fake;
    const m = new Module(fake);
    m.filename = fake;
    m.loaded = true;
    m.exports = exports;
    require.cache[fake] = m;
  }
  Module._resolveFilename = function (request, ...rest) {
    if (fakePaths[request]) return fakePaths[request];
    return originalResolve.call(this, request, ...rest);
  };
  const file = path.join(EXT_DIR, 'extension.js');
  delete require.cache[require.resolve(file)];
  try {
    return require(file);
  } finally {
    Module._resolveFilename = originalResolve;
  }
}

function context() {
  return { subscriptions: [] };
}

function tmpdir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-vscode-'));
}

// A workspace folder holding an annotated article (what makes the extension start the server).
function articleDir() {
  const dir = tmpdir();
  fs.writeFileSync(path.join(dir, 'a.news.md'), '# A\n\nText.\n');
  return dir;
}

function fakeBinary(dir, name = 'copydesk', mode = 0o755) {
  fs.mkdirSync(dir, { recursive: true });
  const p = path.join(dir, name);
  fs.writeFileSync(p, '#!/bin/sh\nexit 0\n');
  fs.chmodSync(p, mode);
  return p;
}

async function withEnv(env, fn) {
  const saved = process.env.PATH;
  process.env.PATH = env.PATH;
  try {
    return await fn();
  } finally {
    process.env.PATH = saved;
  }
}

const contributedSettings = Object.keys(manifest.contributes.configuration.properties);
const contributedCommands = manifest.contributes.commands.map((c) => c.command);

// ---- tests ------------------------------------------------------------------------------
test('starts `copydesk lsp` found on PATH, over stdio, for newsmd documents', async () => {
  const dir = articleDir();
  const bin = fakeBinary(path.join(dir, 'bin'));
  const world = makeWorld({ folders: [dir], pathDirs: [path.join(dir, 'empty'), path.join(dir, 'bin')] });
  const ext = loadExtension(world);
  await withEnv(world.env, () => ext.activate(context()));
  assert.equal(world.clients.length, 1);
  const c = world.clients[0];
  assert.equal(c.id, 'copydesk', 'client id copydesk => vscode-languageclient reads copydesk.trace.server');
  assert.equal(c.started, 1);
  assert.equal(c.serverOptions.run.command, bin);
  assert.deepEqual(c.serverOptions.run.args, ['lsp']);
  assert.equal(c.serverOptions.run.transport, 0 /* stdio */);
  assert.deepEqual(c.clientOptions.documentSelector.map((s) => s.language), ['newsmd', 'newsmd']);
  assert.equal(c.clientOptions.synchronize.configurationSection, 'copydesk');
  assert.deepEqual([...world.commands.keys()].sort(), [...contributedCommands].sort(), 'every contributed command registered');
});

test('copydesk.server.path wins over PATH; ${workspaceFolder} and extra args expand', async () => {
  const dir = articleDir();
  fakeBinary(path.join(dir, 'onpath'));
  const local = fakeBinary(path.join(dir, 'tools'));
  const world = makeWorld({
    folders: [dir],
    pathDirs: [path.join(dir, 'onpath')],
    settings: { 'copydesk.server.path': '${workspaceFolder}/tools/copydesk', 'copydesk.server.args': ['--log', 'debug'] },
  });
  const ext = loadExtension(world);
  await withEnv(world.env, () => ext.activate(context()));
  assert.equal(world.clients[0].serverOptions.run.command, local);
  assert.deepEqual(world.clients[0].serverOptions.run.args, ['lsp', '--log', 'debug']);
});

test('a server.path that is not executable is reported, with a way to the setting', async () => {
  const dir = articleDir();
  const notExec = fakeBinary(path.join(dir, 'x'), 'copydesk', 0o644);
  const world = makeWorld({ folders: [dir], pathDirs: [], settings: { 'copydesk.server.path': notExec } });
  const ext = loadExtension(world);
  await withEnv(world.env, () => ext.activate(context()));
  assert.equal(world.clients.length, 0);
  assert.equal(world.errors.length, 1);
  assert.match(world.errors[0].msg, /copydesk\.server\.path/);
  assert.deepEqual(world.errors[0].items, ['Open Settings']);
});

test('no binary anywhere: an error naming PATH and the setting, no client', async () => {
  const dir = articleDir();
  const world = makeWorld({ folders: [dir], pathDirs: [path.join(dir, 'nothing')] });
  const ext = loadExtension(world);
  await withEnv(world.env, () => ext.activate(context()));
  assert.equal(world.clients.length, 0);
  assert.match(world.errors[0].msg, /PATH/);
  assert.match(world.errors[0].msg, /copydesk\.server\.path/);
});

test('workspace/configuration: the copydesk section is built from the settings; others pass through', async () => {
  const dir = articleDir();
  fakeBinary(path.join(dir, 'bin'));
  const world = makeWorld({
    folders: [dir],
    pathDirs: [path.join(dir, 'bin')],
    settings: {
      'copydesk.rules': { 'unsourced-claim': 'error', 'vague-attribution': 'off', 'unused-source': null },
      'copydesk.reportingVerbs': ['quipped'],
      'copydesk.abbreviations': ['Gov'],
      'copydesk.learnedCues': true,
    },
  });
  const ext = loadExtension(world);
  await withEnv(world.env, () => ext.activate(context()));
  const mw = world.clients[0].clientOptions.middleware.workspace.configuration;
  const answer = await mw(
    { items: [{ section: 'editor' }, { section: 'copydesk', scopeUri: 'file://' + dir + '/a.news.md' }] },
    undefined,
    async (params) => params.items.map((i) => ({ from: 'next', section: i.section }))
  );
  assert.deepEqual(answer, [
    { from: 'next', section: 'editor' },
    {
      rules: { 'unsourced-claim': 'error', 'vague-attribution': 'off' }, reportingVerbs: ['quipped'], abbreviations: ['Gov'],
      learnedCues: true,
      inlayHints: { speakers: true, entityNames: true, sources: true },
    },
  ]);
});

test('plainArticles adds Markdown and plain-text documents', async () => {
  const dir = tmpdir();
  fakeBinary(path.join(dir, 'bin'));
  const world = makeWorld({ folders: [dir], pathDirs: [path.join(dir, 'bin')], settings: { 'copydesk.plainArticles': true } });
  const ext = loadExtension(world);
  await withEnv(world.env, () => ext.activate(context()));
  assert.deepEqual(world.clients[0].clientOptions.documentSelector.map((s) => s.language),
    ['newsmd', 'newsmd', 'markdown', 'plaintext']);
});

test('restart command and server-setting changes replace the client', async () => {
  const dir = articleDir();
  fakeBinary(path.join(dir, 'bin'));
  const world = makeWorld({ folders: [dir], pathDirs: [path.join(dir, 'bin')] });
  const ext = loadExtension(world);
  await withEnv(world.env, async () => {
    await ext.activate(context());
    await world.commands.get('copydesk.restartServer')();
    assert.equal(world.clients.length, 2);
    assert.equal(world.clients[0].disposed, 1, 'old client disposed');
    assert.equal(world.clients[1].started, 1, 'new client started');
    // A change to an unrelated setting does nothing; to server.path restarts.
    world.configListeners[0]({ affectsConfiguration: (k) => k === 'copydesk.rules' });
    await new Promise((r) => setImmediate(r));
    assert.equal(world.clients.length, 2);
    world.configListeners[0]({ affectsConfiguration: (k) => k === 'copydesk.server.path' });
    await new Promise((r) => setTimeout(r, 20));
    assert.equal(world.clients.length, 3);
    assert.equal(world.clients[1].disposed, 1);
  });
  await ext.deactivate();
  assert.equal(world.clients[2].disposed, 1, 'deactivate stops the server');
});

test('lint workspace runs `copydesk lint` per folder with the $copydesk problem matcher', async () => {
  const a = tmpdir();
  const b = tmpdir();
  const bin = fakeBinary(path.join(a, 'bin'));
  const world = makeWorld({ folders: [a, b], pathDirs: [path.join(a, 'bin')] });
  const ext = loadExtension(world);
  await withEnv(world.env, async () => {
    await ext.activate(context());
    await world.commands.get('copydesk.lintWorkspace')();
  });
  assert.equal(world.tasks.length, 2);
  for (const [i, folder] of [a, b].entries()) {
    const t = world.tasks[i];
    assert.equal(t.execution.process, bin);
    assert.deepEqual(t.execution.args, ['lint', '--format', 'text', '--column-unit', 'utf-16', '.']);
    assert.match(t.detail, /language server already shows/, 'the task says it repeats the server');
    assert.equal(t.execution.options.cwd, folder);
    assert.deepEqual(t.problemMatchers, ['$copydesk']);
    assert.equal(t.definition.type, 'copydesk');
  }
  const types = (manifest.contributes.taskDefinitions || []).map((d) => d.type);
  assert.ok(types.includes('copydesk'), 'task type copydesk is contributed');
  const matchers = manifest.contributes.problemMatchers.map((m) => '$' + m.name);
  assert.ok(matchers.includes('$copydesk'), 'problem matcher $copydesk is contributed');
});

test('the $copydesk problem matcher reads `copydesk lint` text lines', () => {
  const m = manifest.contributes.problemMatchers.find((x) => x.name === 'copydesk');
  const re = new RegExp(m.pattern.regexp);
  const line = 'desk/São Paulo 🤝.news.md:12:5: warning: No source for this claim: add a citation [^id], a link, or an attribution such as \'X said\' [unsourced-claim]';
  const g = re.exec(line);
  assert.ok(g, 'matches');
  assert.equal(g[m.pattern.file], 'desk/São Paulo 🤝.news.md');
  assert.equal(g[m.pattern.line], '12');
  assert.equal(g[m.pattern.column], '5');
  assert.equal(g[m.pattern.severity], 'warning');
  assert.match(g[m.pattern.message], /^No source for this claim: add a citation \[\^id\]/);
  assert.equal(g[m.pattern.code], 'unsourced-claim');
  assert.equal(re.exec('Linted 3 files, 1 finding'), null);
});

test('every contributed setting is read by the extension (trace.server via the client id)', async () => {
  const dir = articleDir();
  fakeBinary(path.join(dir, 'bin'));
  const world = makeWorld({ folders: [dir], pathDirs: [path.join(dir, 'bin')], settings: { 'copydesk.plainArticles': true } });
  const ext = loadExtension(world);
  await withEnv(world.env, async () => {
    await ext.activate(context());
    await world.clients[0].clientOptions.middleware.workspace.configuration(
      { items: [{ section: 'copydesk' }] }, undefined, async () => [null]);
  });
  const unread = contributedSettings.filter((k) => !world.reads.has(k) && k !== 'copydesk.trace.server');
  assert.deepEqual(unread, [], 'settings never read');
  assert.equal(world.clients[0].id + '.trace.server', 'copydesk.trace.server');
});

// ---- when the server starts ---------------------------------------------------------------
function plainDir() {
  const dir = tmpdir();
  fs.writeFileSync(path.join(dir, 'notes.md'), '# Notes\n\nSales rose 12 percent.\n');
  fs.writeFileSync(path.join(dir, 'wire.txt'), 'Headline\n\nRevenue grew 56 percent.\n');
  return dir;
}

test('plainArticles in a folder of only .md/.txt: activated by a Markdown file, the server starts', async () => {
  const events = manifest.activationEvents;
  assert.ok(events.includes('onLanguage:markdown') && events.includes('onLanguage:plaintext'),
    'the extension activates on Markdown and plain-text files (else plainArticles never gets a chance)');
  const dir = plainDir();
  fakeBinary(path.join(dir, 'bin'));
  const world = makeWorld({
    folders: [dir], pathDirs: [path.join(dir, 'bin')], settings: { 'copydesk.plainArticles': true },
    documents: [{ languageId: 'markdown', uri: { scheme: 'file', fsPath: path.join(dir, 'notes.md') } }],
  });
  const ext = loadExtension(world);
  await withEnv(world.env, () => ext.activate(context()));
  assert.equal(world.clients.length, 1, 'a client is started');
  assert.equal(world.clients[0].started, 1);
  assert.deepEqual(world.clients[0].clientOptions.documentSelector.map((s) => s.language),
    ['newsmd', 'newsmd', 'markdown', 'plaintext']);
});

test('a folder of only .md with plainArticles off: no server and no error; an article or the setting starts it', async () => {
  const dir = plainDir();
  fakeBinary(path.join(dir, 'bin'));
  const world = makeWorld({
    folders: [dir], pathDirs: [path.join(dir, 'bin')],
    documents: [{ languageId: 'markdown', uri: { scheme: 'file', fsPath: path.join(dir, 'notes.md') } }],
  });
  const ext = loadExtension(world);
  await withEnv(world.env, async () => {
    await ext.activate(context());
    assert.equal(world.clients.length, 0, 'nothing to check: no server');
    assert.equal(world.errors.length, 0, 'and no notification');
    assert.deepEqual(world.findFilesCalls, ['{**/*.news.md,**/.copydesk.json}']);
    // Another Markdown file: still nothing.
    world.openListeners.forEach((cb) => cb({ languageId: 'markdown', uri: { scheme: 'file' } }));
    await new Promise((r) => setTimeout(r, 20));
    assert.equal(world.clients.length, 0);
    // The user opens an annotated article (it joins textDocuments, then the event): the server
    // starts, once.
    const doc = { languageId: 'newsmd', uri: { scheme: 'file', fsPath: path.join(dir, 'new.news.md') } };
    world.vscode.workspace.textDocuments.push(doc);
    world.openListeners.forEach((cb) => cb(doc));
    world.openListeners.forEach((cb) => cb(doc));
    await new Promise((r) => setTimeout(r, 20));
    assert.equal(world.clients.length, 1, 'opening a newsmd document starts one client');
  });

  // Same folder, turning plainArticles on starts the server.
  const world2 = makeWorld({ folders: [dir], pathDirs: [path.join(dir, 'bin')] });
  const ext2 = loadExtension(world2);
  await withEnv(world2.env, async () => {
    await ext2.activate(context());
    assert.equal(world2.clients.length, 0);
    world2.settings['copydesk.plainArticles'] = true;
    world2.configListeners.forEach((cb) => cb({ affectsConfiguration: (k) => k === 'copydesk.plainArticles' }));
    await new Promise((r) => setTimeout(r, 20));
    assert.equal(world2.clients.length, 1, 'setting plainArticles starts the server');
    assert.deepEqual(world2.clients[0].clientOptions.documentSelector.map((s) => s.language),
      ['newsmd', 'newsmd', 'markdown', 'plaintext']);
  });
});

test('a missing binary does not hold up activation until the notification is dismissed', async () => {
  const dir = articleDir();
  const world = makeWorld({ folders: [dir], pathDirs: [path.join(dir, 'nothing')], errorAnswer: 'never' });
  const ext = loadExtension(world);
  const outcome = await withEnv(world.env, () =>
    Promise.race([
      Promise.resolve(ext.activate(context())).then(() => 'activated'),
      new Promise((r) => setTimeout(() => r('still waiting for the user'), 1000)),
    ]));
  assert.equal(outcome, 'activated');
  assert.equal(world.errors.length, 1, 'the error is still shown');
  assert.match(world.errors[0].msg, /copydesk\.server\.path/);
  assert.equal(world.clients.length, 0);
});

test('"Open Settings" on the missing-binary notification opens the setting', async () => {
  const dir = articleDir();
  const world = makeWorld({ folders: [dir], pathDirs: [], errorAnswer: 'Open Settings' });
  const ext = loadExtension(world);
  await withEnv(world.env, () => ext.activate(context()));
  await new Promise((r) => setTimeout(r, 20));
  assert.deepEqual(world.executed, [['workbench.action.openSettings', 'copydesk.server.path']]);
});

// ---- the copydesk task type ---------------------------------------------------------------
test('the copydesk task type has a provider: lint per folder, and tasks.json entries resolve', async () => {
  const a = articleDir();
  const b = tmpdir();
  const bin = fakeBinary(path.join(a, 'bin'));
  const world = makeWorld({ folders: [a, b], pathDirs: [path.join(a, 'bin')] });
  const ext = loadExtension(world);
  await withEnv(world.env, async () => {
    await ext.activate(context());
    const declared = manifest.contributes.taskDefinitions.map((d) => d.type);
    for (const type of declared) assert.ok(world.taskProviders.has(type), `task type ${type} has a provider`);
    const provider = world.taskProviders.get('copydesk');
    const tasks = await provider.provideTasks();
    assert.equal(tasks.length, 2, 'one lint task per folder');
    for (const [i, folder] of [a, b].entries()) {
      assert.deepEqual(tasks[i].definition, { type: 'copydesk', task: 'lint' });
      assert.equal(tasks[i].scope.uri.fsPath, folder);
      assert.equal(tasks[i].execution.process, bin);
      assert.deepEqual(tasks[i].execution.args, ['lint', '--format', 'text', '--column-unit', 'utf-16', '.']);
      assert.equal(tasks[i].execution.options.cwd, folder);
      assert.deepEqual(tasks[i].problemMatchers, ['$copydesk']);
    }
    // { "type": "copydesk", "task": "lint" } in tasks.json, scoped to the second folder.
    const definition = { type: 'copydesk', task: 'lint' };
    const resolved = await provider.resolveTask({ definition, scope: world.vscode.workspace.workspaceFolders[1] });
    assert.ok(resolved, 'resolved');
    assert.equal(resolved.definition, definition, 'the same definition object (VS Code requires it)');
    assert.equal(resolved.execution.options.cwd, b);
    assert.equal(await provider.resolveTask({ definition: { type: 'copydesk', task: 'other' } }), undefined);
  });
  // No binary: no tasks, no error popup from the provider.
  const world2 = makeWorld({ folders: [a], pathDirs: [] });
  const ext2 = loadExtension(world2);
  await withEnv(world2.env, async () => {
    await ext2.activate(context());
    const errors = world2.errors.length;
    assert.deepEqual(await world2.taskProviders.get('copydesk').provideTasks(), []);
    assert.equal(world2.errors.length, errors);
  });
});

test('the problem matcher has its own owner, and the task says it repeats the server', () => {
  const m = manifest.contributes.problemMatchers.find((x) => x.name === 'copydesk');
  // The client's diagnostics are owned by its id / the server's diagnostic identifier, 'copydesk'.
  assert.notEqual(m.owner, 'copydesk', 'a shared owner would overwrite the server\'s diagnostics per file');
  assert.equal(m.source, 'copydesk lint');
  const desc = manifest.contributes.taskDefinitions[0].properties.task.description;
  assert.match(desc, /language server already shows/);
});

// ---- the problem matcher on the real linter's output ---------------------------------------
test('the $copydesk matcher on real `copydesk lint` output puts the marker on the finding (UTF-16 columns)', () => {
  const bin = process.env.COPYDESK_BIN;
  assert.ok(bin, 'COPYDESK_BIN must name the copydesk under test (Tests/editors/run.sh sets it)');
  const dir = tmpdir();
  fs.writeFileSync(path.join(dir, '.copydesk.json'), '{}\n');
  // Accents, curly quotes and em dashes before the finding: 1 UTF-16 unit each, 2–3 UTF-8 bytes.
  const line = 'The café — “big” — said [@nobody] would come. 🤝 And [@nobody-else] too.';
  fs.writeFileSync(path.join(dir, 'a.news.md'), `# Visit\n\n${line}\n`);
  const world = makeWorld({ folders: [dir] });
  const ext = loadExtension(world);
  const { execFileSync } = require('child_process');
  let out;
  try {
    out = execFileSync(bin, ext.LINT_ARGS, { cwd: dir, encoding: 'utf8' });
  } catch (err) {
    out = err.stdout; // exit 1: findings
    assert.equal(err.status, 1, err.stderr);
  }
  const m = manifest.contributes.problemMatchers.find((x) => x.name === 'copydesk');
  const re = new RegExp(m.pattern.regexp);
  const hits = out.split('\n').map((l) => re.exec(l)).filter((g) => g && g[m.pattern.code] === 'undefined-entity');
  assert.equal(hits.length, 2, out);
  // VS Code's column is 1-based in UTF-16 code units: JavaScript string indices + 1. The
  // finding starts at the id (after `[@`).
  const expected = [line.indexOf('[@nobody]') + 3, line.indexOf('[@nobody-else]') + 3];
  assert.deepEqual(hits.map((g) => Number(g[m.pattern.column])), expected);
  assert.deepEqual(hits.map((g) => Number(g[m.pattern.line])), [3, 3]);
  assert.deepEqual(hits.map((g) => g[m.pattern.file]), ['a.news.md', 'a.news.md']);
});

// ---- issue 10 against the real server: inlay hint settings, the code lens -------------------
// A minimal LSP client over stdio playing VS Code's part: workspace/configuration is answered by
// the extension's middleware (as vscode-languageclient would), other server requests with null.
function lspSession(bin, folder, configuration) {
  const { spawn } = require('child_process');
  const proc = spawn(bin, ['lsp', '--stdio'], { cwd: folder, stdio: ['pipe', 'pipe', 'ignore'] });
  let buffer = Buffer.alloc(0);
  let nextId = 1;
  const pending = new Map();
  const send = (message) => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    proc.stdin.write(body);
  };
  proc.stdout.on('data', async (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const headerEnd = buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.slice(0, headerEnd).toString())[1]);
      if (buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(buffer.slice(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
      buffer = buffer.slice(headerEnd + 4 + length);
      if (message.method && message.id !== undefined) {
        const result = message.method === 'workspace/configuration' ? await configuration(message.params) : null;
        send({ id: message.id, result });
      } else if (message.id !== undefined && pending.has(message.id)) {
        const { resolve, reject } = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) reject(new Error(JSON.stringify(message.error)));
        else resolve(message.result);
      }
    }
  });
  const request = (method, params) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      send({ id, method, params });
    });
  const notify = (method, params) => send({ method, params });
  const close = async () => {
    await request('shutdown', null);
    notify('exit', null);
    await new Promise((resolve) => proc.on('exit', resolve));
  };
  return { request, notify, close };
}

const FEATURES = [
  '# Ma returns',
  '',
  '[@jack-ma]: Jack Ma',
  '  type: person',
  '',
  '[Jack Ma][@jack-ma] landed on Friday. “We will keep building here for decades,” he said.',
  '',
  'Later [@jack-ma] met staff[^pr].',
  '',
  'Sales rose 40% in the quarter.',
  '',
  '[^pr]: Alibaba Group press release, 9 January 2017.',
  '',
].join('\n');

async function featuresSession(settings) {
  const bin = process.env.COPYDESK_BIN;
  assert.ok(bin, 'COPYDESK_BIN must name the copydesk under test (Tests/editors/run.sh sets it)');
  const dir = tmpdir();
  fs.writeFileSync(path.join(dir, '.copydesk.json'), '{}\n');
  fs.writeFileSync(path.join(dir, 'a.news.md'), FEATURES);
  fakeBinary(path.join(dir, 'bin'));
  const world = makeWorld({ folders: [dir], pathDirs: [path.join(dir, 'bin')], settings });
  const ext = loadExtension(world);
  await withEnv(world.env, () => ext.activate(context()));
  const options = world.clients[0].clientOptions;
  const session = lspSession(bin, dir, (params) =>
    options.middleware.workspace.configuration(params, undefined, async (p) => p.items.map(() => null)));
  const uri = 'file://' + path.join(dir, 'a.news.md');
  await session.request('initialize', {
    processId: null,
    rootUri: 'file://' + dir,
    workspaceFolders: [{ uri: 'file://' + dir, name: 'ws' }],
    capabilities: { workspace: { configuration: true, workspaceFolders: true }, textDocument: { inlayHint: {} } },
  });
  session.notify('initialized', {});
  session.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'newsmd', version: 1, text: FEATURES } });
  return { session, uri, options, world, ext };
}

const lines = FEATURES.split('\n');
const wholeRange = { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } };

test('copydesk.inlayHints.*: the settings reach the real server and switch its inlay hints', async () => {
  const all = await featuresSession({});
  const labels = (hints) => hints.map((h) => h.label).sort();
  try {
    const hints = await all.session.request('textDocument/inlayHint', { textDocument: { uri: all.uri }, range: wholeRange });
    assert.deepEqual(labels(hints), ['Alibaba Group press release, 9 January…', 'Jack Ma', '— Jack Ma']);
  } finally {
    await all.session.close();
  }
  const some = await featuresSession({ 'copydesk.inlayHints.speakers': false, 'copydesk.inlayHints.sources': false });
  try {
    const hints = await some.session.request('textDocument/inlayHint', { textDocument: { uri: some.uri }, range: wholeRange });
    assert.deepEqual(labels(hints), ['Jack Ma']);
    assert.ok(some.world.reads.has('copydesk.inlayHints.entityNames'), 'the server asked, the middleware read the settings');
  } finally {
    await some.session.close();
  }
});

test('the code lens from the real server opens the references view on the findings', async () => {
  const { session, uri, options, world } = await featuresSession({});
  try {
    const document = { uri: { toString: () => uri } };
    // vscode-languageclient hands the middleware the server's lenses (command arguments as JSON).
    const lenses = await options.middleware.provideCodeLenses(document, undefined, () =>
      session.request('textDocument/codeLens', { textDocument: { uri } }));
    assert.equal(lenses.length, 1);
    const lens = lenses[0];
    assert.equal(lens.range.start.line, 0);
    assert.equal(lens.command.title, '1 unsourced claim · 0 sourced · 1 quote · 1 named source, 0 anonymous');
    assert.equal(lens.command.command, 'editor.action.showReferences');
    const [target, position, locations] = lens.command.arguments;
    assert.equal(target.toString(), uri);
    assert.ok(position instanceof world.vscode.Position);
    assert.equal(locations.length, 1);
    assert.ok(locations[0] instanceof world.vscode.Location && locations[0].range instanceof world.vscode.Range);
    assert.equal(locations[0].uri.toString(), uri);
    assert.equal(locations[0].range.start.line, lines.indexOf('Sales rose 40% in the quarter.'));
    assert.equal(locations[0].range.start.character, 0);
    // A lens whose command is not copydesk.showFindings is left as the server sent it.
    const other = { range: lens.range, command: { title: 't', command: 'copydesk.showSourcingSummary', arguments: [uri] } };
    const kept = await options.middleware.provideCodeLenses(document, undefined, async () => [other]);
    assert.deepEqual(kept, [other]);
  } finally {
    await session.close();
  }
});

test('Show Sourcing Summary and Re-index Workspace send the server commands (answered by the real server)', async () => {
  const { session, uri, world, ext } = await featuresSession({});
  try {
    world.answer = (method, params) => session.request(method, params);
    // No article in the editor: nothing is sent, the user is told.
    assert.equal(await world.commands.get('copydesk.showSummary')(), undefined);
    assert.match(world.infos.pop(), /open an article/);
    world.vscode.window.activeTextEditor = { document: { languageId: 'newsmd', uri: { scheme: 'file', toString: () => uri } } };
    const summary = await world.commands.get('copydesk.showSummary')();
    assert.deepEqual(world.sent[0], {
      method: 'workspace/executeCommand', params: { command: 'copydesk.showSourcingSummary', arguments: [uri] },
    });
    assert.equal(summary.summary, '1 unsourced claim · 0 sourced · 1 quote · 1 named source, 0 anonymous');
    assert.equal(await world.commands.get('copydesk.reindexWorkspace')(), null);
    assert.deepEqual(world.sent[1].params, { command: 'copydesk.restartIndexing', arguments: [] });
    // The palette ids are not the server's (vscode-languageclient registers those itself).
    const serverCommands = ['copydesk.acceptFinding', 'copydesk.addWord', 'copydesk.showFindings',
      'copydesk.showSourcingSummary', 'copydesk.restartIndexing'];
    assert.deepEqual(contributedCommands.filter((c) => serverCommands.includes(c)), []);
    assert.ok(ext.showFindingsLens);
  } finally {
    await session.close();
  }
});
