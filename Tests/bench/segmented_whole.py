#!/usr/bin/env python3
"""A large article linted as segments (what `copydesk lint` and the server run above 1 MB) and as one
whole-document analysis must give the same findings. Builds, in a temporary folder (nothing is written to the
repo; the corpus is read in place): an 8 MB article of PolNeAR train texts concatenated (`--polnear-mb`), and the
50 MB article of `huge_article.py` (`--huge-mb`; 0 skips it), then runs
`copydesk-quality --segmented-vs-whole` on each: findings per rule in both runs and those only one has.

    swift build -c release --product copydesk-quality
    python3 Tests/bench/segmented_whole.py [--bin .build/release/copydesk-quality] [--polnear-mb 8] [--huge-mb 50]
"""
import argparse
import os
import pathlib
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import huge_article  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]


def polnear(mb: int) -> str:
    """PolNeAR train texts one after another (in file-name order, again from the first when they run out)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(huge_article.CORPUS.glob("*.txt"))]
    out, n, i = [], 0, 0
    while n < mb << 20:
        t = texts[i % len(texts)].strip() + "\n\n"
        out.append(t)
        n += len(t.encode())
        i += 1
    return "".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=str(ROOT / ".build" / "release" / "copydesk-quality"))
    ap.add_argument("--polnear-mb", type=int, default=8)
    ap.add_argument("--huge-mb", type=int, default=50)
    args = ap.parse_args()
    status = 0
    with tempfile.TemporaryDirectory() as d:
        for name, mb, make in [("polnear", args.polnear_mb, polnear), ("huge", args.huge_mb, huge_article.article)]:
            if mb <= 0:
                continue
            path = os.path.join(d, f"{name}.news.md")
            with open(path, "w", encoding="utf-8") as f:
                f.write(make(mb))
            print(f"{name} ({mb} MB):", flush=True)
            r = subprocess.run(["/usr/bin/time", "-f", "peak RSS %M KB", args.bin, "--segmented-vs-whole", path])
            status = status or r.returncode
    sys.exit(status)


if __name__ == "__main__":
    main()
