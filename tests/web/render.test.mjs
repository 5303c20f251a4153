// node --test tests/web: the page's pure logic, on answers shaped like Kutip's.
import assert from "node:assert/strict";
import { test } from "node:test";

import {
  PALETTE, claimSummary, csvCell, emptyHint, errorMessage, looksLikeUrl, quoteCounts,
  rankedClaims, segments, speakerColours, summaryLine, unattributedCount, quoteLabel,
  visibleClaims, claimsCsv, exportJson, toCsv, attribution, claimPreview, claimReviewRequest,
  historyLabel, kindLabel, remember, shortDate, speakerMarks, whyItRanks, HISTORY_SIZE,
} from "../../service/web/render.js";
import { LANGUAGES, WORDS, setLanguage } from "../../service/web/strings.js";

/** fn's result with the page switched to English, then back to Indonesian (the default). */
function inEnglish(fn) {
  setLanguage("en");
  try { return fn(); } finally { setLanguage("id"); }
}

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
  assert.equal(lines[0],
    "speaker,role,type,text,start,end,cue,title,url,date,outlet,speaker_edited_from");
  assert.equal(lines[1], 'Budi,"Menteri, Perdagangan",direct,"Harga naik,",3,14,kata,,,,,');
  assert.equal(lines[2], "Sri,,indirect,inflasi 3 persen,40,56,Menurut,,,,,");
  assert.equal(lines[3], ",,direct,x,0,0,,,,,,");
  assert.equal(lines.length, 4);
});

test("colours and counts per speaker", () => {
  assert.deepEqual(speakerColours(answer), { s1: PALETTE[0], s2: PALETTE[1] });
  assert.deepEqual(quoteCounts(answer), { s1: 1, s2: 1 });
});

test("claims rank by check-worthiness", () => {
  assert.deepEqual(rankedClaims(answer).map((c) => c.id), ["c2", "c1"]);
});

test("errors read in Indonesian, or in English once the page is switched", () => {
  assert.match(errorMessage(413, null), /^Teks terlalu panjang\. /);
  assert.match(inEnglish(() => errorMessage(413, null)), /^The text is too long\. /);
  assert.match(errorMessage(429, null, "30"), /30 s/);
  assert.match(errorMessage(503, { error: { code: "not_ready", message: "loading" } }), /belum siap/);
  assert.match(inEnglish(() => errorMessage(503, { error: { code: "not_ready" } })), /not ready/);
  assert.match(errorMessage(401, null), /^Kunci API/);
  assert.doesNotMatch(errorMessage(401, null), /API key/);
  assert.match(inEnglish(() => errorMessage(0)), /Cannot reach/);
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
  assert.equal(s.type, "angka");
  assert.equal(inEnglish(() => claimSummary(claim)).type, "quantity");
  assert.equal(s.claimant, "Budi");
  assert.deepEqual(s.figures, ["lebih dari 300 juta pengguna", "25 persen"]);
  assert.equal(claimSummary({ type: "event", speaker: null, quantities: [] }).claimant, "artikel");
});

test("a shed request says to come back", () => {
  assert.match(errorMessage(503, { error: { code: "overloaded", message: "busy" } }, "3"), /sibuk.*3 s/);
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
  assert.equal(summaryLine(one), "1 kutipan dari 1 pembicara · 12 ms");
  assert.equal(inEnglish(() => summaryLine(one)), "1 quote from 1 speaker · 12 ms");
  const many = { quotes: [{}, {}], speakers: [], cached: true, timing_ms: { total: 3 } };
  assert.equal(summaryLine(many), "2 kutipan dari 0 pembicara · dari cache");
  assert.equal(inEnglish(() => summaryLine(many)), "2 quotes from 0 speakers · cached");
});

test("empty answers, links and the too-long error explain themselves", () => {
  assert.match(emptyHint({ quotes: [] }), /^Tidak ada kutipan yang ditemukan/);
  assert.match(inEnglish(() => emptyHint({ quotes: [] })), /^No quotes found/);
  assert.equal(emptyHint({ quotes: [{}] }), null);
  assert.ok(looksLikeUrl("  https://contoh.id/berita/1 \n"));
  assert.ok(!looksLikeUrl("Baca di https://contoh.id, kata Budi."));
  assert.match(errorMessage(413, { error: { details: { limit: 200000, length: 250000 } } }),
               /250\.000 karakter; batas 200\.000/);
  assert.match(inEnglish(() => errorMessage(413, { error: { details: { limit: 200000, length: 250000 } } })),
               /250,000 characters; limit 200,000/);
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
  assert.equal(lines[0],
    "checkworthy,type,claimant,text,start,end,figures,about,standalone,title,url,date,outlet," +
    "claimant_edited");
  // no standalone in this answer: the text stands in for it (escaped the same way)
  assert.equal(lines[1], "0.9,quantity,Budi,'=1+1,0,4,1,,'=1+1,,,,,");
  const exported = exportJson({ id: "x", speakers: [] }, "teks", { outlet: "Warta" },
                              "2026-11-27T00:00:00Z");
  assert.deepEqual(exported, {
    text: "teks", exported: "2026-11-27T00:00:00Z", answer: { id: "x", speakers: [] },
    corrections: [],
    metadata: { title: null, url: null, date: null, outlet: "Warta" },
  });
});

const meta = { title: "Harga beras", url: "https://warta.example/1", date: "2025-02-05", outlet: "Warta" };

test("every export carries the article's details", () => {
  const quoteRow = toCsv(answer, meta).split("\r\n")[1];
  assert.ok(quoteRow.endsWith(",Harga beras,https://warta.example/1,2025-02-05,Warta,"));
  const claimRow = claimsCsv(answer, meta).split("\r\n")[1];
  assert.ok(claimRow.endsWith(",Harga beras,https://warta.example/1,2025-02-05,Warta,"));
  assert.deepEqual(claimReviewRequest("teks", meta, 0.7), {
    text: "teks", language: "id", min_checkworthy: 0.7, title: "Harga beras",
    url: "https://warta.example/1", published: "2025-02-05", publisher: "Warta",
  });
  assert.deepEqual(claimReviewRequest("teks", {}), { text: "teks", language: "id", min_checkworthy: 0.5 });
  // The fact-checking organisation typed on the page authors the reviews.
  assert.equal(claimReviewRequest("teks", {}, 0.5, "Cek Fakta Warta").reviewer, "Cek Fakta Warta");
});

test("a quote copies with its attribution, as a newsroom writes it", () => {
  assert.equal(attribution(answer.quotes[0], answer.speakers, meta),
               "\u201cHarga naik,\u201d kata Budi, Menteri, Perdagangan (Warta, 5/2/2025).");
  assert.equal(attribution(answer.quotes[1], answer.speakers, {}), "Menurut Sri, inflasi 3 persen.");
  const asked = { type: "direct", text: "Naik lagi?", speaker: { id: "s2", name: "Sri" } };
  assert.equal(attribution(asked, answer.speakers, { outlet: "Warta" }),
               "\u201cNaik lagi?\u201d kata Sri (Warta).");
  // No speaker: not offered as a quote at all.
  assert.equal(attribution({ type: "direct", text: "Naik.", speaker: null }, []), null);
  // Reported speech keeps the clause's casing after "Menurut X," and drops a second frame;
  // a name keeps its capital.
  const sri = { id: "s2", name: "Sri" };
  const article = "kondisi ini sulit. Jakarta ramai.";
  assert.equal(attribution({ type: "indirect", text: "Kondisi ini, menurut Sri, memburuk",
                             speaker: sri }, answer.speakers, {}, article),
               "Menurut Sri, kondisi ini memburuk.");
  assert.equal(attribution({ type: "indirect", text: "Jakarta akan banjir", speaker: sri },
                           answer.speakers, {}, article), "Menurut Sri, Jakarta akan banjir.");
  // A subheading the span took in is left out.
  assert.equal(attribution({ type: "indirect", text: "Pelajaran Penting\nharga akan turun",
                             speaker: sri }, answer.speakers, {}, article),
               "Menurut Sri, harga akan turun.");
  assert.equal(shortDate("2025-12-31"), "31/12/2025");
  assert.equal(shortDate("kemarin"), "kemarin");
});

test("speaker marks stay distinct past the twelve colours", () => {
  const many = { speakers: Array.from({ length: 45 }, (_, i) => ({ id: `s${i + 1}` })) };
  const marks = Object.values(speakerMarks(many));
  assert.equal(new Set(marks).size, 45);
  assert.deepEqual(marks.slice(0, 3), ["A", "B", "C"]);
  assert.equal(marks[26], "AA");
  const colours = speakerColours(many);
  const pairs = new Set(many.speakers.map((s) => `${colours[s.id]}|${speakerMarks(many)[s.id]}`));
  assert.equal(pairs.size, 45);
  assert.equal(kindLabel({ kind: "person" }), "orang");
  assert.equal(kindLabel({ kind: "organization" }), "organisasi");
  assert.equal(inEnglish(() => kindLabel({ kind: "organization" })), "organisation");
});

test("a claim says why it ranks, and long claims are cut at a word", () => {
  const claim = { speaker: { id: "s1", name: "Budi" }, evidence: {
    numbers: ["3 persen"], entities: ["BPS"], comparison: true, named_source: true } };
  assert.deepEqual(whyItRanks(claim), ["angka: 3 persen", "nama: BPS",
    "perbandingan", "sumber bernama: Budi"]);
  assert.deepEqual(inEnglish(() => whyItRanks(claim)), ["figures: 3 persen", "names: BPS",
    "comparison", "named source: Budi"]);
  assert.deepEqual(whyItRanks({ speaker: null, evidence: { numbers: [], entities: [],
    comparison: false, named_source: false } }), ["tanpa sumber bernama"]);
  const long = "kata ".repeat(50).trim();
  const cut = claimPreview(long, 30);
  assert.ok(cut.cut && cut.text.endsWith("kata…") && Array.from(cut.text).length <= 31);
  assert.deepEqual(claimPreview("pendek"), { text: "pendek", cut: false });
});

test("history keeps the newest twenty, one per article", () => {
  let history = [];
  for (let i = 0; i < 25; i++) history = remember(history, { text: `teks ${i}`, meta: {}, quotes: i });
  assert.equal(history.length, HISTORY_SIZE);
  assert.equal(history[0].text, "teks 24");
  history = remember(history, { text: "teks 10", meta: {}, quotes: 10 });
  assert.equal(history.length, HISTORY_SIZE);
  assert.equal(history.filter((h) => h.text === "teks 10").length, 1);
  assert.equal(history[0].text, "teks 10");
  assert.equal(historyLabel({ text: "Satu dua", meta: {}, quotes: 1 }), "Satu dua · 1 kutipan");
  assert.equal(inEnglish(() => historyLabel({ text: "Satu dua", meta: {}, quotes: 1 })),
               "Satu dua · 1 quote");
  assert.equal(historyLabel({ text: "x", meta: { title: "Judul" }, quotes: 2 }), "Judul · 2 kutipan");
  // With the day it was analysed, and whether a speaker's name was corrected.
  assert.equal(historyLabel({ text: "x", meta: {}, quotes: 2, at: "2026-12-06T09:30:00Z" }),
               "x · 2 kutipan · 6/12/2026");
  assert.equal(historyLabel({ text: "x", meta: {}, quotes: 2, names: { s1: "Budi S." } }),
               "x · 2 kutipan · disunting");
});

test("mentionEvidence says how a quote names its speaker and how far back the name stood", async () => {
  const { mentionEvidence } = await import("../../service/web/render.js");
  const txt = "Budi Santoso datang. Harga naik. “Stok aman,” ujarnya.";
  const speakers = [{ id: "s1", name: "Budi Santoso", roles: [], kind: "person",
    mentions: [{ text: "Budi Santoso", start: 0, end: 12, kind: "name" }] }];
  const q = { id: "q1", type: "direct", text: "Stok aman,", start: 33, end: 43,
    speaker: { id: "s1", name: "Budi Santoso" },
    speaker_mention: { text: "ujarnya", start: 45, end: 52, kind: "clitic" } };
  assert.equal(mentionEvidence(q, speakers, txt), "ujarnya (-nya) → Budi Santoso, 2 kalimat sebelumnya");
  const named = { ...q, speaker_mention: { text: "Budi", start: 0, end: 4, kind: "name" } };
  assert.equal(mentionEvidence(named, speakers, txt), "");
  assert.equal(mentionEvidence({ ...q, speaker: null }, speakers, txt), "");
});

test("figures read as an Indonesian newsroom writes them", async () => {
  const { figureText } = await import("../../service/web/render.js");
  assert.equal(figureText({ value: 1e12, unit: "IDR", kind: "money", qualifier: "more_than" }),
               "lebih dari Rp 1 triliun");
  assert.equal(figureText({ value: 4.5e9, unit: "IDR", kind: "money", qualifier: null }),
               "Rp 4,5 miliar");
  assert.equal(figureText({ value: 90, unit: "percent", kind: "percent", qualifier: "nearly" }),
               "hampir 90 persen");
  assert.equal(figureText({ value: 1250, unit: "ton", kind: "measure", qualifier: null }),
               "1.250 ton");
  assert.equal(figureText({ value: 3, unit: null, kind: "rank", qualifier: null }), "peringkat 3");
  assert.equal(figureText({ value: 2.4, unit: "percentage_point", kind: "percent", qualifier: "about" }),
               "sekitar 2,4 poin persentase");
});

test("speaker marks follow the order in which the text quotes them", () => {
  const a = {
    speakers: [{ id: "s1", name: "Budi", mentions: [] }, { id: "s2", name: "Sri", mentions: [] },
               { id: "s3", name: "Ani", mentions: [{ start: 5, end: 8 }] }],
    quotes: [{ start: 50, speaker: { id: "s1" } }, { start: 10, speaker: { id: "s2" } }],
  };
  assert.deepEqual(speakerMarks(a), { s2: "B", s1: "C", s3: "A" });
});

test("archive notes say checked, said before, or a changed figure, never a bare score", async () => {
  const { archiveNotes } = await import("../../service/web/render.js");
  const fact = { kind: "factcheck", match: true, text: "OpenAI punya 300 juta pengguna",
                 reasons: { source: { rating: "BENAR", url: "https://cek.example/1" } } };
  const earlier = { kind: "claim", match: true, text: "x", reasons: { source: { claimant: "Sam Altman" } } };
  const notes = archiveNotes([fact, earlier, { ...earlier, reasons: { source: { claimant: "Budi" } } }]);
  assert.equal(notes.checked.label, "Sudah diperiksa: BENAR");
  assert.equal(inEnglish(() => archiveNotes([fact]).checked.label), "Already checked: BENAR");
  assert.equal(notes.checked.url, "https://cek.example/1");
  assert.equal(notes.saidBefore.label, "Pernah diklaim: 2× (Sam Altman, Budi)");
  const risky = archiveNotes([{ ...fact, reasons: { source: { url: "javascript:alert(1)" } } }]);
  assert.equal(risky.checked.url, null);
  const changed = archiveNotes([{ kind: "factcheck", match: false, text: "y",
                                  reasons: { changed_figure: { query: [1], candidate: [2] } } }]);
  assert.equal(changed.checked, null);
  assert.match(changed.changedFigure.label, /Angka berbeda/);
  assert.deepEqual(archiveNotes([]), { checked: null, saidBefore: null, changedFigure: null });
});

test("every word the page says exists in both languages, and an unknown language is Indonesian", () => {
  assert.deepEqual(LANGUAGES, ["id", "en"]);
  assert.deepEqual(Object.keys(WORDS.en).sort(), Object.keys(WORDS.id).sort());
  for (const key of Object.keys(WORDS.id)) {
    assert.equal(typeof WORDS.en[key], typeof WORDS.id[key], key);
  }
  assert.equal(setLanguage("fr"), "id");
});

test("a mixed quote copies as reported speech with the article's own quotation marks", () => {
  const sri = { id: "s2", name: "Sri" };
  const mixed = { type: "mixed", text: "harga akan \u201cnaik tajam\u201d bulan depan", speaker: sri };
  assert.equal(attribution(mixed, answer.speakers, { outlet: "Warta" }),
               "Menurut Sri, harga akan \u201cnaik tajam\u201d bulan depan. (Warta)");
});

test("doubt is said for a low confidence or a pronoun far from its name, never for a name", async () => {
  const { doubtReasons, DOUBT_CONFIDENCE, FAR_SENTENCES } = await import("../../service/web/render.js");
  const txt = "Budi Santoso datang. Satu. Dua. Tiga. \u201cStok aman,\u201d ujarnya.";
  const start = txt.indexOf("ujarnya");
  const budi = [{ id: "s1", name: "Budi Santoso", roles: [], kind: "person",
                  mentions: [{ text: "Budi Santoso", start: 0, end: 12, kind: "name" }] }];
  const said = (mention, confidence = 0.95) => ({
    type: "direct", speaker: { id: "s1", name: "Budi Santoso" }, confidence,
    speaker_mention: { text: mention.text, start: mention.start, end: mention.end, kind: mention.kind } });
  // Four sentence ends stand between the name and "ujarnya": far (FAR_SENTENCES is 4).
  assert.equal(FAR_SENTENCES, 4);
  assert.deepEqual(doubtReasons(said({ text: "ujarnya", start, end: start + 7, kind: "clitic" }), budi, txt),
                   ["nama terakhir disebut 4 kalimat sebelumnya"]);
  // The same -nya in the next sentence is near: no doubt.
  const near = "Budi Santoso datang. \u201cStok aman,\u201d ujarnya.";
  const s2 = near.indexOf("ujarnya");
  assert.deepEqual(doubtReasons(said({ text: "ujarnya", start: s2, end: s2 + 7, kind: "clitic" }), budi, near), []);
  // The quote's own sentences do not count: three sentences stand between the name and the
  // quote, and "Stok aman." is the quote's own.
  const own = "Budi Santoso datang. Satu. Dua. \u201cStok aman. Harga turun,\u201d ujarnya.";
  const o = own.indexOf("ujarnya");
  const ownQuote = { ...said({ text: "ujarnya", start: o, end: o + 7, kind: "clitic" }),
                     start: own.indexOf("Stok"), end: own.indexOf(",\u201d") + 1 };
  assert.deepEqual(doubtReasons(ownQuote, budi, own), []);
  assert.deepEqual(doubtReasons({ ...ownQuote, start: undefined, end: undefined }, budi, own),
                   ["nama terakhir disebut 4 kalimat sebelumnya"]);
  // A name, however far, is no doubt; a confidence under the line is.
  assert.deepEqual(doubtReasons(said({ text: "Budi Santoso", start: 0, end: 12, kind: "name" }), budi, txt), []);
  assert.equal(DOUBT_CONFIDENCE, 0.7);
  assert.deepEqual(doubtReasons(said({ text: "Budi Santoso", start: 0, end: 12, kind: "name" }, 0.6), budi, txt),
                   ["keyakinan rendah (0.60)"]);
  // A description with no name before it.
  const desc = { text: "pejabat itu", start: 0, end: 11, kind: "description" };
  assert.deepEqual(doubtReasons(said(desc), [{ ...budi[0], mentions: [] }], txt),
                   ["pembicara dikenali dari deskripsi"]);
  // A name the article wrote, though no quote of it is a mention, is where the name stood:
  // "Santoso" three sentences before is near enough (the mention at the start is six back).
  const unquoted = "Budi Santoso datang. Satu. Dua. Santoso tersenyum. Tiga. Empat. \u201cAman,\u201d ujarnya.";
  const u = unquoted.indexOf("ujarnya");
  assert.deepEqual(doubtReasons(said({ text: "ujarnya", start: u, end: u + 7, kind: "clitic" }),
                                budi, unquoted), []);
  // No speaker: the "?" speaker already says it.
  assert.deepEqual(doubtReasons({ speaker: null, confidence: 0.1 }, budi, txt), []);
});

test("a corrected speaker name reaches every quote, claim, copy and export, marked as edited", async () => {
  const { withCorrections, correctClaimReview } = await import("../../service/web/render.js");
  const withClaim = { ...answer, claims: [{ id: "c1", text: "inflasi 3 persen", start: 40, end: 56,
    checkworthy: 0.6, type: "quantity", speaker: { id: "s2", name: "Sri" }, about: null, quantities: [] }] };
  assert.equal(withCorrections(withClaim, {}), withClaim);  // nothing corrected: the same answer
  const fixed = withCorrections(withClaim, { s2: "Sri Mulyani" });
  assert.equal(withClaim.speakers[1].name, "Sri");  // Kutip's answer itself is untouched
  assert.deepEqual(fixed.speakers[1], { ...withClaim.speakers[1], name: "Sri Mulyani",
                                        kutip_name: "Sri", edited: true });
  assert.deepEqual(fixed.quotes[1].speaker, { id: "s2", name: "Sri Mulyani", edited: true });
  assert.deepEqual(fixed.claims[0].speaker, { id: "s2", name: "Sri Mulyani", edited: true });
  assert.equal(fixed.quotes[0].speaker.name, "Budi");
  assert.equal(attribution(fixed.quotes[1], fixed.speakers, {}), "Menurut Sri Mulyani, inflasi 3 persen.");
  assert.equal(toCsv(fixed).split("\r\n")[2], "Sri Mulyani,,indirect,inflasi 3 persen,40,56,Menurut,,,,,Sri");
  assert.ok(claimsCsv(fixed).split("\r\n")[1].startsWith("0.6,quantity,Sri Mulyani,"));
  assert.ok(claimsCsv(fixed).split("\r\n")[1].endsWith(",yes"));
  assert.deepEqual(exportJson(fixed, "t", {}, "now").corrections,
                   [{ speaker: "s2", name: "Sri Mulyani", kutip_name: "Sri" }]);
  const review = { claimReviewed: "inflasi 3 persen",
                   itemReviewed: { "@type": "Claim", author: { "@type": "Person", name: "Sri" } } };
  const [corrected] = correctClaimReview([review], fixed);
  assert.equal(corrected.itemReviewed.author.name, "Sri Mulyani");
  assert.match(corrected.itemReviewed.author.description, /edited.*"Sri"/);
  assert.equal(correctClaimReview([review], withClaim)[0], review);
});

test("the character count is the service's: code points, with the limit in the page's language", async () => {
  const { codePointLength, localeNumber } = await import("../../service/web/render.js");
  assert.equal(codePointLength("😀 ab"), 4);  // the emoji is one code point, two UTF-16 units
  assert.equal(codePointLength(""), 0);
  assert.equal(localeNumber(200000), "200.000");
  assert.equal(inEnglish(() => localeNumber(200000)), "200,000");
  assert.equal(WORDS.id.charCount("1.234", "200.000"), "1.234 / 200.000 karakter");
});
