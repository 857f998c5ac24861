#!/usr/bin/env python3
"""Idle-CPU benchmark (issue 9, item 3): the real `copydesk lsp` binary over pipes, polled the way
vscode-languageclient polls `workspace/diagnostic` (a new pull 2 s after every answer, with the previous
result ids), while nothing changes. Prints the server's CPU time (utime + stime from /proc) over the
window, the answers it sent and their bytes. Every `--cancel-every` seconds the outstanding pull is
cancelled and sent again (a client that times out), which exercises the "unchanged from cache" path.

    python3 Tests/bench/idle_bench.py --bin .build/release/copydesk [--articles 10000] [--seconds 60]

Target: < 0.5 s of server CPU over a minute at 10,000 articles.
"""
from __future__ import annotations

import argparse
import json
import os
import pathlib
import random
import shutil
import sys
import tempfile
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import lsp_bench  # noqa: E402  (the generator and the pipe client)


def cpu_seconds(pid: int) -> float:
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=str(lsp_bench.ROOT / ".build" / "release" / "copydesk"))
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--cancel-every", type=float, default=15)
    args = ap.parse_args()
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="copydesk-idle-"))
    try:
        lsp_bench.generate(tmp, args.articles, random.Random(1))
        s = lsp_bench.Server(args.bin)
        root = tmp.as_uri()
        caps = {"window": {"workDoneProgress": True},
                "workspace": {"configuration": True, "diagnostics": {"refreshSupport": True}},
                "textDocument": {"diagnostic": {"dynamicRegistration": False}}}
        s.call("initialize", {"processId": os.getpid(), "rootUri": root, "capabilities": caps,
                              "workspaceFolders": [{"uri": root, "name": "idle"}]})
        s.send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
        s.wait(lambda m: m.get("method") == "$/progress" and m["params"]["value"]["kind"] == "end")
        opened = sorted(tmp.rglob("a*.news.md"))[0]
        s.send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
            "uri": opened.as_uri(), "languageId": "markdown", "version": 1, "text": opened.read_text("utf-8")}}})
        t = time.perf_counter()
        first, _ = s.call("workspace/diagnostic", {"previousResultIds": []})
        items = first["result"]["items"]
        print(f"{len(items)} articles; first workspace pull (full): {time.perf_counter() - t:.2f} s, "
              f"{len(json.dumps(first)) / 1e6:.1f} MB")
        previous = [{"uri": i["uri"], "value": i["resultId"]} for i in items]
        time.sleep(2)  # the client's pause before its next pull

        cpu0 = cpu_seconds(s.p.pid)
        start = time.perf_counter()
        answers = 0
        answered_bytes = 0
        cancels = 0
        rid = s.request("workspace/diagnostic", {"previousResultIds": previous})
        sent = {rid}
        sent_at = time.perf_counter()
        import select
        while time.perf_counter() - start < args.seconds:
            ready, _, _ = select.select([s.p.stdout], [], [], 0.2)
            if ready or s.buf:
                m = s.read()
                if "method" in m and "id" in m:
                    s.send({"jsonrpc": "2.0", "id": m["id"], "result": None})
                    continue
                if m.get("id") in sent:
                    answers += 1
                    answered_bytes += len(json.dumps(m))
                if m.get("id") == rid:
                    time.sleep(2)
                    rid = s.request("workspace/diagnostic", {"previousResultIds": previous})
                    sent.add(rid)
                    sent_at = time.perf_counter()
            elif time.perf_counter() - sent_at > args.cancel_every:
                s.send({"jsonrpc": "2.0", "method": "$/cancelRequest", "params": {"id": rid}})
                cancels += 1
                rid = s.request("workspace/diagnostic", {"previousResultIds": previous})
                sent.add(rid)
                sent_at = time.perf_counter()
        cpu = cpu_seconds(s.p.pid) - cpu0
        print(f"idle polling for {args.seconds:.0f} s: server CPU {cpu:.3f} s; {answers} answers "
              f"({answered_bytes / 1e3:.0f} kB, incl. cancellations), {cancels} pulls cancelled and re-sent")
        print("PASS" if cpu < 0.5 * args.seconds / 60 else "FAIL", "(target < 0.5 s per minute)")
        s.call("shutdown", None)
        s.send({"jsonrpc": "2.0", "method": "exit"})
        s.p.wait(timeout=10)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
