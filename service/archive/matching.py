"""Claim matching: does an earlier claim or a fact-check state the same claim as this one?

Candidates come from PostgreSQL (full-text with the Indonesian stemmer, and trigram
similarity); this module scores each on lexical features, the shape of CheckThat!'s lexical
baselines, and says why:
- shared terms: the overlap of content-word stems (Dice coefficient), and the words shared;
- trigram similarity of the whole texts (PostgreSQL's pg_trgm, passed in);
- figures: the same figure (a number with its scale) in both is evidence of the same claim;
  a different figure where both give one for the same unit is a *changed figure*, flagged,
  and never a match: a changed number is news to a fact-checker;
- the same claimant or entity.
Pure: texts and candidate rows in, scored matches out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Feature weights and the match threshold, set by hand for precision (a match flag must
# rarely be wrong) and measured by scripts/bench_archive.py on real fact-check titles: each
# title against a reworded copy of itself, and against the other titles about the same
# people, which must not match.
WEIGHTS = {"terms": 0.55, "trigram": 0.35, "figure": 0.15, "claimant": 0.05}
MATCH_THRESHOLD = 0.55

_TOKEN = re.compile(r"[^\W\d_][\w’'-]*|\d[\d.,]*", re.UNICODE)
_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?![\w])")
# Scale words after a figure: 4,5 juta = 4500000 (Indonesian number words).
_SCALES = {"ribu": 1e3, "juta": 1e6, "miliar": 1e9, "milyar": 1e9, "triliun": 1e12}
# Function words and the fact-checkers' own words, which say nothing of the claim (a
# fact-check title often opens "[HOAKS] ..." or says "Faktanya").
STOP_WORDS = frozenset(
    {"yang", "dan", "di", "ke", "dari", "untuk", "dengan", "pada", "ini", "itu", "dalam",
     "akan", "telah", "sudah", "tidak", "bukan", "ada", "adalah", "sebagai", "oleh", "atau",
     "juga", "karena", "bahwa", "para", "kata", "ia", "dia", "mereka", "kami", "kita",
     "saat", "lebih", "hoaks", "hoax", "salah", "benar", "faktanya", "klarifikasi",
     "disinformasi", "fitnah", "misinformasi", "cek", "fakta", "video", "foto", "sebut",
     "disebut", "mengatakan", "klaim", "diklaim", "beredar"})


def _stem(word: str) -> str:
    """A light Indonesian stem for overlap: -nya, -lah, -kah and the common -kan/-an/-i
    suffixes off, and the meN-/di-/ber-/ter-/ke- prefixes, keeping at least four letters
    (PostgreSQL's indonesian stemmer does the same for search; this mirrors it here)."""
    w = word.lower()
    for suffix in ("nya", "lah", "kah"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
    for prefix in ("meng", "meny", "mem", "men", "me", "di", "ber", "ter", "ke", "pe"):
        if w.startswith(prefix) and len(w) - len(prefix) >= 4:
            w = w[len(prefix):]
            break
    for suffix in ("kan", "an", "i"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
            break
    return w


def terms(text: str) -> dict[str, str]:
    """Content-word stems of text, each with the first word it came from."""
    out: dict[str, str] = {}
    for token in _TOKEN.findall(text):
        low = token.lower()
        if low in STOP_WORDS or len(low) < 3 or low[0].isdigit():
            continue
        out.setdefault(_stem(low), low)
    return out


def figures(text: str) -> set[float]:
    """The figures in text, with Indonesian separators and scale words: "1.250" = 1250,
    "4,7" = 4.7, "4,5 juta" = 4500000. A year-like number stands as it is."""
    found = set()
    for m in _NUMBER.finditer(text):
        whole, frac = m.group(1), m.group(2)
        value = float(whole.replace(".", "") + ("." + frac if frac else ""))
        after = text[m.end() : m.end() + 10].split()
        if after and after[0].lower().strip(".,") in _SCALES:
            value *= _SCALES[after[0].lower().strip(".,")]
        found.add(value)
    return found


@dataclass(slots=True)
class Scored:
    kind: str  # claim | factcheck
    id: int
    text: str
    score: float
    match: bool
    reasons: dict = field(default_factory=dict)


def score(query: str, candidate: str, *, trigram: float = 0.0, same_claimant: bool = False,
          kind: str = "claim", ident: int = 0) -> Scored:
    """The candidate scored against the query, with the reasons a reader can check."""
    q_terms, c_terms = terms(query), terms(candidate)
    shared = sorted(set(q_terms) & set(c_terms))
    dice = 2 * len(shared) / (len(q_terms) + len(c_terms)) if q_terms and c_terms else 0.0
    q_fig, c_fig = figures(query), figures(candidate)
    same_figure = bool(q_fig & c_fig)
    changed = bool(q_fig) and bool(c_fig) and not (q_fig & c_fig) and dice >= 0.4
    total = (WEIGHTS["terms"] * dice + WEIGHTS["trigram"] * trigram
             + WEIGHTS["figure"] * (1.0 if same_figure else 0.0)
             + WEIGHTS["claimant"] * (1.0 if same_claimant else 0.0))
    reasons: dict = {"shared_terms": [q_terms[s] for s in shared], "term_overlap": round(dice, 3),
                     "trigram": round(trigram, 3)}
    if same_figure:
        reasons["same_figure"] = sorted(q_fig & c_fig)
    if changed:
        reasons["changed_figure"] = {"query": sorted(q_fig), "candidate": sorted(c_fig)}
    if same_claimant:
        reasons["same_claimant"] = True
    return Scored(kind=kind, id=ident, text=candidate, score=round(total, 4),
                  match=total >= MATCH_THRESHOLD and not changed, reasons=reasons)


# Candidates must share two of the query's most telling words (the longest, a cheap stand-in
# for the rarest): selective enough for the full-text index to answer fast on a large
# archive, loose enough that a rewording which drops or changes a word is still found.
TELLING_TERMS = 5


def candidate_query(text: str) -> str:
    """A to_tsquery expression: any two of the claim's most telling content words (the one
    word alone when it has only one)."""
    words = sorted({re.sub(r"[^\w]", "", w) for w in terms(text).values()} - {""},
                   key=lambda w: (-len(w), w))[:TELLING_TERMS]
    words = [w for w in words if w.isalnum()]
    if len(words) < 2:
        return words[0] if words else ""
    pairs = [f"({a} & {b})" for k, a in enumerate(words) for b in words[k + 1 :]]
    return " | ".join(pairs)
