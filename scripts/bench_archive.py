"""The archive at scale: python scripts/bench_archive.py [--quotes N] (make bench-archive).

Builds a synthetic archive in a database of its own (dropped after) from real answers: the
dev and dev2 articles answered once by the engine, then stored again and again as new
articles (a numbered line appended, so each has its own hash; outlets and dates varied; a
share of speakers renamed, so the registry grows), until N quotes are stored. Imports the
10,230 real fact-check titles of ../shared/eval/factchecks as ClaimReview. Then measures,
each in one run on this machine:
- ingest of cached answers (50 articles a transaction, each its own savepoint), articles a
  second;
- search (GET /v1/quotes and /v1/claims as the store runs them) p50 and p95 over words drawn
  from the archive's claims;
- matching p50 and p95, and its quality on the real fact-checks: each of 300 titles, reworded
  (its words reordered, one content word dropped, "Benarkah" prepended), must find its own
  fact-check first with the match flag (recall@1), while 300 other titles that share a
  capitalised name with it but state another claim must not be flagged (false-match rate).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
import uuid
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"
# Articles a transaction when a batch is ingested (python -m service batch --archive does so).
BATCH = 50


def _percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))]


# Syllables of made-up Indonesian-sounding names: new people who share no word with the
# real ones (a name with a number glued on would make every speaker a namesake of another).
_SYLLABLES = ("ba", "di", "ra", "su", "to", "wi", "an", "ti", "sa", "ri", "ko", "ma", "ni",
              "ha", "yu", "da", "lo", "pu", "ge", "ne", "ta", "ki", "mo", "ru")


def _made_up_name(rng: random.Random) -> str:
    def word() -> str:
        return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randrange(2, 4))).title()

    return f"{word()} {word()}"


def _answers() -> list[tuple[str, dict]]:
    from service.extract.engine import Engine

    os.environ.setdefault("STANZA_DIR", str(SHARED / "models" / "stanza"))
    engine = Engine.from_settings()
    out = []
    for folder in ("dev", "dev2"):
        for path in sorted((SHARED / "eval" / folder).glob("*.txt")):
            text = path.read_text("utf-8")
            out.append((text, engine.run(text)))
    return out


def _factchecks() -> list[dict]:
    reviews = []
    with open(SHARED / "eval" / "factchecks" / "turnbackhoax.jsonl", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            reviews.append({"@type": "ClaimReview", "claimReviewed": r["claim"],
                            "url": r.get("url"), "datePublished": r.get("date"),
                            "reviewRating": {"alternateName": r.get("verdict")},
                            "author": {"name": "MAFINDO"}})
    return reviews


def _reworded(title: str, rng: random.Random) -> str:
    from service.archive.matching import STOP_WORDS

    words = title.split()
    content = [k for k, w in enumerate(words) if w.lower() not in STOP_WORDS and len(w) > 3]
    if len(content) > 3:
        del words[rng.choice(content[1:])]
    cut = len(words) // 2
    return "Benarkah " + " ".join(words[cut:] + words[:cut])


def measure(store, url: str, answers: list, rng: random.Random, articles: int, quotes: int,
            ingest_rate: float | None) -> None:
    """Search, matching and the fact-check import on an archive already built."""
    import psycopg

    from service.archive.factchecks import parse_payload

    reviews = _factchecks()
    t0 = time.perf_counter()
    for k in range(0, len(reviews), 1000):
        store.add_factchecks(parse_payload(reviews[k : k + 1000]))
    fc_seconds = time.perf_counter() - t0
    # What autovacuum does after a bulk load (statistics, GIN pending lists flushed), the
    # fact-checks' included, done now rather than waited for, so that search and matching
    # are measured as they run later.
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")

    words = [w for _, a in answers for c in a["claims"] for w in c["text"].split()
             if len(w) > 5 and w.isalpha()]
    search = []
    for _ in range(200):
        t = time.perf_counter()
        store.quotes(q=rng.choice(words), limit=20)
        store.claims(q=rng.choice(words), limit=20)
        search.append((time.perf_counter() - t) * 500)  # ms per search (two searches)

    titled = [r for r in reviews if len(r["claimReviewed"].split()) >= 6]
    sample = rng.sample(titled, 300)
    found = flagged_right = 0
    match_ms = []
    for r in sample:
        t = time.perf_counter()
        result = store.match(_reworded(r["claimReviewed"], rng), limit=5)
        match_ms.append((time.perf_counter() - t) * 1000)
        if result and result[0].kind == "factcheck" and result[0].text == r[
                "claimReviewed"]:
            found += 1
            flagged_right += result[0].match
    names = {}
    for r in titled:
        for w in r["claimReviewed"].split():
            if w[:1].isupper() and len(w) > 3:
                names.setdefault(w, []).append(r["claimReviewed"])
    false = pairs = 0
    for r in sample:
        caps = [w for w in r["claimReviewed"].split()[1:] if w in names
                and len(names[w]) > 1]
        if not caps:
            continue
        other = next((t for t in names[caps[0]] if t != r["claimReviewed"]), None)
        if other is None:
            continue
        pairs += 1
        result = store.match(other, limit=20)
        false += any(s.match and s.text == r["claimReviewed"] for s in result)
    print(json.dumps({
        "articles": articles, "quotes": quotes, "factchecks": len(reviews),
        "ingest_articles_per_s": round(ingest_rate, 1) if ingest_rate else None,
        "factcheck_import_s": round(fc_seconds, 1),
        "search_ms_p50": round(statistics.median(search), 1),
        "search_ms_p95": round(_percentile(search, 95), 1),
        "match_ms_p50": round(statistics.median(match_ms), 1),
        "match_ms_p95": round(_percentile(match_ms, 95), 1),
        "reworded_found_first": round(found / len(sample), 3),
        "reworded_found_and_flagged": round(flagged_right / len(sample), 3),
        "same_people_false_match_rate": round(false / pairs, 3) if pairs else None,
        "same_people_pairs": pairs,
    }, indent=1))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--quotes", type=int, default=1_000_000)
    ap.add_argument("--measure", metavar="DATABASE_URL",
                    help="only measure search and matching on an archive built before")
    ap.add_argument("--keep", action="store_true",
                    help="keep the database afterwards (its URL is printed) to look into")
    ap.add_argument("--admin-url", default=os.environ.get(
        "KUTIP_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres"))
    args = ap.parse_args()

    import psycopg

    from service.archive import migrate
    from service.archive.store import Archive

    rng = random.Random(7)
    if args.measure:
        store = Archive(args.measure)
        with psycopg.connect(args.measure) as conn:
            articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            quotes = conn.execute("SELECT count(*) FROM quotes").fetchone()[0]
        measure(store, args.measure, _answers(), rng, articles, quotes, None)
        store.dispose()
        return 0
    name = f"kutip_bench_{uuid.uuid4().hex[:10]}"
    admin = psycopg.connect(args.admin_url, autocommit=True)
    admin.execute(f'CREATE DATABASE "{name}"')
    url = args.admin_url.rsplit("/", 1)[0] + "/" + name
    try:
        migrate.upgrade(url)
        store = Archive(url)
        t0 = time.perf_counter()
        answers = _answers()
        print(f"answered {len(answers)} real articles once in "
              f"{time.perf_counter() - t0:.0f} s", flush=True)
        outlets = ["Kompas", "Tempo", "Detik", "Antara", "CNN Indonesia", "Tirto"]
        quotes = articles = 0
        batch: list = []
        t0 = lap = time.perf_counter()
        recent = 0.0
        while quotes < args.quotes:
            text, answer = answers[articles % len(answers)]
            variant = json.loads(json.dumps(answer))
            if rng.random() < 0.3:  # new people now and then: the registry grows
                for sp in variant["speakers"]:
                    sp["name"] = _made_up_name(rng)
                    for q in variant["quotes"]:
                        if q["speaker"] and q["speaker"]["id"] == sp["id"]:
                            q["speaker"]["name"] = sp["name"]
            day = date(rng.randrange(2015, 2026), rng.randrange(1, 13), rng.randrange(1, 29))
            batch.append((f"{text}\n{articles}", variant,
                          {"outlet": rng.choice(outlets), "published": day}))
            if len(batch) == BATCH:
                store.ingest_many(batch)
                batch = []
            quotes += len(variant["quotes"])
            articles += 1
            if articles % 2000 == 0:
                now = time.perf_counter()
                rate = articles / (now - t0)
                recent = 2000 / (now - lap)
                lap = now
                print(f"  {articles} articles, {quotes} quotes, {rate:.0f} articles/s "
                      f"(the last 2,000: {recent:.0f}/s)", flush=True)
        store.ingest_many(batch)
        ingest_rate = articles / (time.perf_counter() - t0)
        print(f"ingest: {ingest_rate:.0f} articles/s on average, {recent:.0f}/s over the "
              "last 2,000", flush=True)
        measure(store, url, answers, rng, articles, quotes, ingest_rate)
        store.dispose()
    finally:
        if args.keep:
            print(f"kept: {url}", file=sys.stderr)
        else:
            admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
    return 0


if __name__ == "__main__":
    sys.exit(main())
