"""The archive on a real PostgreSQL (a database of its own, dropped after): migrations,
idempotent ingest in one transaction, speakers linked across articles, search, fact-checks
and matching. Answers are built by hand where a rule's intent is pinned, and come from the
real engine where the whole path is tested."""

from __future__ import annotations

import datetime as dt
import threading
import time

import psycopg
import pytest

from service.archive import migrate
from service.archive.factchecks import parse_payload
from service.archive.store import Archive, text_hash
from service.errors import ArchiveUnavailable, NotFound


@pytest.fixture()
def archive(database_url):
    store = Archive(database_url)
    with psycopg.connect(database_url, autocommit=True) as conn:
        conn.execute("TRUNCATE articles, speakers, factchecks RESTART IDENTITY CASCADE")
    yield store
    store.dispose()


def answer(speakers: list[tuple[str, str, list[str]]], quotes: list[tuple[str, int | None]],
           claims: list[tuple[str, int | None, float]] = ()) -> dict:
    """A contract answer: speakers (name, kind, roles), quotes (text, speaker index), claims
    (text, index of the quote it lies in, check-worthiness)."""
    sp = [{"id": f"s{k + 1}", "name": n, "kind": kind, "roles": roles, "mentions": []}
          for k, (n, kind, roles) in enumerate(speakers)]
    qs, cs, at = [], [], 0
    for k, (text, who) in enumerate(quotes):
        ref = {"id": sp[who]["id"], "name": sp[who]["name"]} if who is not None else None
        qs.append({"id": f"q{k + 1}", "type": "direct", "text": text, "start": at,
                   "end": at + len(text), "speaker": ref, "cue": {"text": "kata"},
                   "confidence": 0.9})
        at += len(text) + 1
    for k, (text, quote, worth) in enumerate(claims):
        q = qs[quote] if quote is not None else None
        cs.append({"id": f"c{k + 1}", "type": "quantity", "text": text, "standalone": text,
                   "start": 0, "end": len(text), "checkworthy": worth, "quantities": [],
                   "quote": q["id"] if q else None, "speaker": q["speaker"] if q else None,
                   "about": None})
    return {"id": "a" * 64, "speakers": sp, "quotes": qs, "claims": cs}


def _speaker_of_quote(store: Archive, stored: dict, k: int = 0) -> int:
    return stored["quotes"][k]["speaker_id"]


def test_migrations_apply_to_an_empty_and_a_populated_database(database_url, archive):
    created, _ = archive.ingest("Teks satu.", answer([("Budi Santoso", "person", [])],
                                                      [("Harga naik", 0)]), {})
    assert created
    migrate.upgrade(database_url)  # already at head, with rows: nothing changes
    with psycopg.connect(database_url) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0004",)
        assert conn.execute("SELECT count(*) FROM quotes").fetchone() == (1,)
    # Back to 0001 with rows in it, and up again: 0002 fills the name words of the
    # speakers already there, and linking finds them through it.
    archive.dispose()
    migrate.downgrade(database_url, "0001")
    migrate.upgrade(database_url)
    with psycopg.connect(database_url) as conn:
        assert conn.execute("SELECT words FROM speakers").fetchall() == [(["budi", "santoso"],)]
    created, _ = archive.ingest("Teks dua.", answer([("Budi Santoso", "person", [])],
                                                   [("Harga turun", 0)]), {})
    assert created
    with psycopg.connect(database_url) as conn:
        assert conn.execute("SELECT count(*) FROM speakers").fetchone() == (1,)
    archive.dispose()
    # And the whole schema comes down and back up on an empty database.
    migrate.downgrade(database_url, "base")
    migrate.upgrade(database_url)
    with psycopg.connect(database_url) as conn:
        assert conn.execute("SELECT count(*) FROM quotes").fetchone() == (0,)


def test_the_same_text_again_is_stored_once_with_the_same_ids(archive):
    body = answer([("Budi Santoso", "person", ["Menteri"])], [("Harga beras naik", 0)],
                  [("Harga beras naik 10 persen", 0, 0.8)])
    created, first = archive.ingest("Artikel.", body, {"title": "Judul", "outlet": "Kompas"})
    again, second = archive.ingest("Artikel.", body, {"title": "Lain"})
    assert created and not again
    assert second == first
    assert [q["id"] for q in first["quotes"]] and [c["id"] for c in first["claims"]]


def test_a_row_that_fails_rolls_back_the_whole_article(archive):
    body = answer([("Budi Santoso", "person", [])], [("Harga naik", 0)],
                  [("Harga naik 5 persen", 0, 0.5)])
    body["claims"][0]["checkworthy"] = None  # NOT NULL: the last insert of the article fails
    with pytest.raises(Exception):  # noqa: B017 - any database error, nothing written
        archive.ingest("Artikel yang gagal.", body, {})
    with archive.engine.connect() as conn:
        from sqlalchemy import text

        assert conn.execute(text("SELECT count(*) FROM articles")).scalar() == 0
        assert conn.execute(text("SELECT count(*) FROM quotes")).scalar() == 0
        assert conn.execute(text("SELECT count(*) FROM speakers")).scalar() == 0


def test_a_connection_killed_mid_ingest_leaves_nothing_half_written(database_url, archive):
    """The ingest waits on its speaker's lock (held here); its backend is terminated then:
    ArchiveUnavailable, and no row of the article exists. Afterwards it goes through."""
    body = answer([("Rina Wati", "person", [])], [("Stok cukup", 0)])
    holder = psycopg.connect(database_url)
    holder.execute("SELECT pg_advisory_xact_lock(hashtext('rina wati'))")
    errors: list[BaseException] = []

    def ingest():
        try:
            archive.ingest("Artikel Rina.", body, {})
        except BaseException as exc:
            errors.append(exc)

    worker = threading.Thread(target=ingest)
    worker.start()
    with psycopg.connect(database_url, autocommit=True) as watcher:
        pid = None
        for _ in range(100):
            row = watcher.execute(
                "SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                "AND query LIKE '%pg_advisory_xact_lock%' AND pid <> pg_backend_pid()"
            ).fetchone()
            if row and row[0] != holder.info.backend_pid:
                pid = row[0]
                break
            time.sleep(0.05)
        assert pid is not None, "the ingest never waited on the lock"
        # The article's row is already written inside the open transaction, not committed.
        watcher.execute("SELECT pg_terminate_backend(%s)", (pid,))
    worker.join(10)
    holder.rollback()
    holder.close()
    assert errors and isinstance(errors[0], ArchiveUnavailable)
    with psycopg.connect(database_url) as conn:
        assert conn.execute("SELECT count(*) FROM articles WHERE text_hash = %s",
                            (text_hash("Artikel Rina."),)).fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM quotes").fetchone() == (0,)
    created, _ = archive.ingest("Artikel Rina.", body, {})
    assert created


def test_one_person_across_outlets_and_years_by_name_and_blend(archive):
    _, a = archive.ingest("A.", answer([("Joko Widodo", "person", ["Presiden"])],
                                       [("Ekonomi tumbuh", 0)]),
                          {"outlet": "Kompas", "published": dt.date(2019, 5, 1)})
    _, b = archive.ingest("B.", answer([("Jokowi", "person", [])], [("Jalan tol selesai", 0)]),
                          {"outlet": "Tempo", "published": dt.date(2021, 3, 2)})
    _, c = archive.ingest("C.", answer([("Joko Widodo", "person", ["Presiden RI"])],
                                       [("Bansos cair", 0)]),
                          {"outlet": "Detik", "published": dt.date(2023, 1, 9)})
    ids = {_speaker_of_quote(archive, s) for s in (a, b, c)}
    assert len(ids) == 1
    profile = archive.speaker(ids.pop())
    assert profile["name"] == "Joko Widodo"
    assert {"joko widodo", "jokowi"} <= set(profile["aliases"])
    presiden = next(r for r in profile["roles"] if r["role"] == "Presiden")
    assert presiden["first_seen"] == "2019-05-01"
    assert [m["month"] for m in profile["by_month"]] == ["2019-05", "2021-03", "2023-01"]


def test_namesakes_with_different_roles_and_a_bare_first_name_stay_apart(archive):
    _, a = archive.ingest("A.", answer([("Budi Santoso", "person", ["Menteri Perdagangan"])],
                                       [("Stok beras aman", 0)]), {})
    _, b = archive.ingest("B.", answer([("Budi Santoso", "person", ["Pelatih Persib"])],
                                       [("Tim siap bertanding", 0)]), {})
    _, c = archive.ingest("C.", answer([("Budi", "person", [])], [("Saya hadir", 0)]), {})
    _, d = archive.ingest("D.", answer([("Budi Santoso", "person", ["Menteri Perdagangan"])],
                                       [("Harga turun", 0)]), {})
    ids = [_speaker_of_quote(archive, s) for s in (a, b, c, d)]
    assert ids[0] != ids[1] and ids[2] not in {ids[0], ids[1]}
    assert ids[3] == ids[0]  # the minister again


def test_editors_merge_and_split_speakers(archive):
    _, a = archive.ingest("A.", answer([("Rina Wati", "person", [])],
                                       [("Satu", 0), ("Dua", 0)]), {})
    _, b = archive.ingest("B.", answer([("R. Wati", "person", [])], [("Tiga", 0)]), {})
    rina, other = _speaker_of_quote(archive, a), _speaker_of_quote(archive, b)
    assert rina != other
    merged = archive.merge(rina, other)
    assert sum(m["quotes"] for m in merged["by_month"]) == 3
    assert archive.speaker(other)["id"] == rina  # the merged id resolves to its speaker
    assert {q["id"] for q in archive.quotes(speaker=other)["items"]} == {
        q["id"] for q in archive.quotes(speaker=rina)["items"]}
    with pytest.raises(NotFound):
        archive.merge(rina, other)  # merged already
    moved = archive.split(rina, [a["quotes"][1]["id"]], "Rina Wulandari")
    assert moved["name"] == "Rina Wulandari"
    assert [q["text"] for q in moved["latest_quotes"]] == ["Dua"]
    with pytest.raises(ValueError):
        archive.split(rina, [a["quotes"][1]["id"]], "Lagi")  # no longer Rina Wati's


def test_search_filters_rank_and_pages(archive):
    for k, (outlet, day) in enumerate([("Kompas", "2024-01-05"), ("Tempo", "2024-02-05"),
                                       ("Kompas", "2024-03-05")]):
        archive.ingest(f"Artikel {k}.", answer(
            [("Sri Mulyani", "person", ["Menteri Keuangan"])],
            [(f"Defisit anggaran tahun ini {k + 2} persen", 0), ("Cuaca cerah", None)],
            [(f"Defisit anggaran {k + 2} persen", 0, 0.5 + k / 10)]),
            {"outlet": outlet, "published": dt.date.fromisoformat(day)})
    found = archive.quotes(q="anggaran")
    assert len(found["items"]) == 3 and found["next_cursor"] is None
    assert {i["outlet"] for i in archive.quotes(q="anggaran", outlet="Kompas")["items"]} == {
        "Kompas"}
    assert len(archive.quotes(since=dt.date(2024, 2, 1), until=dt.date(2024, 2, 28))[
        "items"]) == 2  # both quotes of the February article
    pages, cursor = [], None
    while True:
        page = archive.quotes(q="defisit", limit=1, cursor=cursor)
        pages.extend(i["id"] for i in page["items"])
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert len(pages) == 3 == len(set(pages))
    claims = archive.claims(min_checkworthy=0.6)["items"]
    assert [c["checkworthy"] for c in claims] == [0.7, 0.6]  # ranked by check-worthiness
    with pytest.raises(ValueError):
        archive.quotes(cursor="not-a-cursor")


def test_text_that_array_literals_would_escape_is_stored_exactly(archive):
    """Rows go in as arrays, one a column: quotation marks, braces, commas, backslashes,
    "NULL" as a word, empty strings, non-Latin script and missing values must come back
    as they were sent."""
    awkward = ['Kata "bebas", {kurung} \\ garis', "NULL", "", "Hà Nội — ½ ‘kutip’ 😀"]
    made = answer([(f"Budi {k} Santoso", "person", [awkward[0]]) for k in range(4)],
                  [(t, k) for k, t in enumerate(awkward)],
                  [(t, k, 0.5) for k, t in enumerate(awkward)])
    made["claims"][0]["quantities"] = [{"text": '5 "persen"', "value": 5, "unit": None}]
    made["quotes"][1]["cue"] = None
    created, stored = archive.ingest('Teks {"aneh"}, \\ NULL', made,
                                     {"title": None, "outlet": "Ko,mpas", "url": ""})
    assert created
    with psycopg.connect(archive_url(archive)) as conn:
        rows = conn.execute("SELECT text, cue FROM quotes ORDER BY id").fetchall()
        assert rows == [(awkward[0], "kata"), ("NULL", None), ("", "kata"),
                        (awkward[3], "kata")]
        assert [r[0] for r in conn.execute("SELECT text FROM claims ORDER BY id")] == awkward
        assert conn.execute("SELECT quantities FROM claims ORDER BY id LIMIT 1").fetchone()[
            0] == [{"text": '5 "persen"', "value": 5, "unit": None}]
        assert conn.execute("SELECT text, title, outlet, url FROM articles").fetchone() == (
            'Teks {"aneh"}, \\ NULL', None, "Ko,mpas", "")
        assert conn.execute("SELECT role FROM speaker_roles LIMIT 1").fetchone() == (
            awkward[0],)
    assert [q["text"] for q in stored["quotes"]] == awkward
    again = archive.ingest('Teks {"aneh"}, \\ NULL', made, {})
    assert again == (False, stored)  # read back from the tables: the same


def archive_url(store: Archive) -> str:
    return store.engine.url.set(drivername="postgresql").render_as_string(
        hide_password=False)


def test_a_text_search_pages_window_by_window_through_every_match(archive, monkeypatch):
    from service.archive import store

    monkeypatch.setattr(store, "SEARCH_WINDOW", 2)
    for k in range(5):  # five matches, one of them twice as relevant
        words = "Inflasi naik" + (" inflasi lagi" if k == 1 else "")
        archive.ingest(f"Artikel inflasi {k}.", answer(
            [("Sri Mulyani", "person", ["Menteri Keuangan"])], [(words, 0)], []),
            {"outlet": "Kompas" if k % 2 else "Tempo",
             "published": dt.date(2024, 1, k + 1)})
    ids = [q["id"] for q in archive.quotes()["items"]]  # newest first
    pages, cursor = [], None
    while True:
        page = archive.quotes(q="inflasi", limit=1, cursor=cursor)
        pages.append([q["id"] for q in page["items"]])
        cursor = page["next_cursor"]
        if cursor is None:
            break
    q4, q3, q2, q1, q0 = ids
    # Windows of two, newest first: every match once; inside a window the quote that says
    # "inflasi" twice (q1) leads, equal ranks go newest first.
    assert pages == [[q4], [q3], [q1], [q2], [q0]]
    page = archive.quotes(q="inflasi", limit=5)
    assert [q["id"] for q in page["items"]] == [q4, q3]  # short: the end of a window
    assert [q["id"] for q in archive.quotes(q="inflasi", limit=5, cursor=page[
        "next_cursor"])["items"]] == [q1, q2]
    kompas = archive.quotes(q="inflasi", outlet="Kompas", limit=5)  # q3 and q1 alone
    assert [q["id"] for q in kompas["items"]] == [q1, q3]
    assert kompas["next_cursor"] is None  # no older match: no cursor to an empty page


FACTCHECKS = [
    {"@type": "ClaimReview", "claimReviewed": "Pemerintah menaikkan harga BBM Pertalite "
     "menjadi Rp 15.000 per liter", "url": "https://cek.example/bbm",
     "reviewRating": {"@type": "Rating", "alternateName": "SALAH"},
     "datePublished": "2024-03-01", "author": {"name": "Cek Fakta"}},
    {"@type": "ClaimReview", "claimReviewed": "Vaksin Covid-19 mengandung microchip "
     "pelacak", "url": "https://cek.example/vaksin",
     "reviewRating": {"alternateName": "HOAKS"}, "datePublished": "2021-02-01"},
    {"@type": "ClaimReview", "claimReviewed": "Presiden meresmikan jalan tol baru di "
     "Sumatera", "url": "https://cek.example/tol", "reviewRating": {"alternateName": "BENAR"}},
]


def test_a_reworded_claim_finds_its_factcheck_and_a_changed_figure_is_flagged(archive):
    assert archive.add_factchecks(parse_payload(FACTCHECKS)) == {"stored": 3, "new": 3}
    assert archive.add_factchecks(parse_payload(FACTCHECKS[:1]))["new"] == 0  # by URL
    found = archive.match("Harga Pertalite dinaikkan pemerintah jadi Rp 15.000 per liter")
    assert found[0].kind == "factcheck" and found[0].match
    assert found[0].reasons["source"]["rating"] == "SALAH"
    assert 15000 in found[0].reasons["same_figure"]
    changed = archive.match("Pemerintah menaikkan harga BBM Pertalite menjadi Rp 12.500 per "
                            "liter")
    top = changed[0]
    assert top.kind == "factcheck" and "changed_figure" in top.reasons and not top.match
    # About the same people, not the same claim: no match flag.
    other = archive.match("Presiden membuka pameran otomotif di Jakarta")
    assert not any(s.match for s in other)


def test_an_archived_claim_matches_its_repeat_in_another_article(archive):
    archive.ingest("A.", answer([("Andi", "person", [])], [("x", 0)],
                                [("Angka stunting turun menjadi 21,5 persen pada 2023", 0,
                                  0.9)]), {"published": dt.date(2024, 1, 1)})
    _, b = archive.ingest("B.", answer([("Rina Wati", "person", [])], [("y", 0)],
                                       [("Pada 2023 angka stunting turun menjadi 21,5 persen",
                                         0, 0.9)]), {"published": dt.date(2024, 6, 1)})
    result = archive.claim_matches(b["claims"][0]["id"])
    assert result["cluster"] and result["cluster"][0]["kind"] == "claim"
    with psycopg.connect(archive.engine.url.render_as_string(hide_password=False).replace(
            "postgresql+psycopg", "postgresql")) as conn:
        assert conn.execute("SELECT count(*) FROM matches WHERE claim_id = %s",
                            (b["claims"][0]["id"],)).fetchone()[0] >= 1
    with pytest.raises(NotFound):
        archive.claim_matches(10**9)


def test_postgresql_gone_answers_archive_unavailable():
    store = Archive("postgresql://postgres@127.0.0.1:1/none")
    with pytest.raises(ArchiveUnavailable):
        store.quotes(q="apa")
    store.dispose()


def test_the_cli_migrates_and_imports_factchecks_and_names_a_bad_line(database_url, tmp_path):
    import json
    import os
    import subprocess
    import sys

    good = tmp_path / "checks.jsonl"
    good.write_text("\n".join(json.dumps(r) for r in FACTCHECKS) + "\n", "utf-8")
    env = {**os.environ, "DATABASE_URL": database_url}
    run = [sys.executable, "-m", "service"]
    assert subprocess.run([*run, "db", "upgrade"], env=env, capture_output=True).returncode == 0
    done = subprocess.run([*run, "factchecks", "import", str(good)], env=env,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "3 fact-checks stored" in done.stderr
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(FACTCHECKS[0]) + "\n" + json.dumps({"url": "https://x.id"}) + "\n",
                   "utf-8")
    failed = subprocess.run([*run, "factchecks", "import", str(bad)], env=env,
                            capture_output=True, text=True)
    assert failed.returncode == 2 and "bad.jsonl:2" in failed.stderr
    assert "claimReviewed" in failed.stderr
    no_db = {k: v for k, v in env.items() if k != "DATABASE_URL"}
    assert subprocess.run([*run, "db", "upgrade"], env=no_db,
                          capture_output=True).returncode == 2


def test_a_batch_stores_every_good_article_and_leaves_the_bad_one_out_alone(archive):
    good = [(f"Artikel baik {k}.", answer([("Rina Wati", "person", ["Ketua"])],
                                          [(f"Kutipan {k}", 0)],
                                          [(f"Klaim {k} naik 5 persen", 0, 0.5)]),
             {"published": dt.date(2024, 1, k + 1)}) for k in range(3)]
    bad = answer([("Budi Santoso", "person", [])], [("Rusak", 0)], [("Klaim rusak", 0, 0.5)])
    bad["claims"][0]["checkworthy"] = None
    with pytest.raises(Exception):  # noqa: B017 - the bad article's database error
        archive.ingest_many([good[0], ("Artikel rusak.", bad, {}), *good[1:]])
    stored = archive.ingest_many(good)  # all there already: the same ids, none created
    assert [created for created, _ in stored] == [False, False, False]
    with archive.engine.connect() as conn:
        from sqlalchemy import text

        assert conn.execute(text("SELECT count(*) FROM articles")).scalar() == 3
        assert conn.execute(text("SELECT count(DISTINCT speaker_id) FROM quotes")).scalar() == 1
    roles = archive.speaker(stored[0][1]["quotes"][0]["speaker_id"])["roles"]
    assert roles == [{"role": "Ketua", "first_seen": "2024-01-01", "last_seen": "2024-01-03"}]
