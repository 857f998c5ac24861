#!/usr/bin/env python3
"""LSP benchmark: drives the real `copydesk lsp` binary over pipes on a generated workspace.

Generates N articles (default 10,000) into a temporary directory from the PolNeAR train texts
(../shared/corpora/polnear-train/text, read in place, never copied into the repo) with annotations
added: front matter, entity mentions of frequent names (defined once in shared people files),
a local entity definition, citations with source definitions. Plus one ~5,000-word article.

Prints: time to index (with $/progress), RSS after indexing, p50/p99 latency of hover, definition,
references, rename, and keystroke (didChange) → publishDiagnostics on the 5,000-word article. Latency runs
from sending a message to having the last byte of its answer; this Python client's own JSON parsing of
the answer (0.8 ms for 582 locations) is printed apart, in brackets.

    python3 Tests/bench/lsp_bench.py --bin .build/release/copydesk [--articles 10000] [--encoding utf-16]
        [--big-entities 100]     the 5,000-word article mentions 100 different entities (default 12)
        [--workspace DIR]        generate once into DIR and reuse it (kept)
        [--pull]                 pull diagnostics, as vscode-languageclient does: a keystroke's diagnostics are
                                 a textDocument/diagnostic answer, while a workspace/diagnostic pull is kept
                                 outstanding (sent again --pull-pause s after each answer, with the result ids
                                 the client holds); keystrokes every --typing-interval ms
    Environment: COPYDESK_BENCH_WRAP (e.g. "perf record -g -o perf.data --"), COPYDESK_BENCH_STDERR (a file for
    the server's log), COPYDESK_BENCH_DEBUG=1 (print each workspace pull and answer).
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import pathlib
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = pathlib.Path(__file__).resolve().parents[2]
CORPUS = ROOT / ".." / "shared" / "corpora" / "polnear-train" / "text"
NAME = re.compile(r"\b([A-Z][a-z]{2,}) ([A-Z][a-z]{2,})\b")


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def generate(dest: pathlib.Path, count: int, rng: random.Random, big_entities: int = 12) -> tuple[list[str], str, dict]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    if not texts:
        sys.exit(f"no corpus at {CORPUS}")
    freq = collections.Counter()
    for t in texts:
        freq.update(set(" ".join(m) for m in NAME.findall(t)))
    pool = [n for n, _ in freq.most_common(400)]
    ids = {n: slug(n) for n in pool}
    # Shared definitions: 20 people files of 20 entities each.
    (dest / "people").mkdir(parents=True)
    for k in range(0, len(pool), 20):
        block = [f"---\ntitle: People {k // 20}\n---\n"]
        for n in pool[k:k + 20]:
            block.append(f"[@{ids[n]}]: {n}\n  type: person\n  description: Generated definition of {n}\n  aliases: {n.split()[1]}\n")
        (dest / "people" / f"people-{k // 20:02d}.news.md").write_text("\n".join(block), encoding="utf-8")

    def annotate(text: str, i: int, limit: int = 12) -> str:
        lines = text.split("\n")
        title = lines[0].strip() or f"Article {i}"
        body = "\n".join(lines[1:])
        done = set()

        def mention(m: re.Match) -> str:
            n = m.group(0)
            if n in ids and n not in done and len(done) < limit:
                done.add(n)
                return f"[{n}][@{ids[n]}]"
            return n
        body = NAME.sub(mention, body)
        # Cite the first three sentences containing a digit.
        cites = 0

        def cite(m: re.Match) -> str:
            nonlocal cites
            if cites < 3:
                cites += 1
                return m.group(0) + f"[^s{cites}]"
            return m.group(0)
        body = re.sub(r"\d[^.\n]*\.", cite, body)
        defs = "\n".join(f"[^s{k}]: Generated source {k} for article {i}" for k in range(1, cites + 1))
        local = f"[@local-{i}]: Local Entity {i}\n  type: organization\n"
        safe_title = title.replace(":", " -")
        return f"---\ntitle: {safe_title}\nid: a{i}\n---\n# {title}\n{body}\n\nSee [@local-{i}].\n\n{defs}\n\n{local}"

    paths = []
    for i in range(count):
        sub = dest / f"d{i // 500:03d}"
        sub.mkdir(exist_ok=True)
        p = sub / f"a{i:05d}.news.md"
        p.write_text(annotate(texts[i % len(texts)], i), encoding="utf-8")
        paths.append(str(p))
    # One ~5,000-word article.
    words, parts, k = 0, [], 0
    while words < 5000:
        t = texts[k % len(texts)]
        parts.append("\n".join(t.split("\n")[1:]))
        words += len(t.split())
        k += 1
    body = "\n\n".join(parts)
    if big_entities > 12:
        # Mention --big-entities different entities: add a sentence naming each pool name the texts lack.
        present = set(" ".join(m) for m in NAME.findall(body))
        extra = [n for n in pool if n not in present][:max(0, big_entities - len(present & set(pool)))]
        body += "\n\n" + " ".join(f"{n} spoke." for n in extra)
    big = annotate("Big article 😀 “five thousand words”\n" + body, count, limit=max(12, big_entities))
    big_path = dest / "big.news.md"
    big_path.write_text(big, encoding="utf-8")
    return paths, str(big_path), ids


class Server:
    def __init__(self, binary: str):
        wrap = os.environ.get("COPYDESK_BENCH_WRAP", "").split()  # e.g. "perf record -g -o perf.data --"
        self.p = subprocess.Popen(wrap + [binary, "lsp", "--stdio"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=open(os.environ["COPYDESK_BENCH_STDERR"], "w") if os.environ.get("COPYDESK_BENCH_STDERR") else subprocess.DEVNULL, bufsize=0)
        self.buf = b""
        self.published = collections.Counter()  # publishDiagnostics per URI (re-analyses the client sees)
        self.next_id = 0
        self.lock = threading.Lock()
        self.received_at = 0.0
        self.parsed_latency = []  # per call, including this client's JSON parsing

    def send(self, obj) -> None:
        body = json.dumps(obj, ensure_ascii=False).encode("utf-8")
        self.p.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def read(self):
        while True:
            i = self.buf.find(b"\r\n\r\n")
            if i >= 0:
                n = int(re.search(rb"Content-Length: (\d+)", self.buf[:i]).group(1))
                if len(self.buf) >= i + 4 + n:
                    self.received_at = time.perf_counter()  # the whole message is here (before parsing it)
                    body = self.buf[i + 4:i + 4 + n]
                    self.buf = self.buf[i + 4 + n:]
                    m = json.loads(body)
                    if m.get("method") == "textDocument/publishDiagnostics":
                        self.published[m["params"]["uri"]] += 1
                    return m
            chunk = os.read(self.p.stdout.fileno(), 1 << 20)
            if not chunk:
                raise EOFError
            self.buf += chunk

    def request(self, method, params):
        self.next_id += 1
        rid = self.next_id
        self.send({"jsonrpc": "2.0", "id": rid, "method": method, "params": params})
        return rid

    def wait(self, pred):
        while True:
            m = self.read()
            if "method" in m and "id" in m:  # server → client request
                result = [None] if m["method"] == "workspace/configuration" else None
                self.send({"jsonrpc": "2.0", "id": m["id"], "result": result})
            if pred(m):
                return m

    def call(self, method, params):
        """The response and the latency: from sending the request to having its last byte (this client's own
        JSON parsing, 0.8 ms for 582 locations on the bench machine, is not the server's latency; it is
        printed separately as `parsed`)."""
        # The clock starts before the request is written: started after, it missed whatever the server did
        # before this process was scheduled again (on a loaded machine, often the whole answer).
        t = time.perf_counter()
        rid = self.request(method, params)
        m = self.wait(lambda m: m.get("id") == rid and "method" not in m)
        self.parsed_latency.append(time.perf_counter() - t)
        return m, self.received_at - t

    def cpu_s(self) -> float:
        """User + system CPU seconds the server has used (steadier than wall time on a shared machine)."""
        fields = open(f"/proc/{self.p.pid}/stat").read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def rss_mb(self) -> float:
        for line in open(f"/proc/{self.p.pid}/status"):
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return float("nan")


class WorkspacePuller:
    """A workspace/diagnostic pull kept outstanding the way vscode-languageclient keeps it: sent with the
    result ids the client holds (each answer applied item by item), and again `pause` s after each answer."""

    def __init__(self, s: Server, pause: float):
        self.s, self.pause = s, pause
        first, _ = s.call("workspace/diagnostic", {"previousResultIds": []})
        self.ids = {i["uri"]: i.get("resultId") for i in first["result"]["items"]}
        self.rid, self.next_at = None, 0.0
        self.answers = self.items = self.bytes = 0
        self.cpu0 = s.cpu_s()

    def tick(self):
        if self.rid is None and time.perf_counter() >= self.next_at:
            prev = [{"uri": u, "value": v} for u, v in self.ids.items() if v is not None]
            self.rid = self.s.request("workspace/diagnostic", {"previousResultIds": prev})
            self.sent_at = time.perf_counter()
            if os.environ.get("COPYDESK_BENCH_DEBUG"):
                print(f"  workspace pull {self.rid} sent with {len(prev)} result ids", flush=True)

    def see(self, m) -> bool:
        """Notes a workspace answer (never the message waited for)."""
        if self.rid is not None and m.get("id") == self.rid and "method" not in m:
            items = (m.get("result") or {}).get("items", [])
            for i in items:
                self.ids[i["uri"]] = i.get("resultId")
            self.answers += 1
            if os.environ.get("COPYDESK_BENCH_DEBUG"):
                print(f"  workspace answer after {time.perf_counter() - self.sent_at:.3f} s: {len(items)} items", flush=True)
            self.items += len(items)
            self.bytes += len(json.dumps(m))
            self.rid, self.next_at = None, time.perf_counter() + self.pause
        return False

    def stop(self):
        if self.rid is not None:
            self.s.send({"jsonrpc": "2.0", "method": "$/cancelRequest", "params": {"id": self.rid}})
            rid = self.rid
            self.s.wait(lambda m: m.get("id") == rid and "method" not in m)
            self.rid = None


def col(text_line: str, encoding: str) -> int:
    return len(text_line.encode("utf-8")) if encoding == "utf-8" else len(text_line.encode("utf-16-le")) // 2


def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))] * 1000


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=str(ROOT / ".build" / "release" / "copydesk"))
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--encoding", default="utf-16", choices=["utf-16", "utf-8"])
    ap.add_argument("--samples", type=int, default=500)
    ap.add_argument("--keep", action="store_true", help="keep the generated workspace")
    ap.add_argument("--workspace", help="generate into this folder once and reuse it on later runs (kept)")
    ap.add_argument("--big-entities", type=int, default=12,
                    help="different entities the 5,000-word article mentions (the others mention up to 12)")
    ap.add_argument("--pull", action="store_true", help="pull diagnostics with a workspace pull outstanding")
    ap.add_argument("--pull-pause", type=float, default=2.0, help="seconds between a workspace answer and the next pull")
    ap.add_argument("--typing-interval", type=float, default=0.0, help="ms between keystrokes (0: back to back)")
    ap.add_argument("--dependents", type=int, default=50,
                    help="articles to open that use people-00's entities, for the typing-scope check")
    args = ap.parse_args()
    rng = random.Random(1)
    if args.workspace:
        args.keep = True
        tmp = pathlib.Path(args.workspace).resolve()
        stamp = tmp / ".bench-args"
        want = f"{args.articles} {args.big_entities}"
        if not stamp.exists() or stamp.read_text() != want:
            shutil.rmtree(tmp, ignore_errors=True)
            tmp.mkdir(parents=True)
    else:
        tmp = pathlib.Path(tempfile.mkdtemp(prefix="copydesk-bench-"))
    try:
        t0 = time.perf_counter()
        if args.workspace and (tmp / ".bench-args").exists():
            big_path = str(tmp / "big.news.md")
        else:
            _, big_path, ids = generate(tmp, args.articles, rng, args.big_entities)
            if args.workspace:
                (tmp / ".bench-args").write_text(want)
        nfiles = sum(1 for _ in tmp.rglob("*.news.md"))
        size = sum(p.stat().st_size for p in tmp.rglob("*.news.md"))
        print(f"generated {nfiles} articles ({size / 1e6:.1f} MB) in {time.perf_counter() - t0:.1f} s under {tmp}")

        s = Server(args.bin)
        root_uri = tmp.as_uri()
        caps = {"window": {"workDoneProgress": True}, "general": {"positionEncodings": [args.encoding]},
                "workspace": {"configuration": True, "didChangeWatchedFiles": {"dynamicRegistration": True}},
                "textDocument": {"hover": {"contentFormat": ["markdown"]}, "rename": {"prepareSupport": True},
                                 "publishDiagnostics": {"relatedInformation": True}}}
        if args.pull:
            caps["workspace"]["diagnostics"] = {"refreshSupport": True}
            caps["textDocument"]["diagnostic"] = {"dynamicRegistration": False}
        s.call("initialize", {"processId": os.getpid(), "rootUri": root_uri, "capabilities": caps,
                              "workspaceFolders": [{"uri": root_uri, "name": "bench"}]})
        t_init = time.perf_counter()
        cpu0 = s.cpu_s()
        s.send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
        end = s.wait(lambda m: m.get("method") == "$/progress" and m["params"]["value"]["kind"] == "end")
        index_s = time.perf_counter() - t_init
        index_cpu = s.cpu_s() - cpu0
        time.sleep(0.2)
        rss = s.rss_mb()
        print(f"index: {index_s:.2f} s from 'initialized' to $/progress end ({end['params']['value']['message']}); "
              f"server CPU {index_cpu:.2f} s; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        print(f"RSS after indexing: {rss:.0f} MB")

        text = pathlib.Path(big_path).read_text(encoding="utf-8")
        uri = pathlib.Path(big_path).as_uri()
        lines = text.split("\n")
        s.send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
            "uri": uri, "languageId": "markdown", "version": 1, "text": text}}})
        if args.pull:
            s.call("textDocument/diagnostic", {"textDocument": {"uri": uri}})
        else:
            s.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri)
        nent = len(set(re.findall(r"\]\[@([a-z0-9-]+)\]", text)))
        print(f"big article: {len(text.split())} words, {len(text.encode())} bytes, {len(lines)} lines, {nent} entities mentioned")

        mentions = []
        for ln, line in enumerate(lines):
            for m in re.finditer(r"\]\[@([a-z0-9-]+)\]", line):
                mentions.append((ln, col(line[:m.start(1) + 1], args.encoding), m.group(1)))
        assert mentions, "no mentions in the big article"
        results = {}
        parsed = {}
        for name, method in [("hover", "textDocument/hover"), ("definition", "textDocument/definition")]:
            s.parsed_latency = []
            lat = []
            for k in range(args.samples):
                ln, c, _ = mentions[k % len(mentions)]
                r, dt = s.call(method, {"textDocument": {"uri": uri}, "position": {"line": ln, "character": c}})
                assert r.get("result"), (method, r)
                lat.append(dt)
            results[name] = lat
            parsed[name] = s.parsed_latency
        counts = collections.Counter(m[2] for m in mentions)
        popular = max(mentions, key=lambda m: counts[m[2]])
        lat = []
        s.parsed_latency = []
        for _ in range(max(50, args.samples // 5)):
            r, dt = s.call("textDocument/references", {"textDocument": {"uri": uri}, "position": {"line": popular[0], "character": popular[1]},
                                                        "context": {"includeDeclaration": True}})
            lat.append(dt)
        results["references"] = lat
        parsed["references"] = s.parsed_latency
        nrefs = len(r["result"])
        lat = []
        s.parsed_latency = []
        for _ in range(max(20, args.samples // 20)):
            r, dt = s.call("textDocument/rename", {"textDocument": {"uri": uri}, "position": {"line": popular[0], "character": popular[1]},
                                                    "newName": "renamed-entity"})
            assert "result" in r, r
            lat.append(dt)
        results["rename"] = lat
        parsed["rename"] = s.parsed_latency

        # Keystrokes: insert a character in prose lines, wait for the diagnostics of that version.
        prose = [i for i, line in enumerate(lines) if len(line) > 40 and "[" not in line[:20]]
        lat = []
        version = 1
        pull = WorkspacePuller(s, args.pull_pause) if args.pull else None
        for k in range(args.samples):
            ln = prose[rng.randrange(len(prose))]
            c = col(lines[ln][:10], args.encoding)
            version += 1
            if args.typing_interval:
                time.sleep(args.typing_interval / 1000)
            if pull:
                pull.tick()
            t = time.perf_counter()
            s.send({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
                "textDocument": {"uri": uri, "version": version},
                "contentChanges": [{"range": {"start": {"line": ln, "character": c}, "end": {"line": ln, "character": c}}, "text": "x"}]}})
            if pull:
                rid = s.request("textDocument/diagnostic", {"textDocument": {"uri": uri}})
                s.wait(lambda m: pull.see(m) or (m.get("id") == rid and "method" not in m))
            else:
                s.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"].get("version") == version)
            lat.append(s.received_at - t)
            lines[ln] = lines[ln][:10] + "x" + lines[ln][10:]
        results["keystroke→diagnostics" + (" (pull)" if pull else "")] = lat
        if pull:
            pull.stop()
            print(f"workspace pulls while typing: {pull.answers} answered, {pull.items} items, {pull.bytes / 1e3:.0f} kB; "
                  f"server CPU {s.cpu_s() - pull.cpu0:.2f} s over the keystrokes")

        scope = "typing scope: measured without --pull (it counts publishes)"
        if not args.pull:
            # Typing scope: type in people-00.news.md (its 20 entities are used all over the workspace) with
            # --dependents articles that use them open; only people-00 may be re-analysed (published).
            people = tmp / "people" / "people-00.news.md"
            ptext = people.read_text(encoding="utf-8")
            puri = people.as_uri()
            pids = set(re.findall(r"^\[@([a-z0-9-]+)\]:", ptext, re.M))
            deps = [p for p in sorted(tmp.rglob("a*.news.md")) if pids & set(re.findall(r"\[@([a-z0-9-]+)\]", p.read_text(encoding="utf-8")))][:args.dependents]
            for p in deps + [people]:
                s.send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
                    "uri": p.as_uri(), "languageId": "markdown", "version": 1, "text": p.read_text(encoding="utf-8")}}})
            s.call("workspace/symbol", {"query": "zzz"})  # every didOpen above is handled and published
            s.published.clear()
            # A prose paragraph after the front matter, above the definitions: each keystroke moves them (their
            # offsets change, their content does not), which must not re-analyse the dependents.
            assert ptext.split("\n")[3] == "", ptext[:80]
            top = {"line": 3, "character": 0}
            s.send({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": puri, "version": 2},
                    "contentChanges": [{"range": {"start": top, "end": top}, "text": "Typed prose: \n"}]}})
            lat = []
            for k in range(max(50, args.samples // 5)):
                v = k + 3
                t = time.perf_counter()
                s.send({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": puri, "version": v},
                        "contentChanges": [{"range": {"start": {"line": 3, "character": 13 + k},
                                                      "end": {"line": 3, "character": 13 + k}}, "text": "ab "[k % 3]}]}})
                s.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == puri and m["params"].get("version") == v)
                lat.append(s.received_at - t)
            s.call("workspace/symbol", {"query": "zzz"})
            others = sum(n for u, n in s.published.items() if u != puri)
            results["keystroke (definitions file)"] = lat
            scope = (f"typing scope: {len(lat) + 1} keystrokes in people-00 above its {len(pids)} definitions, {len(deps)} dependents open: "
                     f"{s.published[puri]} publishes for it, {others} for the others")
        print(f"latency over pipes ({args.encoding}), ms:       p50      p99      n   (parsed: + this client's JSON parse, p50/p99)")
        for name, xs in results.items():
            extra = f"   ({pct(parsed[name], 50):.3f} / {pct(parsed[name], 99):.3f})" if name in parsed else ""
            print(f"  {name:24s} {pct(xs, 50):8.3f} {pct(xs, 99):8.3f} {len(xs):6d}{extra}")
        print(f"  (references on '{popular[2]}': {nrefs} locations)")
        print(scope)
        s.call("shutdown", None)
        s.send({"jsonrpc": "2.0", "method": "exit"})
        code = s.p.wait(timeout=10)
        print(f"exit code {code}")
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
