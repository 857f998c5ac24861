#!/usr/bin/env python3
"""A 50 MB article opened in the editor: the real `copydesk lsp` binary over pipes (release build).

Builds a ~50 MB annotated article from the PolNeAR train texts (read in place, nothing written to the repo;
the article only lives in the server's memory), opens it with didOpen (one 50 MB message: under the 64 MB
framing limit), and prints: time to its first publishDiagnostics, that a request sent right behind it is
answered (and when), keystroke → diagnostics latency, and RSS.

    python3 Tests/bench/huge_article.py --bin .build/release/copydesk [--mb 50] [--keystrokes 5]
"""
import argparse
import json
import os
import pathlib
import re
import subprocess
import time

ROOT = pathlib.Path(__file__).resolve().parents[2]
CORPUS = ROOT / ".." / "shared" / "corpora" / "polnear-train" / "text"


def article(mb: int) -> str:
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    out = ["---\ntitle: Huge 😀\n---\n# Huge “article”\n\n[@jack-ma]: Jack Ma\n  type: person\n\n"]
    n, i = 0, 0
    while n < mb << 20:
        t = texts[i % len(texts)].replace("Trump", "[Trump][@jack-ma]", 1) + "[^s1]\n\n"
        out.append(t)
        n += len(t.encode())
        i += 1
    out.append("[^s1]: Source\n")
    return "".join(out)


class Server:
    def __init__(self, binary):
        self.p = subprocess.Popen([binary, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.buf = b""

    def send(self, o):
        b = json.dumps(o, ensure_ascii=False).encode()
        self.p.stdin.write(b"Content-Length: %d\r\n\r\n" % len(b) + b)
        self.p.stdin.flush()

    def read(self):
        while True:
            i = self.buf.find(b"\r\n\r\n")
            if i >= 0:
                n = int(re.search(rb"Content-Length: (\d+)", self.buf[:i]).group(1))
                if len(self.buf) >= i + 4 + n:
                    m = json.loads(self.buf[i + 4:i + 4 + n])
                    self.buf = self.buf[i + 4 + n:]
                    return m
            c = os.read(self.p.stdout.fileno(), 1 << 20)
            if not c:
                raise EOFError("server closed its output")
            self.buf += c

    def rss_mb(self):
        for line in open(f"/proc/{self.p.pid}/status"):
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) // 1024


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=str(ROOT / ".build" / "release" / "copydesk"))
    ap.add_argument("--mb", type=int, default=50)
    ap.add_argument("--keystrokes", type=int, default=5)
    args = ap.parse_args()
    text = article(args.mb)
    print(f"article: {len(text.encode()) / 1e6:.1f} MB, {text.count(chr(10))} lines")
    s = Server(args.bin)
    s.send({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}})
    s.read()
    s.send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
    uri = "file:///nowhere/huge.news.md"
    t = time.perf_counter()
    s.send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
        "uri": uri, "languageId": "markdown", "version": 1, "text": text}}})
    s.send({"jsonrpc": "2.0", "id": 2, "method": "workspace/symbol", "params": {"query": "x"}})
    # The analysis of a big article runs off the main loop: the request is usually answered first.
    diags = answered = None
    while diags is None or answered is None:
        m = s.read()
        if m.get("method") == "textDocument/publishDiagnostics":
            diags = (time.perf_counter() - t, len(m["params"]["diagnostics"]))
        if m.get("id") == 2:
            answered = time.perf_counter() - t
    print(f"didOpen → publishDiagnostics: {diags[0]:.2f} s ({diags[1]} diagnostics); the request behind it answered at {answered:.2f} s")
    lat = []
    for k in range(args.keystrokes):
        t = time.perf_counter()
        s.send({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": uri, "version": k + 2},
                "contentChanges": [{"range": {"start": {"line": 9, "character": 0}, "end": {"line": 9, "character": 0}}, "text": "x"}]}})
        while True:
            m = s.read()
            if m.get("method") == "textDocument/publishDiagnostics" and m["params"].get("version") == k + 2:
                break
        lat.append(time.perf_counter() - t)
    print(f"keystroke → diagnostics: " + ", ".join(f"{x:.2f}" for x in lat) + " s")
    t = time.perf_counter()
    s.send({"jsonrpc": "2.0", "id": 3, "method": "textDocument/hover", "params": {"textDocument": {"uri": uri}, "position": {"line": 5, "character": 3}}})
    while s.read().get("id") != 3:
        pass
    print(f"hover after the keystrokes: {(time.perf_counter() - t) * 1000:.1f} ms; RSS {s.rss_mb()} MB")
    s.send({"jsonrpc": "2.0", "id": 4, "method": "shutdown"})
    while s.read().get("id") != 4:
        pass
    s.send({"jsonrpc": "2.0", "method": "exit"})
    print(f"exit code {s.p.wait(timeout=30)}")


if __name__ == "__main__":
    main()
