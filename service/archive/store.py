"""The archive in PostgreSQL: ingest an answer in one transaction, search it, keep the speaker
registry, store fact-checks and find matches. Every database failure that is the server's
(down, unreachable, restarting) surfaces as ArchiveUnavailable, which the API answers 503."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import logging
import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import create_engine, delete, func, insert, select, text, update
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, OperationalError

from service.archive import matching, registry
from service.archive.factchecks import FactCheckRecord
from service.archive.schema import (
    Article,
    Base,
    Claim,
    FactCheck,
    Match,
    Quote,
    Speaker,
    SpeakerAlias,
    SpeakerRole,
)
from service.errors import ArchiveUnavailable, NotFound

log = logging.getLogger(__name__)

MAX_PAGE = 100
# A text search ranks this many matching quotes or claims at a time, the newest first; paging
# goes on to the next older window. 2,000 cost a p95 of 190 ms at a million quotes (a common
# word's newest 2,000 matches are read row by row), 500 cost 50 ms (scripts/bench_archive.py).
SEARCH_WINDOW = 500
MAX_ID = 2**63 - 1  # PostgreSQL's bigint
# Candidates read from PostgreSQL before scoring a match: full-text and trigram each.
MATCH_CANDIDATES = 50


def sqlalchemy_url(database_url: str) -> str:
    """postgresql://... as SQLAlchemy's psycopg 3 URL (the scheme libpq and compose use)."""
    for scheme in ("postgresql://", "postgres://"):
        if database_url.startswith(scheme):
            return "postgresql+psycopg://" + database_url[len(scheme):]
    return database_url


# The ids that stand for one registry speaker: it (or the one it was merged into) and every
# speaker merged into that one.
_SAME_SPEAKER = """(SELECT s.id FROM speakers s, (SELECT coalesce(merged_into, id) AS root
                   FROM speakers WHERE id = :{p}) r
                   WHERE s.id = r.root OR s.merged_into = r.root)"""


def text_hash(article_text: str) -> str:
    return hashlib.sha256(article_text.encode("utf-8")).hexdigest()


def encode_cursor(values: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(values).encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> dict | None:
    """The cursor's values; ValueError for a cursor Kutip did not write."""
    if not cursor:
        return None
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        values = json.loads(raw)
    except (ValueError, json.JSONDecodeError) as exc:
        raise ValueError("cursor is not one Kutip gave") from exc
    if not isinstance(values, dict) or not ("id" in values or "below" in values) or any(
            not _stored_id_value(values[k]) for k in ("id", "below") if k in values):
        raise ValueError("cursor is not one Kutip gave")
    rank = values.get("rank", 0.0)
    if isinstance(rank, bool) or not isinstance(rank, int | float) or not math.isfinite(rank):
        raise ValueError("cursor is not one Kutip gave")
    return values


def _stored_id_value(value: object) -> bool:
    """An id a bigint column holds (a bool is no id)."""
    return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_ID


class Archive:
    def __init__(self, database_url: str, *, pool_size: int = 5,
                 statement_timeout_ms: int = 10_000):
        self.engine: Engine = create_engine(
            sqlalchemy_url(database_url), pool_pre_ping=True, pool_size=pool_size,
            max_overflow=pool_size, pool_timeout=5,
            connect_args={"connect_timeout": 5,
                          # JIT compiles a query the planner thinks costly, in some 30 ms:
                          # more than any of the archive's statements takes to run. And each
                          # statement is planned for its own values: psycopg prepares a
                          # statement run five times, and PostgreSQL's generic plan for it,
                          # blind to how many keys or which words it is given, cost ingest
                          # at 1M quotes half its rate (a 10 ms lookup took 80).
                          "options": f"-c statement_timeout={statement_timeout_ms} -c jit=off"
                                     " -c plan_cache_mode=force_custom_plan"})

    # -- plumbing ------------------------------------------------------------------------

    @contextmanager
    def _tx(self) -> Iterator[Connection]:
        """One transaction; a server that is down or gone answers ArchiveUnavailable."""
        try:
            with self.engine.begin() as conn:
                yield conn
        except OperationalError as exc:
            raise ArchiveUnavailable(_reason(exc)) from exc
        except DBAPIError as exc:
            if exc.connection_invalidated:
                raise ArchiveUnavailable(_reason(exc)) from exc
            raise

    def ping(self) -> None:
        with self._tx() as conn:
            conn.execute(text("SELECT 1"))

    def dispose(self) -> None:
        self.engine.dispose()

    # -- ingest --------------------------------------------------------------------------

    def ingest(self, article_text: str, answer: dict, meta: dict) -> tuple[bool, dict]:
        """Store the article, its speakers (linked to the registry), quotes and claims in one
        transaction. (created, stored): the same text again stores nothing and gives the
        first ingest's ids."""
        return self.ingest_many([(article_text, answer, meta)])[0]

    def ingest_many(self, items: list[tuple[str, dict, dict]]) -> list[tuple[bool, dict]]:
        """Several articles in one transaction, each all or nothing: written together (a
        handful of statements for the whole batch), and when that fails, again one by one,
        each under a savepoint of its own, so that a bad article is left out alone and its
        error raised after the others are committed. A server that goes away loses the
        uncommitted batch, nothing else."""
        if not items:
            return []
        with self._tx() as conn:
            try:
                with conn.begin_nested():
                    return self._write(conn, items)
            except DBAPIError as exc:
                if isinstance(exc, OperationalError) or exc.connection_invalidated or (
                        len(items) == 1):
                    raise
            results: list[tuple[bool, dict]] = []
            failure: Exception | None = None
            for item in items:
                try:
                    with conn.begin_nested():
                        results.extend(self._write(conn, [item]))
                except DBAPIError as exc:
                    if isinstance(exc, OperationalError) or exc.connection_invalidated:
                        raise
                    failure = failure or exc
        if failure is not None:
            raise failure
        return results

    def _write(self, conn: Connection, items: list[tuple[str, dict, dict]]
               ) -> list[tuple[bool, dict]]:
        """Write the articles not stored yet, with their speakers (linked to the registry),
        quotes and claims; each item's (created, stored) as _stored_in would read it."""
        digests = [text_hash(article_text) for article_text, _, _ in items]
        rows = [{"text_hash": digest, "text": article_text, "title": meta.get("title"),
                 "outlet": meta.get("outlet"), "url": meta.get("url"),
                 "published": meta.get("published"), "answer_id": answer.get("id", "")}
                for digest, (article_text, answer, meta) in zip(digests, items, strict=True)]
        made = dict(_insert_rows(conn, Article, rows, "text_hash, id",
                                 conflict="ON CONFLICT (text_hash) DO NOTHING"))
        fresh: list[tuple[int, str, dict, dict]] = []  # (article id, digest, answer, meta)
        first = set()
        for digest, (_, answer, meta) in zip(digests, items, strict=True):
            if digest in made and digest not in first:
                first.add(digest)
                fresh.append((made[digest], digest, answer, meta))
        written = self._insert(conn, [(aid, answer, meta.get("published"))
                                      for aid, _, answer, meta in fresh])
        results: list[tuple[bool, dict]] = []
        done = {}
        for (aid, digest, answer, meta), (quotes, claims) in zip(fresh, written, strict=True):
            article = {"id": aid, "title": meta.get("title"), "outlet": meta.get("outlet"),
                       "url": meta.get("url"), "published": _iso(meta.get("published")),
                       "text_hash": digest, "answer_id": answer.get("id", "")}
            done[digest] = {"article": article, "quotes": quotes, "claims": claims}
        created = set()
        for digest in digests:
            if digest in done and digest not in created:
                created.add(digest)
                results.append((True, done[digest]))
                continue
            stored = done.get(digest) or self._stored_in(conn, digest)
            if stored is not None:
                results.append((False, stored))
        return results

    def _insert(self, conn: Connection, articles: list[tuple[int, dict, dt.date | None]]
                ) -> list[tuple[list[dict], list[dict]]]:
        """The articles' speakers, quotes and claims written, all articles at once; each
        article's quotes and claims as _stored_in reads them back."""
        if not articles:
            return []
        speaker_ids, names = self._link_all(conn, [
            ((aid, sp["id"]), sp, published or dt.date.today())
            for aid, answer, published in articles for sp in answer.get("speakers", [])])
        quote_rows = []
        for aid, answer, _ in articles:
            for q in answer.get("quotes", []):
                speaker = q.get("speaker")
                quote_rows.append({
                    "article_id": aid, "local_id": q["id"], "type": q["type"],
                    "text": q["text"], "start": q["start"], "end": q["end"],
                    "speaker_id": speaker_ids.get((aid, speaker["id"])) if speaker else None,
                    "cue": (q.get("cue") or {}).get("text"),
                    "confidence": q.get("confidence", 0.0)})
        quote_ids: dict[tuple[int, str], int] = {}
        if quote_rows:
            quote_ids = {(a, local): qid for a, local, qid in _insert_rows(
                conn, Quote, quote_rows, "article_id, local_id, id")}
        claim_rows = []
        for aid, answer, _ in articles:
            for c in answer.get("claims", []):
                speaker, about = c.get("speaker"), c.get("about")
                claim_rows.append({
                    "article_id": aid, "local_id": c["id"], "type": c["type"],
                    "text": c["text"], "standalone": c.get("standalone") or c["text"],
                    "start": c["start"], "end": c["end"], "checkworthy": c["checkworthy"],
                    "quantities": c.get("quantities", []),
                    "quote_id": quote_ids.get((aid, c["quote"])) if c.get("quote") else None,
                    "claimant_id": speaker_ids.get((aid, speaker["id"])) if speaker else None,
                    "about_id": speaker_ids.get((aid, about["id"])) if about else None})
        claim_ids: dict[tuple[int, str], int] = {}
        if claim_rows:
            claim_ids = {(a, local): cid for a, local, cid in _insert_rows(
                conn, Claim, claim_rows, "article_id, local_id, id")}
        quotes: dict[int, list[dict]] = {aid: [] for aid, _, _ in articles}
        for r in quote_rows:
            quotes[r["article_id"]].append({
                "id": quote_ids[(r["article_id"], r["local_id"])], "local_id": r["local_id"],
                "type": r["type"], "text": r["text"], "start": r["start"], "end": r["end"],
                "speaker_id": r["speaker_id"], "speaker": names.get(r["speaker_id"])})
        claims: dict[int, list[dict]] = {aid: [] for aid, _, _ in articles}
        for r in claim_rows:
            claims[r["article_id"]].append({
                "id": claim_ids[(r["article_id"], r["local_id"])], "local_id": r["local_id"],
                "type": r["type"], "text": r["text"], "standalone": r["standalone"],
                "start": r["start"], "end": r["end"], "checkworthy": r["checkworthy"],
                "claimant_id": r["claimant_id"], "about_id": r["about_id"],
                "quantities": r["quantities"]})
        return [(sorted(quotes[aid], key=lambda q: (q["start"], q["id"])),
                 sorted(claims[aid], key=lambda c: (c["start"], c["id"])))
                for aid, _, _ in articles]

    def _link_all(self, conn: Connection, speakers: list[tuple[object, dict, dt.date]]
                  ) -> tuple[dict[object, int], dict[int, str]]:
        """The registry id of each speaker (slot, the answer's speaker, the date it was seen):
        an existing speaker it is, or a new one; and each linked speaker's registry name. The
        names are locked first (advisory locks on their keys, in one order), so two batches
        ingested at once do not both create the same person; the candidates of all of them
        are read in one query."""
        if not speakers:
            return {}, {}
        named = [(slot, sp["name"], sp.get("kind", "person"), sp.get("roles", []), seen,
                  registry.name_key(sp["name"])) for slot, sp, seen in speakers]
        keys = sorted({key for *_, key in named})
        conn.execute(text("SELECT count(pg_advisory_xact_lock(hashtext(k))) "
                          "FROM unnest(CAST(:keys AS text[])) AS k"), {"keys": keys})
        aliases = {key: registry.aliases_of(name, kind) for _, name, kind, _, _, key in named}
        candidates = self._candidates(conn, keys)
        ids: dict[object, int] = {}
        names: dict[int, str] = {}
        new: list[dict] = []  # speakers first seen in this batch, under ids -1, -2, ...
        for slot, name, kind, roles, _, key in named:
            chosen = registry.choose(name, kind, roles, candidates)
            if chosen is None:
                speaker_id = -1 - len(new)
                new.append({"name": name, "key": key, "kind": kind})
                candidates.append(registry.Known(
                    id=speaker_id, name=name, kind=kind, aliases=frozenset(aliases[key]),
                    roles=frozenset(registry.role_words(roles))))
                names[speaker_id] = name
            else:
                speaker_id = chosen.id
                names.setdefault(speaker_id, chosen.name)
                if len(key.split()) > len(registry.name_key(names[speaker_id]).split()):
                    if speaker_id < 0:
                        new[-1 - speaker_id].update(name=name, key=key)
                    else:
                        conn.execute(update(Speaker).where(Speaker.id == speaker_id)
                                     .values(name=name, key=key, words=key.split()))  # fuller
                    names[speaker_id] = name
            ids[slot] = speaker_id
        if new:  # ids drawn from the sequence at once, then all new speakers in one statement
            drawn = conn.execute(text(
                "SELECT nextval(pg_get_serial_sequence('speakers', 'id')) "
                "FROM generate_series(1, :n)"), {"n": len(new)}).scalars().all()
            _insert_rows(conn, Speaker, [{"id": sid, **row} for sid, row in zip(
                drawn, new, strict=True)], "id",
                computed={"words": "string_to_array(u.key, ' ')"})
            real = {-1 - k: sid for k, sid in enumerate(drawn)}
            ids = {slot: real.get(sid, sid) for slot, sid in ids.items()}
            names = {real.get(sid, sid): name for sid, name in names.items()}
        alias_rows = sorted({(ids[slot], a) for slot, *_, key in named for a in aliases[key]})
        if alias_rows:
            conn.execute(pg_insert(SpeakerAlias).on_conflict_do_nothing(),
                         [{"speaker_id": sid, "alias": a} for sid, a in alias_rows])
        seen_roles: dict[tuple[int, str], tuple[dt.date, dt.date]] = {}
        for slot, _, _, roles, seen, _ in named:
            for role in roles:
                first, last = seen_roles.get((ids[slot], role), (seen, seen))
                seen_roles[(ids[slot], role)] = (min(first, seen), max(last, seen))
        if seen_roles:
            stmt = pg_insert(SpeakerRole)
            conn.execute(stmt.on_conflict_do_update(
                index_elements=["speaker_id", "role"],
                set_={"first_seen": func.least(SpeakerRole.first_seen, stmt.excluded.first_seen),
                      "last_seen": func.greatest(SpeakerRole.last_seen,
                                                 stmt.excluded.last_seen)}),
                [{"speaker_id": sid, "role": role, "first_seen": first, "last_seen": last}
                 for (sid, role), (first, last) in sorted(seen_roles.items())])
        return ids, names

    def _candidates(self, conn: Connection, keys: list[str]) -> list[registry.Known]:
        """Registry speakers that have one of the names' keys as an alias or have a similar
        name (merged speakers stand for the one they were merged into); registry.choose
        picks among them for each name. Looked up by the keys alone, not by every alias of
        the names: choose only ever compares a name's key with the registry's aliases, and
        a person's initials ("bs") are shared by thousands of people in a large registry."""
        one_word = [k for k in keys if " " not in k and len(k) >= 4]
        rows = conn.execute(text(
            """
            WITH hits AS (
                -- speakers known by one of our keys: a key held by more than a few is too
                -- common to link by (choose wants the one holder), and initials are held by
                -- thousands in a large registry
                SELECT al.speaker_id AS id FROM unnest(CAST(:keys AS text[])) AS u(alias),
                LATERAL (SELECT speaker_id FROM speaker_aliases WHERE alias = u.alias
                         LIMIT 50) AS al
                UNION
                -- names whose words hold all of one of ours ...
                SELECT s.id FROM unnest(CAST(:keys AS text[])) AS k(key),
                LATERAL (SELECT id FROM speakers
                         WHERE words @> string_to_array(k.key, ' ') LIMIT 100) AS s
                UNION
                -- ... or that ours hold
                SELECT s.id FROM unnest(CAST(:keys AS text[])) AS k(key),
                LATERAL (SELECT id FROM speakers WHERE words <@ string_to_array(k.key, ' ')
                         AND words && string_to_array(k.key, ' ') LIMIT 100) AS s
                UNION
                -- a one-word name may be a blend of a fuller one ("jokowi": "joko widodo"):
                -- aliases opening with its first three letters, by the prefix index
                SELECT blend.speaker_id
                FROM unnest(CAST(:low AS text[]), CAST(:high AS text[])) AS w(low, high),
                LATERAL (SELECT speaker_id FROM speaker_aliases
                         WHERE alias ~>=~ w.low AND alias ~<~ w.high AND alias LIKE '% %'
                         LIMIT 50) AS blend
            )
            SELECT r.id, r.name, r.kind,
                   ARRAY(SELECT alias FROM speaker_aliases WHERE speaker_id = r.id) AS aliases,
                   ARRAY(SELECT role FROM speaker_roles WHERE speaker_id = r.id) AS roles
            FROM speakers r
            -- by id, through arrays: the hits are a few hundred, and a join would be planned
            -- for the LIMITs' thousands and read the whole registry
            WHERE r.merged_into IS NULL AND r.id = ANY(ARRAY(
                SELECT coalesce(s.merged_into, s.id) FROM speakers s
                WHERE s.id = ANY(ARRAY(SELECT id FROM hits))))
            ORDER BY r.id
            """), {"keys": keys,
                   "low": [w[:3] for w in one_word],
                   "high": [w[:2] + chr(ord(w[2]) + 1) for w in one_word]})
        return [registry.Known(id=sid, name=name, kind=kind, aliases=frozenset(names),
                               roles=frozenset(registry.role_words(list(roles))))
                for sid, name, kind, names, roles in rows]

    def _stored_in(self, conn: Connection, digest: str) -> dict | None:
        article = conn.execute(select(Article).where(Article.text_hash == digest)
                               ).mappings().first()
        if article is None:
            return None
        quotes = conn.execute(text(
            """SELECT q.id, q.local_id, q.type, q.text, q.start, q."end", q.speaker_id,
                      s.name AS speaker
               FROM quotes q LEFT JOIN speakers s ON s.id = q.speaker_id
               WHERE q.article_id = :a ORDER BY q.start, q.id"""), {"a": article["id"]})
        claims = conn.execute(text(
            """SELECT c.id, c.local_id, c.type, c.text, c.standalone, c.start, c."end",
                      c.checkworthy, c.claimant_id, c.about_id, c.quantities
               FROM claims c WHERE c.article_id = :a ORDER BY c.start, c.id"""),
            {"a": article["id"]})
        return {"article": _article_json(article),
                "quotes": [dict(q) for q in quotes.mappings()],
                "claims": [dict(c) for c in claims.mappings()]}

    # -- search --------------------------------------------------------------------------

    def quotes(self, *, q: str | None = None, speaker: int | None = None,
               type: str | None = None, outlet: str | None = None,
               since: dt.date | None = None, until: dt.date | None = None,
               cursor: str | None = None, limit: int = 20) -> dict:
        """Quotes by text (Indonesian full-text), speaker, type, outlet and date, ranked by
        relevance when q is given, else newest first; cursor-paged."""
        columns = """qt.id, qt.text, qt.type, qt.start, qt."end", qt.speaker_id,
                     s.name AS speaker, a.id AS article_id, a.title, a.outlet, a.url,
                     a.published, {rank}::float8 AS rank"""
        return self._ranked(columns, _Tables(
            "quotes qt", "JOIN articles a ON a.id = qt.article_id",
            "LEFT JOIN speakers s ON s.id = qt.speaker_id", "qt.id"), [
            ("q", q, "qt.tsv @@ websearch_to_tsquery('indonesian', :q)", False),
            ("speaker", speaker, f"qt.speaker_id IN {_SAME_SPEAKER.format(p='speaker')}",
             False),
            ("type", type, "qt.type = :type", False),
            ("outlet", outlet, "a.outlet = :outlet", True),
            ("since", since, "a.published >= :since", True),
            ("until", until, "a.published <= :until", True),
        ], "ts_rank(qt.tsv, websearch_to_tsquery('indonesian', :q))" if q else "0.0",
            cursor, limit, windowed=bool(q))

    def claims(self, *, q: str | None = None, claimant: int | None = None,
               type: str | None = None, min_checkworthy: float | None = None,
               cursor: str | None = None, limit: int = 20) -> dict:
        """Claims by text, claimant, type and check-worthiness, ranked by relevance when q
        is given, else by check-worthiness; cursor-paged."""
        columns = """c.id, c.text, c.standalone, c.type, c.checkworthy, c.quantities,
                     c.claimant_id, s.name AS claimant, c.about_id, a.id AS article_id,
                     a.title, a.outlet, a.url, a.published, {rank}::float8 AS rank"""
        return self._ranked(columns, _Tables(
            "claims c", "JOIN articles a ON a.id = c.article_id",
            "LEFT JOIN speakers s ON s.id = c.claimant_id", "c.id"), [
            ("q", q, "c.tsv @@ websearch_to_tsquery('indonesian', :q)", False),
            ("claimant", claimant, f"c.claimant_id IN {_SAME_SPEAKER.format(p='claimant')}",
             False),
            ("type", type, "c.type = :type", False),
            ("mcw", min_checkworthy, "c.checkworthy >= :mcw", False),
        ], "ts_rank(c.tsv, websearch_to_tsquery('indonesian', :q))" if q else "c.checkworthy",
            cursor, limit, windowed=bool(q))

    def _ranked(self, columns: str, tables: _Tables,
                filters: list[tuple[str, object, str, bool]], rank: str, cursor: str | None,
                limit: int, *, windowed: bool) -> dict:
        """The rows under the filters whose value is given (each filter: name, value, SQL,
        whether it reads the article), best rank first, after the cursor's row; one page and
        the next cursor.

        windowed (a text query): relevance is ranked within a window of SEARCH_WINDOW
        matches, the newest first, so a common word costs a bounded read, not a rank of
        every row that holds it. Paging runs through a window by rank; past its last row
        the next cursor opens the window of the next older matches, so every match can be
        reached. A page may then come short of limit (the end of a window), never empty."""
        page = min(limit, MAX_PAGE)
        params: dict[str, object] = {"limit": page + 1, "window": SEARCH_WINDOW}
        where, on_article = ["TRUE"], False
        for name, value, clause, reads_article in filters:
            if value is not None and value != "":
                where.append(clause)
                params[name] = value
                on_article = on_article or reads_article
        condition = " AND ".join(where)
        after = decode_cursor(cursor)
        outer = "TRUE"
        if after is not None and "id" in after:
            outer = "(r.rank, r.id) < (:crank, :cid)"
            params.update(crank=float(after.get("rank", 0.0)), cid=after["id"])
        joined = f"{tables.base} {tables.article} {tables.speaker}"
        if not windowed:
            sql = f"""SELECT * FROM (SELECT {columns.format(rank=rank)} FROM {joined}
                                     WHERE {condition}) r
                      WHERE {outer} ORDER BY r.rank DESC, r.id DESC LIMIT :limit"""
            return self._page(sql, params, limit)
        below = after.get("below") if after else None
        if below is not None:
            condition += f" AND {tables.id} < :below"
            params["below"] = below
        # Only the table itself (and the article when a filter reads it) while the window
        # is found: a join for every match of a common word costs more than the search.
        source = f"{tables.base} {tables.article}" if on_article else tables.base
        # One match past the window tells whether an older window follows.
        sql = f"""WITH ahead AS (SELECT {tables.id} AS id FROM {source} WHERE {condition}
                                 ORDER BY {tables.id} DESC LIMIT :window + 1),
                       win AS (SELECT id FROM ahead ORDER BY id DESC LIMIT :window)
                  SELECT r.*, (SELECT min(id) FROM win) AS window_floor,
                         (SELECT count(*) FROM ahead) AS window_rows
                  FROM (SELECT {columns.format(rank=rank)} FROM {joined}
                        WHERE {tables.id} IN (SELECT id FROM win)) r
                  WHERE {outer} ORDER BY r.rank DESC, r.id DESC LIMIT :limit"""
        # More of this window: the cursor carries its upper bound.
        found = self._page(sql, params, limit, {"below": below} if below is not None else None)
        rows = found["items"]
        floor = rows[0]["window_floor"] if rows else None
        older = bool(rows) and rows[0]["window_rows"] > SEARCH_WINDOW
        for r in rows:
            del r["window_floor"], r["window_rows"]
        if found["next_cursor"] is None and older and floor is not None:
            found["next_cursor"] = encode_cursor({"below": floor})  # the next older window
        return found

    def _page(self, sql: str, params: dict, limit: int, carry: dict | None = None) -> dict:
        """One page of sql's rows and the cursor after its last row; carry: more values the
        cursor keeps (a search window's bound)."""
        limit = min(limit, MAX_PAGE)
        with self._tx() as conn:
            rows = [dict(r) for r in conn.execute(text(sql), params).mappings()]
        more = len(rows) > limit
        rows = rows[:limit]
        for r in rows:
            if isinstance(r.get("published"), dt.date):
                r["published"] = r["published"].isoformat()
        nxt = encode_cursor({"rank": rows[-1]["rank"], "id": rows[-1]["id"], **(carry or {})}) \
            if more and rows else None
        return {"items": rows, "next_cursor": nxt}

    def speakers(self, q: str, limit: int = 20) -> list[dict]:
        """Speakers by name (fuzzy: trigram) or alias (exact, or opening with q), best
        first."""
        key = registry.name_key(q)
        with self._tx() as conn:
            rows = conn.execute(text(
                """
                WITH found AS (
                    SELECT id, similarity(name, :key) AS score FROM speakers
                    WHERE name % :key
                    UNION ALL
                    SELECT speaker_id, 1.0 FROM speaker_aliases WHERE alias = :key
                    UNION ALL
                    SELECT speaker_id, 0.5 FROM speaker_aliases
                    WHERE alias ~>=~ :key AND alias ~<~ :key_high
                )
                SELECT s.id, s.name, s.kind, max(f.score) AS score
                FROM found f JOIN speakers r ON r.id = f.id
                JOIN speakers s ON s.id = coalesce(r.merged_into, r.id)
                GROUP BY s.id ORDER BY score DESC, s.id LIMIT :limit
                """), {"key": key, "key_high": key + "\uffff",
                       "limit": min(limit, MAX_PAGE)}).mappings()
            return [dict(r) for r in rows]

    def speaker(self, speaker_id: int) -> dict:
        """A speaker's names, roles over time, counts by month and latest quotes and
        claims (a merged speaker answers as the one it was merged into)."""
        _stored_id(speaker_id, "speaker")
        with self._tx() as conn:
            row = conn.execute(select(Speaker).where(Speaker.id == speaker_id)).mappings().first()
            if row is None:
                raise NotFound(f"no speaker {speaker_id}")
            if row["merged_into"] is not None:
                return self.speaker(row["merged_into"])
            ids = [speaker_id, *conn.execute(select(Speaker.id).where(
                Speaker.merged_into == speaker_id)).scalars()]
            aliases = sorted(conn.execute(select(SpeakerAlias.alias).where(
                SpeakerAlias.speaker_id.in_(ids))).scalars())
            roles = [{"role": r["role"], "first_seen": _iso(r["first_seen"]),
                      "last_seen": _iso(r["last_seen"])}
                     for r in conn.execute(select(SpeakerRole).where(
                         SpeakerRole.speaker_id.in_(ids)).order_by(
                         SpeakerRole.first_seen, SpeakerRole.role)).mappings()]
            months = conn.execute(text(
                """
                SELECT to_char(coalesce(a.published, a.created_at::date), 'YYYY-MM') AS month,
                       count(DISTINCT q.id) AS quotes, count(DISTINCT c.id) AS claims
                FROM articles a
                LEFT JOIN quotes q ON q.article_id = a.id AND q.speaker_id = ANY(:ids)
                LEFT JOIN claims c ON c.article_id = a.id AND c.claimant_id = ANY(:ids)
                WHERE q.id IS NOT NULL OR c.id IS NOT NULL
                GROUP BY 1 ORDER BY 1"""), {"ids": ids}).mappings()
            latest_quotes = conn.execute(text(
                """SELECT q.id, q.text, q.type, a.title, a.outlet, a.published
                   FROM quotes q JOIN articles a ON a.id = q.article_id
                   WHERE q.speaker_id = ANY(:ids) ORDER BY q.id DESC LIMIT 10"""),
                {"ids": ids}).mappings()
            latest_claims = conn.execute(text(
                """SELECT c.id, c.standalone AS text, c.type, c.checkworthy, a.title,
                          a.outlet, a.published
                   FROM claims c JOIN articles a ON a.id = c.article_id
                   WHERE c.claimant_id = ANY(:ids) ORDER BY c.id DESC LIMIT 10"""),
                {"ids": ids}).mappings()
            return {"id": row["id"], "name": row["name"], "kind": row["kind"],
                    "aliases": aliases, "roles": roles,
                    "by_month": [dict(m) for m in months],
                    "latest_quotes": [_dated(r) for r in latest_quotes],
                    "latest_claims": [_dated(r) for r in latest_claims]}

    def merge(self, into_id: int, other_id: int) -> dict:
        """Editors join two registry speakers: other's quotes, claims, aliases and roles
        become into's; other's row stays, pointing at into, so its id still resolves."""
        _stored_id(into_id, "speaker")
        _stored_id(other_id, "speaker")
        if into_id == other_id:
            raise ValueError("a speaker cannot be merged into itself")
        with self._tx() as conn:
            found = set(conn.execute(select(Speaker.id).where(
                Speaker.id.in_([into_id, other_id]), Speaker.merged_into.is_(None))).scalars())
            missing = {into_id, other_id} - found
            if missing:
                raise NotFound(f"no speaker {min(missing)} (or it was merged already)")
            conn.execute(update(Quote).where(Quote.speaker_id == other_id)
                         .values(speaker_id=into_id))
            conn.execute(update(Claim).where(Claim.claimant_id == other_id)
                         .values(claimant_id=into_id))
            conn.execute(update(Claim).where(Claim.about_id == other_id)
                         .values(about_id=into_id))
            conn.execute(text(
                """INSERT INTO speaker_aliases (speaker_id, alias)
                   SELECT :into, alias FROM speaker_aliases WHERE speaker_id = :other
                   ON CONFLICT DO NOTHING"""), {"into": into_id, "other": other_id})
            conn.execute(text(
                """INSERT INTO speaker_roles (speaker_id, role, first_seen, last_seen)
                   SELECT :into, role, first_seen, last_seen FROM speaker_roles
                   WHERE speaker_id = :other ON CONFLICT (speaker_id, role) DO UPDATE
                   SET first_seen = least(speaker_roles.first_seen, excluded.first_seen),
                       last_seen = greatest(speaker_roles.last_seen, excluded.last_seen)"""),
                {"into": into_id, "other": other_id})
            conn.execute(delete(SpeakerAlias).where(SpeakerAlias.speaker_id == other_id))
            conn.execute(update(Speaker).where(Speaker.id == other_id)
                         .values(merged_into=into_id))
            conn.execute(update(Speaker).where(Speaker.merged_into == other_id)
                         .values(merged_into=into_id))
        return self.speaker(into_id)

    def split(self, speaker_id: int, quote_ids: list[int], name: str) -> dict:
        """Editors part a speaker: the given quotes (and the claims made in them) go to a
        new speaker with the given name."""
        _stored_id(speaker_id, "speaker")
        with self._tx() as conn:
            exists = conn.execute(select(Speaker.kind).where(
                Speaker.id == speaker_id, Speaker.merged_into.is_(None))).scalar()
            if exists is None:
                raise NotFound(f"no speaker {speaker_id}")
            owned = set(conn.execute(select(Quote.id).where(
                Quote.id.in_(quote_ids), Quote.speaker_id == speaker_id)).scalars())
            stray = sorted(set(quote_ids) - owned)
            if stray:
                raise ValueError(f"quotes {stray} are not this speaker's")
            key = registry.name_key(name)
            new_id = conn.execute(insert(Speaker).values(
                name=name, key=key, words=key.split(), kind=exists).returning(Speaker.id)
            ).scalar_one()
            conn.execute(pg_insert(SpeakerAlias).values(
                [{"speaker_id": new_id, "alias": a}
                 for a in sorted(registry.aliases_of(name, exists))]).on_conflict_do_nothing())
            conn.execute(update(Quote).where(Quote.id.in_(owned)).values(speaker_id=new_id))
            conn.execute(update(Claim).where(Claim.quote_id.in_(owned),
                                             Claim.claimant_id == speaker_id)
                         .values(claimant_id=new_id))
        return self.speaker(new_id)

    # -- fact-checks and matching --------------------------------------------------------

    def add_factchecks(self, records: list[FactCheckRecord]) -> dict:
        """Store fact-checks; one already stored (same URL, or same claim and date) is
        updated. Returns how many were new."""
        if not records:
            return {"stored": 0, "new": 0}
        unique = {r.key: r for r in records}
        with self._tx() as conn:
            before = conn.execute(select(func.count()).select_from(FactCheck).where(
                FactCheck.key.in_(list(unique)))).scalar_one()
            stmt = pg_insert(FactCheck).values([
                {"key": r.key, "claim_reviewed": r.claim_reviewed, "rating": r.rating,
                 "url": r.url, "author": r.author, "claimant": r.claimant,
                 "date_published": r.date_published} for r in unique.values()])
            conn.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={
                "claim_reviewed": stmt.excluded.claim_reviewed,
                "rating": stmt.excluded.rating, "author": stmt.excluded.author,
                "claimant": stmt.excluded.claimant,
                "date_published": stmt.excluded.date_published}))
        return {"stored": len(unique), "new": len(unique) - before}

    def match(self, claim_text: str, *, limit: int = 10, claimant: str | None = None,
              exclude_claim: int | None = None) -> list[matching.Scored]:
        """Earlier claims and fact-checks stating the same claim, best first."""
        query = matching.candidate_query(claim_text)
        if not query:
            return []
        params = {"q": query, "t": claim_text, "n": MATCH_CANDIDATES,
                  "ex": exclude_claim or 0}
        with self._tx() as conn:
            # The planner prices pg_trgm's similarity like any operator and, on a fact-check
            # table of some thousands of rows, reads them all rather than the trigram index:
            # 180 ms against 15 for a long title. The indexes are always the way here.
            conn.execute(text("SET LOCAL enable_seqscan = off"))
            facts = conn.execute(text(
                """
                WITH cand AS (
                    (SELECT id FROM factchecks
                     WHERE tsv @@ to_tsquery('indonesian', :q)
                     ORDER BY ts_rank(tsv, to_tsquery('indonesian', :q)) DESC
                     LIMIT :n)
                    UNION
                    (SELECT id FROM factchecks WHERE claim_reviewed % :t
                     ORDER BY similarity(claim_reviewed, :t) DESC LIMIT :n))
                SELECT f.id, f.claim_reviewed AS text, f.rating, f.url, f.claimant,
                       f.date_published, similarity(f.claim_reviewed, :t) AS trigram
                FROM factchecks f JOIN cand USING (id)"""), params).mappings().all()
            claims = conn.execute(text(
                """
                WITH cand AS (
                    SELECT id FROM claims
                    WHERE tsv @@ to_tsquery('indonesian', :q) AND id <> :ex
                    ORDER BY ts_rank(tsv, to_tsquery('indonesian', :q)) DESC
                    LIMIT :n)
                SELECT c.id, c.standalone AS text, s.name AS claimant, a.title, a.outlet,
                       a.url, a.published, similarity(c.standalone, :t) AS trigram
                FROM claims c JOIN cand USING (id) JOIN articles a ON a.id = c.article_id
                LEFT JOIN speakers s ON s.id = c.claimant_id"""), params).mappings().all()
        scored: list[matching.Scored] = []
        mine = registry.name_key(claimant) if claimant else None
        for kind, rows in (("factcheck", facts), ("claim", claims)):
            for r in rows:
                same = bool(mine) and registry.name_key(r["claimant"] or "") == mine
                s = matching.score(claim_text, r["text"], trigram=float(r["trigram"]),
                                   same_claimant=same, kind=kind, ident=r["id"])
                s.reasons["source"] = {k: _iso(v) if isinstance(v, dt.date) else v
                                       for k, v in r.items() if k not in {"text", "trigram"}}
                scored.append(s)
        scored.sort(key=lambda s: (-s.score, s.kind, s.id))
        return scored[:limit]

    def claim_matches(self, claim_id: int, limit: int = 10) -> dict:
        """Matches of an archived claim, stored as last computed; and the cluster of its
        matched repeats (who said it, where, when)."""
        _stored_id(claim_id, "claim")
        with self._tx() as conn:
            row = conn.execute(text(
                """SELECT c.id, c.standalone, s.name AS claimant FROM claims c
                   LEFT JOIN speakers s ON s.id = c.claimant_id WHERE c.id = :id"""),
                {"id": claim_id}).mappings().first()
        if row is None:
            raise NotFound(f"no claim {claim_id}")
        found = self.match(row["standalone"], limit=limit, claimant=row["claimant"],
                           exclude_claim=claim_id)
        with self._tx() as conn:
            conn.execute(delete(Match).where(Match.claim_id == claim_id))
            if found:
                conn.execute(insert(Match), [
                    {"claim_id": claim_id, "score": s.score, "is_match": s.match,
                     "reasons": s.reasons,
                     "other_claim_id": s.id if s.kind == "claim" else None,
                     "factcheck_id": s.id if s.kind == "factcheck" else None}
                    for s in found])
        return {"claim": dict(row), "matches": [scored_json(s) for s in found],
                "cluster": [scored_json(s) for s in found if s.match and s.kind == "claim"]}


def _insert_rows(conn: Connection, table: type[Base], rows: list[dict], returning: str,
                 conflict: str = "", computed: dict[str, str] | None = None) -> list[tuple]:
    """INSERT the rows as one statement of one array a column (unnest), RETURNING the given
    columns. Rows as VALUES lists make a statement of thousands of placeholders, which the
    driver parses again for every batch: at 50 articles a batch that cost more than the
    server's work. computed: columns given as SQL over the rows' columns (an array column,
    which unnest would flatten)."""
    if not rows:
        return []
    columns = table.__table__.columns
    names = list(rows[0])
    arrays = []
    params: dict[str, list] = {}
    for k, name in enumerate(names):
        kind = columns[name].type
        values = [r[name] for r in rows]
        if isinstance(kind, JSONB):  # sent as JSON text, read as jsonb
            values = [None if v is None else json.dumps(v, ensure_ascii=False)
                      for v in values]
        params[f"p{k}"] = values
        arrays.append(f"CAST(%(p{k})b AS {kind.compile(dialect=conn.dialect)}[])")
    computed = computed or {}
    given = ", ".join(f'"{name}"' for name in names)
    into = ", ".join(f'"{name}"' for name in [*names, *computed])
    selected = ", ".join([*(f'u."{name}"' for name in names), *computed.values()])
    sql = (f"INSERT INTO {table.__tablename__} ({into}) SELECT {selected} "
           f"FROM unnest({', '.join(arrays)}) AS u({given}) {conflict} RETURNING {returning}")
    # Straight to psycopg, in binary (%b): text arrays in text format are escaped element by
    # element in Python, a third of the batch's time.
    return [tuple(r) for r in conn.exec_driver_sql(sql, params).all()]


@dataclass(frozen=True)
class _Tables:
    """A search's table (with its alias), its joins and its id column."""

    base: str
    article: str
    speaker: str
    id: str


def _stored_id(ident: int, what: str) -> None:
    """NotFound for an id no bigint column can hold."""
    if not 1 <= ident <= MAX_ID:
        raise NotFound(f"no {what} {ident}")


def scored_json(s: matching.Scored) -> dict:
    return {"kind": s.kind, "id": s.id, "text": s.text, "score": s.score, "match": s.match,
            "reasons": s.reasons}


def _iso(value):
    return value.isoformat() if isinstance(value, dt.date) else value


def _dated(row) -> dict:
    return {k: _iso(v) for k, v in dict(row).items()}


def _article_json(row) -> dict:
    return {"id": row["id"], "title": row["title"], "outlet": row["outlet"], "url": row["url"],
            "published": _iso(row["published"]), "text_hash": row["text_hash"],
            "answer_id": row["answer_id"]}


def _reason(exc: Exception) -> str:
    """The server's reason in one line, without the URL (which may hold a password)."""
    first = str(getattr(exc, "orig", exc)).strip().splitlines()
    return "the archive's database is unavailable" + (f": {first[0][:200]}" if first else "")
