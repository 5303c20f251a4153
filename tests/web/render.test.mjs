// node --test tests/web: the page's pure logic, on answers shaped like Kutip's.
import assert from "node:assert/strict";
import { test } from "node:test";

import {
  PALETTE, claimSummary, csvCell, emptyHint, errorMessage, looksLikeUrl, quoteCounts,
  rankedClaims, segments, speakerColours, summaryLine, unattributedCount, quoteLabel,
  visibleClaims, claimsCsv, exportJson,
  toCsv,
} from "../../service/web/render.js";

const text = "😀 “Harga naik,” kata Budi. Menurut Sri, inflasi 3 persen.";
// Python code-point offsets: the emoji is one code point (two UTF-16 units).
const answer = {
  speakers: [
    { id: "s1", name: "Budi", roles: ["Menteri, Perdagangan"], kind: "person", mentions: [] },
    { id: "s2", name: "Sri", roles: [], kind: "person", mentions: [] },
  ],
  quotes: [
    { id: "q1", type: "direct", text: "Harga naik,", start: 3, end: 14, speaker: { id: "s1", name: "Budi" },
      cue: { text: "kata", lemma: "kata", start: 16, end: 20 } },
    { id: "q2", type: "indirect", text: "inflasi 3 persen", start: 40, end: 56, speaker: { id: "s2", name: "Sri" },
      cue: { text: "Menurut", lemma: "menurut", start: 27, end: 34 } },
    { id: "q3", type: "direct", text: "x", start: 0, end: 0, speaker: null, cue: null },
  ],
  claims: [
    { id: "c1", text: "inflasi 3 persen", start: 40, end: 56, checkworthy: 0.6 },
    { id: "c2", text: "Harga naik,", start: 3, end: 14, checkworthy: 0.9 },
  ],
};

test("segments slice by code points, so emoji do not shift the highlights", () => {
  const segs = segments(text, answer.quotes.slice(0, 2), answer.claims);
  assert.equal(segs.map((s) => s.text).join(""), text);
  const q1 = segs.find((s) => s.quote && s.quote.id === "q1");
  assert.equal(q1.text, "Harga naik,");
  assert.deepEqual(q1.claims, ["c2"]);
  const q2 = segs.find((s) => s.quote && s.quote.id === "q2");
  assert.equal(q2.text, "inflasi 3 persen");
  assert.equal(segs.filter((s) => s.quote === null)[0].text, "😀 “");
});

test("csv has one row a quote and escapes commas and quotes", () => {
  const csv = toCsv(answer);
  const lines = csv.trimEnd().split("\r\n");
  assert.equal(lines[0], "speaker,role,type,text,start,end,cue");
  assert.equal(lines[1], 'Budi,"Menteri, Perdagangan",direct,"Harga naik,",3,14,kata');
  assert.equal(lines[2], "Sri,,indirect,inflasi 3 persen,40,56,Menurut");
  assert.equal(lines[3], ",,direct,x,0,0,");
  assert.equal(lines.length, 4);
});

test("colours and counts per speaker", () => {
  assert.deepEqual(speakerColours(answer), { s1: PALETTE[0], s2: PALETTE[1] });
  assert.deepEqual(quoteCounts(answer), { s1: 1, s2: 1 });
});

test("claims rank by check-worthiness", () => {
  assert.deepEqual(rankedClaims(answer).map((c) => c.id), ["c2", "c1"]);
});

test("errors read in Indonesian and English", () => {
  assert.match(errorMessage(413, null), /terlalu panjang.*too long/);
  assert.match(errorMessage(429, null, "30"), /30 s/);
  assert.match(errorMessage(503, { error: { code: "not_ready", message: "loading" } }), /belum siap.*not ready/);
  assert.match(errorMessage(401, null), /Kunci API.*API key/);
  assert.match(errorMessage(0), /Cannot reach/);
  assert.match(errorMessage(422, { error: { code: "invalid_fields", message: "text must not be blank" } }),
               /text must not be blank/);
});

test("a claim shows its type, its claimant and its figures", () => {
  const claim = {
    type: "quantity", speaker: { id: "s1", name: "Budi" },
    quantities: [
      { text: "lebih dari 300 juta pengguna", value: 300000000, unit: "pengguna", kind: "count", qualifier: "more_than" },
      { text: "25 persen", value: 25, unit: "percent", kind: "percent", qualifier: null },
      { text: "2024", value: 2024, unit: null, kind: "date", qualifier: null },
    ],
  };
  const s = claimSummary(claim);
  assert.match(s.type, /quantity/);
  assert.equal(s.claimant, "Budi");
  assert.deepEqual(s.figures, ["more than 300.000.000 pengguna", "25%"]);
  assert.match(claimSummary({ type: "event", speaker: null, quantities: [] }).claimant, /article/);
});

test("a shed request says to come back", () => {
  assert.match(errorMessage(503, { error: { code: "overloaded", message: "busy" } }, "3"), /sibuk.*busy.*3 s/);
});

test("csv cells that a spreadsheet would run as formulas are escaped", () => {
  assert.equal(csvCell("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
  assert.equal(csvCell("+62 812"), "'+62 812");
  assert.equal(csvCell("-5 persen"), "'-5 persen");
  assert.equal(csvCell("@budi"), "'@budi");
  assert.equal(csvCell("Harga naik"), "Harga naik");
  assert.equal(csvCell(-3), "-3"); // numbers are numbers
});

test("the summary line counts right and says when the answer is cached", () => {
  const one = { quotes: [{}], speakers: [{}], cached: false, timing_ms: { total: 12.4 } };
  assert.equal(summaryLine(one), "1 kutipan dari 1 pembicara / 1 quote from 1 speaker · 12 ms");
  const many = { quotes: [{}, {}], speakers: [], cached: true, timing_ms: { total: 3 } };
  assert.match(summaryLine(many), /2 quotes from 0 speakers · dari cache \/ cached$/);
});

test("empty answers, links and the too-long error explain themselves", () => {
  assert.match(emptyHint({ quotes: [] }), /No quotes found/);
  assert.equal(emptyHint({ quotes: [{}] }), null);
  assert.ok(looksLikeUrl("  https://contoh.id/berita/1 \n"));
  assert.ok(!looksLikeUrl("Baca di https://contoh.id, kata Budi."));
  assert.match(errorMessage(413, { error: { details: { limit: 200000, length: 250000 } } }),
               /250000 \/ 200000/);
  assert.equal(unattributedCount({ quotes: [{ speaker: null }, { speaker: { id: "s1" } }] }), 1);
});

test("quotes have accessible names that say who", () => {
  assert.equal(quoteLabel(answer.quotes[0], answer.speakers), "Kutipan langsung oleh Budi, Menteri, Perdagangan");
  assert.equal(quoteLabel({ type: "indirect", speaker: null }, []),
               "Kutipan tidak langsung tanpa nama pembicara");
});

test("claims filter by threshold and by speaker, and export as CSV", () => {
  const a = { claims: [
    { id: "c1", checkworthy: 0.9, speaker: { id: "s1", name: "Budi" }, type: "quantity",
      text: "=1+1", start: 0, end: 4, quantities: [{ text: "1" }] },
    { id: "c2", checkworthy: 0.4, speaker: null, type: "event", text: "x", start: 5, end: 6 },
  ] };
  assert.deepEqual(visibleClaims(a, { threshold: 0.5 }).map((c) => c.id), ["c1"]);
  assert.deepEqual(visibleClaims(a, { speaker: "__none__" }).map((c) => c.id), ["c2"]);
  assert.deepEqual(visibleClaims(a, { speaker: "s1" }).map((c) => c.id), ["c1"]);
  const lines = claimsCsv(a).trimEnd().split("\r\n");
  assert.equal(lines[0], "checkworthy,type,claimant,text,start,end,figures");
  assert.equal(lines[1], "0.9,quantity,Budi,'=1+1,0,4,1");
  const exported = exportJson({ id: "x" }, "teks", "2026-11-27T00:00:00Z");
  assert.deepEqual(exported, { text: "teks", exported: "2026-11-27T00:00:00Z", answer: { id: "x" } });
});
