// Pure functions behind the page: no DOM, so node's test runner can check them.
// Offsets from Kutip are Python string indices (code points); JavaScript strings index
// UTF-16 units, so the text is handled as an array of code points throughout.
import { UNATTRIBUTED } from "./strings.js";


export const PALETTE = [
  "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf",
  "#8c564b", "#e377c2", "#bcbd22", "#7f7f7f", "#393b79", "#637939",
];
export const UNKNOWN_COLOUR = "#9e9e9e";

/** The speakers in the order a reader meets them: by the earliest of their quotes and
 * mentions in the text; ties and speakers with neither keep the answer's order. */
export function byFirstAppearance(answer) {
  const first = {};
  for (const q of answer.quotes || []) {
    if (q.speaker && !(first[q.speaker.id] <= q.start)) first[q.speaker.id] = q.start;
  }
  const at = (s) => Math.min(first[s.id] ?? Infinity,
                             ...(s.mentions || []).map((m) => m.start));
  return [...answer.speakers].sort((a, b) => at(a) - at(b) || 0);
}

/** Colour of each speaker id, in the order of first appearance. */
export function speakerColours(answer) {
  const colours = {};
  byFirstAppearance(answer).forEach((s, i) => { colours[s.id] = PALETTE[i % PALETTE.length]; });
  return colours;
}

/** Quote counts per speaker id. */
export function quoteCounts(answer) {
  const counts = {};
  for (const q of answer.quotes) {
    if (q.speaker) counts[q.speaker.id] = (counts[q.speaker.id] || 0) + 1;
  }
  return counts;
}

/**
 * Cut the text into segments at every quote and claim boundary.
 * Each segment: {text, start, end, quote: quote object or null, claims: [claim ids]}.
 */
export function segments(text, quotes, claims) {
  const cps = Array.from(text);
  const cuts = new Set([0, cps.length]);
  for (const span of [...quotes, ...claims]) {
    cuts.add(Math.max(0, Math.min(cps.length, span.start)));
    cuts.add(Math.max(0, Math.min(cps.length, span.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i], end = points[i + 1];
    if (end <= start) continue;
    const quote = quotes.find((q) => q.start <= start && end <= q.end) || null;
    const inClaims = claims.filter((c) => c.start <= start && end <= c.end).map((c) => c.id);
    out.push({ text: cps.slice(start, end).join(""), start, end, quote, claims: inClaims });
  }
  return out;
}

// A text cell a spreadsheet would read as a formula (= + - @, or a tab or carriage return
// before one) gets a leading apostrophe: OWASP's advice against CSV formula injection.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value) {
  let s = value === null || value === undefined ? "" : String(value);
  if (typeof value === "string" && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

// The newsroom's own metadata of the article, carried into every export.
export const META_FIELDS = ["title", "url", "date", "outlet"];

function metaCells(meta = {}) {
  return META_FIELDS.map((f) => meta[f] || "");
}

/** One row a quote: speaker, role, type, text, offsets, the cue, and the article's metadata. */
export function toCsv(answer, meta = {}) {
  const roles = {};
  for (const s of answer.speakers) roles[s.id] = s.roles.join("; ");
  const rows = [["speaker", "role", "type", "text", "start", "end", "cue", ...META_FIELDS]];
  for (const q of answer.quotes) {
    rows.push([
      q.speaker ? q.speaker.name : "",
      q.speaker ? roles[q.speaker.id] || "" : "",
      q.type, q.text, q.start, q.end, q.cue ? q.cue.text : "", ...metaCells(meta),
    ]);
  }
  return rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/** A plain message, in Indonesian and English, for an error answer. */
export function errorMessage(status, body, retryAfter) {
  const code = body && body.error ? body.error.code : "";
  const detail = body && body.error ? body.error.message : "";
  const wait = retryAfter ? ` (${retryAfter} s)` : "";
  switch (true) {
    case status === 0:
      return "Tidak dapat menghubungi Kutip. Periksa koneksi. / Cannot reach Kutip. Check the connection.";
    case status === 401:
      return "Kunci API diperlukan atau salah. / An API key is required or the key is wrong.";
    case status === 413: {
      const d = (body && body.error && body.error.details) || {};
      const n = (x) => Number(x).toLocaleString("id-ID");
      const id = d.limit ? ` (${d.length ? `${n(d.length)} karakter; ` : ""}batas ${n(d.limit)})` : "";
      const en = d.limit ? ` (${d.length ? `${n(d.length)} characters; ` : ""}limit ${n(d.limit)})` : "";
      return `Teks terlalu panjang${id}. Kirim artikel yang lebih pendek. / The text is too long${en}. Send a shorter article.`;
    }
    case status === 429:
      return `Terlalu banyak permintaan; coba lagi sebentar lagi${wait}. / Too many requests; try again shortly${wait}.`;
    case status === 503 && code === "overloaded":
      return `Kutip sedang sibuk; coba lagi sebentar lagi${wait}. / Kutip is busy; try again shortly${wait}.`;
    case status === 503 && code === "over_budget":
    case status === 504:
      return "Artikel ini terlalu lama diproses. Coba teks yang lebih pendek. / This article takes too long to process. Try a shorter text.";
    case status === 503:
      return "Kutip belum siap (model sedang dimuat). Coba lagi sebentar lagi. / Kutip is not ready yet (models loading). Try again shortly.";
    case status === 422 || status === 400:
      return `Teks tidak valid: ${detail}. / The text is not valid: ${detail}.`;
    default:
      return `Terjadi kesalahan (${status}). / Something went wrong (${status}). ${detail}`;
  }
}

/** Claims, most check-worthy first (stable for ties: text order). */
export function rankedClaims(answer) {
  return [...answer.claims].sort((a, b) => b.checkworthy - a.checkworthy || a.start - b.start);
}

const TYPE_LABELS = {
  quantity: "angka / quantity", causal: "sebab-akibat / causal", rule: "aturan / rule",
  prediction: "prediksi / prediction", event: "peristiwa / event",
};

// How an Indonesian newsroom writes a figure: its qualifier, the scale word of a large
// number (KBBI: ribu, juta, miliar, triliun), the currency before money, "persen" after a
// share, thousands with dots and decimals with a comma (PUEBI).
const QUALIFIER_WORDS = {
  more_than: "lebih dari", less_than: "kurang dari", about: "sekitar", nearly: "hampir",
  at_least: "sedikitnya", at_most: "paling banyak",
};
const SCALES = [[1e12, "triliun"], [1e9, "miliar"], [1e6, "juta"]];
const CURRENCY_SIGNS = { IDR: "Rp", USD: "US$", SGD: "S$", EUR: "€" };

function numberWords(value) {
  const abs = Math.abs(value);
  for (const [size, word] of SCALES) {
    if (abs >= size) {
      const scaled = value / size;
      return `${scaled.toLocaleString("id-ID", { maximumFractionDigits: 2 })} ${word}`;
    }
  }
  return value.toLocaleString("id-ID", { maximumFractionDigits: 2 });
}

/** A quantity as a journalist writes it: "lebih dari Rp 1 triliun", "hampir 90 persen",
 * "300 juta pengguna", "1.250 ton". */
export function figureText(q) {
  const value = numberWords(Number(q.value));
  const qualifier = q.qualifier ? `${QUALIFIER_WORDS[q.qualifier] || q.qualifier} ` : "";
  if (q.kind === "money") {
    const sign = CURRENCY_SIGNS[q.unit];
    return `${qualifier}${sign ? `${sign} ${value}` : `${value} ${q.unit || ""}`.trim()}`;
  }
  if (q.unit === "percent") return `${qualifier}${value} persen`;
  if (q.unit === "percentage_point") return `${qualifier}${value} poin persentase`;
  if (q.kind === "rank") return `peringkat ${value}`;
  return `${qualifier}${value}${q.unit ? ` ${q.unit}` : ""}`;
}

/** What the claims list shows of a claim: its type, who claims it, its figures. */
export function claimSummary(claim) {
  const figures = (claim.quantities || []).filter((q) => q.kind !== "date").map(figureText);
  return {
    type: TYPE_LABELS[claim.type] || claim.type || "",
    claimant: claim.speaker ? claim.speaker.name : "artikel / the article",
    figures,
  };
}

/** "1 kutipan dari 1 pembicara / 1 quote from 1 speaker", plurals right. */
export function summaryLine(answer) {
  const q = answer.quotes.length, s = answer.speakers.length;
  const en = `${q} quote${q === 1 ? "" : "s"} from ${s} speaker${s === 1 ? "" : "s"}`;
  const where = answer.cached ? "dari cache / cached"
    : `${Math.round(answer.timing_ms.total)} ms`;
  return `${q} kutipan dari ${s} pembicara / ${en} · ${where}`;
}

/** Why there is nothing to show, when nothing was found; null otherwise. */
export function emptyHint(answer) {
  if (answer.quotes.length) return null;
  return "Tidak ada kutipan yang ditemukan. Apakah ini berita berbahasa Indonesia yang mengutip " +
    "seseorang (\u201c…,\u201d kata X; X mengatakan bahwa …)? / No quotes found. Is this " +
    "Indonesian news that quotes someone (“…,” kata X; X mengatakan bahwa …)?";
}

/** A pasted link instead of an article: Kutip does not fetch pages. */
export function looksLikeUrl(text) {
  return /^\s*https?:\/\/\S+\s*$/i.test(text);
}

/** Quote counts of the quotes whose speaker Kutip could not name. */
export function unattributedCount(answer) {
  return answer.quotes.filter((q) => !q.speaker).length;
}

const KIND_LABELS = { direct: "langsung", indirect: "tidak langsung", mixed: "campuran" };

/** The accessible name of a quote: "Kutipan langsung oleh Sam Altman, CEO OpenAI". */
export function quoteLabel(quote, speakers) {
  const kind = KIND_LABELS[quote.type] || quote.type;
  if (!quote.speaker) return `Kutipan ${kind} tanpa nama pembicara`;
  const sp = speakers.find((s) => s.id === quote.speaker.id);
  const role = sp && sp.roles.length ? `, ${sp.roles[0]}` : "";
  return `Kutipan ${kind} oleh ${quote.speaker.name}${role}`;
}

/** Claims to list: at or above threshold, of the filtered speaker (or the unattributed
 * ones, for the filter value UNATTRIBUTED), most check-worthy first. */
export function visibleClaims(answer, { threshold = 0, speaker = null } = {}) {
  return rankedClaims(answer).filter((c) => c.checkworthy >= threshold && (
    !speaker || (speaker === UNATTRIBUTED ? !c.speaker : c.speaker && c.speaker.id === speaker)));
}

/** One row a claim, formula cells escaped, with the article's metadata. */
export function claimsCsv(answer, meta = {}) {
  const rows = [["checkworthy", "type", "claimant", "text", "start", "end", "figures",
                 "about", "standalone", ...META_FIELDS]];
  for (const c of rankedClaims(answer)) {
    rows.push([c.checkworthy, c.type, c.speaker ? c.speaker.name : "", c.text, c.start, c.end,
               (c.quantities || []).map((q) => q.text).join("; "),
               c.about ? c.about.name : "", c.standalone || c.text, ...metaCells(meta)]);
  }
  return rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/** The JSON export: the answer with the text its offsets point into, the article's metadata,
 * and when it was made. */
export function exportJson(answer, text, meta = {}, exportedAt = new Date().toISOString()) {
  const metadata = {};
  for (const f of META_FIELDS) metadata[f] = meta[f] || null;
  return { text, metadata, exported: exportedAt, answer };
}

/** The body of POST /v1/claimreview: the text, the metadata the API knows, the threshold. */
export function claimReviewRequest(text, meta = {}, minCheckworthy = 0.5) {
  const body = { text, language: "id", min_checkworthy: minCheckworthy };
  if (meta.title) body.title = meta.title;
  if (meta.url) body.url = meta.url;
  if (meta.date) body.published = meta.date;
  if (meta.outlet) body.publisher = meta.outlet;
  return body;
}

/** Speaker marks A, B, … Z, AA, AB, …: with the colour, a label that never repeats however
 * many speakers an article has (twelve colours do). */
export function speakerMarks(answer) {
  const marks = {};
  byFirstAppearance(answer).forEach((s, i) => {
    let mark = "";
    for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) {
      mark = String.fromCharCode(65 + ((n - 1) % 26)) + mark;
    }
    marks[s.id] = mark;
  });
  return marks;
}

/** "orang / person" or "organisasi / organisation", from the speaker's kind. */
export function kindLabel(speaker) {
  return speaker.kind === "person" ? "orang / person" : "organisasi / organisation";
}

/** An ISO date (2025-02-05) as Indonesian newsrooms write it (5/2/2025); anything else as is. */
export function shortDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || "");
  return m ? `${Number(m[3])}/${Number(m[2])}/${m[1]}` : iso || "";
}

/** A quote ready to paste: "“…,” kata Sam Altman, CEO OpenAI (Outlet, 5/2/2025)" for direct
 * quotes, "Menurut X, …" for reported speech. */
export function attribution(quote, speakers, meta = {}, text = "") {
  if (!quote.speaker) return null;  // a quote with no speaker is not offered as a quote
  const sp = speakers.find((s) => s.id === quote.speaker.id);
  const who = `${quote.speaker.name}${sp && sp.roles.length ? `, ${sp.roles[0]}` : ""}`;
  const source = [meta.outlet, shortDate(meta.date)].filter(Boolean).join(", ");
  const tail = source ? ` (${source})` : "";
  const body = quoteBody(quote.text);
  if (quote.type === "indirect") {
    // The clause with its own casing, without a second frame ("…, menurut Randy, …").
    const clause = lowerOpening(body.replace(/,\s*menurut [^,]{1,60},\s*/gi, " "), text)
      .replace(/[.,;:]+$/, "");
    return `Menurut ${who}, ${clause}.${tail}`;
  }
  const end = /[?!]$/.test(body) ? body : `${body.replace(/[.,;:]+$/, "")},`;
  return `\u201c${end}\u201d kata ${who}${tail}.`;
}

/** A span's words as a quote: a line without final punctuation in a span of several lines
 * is a subheading it took in, and is left out; the rest on one line. */
function quoteBody(span) {
  const lines = span.split(/\n+/).map((l) => l.trim()).filter(Boolean);
  const kept = lines.length > 1
    ? lines.filter((l, k) => k === lines.length - 1 || /[.!?,;:\u201d"']$/.test(l)) : lines;
  return kept.join(" ").trim();
}

/** A clause opening with a capitalised common word ("Kondisi ini …") is lower-cased after
 * "Menurut X,", when the article writes that word in lower case too (a name keeps it). */
function lowerOpening(clause, text) {
  const m = /^(\p{Lu})(\p{Ll}+)\b/u.exec(clause);
  if (!m || !text) return clause;
  const word = (m[1] + m[2]).toLowerCase();
  return new RegExp(`(^|[^\\p{L}])${word}(?![\\p{L}])`, "u").test(text)
    ? m[1].toLowerCase() + clause.slice(1) : clause;
}

/** Why a claim ranks where it does, from its evidence: its figures, the names in it, a
 * comparison, and whether a named source makes it. */
export function whyItRanks(claim) {
  const e = claim.evidence || {};
  const why = [];
  if ((e.numbers || []).length) why.push(`angka / figures: ${e.numbers.join(", ")}`);
  if ((e.entities || []).length) why.push(`nama / names: ${e.entities.join(", ")}`);
  if (e.comparison) why.push("perbandingan / comparison");
  why.push(e.named_source ? `sumber bernama / named source: ${claim.speaker.name}`
    : "tanpa sumber bernama / no named source");
  return why;
}

// Claim text longer than this is cut in the list, with a button for the rest.
export const CLAIM_PREVIEW_CHARS = 160;

/** The claim's text as the list first shows it, and whether there is more. */
export function claimPreview(text, limit = CLAIM_PREVIEW_CHARS) {
  const cps = Array.from(text);
  if (cps.length <= limit) return { text, cut: false };
  const head = cps.slice(0, limit).join("");
  const space = head.lastIndexOf(" ");
  return { text: `${space > limit * 0.6 ? head.slice(0, space) : head}…`, cut: true };
}

// How many analyses the page keeps in this browser.
export const HISTORY_SIZE = 20;

/** The history with entry first: one entry per text and metadata, at most `size`. */
export function remember(history, entry, size = HISTORY_SIZE) {
  const same = (h) => h.text === entry.text &&
    META_FIELDS.every((f) => (h.meta || {})[f] === (entry.meta || {})[f]);
  return [entry, ...history.filter((h) => !same(h))].slice(0, size);
}

/** How the history lists an analysis: its title, or the text's opening words. */
export function historyLabel(entry) {
  const title = (entry.meta && entry.meta.title) || entry.text.trim().split(/\s+/).slice(0, 8).join(" ");
  const n = entry.quotes;
  const when = entry.at ? ` · ${shortDate(entry.at.slice(0, 10))}` : "";
  return `${title} · ${n} kutipan / quote${n === 1 ? "" : "s"}${when}`;
}

const MENTION_KINDS = {
  name: "nama", name_part: "bagian nama", pronoun: "kata ganti", clitic: "-nya",
  description: "deskripsi", cataphora: "deskripsi sebelum nama",
};

/** Why Kutip chose a quote's speaker, for a journalist checking it: "ujarnya (-nya) → Sam
 * Altman, 3 kalimat sebelumnya" (the sentences back to where the name last stood); empty
 * when the quote names its speaker outright. Offsets are code points, as the answer's. */
export function mentionEvidence(quote, speakers, text) {
  const m = quote.speaker_mention;
  if (!m || !quote.speaker || m.kind === "name") return "";
  const sp = speakers.find((s) => s.id === quote.speaker.id);
  const named = (sp ? sp.mentions : [])
    .filter((x) => x.end <= m.start && (!x.kind || x.kind === "name" || x.kind === "name_part"))
    .pop();
  let where = "";
  if (named) {
    const between = Array.from(text).slice(named.end, m.start).join("");
    const n = (between.match(/[.!?](\s|$)/g) || []).length;
    where = n === 0 ? ", kalimat yang sama" : `, ${n} kalimat sebelumnya`;
  }
  return `${m.text} (${MENTION_KINDS[m.kind] || m.kind}) → ${quote.speaker.name}${where}`;
}

/**
 * What the archive knows of a claim, from POST /v1/match's matches: the best matching
 * fact-check ("Sudah diperiksa / Already checked", its rating and link) and the earlier
 * claims that state it ("Pernah diklaim / Said before", how many, by whom). A changed figure
 * is said as such, never as a match.
 */
export function archiveNotes(matches) {
  const matched = (matches || []).filter((m) => m.match);
  const check = matched.find((m) => m.kind === "factcheck");
  const before = matched.filter((m) => m.kind === "claim");
  const changed = (matches || []).find((m) => m.reasons && m.reasons.changed_figure);
  const source = (m) => (m.reasons && m.reasons.source) || {};
  const names = [...new Set(before.map((m) => source(m).claimant).filter(Boolean))];
  return {
    checked: check ? {
      label: `Sudah diperiksa / Already checked: ${source(check).rating || "—"}`,
      url: looksLikeUrl(source(check).url || "") ? source(check).url : null,
      text: check.text,
    } : null,
    saidBefore: before.length ? {
      label: `Pernah diklaim / Said before: ${before.length}×` +
        (names.length ? ` (${names.slice(0, 3).join(", ")})` : ""),
    } : null,
    changedFigure: changed && !check ? {
      label: "Angka berbeda dari klaim sebelumnya / A different figure than before",
    } : null,
  };
}
