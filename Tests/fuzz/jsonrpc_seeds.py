#!/usr/bin/env python3
"""Seeds for the jsonrpc fuzz target (Tests/fuzz/JSONRPCFuzzer.swift), from real client traffic.

Capture: run the pytest-lsp suite with a binary wrapper that copies the server's stdin to a file, e.g.

    cat > /tmp/cap/copydesk <<'EOF'
    #!/bin/bash
    exec /path/to/copydesk "$@" < <(exec tee /tmp/cap/in-$$-$RANDOM.bin 2>/dev/null)
    EOF
    COPYDESK_BIN=/tmp/cap/copydesk .venv-lsp/bin/python -m pytest -c Tests/lsp/pytest.ini Tests/lsp

then `python3 Tests/fuzz/jsonrpc_seeds.py /tmp/cap/in-*.bin` rewrites Tests/fuzz/corpus/jsonrpc/:
- `session-*`: a whole captured session (it initializes the server itself: option byte 0), its workspace
  path rewritten to /ws (the harness's in-memory workspace) and re-framed;
- `msg-*`: one captured message after the harness's prelude (option byte 1: initialized, a.news.md open),
  its document URI pointed at a.news.md;
- `hand-*`: hand-written edge cases (bad headers, truncated bodies, cancellation, edits, exit).
The first byte of each seed is the harness's option byte (see JSONRPCFuzzer.swift).
"""
import hashlib
import json
import pathlib
import re
import sys

OUT = pathlib.Path(__file__).resolve().parent / "corpus" / "jsonrpc"
MAX = 60000


def frames(data: bytes):
    while True:
        i = data.find(b"\r\n\r\n")
        if i < 0:
            return
        n = int(re.search(rb"Content-Length: *(\d+)", data[:i], re.I).group(1))
        yield json.loads(data[i + 4:i + 4 + n])
        data = data[i + 4 + n:]


def frame(obj, header_extra=b"") -> bytes:
    body = json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode()
    return b"Content-Length: %d\r\n%s\r\n" % (len(body), header_extra) + body


def raw(body: bytes) -> bytes:
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def rewrite(obj, root: str):
    s = json.dumps(obj, ensure_ascii=False)
    s = s.replace("file://" + root, "file:///ws").replace(root, "/ws")
    return json.loads(s)


def hand_written():
    uri = "file:///ws/a.news.md"
    hover = {"jsonrpc": "2.0", "id": 1, "method": "textDocument/hover",
             "params": {"textDocument": {"uri": uri}, "position": {"line": 5, "character": 3}}}
    change = {"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
        "textDocument": {"uri": uri, "version": 2}, "contentChanges": [
            {"range": {"start": {"line": 5, "character": 1}, "end": {"line": 6, "character": 0}}, "text": "[@x] 😀\r\n"},
            {"range": {"start": {"line": 99, "character": 99}, "end": {"line": 0, "character": 0}}, "text": "“é”"},
            {"text": "whole\r\nnew [@jack-ma]\n"}]}}
    ok = frame({"jsonrpc": "2.0", "id": 9, "method": "workspace/symbol", "params": {"query": "j"}})
    return {
        "bad-headers": b"\x01" + b"Content-Length: 99999999999999\r\n\r\n" + b"Content-Length: abc\r\n\r\n{}"
                       + b"X-Nothing: 1\r\n\r\n{}" + b"Content-Length: -5\r\n\r\n" + ok,
        "truncated": b"\x01" + b"Content-Length: 60\r\n\r\n{\"jsonrpc\"" + ok,
        "not-requests": b"\x01" + raw(b"[1,2]") + raw(b'{"id":4,"method":"x"}') + raw(b'{"jsonrpc":"2.0","id":5,"method":42}')
                        + raw(b'{"jsonrpc":"2.0","id":{"a":1},"result":3}') + raw(b"\"str\"") + raw(b"nul") + ok,
        "cancel": b"\x09" + frame(hover) + frame({"jsonrpc": "2.0", "method": "$/cancelRequest", "params": {"id": 1}}) + ok,
        "edits": b"\x03" + frame(change) + frame(hover),
        "edits-utf16": b"\x11" + frame(change) + frame({**hover, "method": "textDocument/references",
                                                        "params": {**hover["params"], "context": {"includeDeclaration": True}}}),
        "shutdown-exit": b"\x01" + frame({"jsonrpc": "2.0", "id": 2, "method": "shutdown"}) + ok
                         + frame({"jsonrpc": "2.0", "method": "exit"}),
        "content-type": b"\x19" + frame(hover, b"Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n"),
        "pull": b"\x05" + frame({"jsonrpc": "2.0", "id": 3, "method": "textDocument/diagnostic", "params": {"textDocument": {"uri": uri}}})
                + frame({"jsonrpc": "2.0", "id": 4, "method": "workspace/diagnostic", "params": {"previousResultIds": []}}),
        "watched": b"\x01" + frame({"jsonrpc": "2.0", "method": "workspace/didChangeWatchedFiles", "params": {"changes": [
            {"uri": "file:///ws/people.news.md", "type": 3}, {"uri": "file:///ws/notes.txt", "type": 2}]}}) + frame(hover),
        "folders": b"\x01" + frame({"jsonrpc": "2.0", "method": "workspace/didChangeWorkspaceFolders", "params": {"event": {
            "added": [{"uri": "file:///nope", "name": "n"}], "removed": [{"uri": "file:///ws", "name": "ws"}]}}}) + frame(hover),
        "rename": b"\x01" + frame({"jsonrpc": "2.0", "id": 5, "method": "textDocument/rename", "params": {
            "textDocument": {"uri": uri}, "position": {"line": 5, "character": 12}, "newName": "jack-ma-2"}}),
        "escapes": b"\x01" + raw('{"jsonrpc":"2.0","id":"\\ud83d\\ude00\\ud800","method":"workspace/symbol","params":{"query":"\\u00e9\\"\\\\"}}'.encode()),
    }


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    seen = set()

    def write(name: str, data: bytes):
        h = hashlib.sha1(data).hexdigest()[:10]
        if h in seen:
            return
        seen.add(h)
        (OUT / f"{name}-{h}").write_bytes(data[:MAX])

    for path in sys.argv[1:]:
        msgs = list(frames(pathlib.Path(path).read_bytes()))
        if not msgs:
            continue
        root = next((m["params"].get("rootPath") or m["params"]["rootUri"][7:] for m in msgs if m.get("method") == "initialize"), None)
        msgs = [rewrite(m, root) for m in msgs] if root else msgs
        write("session", b"\x08" + b"".join(frame(m) for m in msgs))
        for m in msgs:
            if m.get("method") not in ("initialize", "initialized", "shutdown", "exit") and "method" in m:
                # Point it at the prelude's open document so the request has something to work on.
                m = json.loads(re.sub(r"file:///ws/[^\"]*?\.news\.md", "file:///ws/a.news.md", json.dumps(m, ensure_ascii=False)))
                write("msg", b"\x01" + frame(m))
    for name, data in hand_written().items():
        write("hand-" + name, data)
    print(f"{len(seen)} seeds in {OUT}")


if __name__ == "__main__":
    main()
