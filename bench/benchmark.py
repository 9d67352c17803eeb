"""Benchmark: how fast biascheck checks articles on this machine, with printed figures.

Uses only the project's own sample drafts (samples/), so it runs on a fresh clone:

    python bench/benchmark.py            # 200 checks, round-robin over the samples
    python bench/benchmark.py -n 1000 --scale 4   # longer articles (each sample repeated 4x)

Prints start-up cost (import + rule compilation + first check), articles/s, sentences/s,
median and 95th-percentile milliseconds per article, and peak resident memory.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=200, help="number of checks (default 200)")
    parser.add_argument("--scale", type=int, default=1,
                        help="repeat each sample's body this many times to make longer articles")
    args = parser.parse_args()

    t0 = time.perf_counter()
    import biascheck
    from biascheck.load import load_path

    articles = []
    for path in sorted((ROOT / "samples").iterdir()):
        if path.suffix in {".txt", ".md", ".html"}:
            article = load_path(path)
            text = article.text if args.scale == 1 else "\n\n".join([article.text] * args.scale)
            articles.append(text)
    biascheck.check_text(articles[0])  # warm-up: rule compilation, lexicons, tokenizer
    startup = time.perf_counter() - t0

    times: list[float] = []
    sentences = 0
    for i in range(args.n):
        text = articles[i % len(articles)]
        start = time.perf_counter()
        result = biascheck.check_text(text)
        times.append(time.perf_counter() - start)
        sentences += len(result.sentences)
    total = sum(times)
    ordered = sorted(times)
    p95 = ordered[max(0, int(round(0.95 * len(ordered))) - 1)]
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"startup_s={startup:.3f} (import, rules, first check)")
    print(f"articles={args.n} sentences={sentences} scale={args.scale}")
    print(f"articles_per_s={args.n / total:.1f} sentences_per_s={sentences / total:.0f}")
    print(f"ms_p50={statistics.median(times) * 1000:.2f} ms_p95={p95 * 1000:.2f}")
    print(f"peak_rss_mb={rss:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
