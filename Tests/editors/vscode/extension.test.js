// Behaviour of editors/vscode/extension.js with `vscode` and `vscode-languageclient/node`
// replaced by recording fakes (the npm registry is unreachable here, and VS Code cannot run
// headless in CI). Checks: which binary is started and how, the `copydesk` settings section
// answered to workspace/configuration, the commands, restart, lint-workspace tasks, and that
// every contributed setting is actually read.
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
function makeWorld({ settings = {}, folders = [], pathDirs = [] } = {}) {
  const world = {
    settings: { ...settings },
    reads: new Set(), // every `copydesk.*` key read through getConfiguration().get
    commands: new Map(),
    clients: [],
    errors: [],
    infos: [],
    tasks: [],
    configListeners: [],
    executed: [],
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
    },
    window: {
      createOutputChannel: (name) => ({ name, lines: [], appendLine(l) { this.lines.push(l); }, show() {}, dispose() {} }),
      showErrorMessage: async (msg, ...items) => { world.errors.push({ msg, items }); return undefined; },
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
    tasks: { executeTask: async (task) => { world.tasks.push(task); return { task }; } },
  };
  const languageclient = {
    TransportKind: { stdio: 0, ipc: 1, pipe: 2, socket: 3 },
    LanguageClient: class LanguageClient {
      constructor(id, name, serverOptions, clientOptions) {
        Object.assign(this, { id, name, serverOptions, clientOptions, started: 0, disposed: 0 });
        world.clients.push(this);
      }
      async start() { this.started++; }
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
  const dir = tmpdir();
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
  const dir = tmpdir();
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
  const dir = tmpdir();
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
  const dir = tmpdir();
  const world = makeWorld({ folders: [dir], pathDirs: [path.join(dir, 'nothing')] });
  const ext = loadExtension(world);
  await withEnv(world.env, () => ext.activate(context()));
  assert.equal(world.clients.length, 0);
  assert.match(world.errors[0].msg, /PATH/);
  assert.match(world.errors[0].msg, /copydesk\.server\.path/);
});

test('workspace/configuration: the copydesk section is built from the settings; others pass through', async () => {
  const dir = tmpdir();
  fakeBinary(path.join(dir, 'bin'));
  const world = makeWorld({
    folders: [dir],
    pathDirs: [path.join(dir, 'bin')],
    settings: {
      'copydesk.rules': { 'unsourced-claim': 'error', 'vague-attribution': 'off', 'unused-source': null },
      'copydesk.reportingVerbs': ['quipped'],
      'copydesk.abbreviations': ['Gov'],
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
    { rules: { 'unsourced-claim': 'error', 'vague-attribution': 'off' }, reportingVerbs: ['quipped'], abbreviations: ['Gov'] },
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
  const dir = tmpdir();
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
    assert.deepEqual(t.execution.args, ['lint', '--format', 'text', '.']);
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
  const dir = tmpdir();
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
