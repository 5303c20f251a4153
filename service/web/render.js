// Pure functions behind the page: no DOM, so node's test runner can check them.
// Offsets from Kutip are Python string indices (code points); JavaScript strings index
// UTF-16 units, so the text is handled as an array of code points throughout.
import { STRINGS, UNATTRIBUTED, language } from "./strings.js";


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
  const kutipNames = {};
  for (const s of answer.speakers) if (s.edited) kutipNames[s.id] = s.kutip_name;
  const rows = [["speaker", "role", "type", "text", "start", "end", "cue", ...META_FIELDS,
                 "speaker_edited_from"]];
  for (const q of answer.quotes) {
    rows.push([
      q.speaker ? q.speaker.name : "",
      q.speaker ? roles[q.speaker.id] || "" : "",
      q.type, q.text, q.start, q.end, q.cue ? q.cue.text : "", ...metaCells(meta),
      (q.speaker && kutipNames[q.speaker.id]) || "",
    ]);
  }
  return rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/** A number as the page's language writes it: 200.000 in Indonesian, 200,000 in English. */
export function localeNumber(x) {
  return Number(x).toLocaleString(language() === "en" ? "en-GB" : "id-ID");
}

/** A plain message, in the page's language, for an error answer. */
export function errorMessage(status, body, retryAfter) {
  const code = body && body.error ? body.error.code : "";
  const detail = body && body.error ? body.error.message : "";
  const wait = retryAfter ? ` (${retryAfter} s)` : "";
  switch (true) {
    case status === 0:
      return STRINGS.unreachable;
    case status === 401:
      return STRINGS.needKey;
    case status === 413: {
      const d = (body && body.error && body.error.details) || {};
      return STRINGS.tooLong(d.length ? localeNumber(d.length) : "",
                             d.limit ? localeNumber(d.limit) : "");
    }
    case status === 429:
      return STRINGS.tooMany(wait);
    case status === 503 && code === "overloaded":
      return STRINGS.busy(wait);
    case status === 503 && code === "over_budget":
    case status === 504:
      return STRINGS.tooSlow;
    case status === 503:
      return STRINGS.notReady;
    case status === 422 || status === 400:
      return STRINGS.invalid(detail);
    default:
      return STRINGS.failed(status, detail);
  }
}

/** Claims, most check-worthy first (stable for ties: text order). */
export function rankedClaims(answer) {
  return [...answer.claims].sort((a, b) => b.checkworthy - a.checkworthy || a.start - b.start);
}

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
    type: STRINGS[`type_${claim.type}`] || claim.type || "",
    claimant: claim.speaker ? claim.speaker.name : STRINGS.theArticle,
    figures,
  };
}

/** "1 kutipan dari 1 pembicara · 12 ms" (English: "1 quote from 1 speaker"), plurals right. */
export function summaryLine(answer) {
  const where = answer.cached ? STRINGS.cached : `${Math.round(answer.timing_ms.total)} ms`;
  return STRINGS.summary(answer.quotes.length, answer.speakers.length, where);
}

/** Why there is nothing to show, when nothing was found; null otherwise. */
export function emptyHint(answer) {
  return answer.quotes.length ? null : STRINGS.noQuotes;
}

/** A pasted link instead of an article: Kutip does not fetch pages. */
export function looksLikeUrl(text) {
  return /^\s*https?:\/\/\S+\s*$/i.test(text);
}

/** Quote counts of the quotes whose speaker Kutip could not name. */
export function unattributedCount(answer) {
  return answer.quotes.filter((q) => !q.speaker).length;
}

/** The accessible name of a quote: "Kutipan langsung oleh Sam Altman, CEO OpenAI". */
export function quoteLabel(quote, speakers) {
  const kind = STRINGS[quote.type] || quote.type;
  if (!quote.speaker) return STRINGS.quoteNobody(kind);
  const sp = speakers.find((s) => s.id === quote.speaker.id);
  const role = sp && sp.roles.length ? `, ${sp.roles[0]}` : "";
  return STRINGS.quoteBy(kind, `${quote.speaker.name}${role}`);
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
                 "about", "standalone", ...META_FIELDS, "claimant_edited"]];
  for (const c of rankedClaims(answer)) {
    rows.push([c.checkworthy, c.type, c.speaker ? c.speaker.name : "", c.text, c.start, c.end,
               (c.quantities || []).map((q) => q.text).join("; "),
               c.about ? c.about.name : "", c.standalone || c.text, ...metaCells(meta),
               c.speaker && c.speaker.edited ? "yes" : ""]);
  }
  return rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/** The JSON export: the answer with the text its offsets point into, the article's metadata,
 * and when it was made. */
export function exportJson(answer, text, meta = {}, exportedAt = new Date().toISOString()) {
  const metadata = {};
  for (const f of META_FIELDS) metadata[f] = meta[f] || null;
  return { text, metadata, exported: exportedAt, corrections: correctionList(answer), answer };
}

/** The body of POST /v1/claimreview: the text, the metadata the API knows, the threshold,
 * and the fact-checking organisation that will author the reviews. */
export function claimReviewRequest(text, meta = {}, minCheckworthy = 0.5, reviewer = "") {
  const body = { text, language: "id", min_checkworthy: minCheckworthy };
  if (reviewer) body.reviewer = reviewer;
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

/** "orang" or "organisasi" ("person", "organisation"), from the speaker's kind. */
export function kindLabel(speaker) {
  return speaker.kind === "person" ? STRINGS.person : STRINGS.organisation;
}

/** An ISO date (2025-02-05) as Indonesian newsrooms write it (5/2/2025); anything else as is. */
export function shortDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || "");
  return m ? `${Number(m[3])}/${Number(m[2])}/${m[1]}` : iso || "";
}

/** A quote ready to paste: "“…,” kata Sam Altman, CEO OpenAI (Outlet, 5/2/2025)." for direct
 * quotes, "Menurut X, … ." for reported speech and for mixed quotes (a reported clause with
 * the article's own quotation marks in it). */
export function attribution(quote, speakers, meta = {}, text = "") {
  if (!quote.speaker) return null;  // a quote with no speaker is not offered as a quote
  const sp = speakers.find((s) => s.id === quote.speaker.id);
  const who = `${quote.speaker.name}${sp && sp.roles.length ? `, ${sp.roles[0]}` : ""}`;
  const source = [meta.outlet, shortDate(meta.date)].filter(Boolean).join(", ");
  const tail = source ? ` (${source})` : "";
  const body = quoteBody(quote.text);
  if (quote.type === "indirect" || quote.type === "mixed") {
    // The clause with its own casing, without a second frame ("…, menurut Randy, …"); a
    // mixed quote keeps the quotation marks the article put around its quoted words.
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
  if ((e.numbers || []).length) why.push(`${STRINGS.figures}: ${e.numbers.join(", ")}`);
  if ((e.entities || []).length) why.push(`${STRINGS.names}: ${e.entities.join(", ")}`);
  if (e.comparison) why.push(STRINGS.comparison);
  why.push(e.named_source ? `${STRINGS.namedSource}: ${claim.speaker.name}`
    : STRINGS.noNamedSource);
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
  const edits = Object.keys(entry.names || {}).length;
  const title = (entry.meta && entry.meta.title) || entry.text.trim().split(/\s+/).slice(0, 8).join(" ");
  const n = entry.quotes;
  const when = entry.at ? ` · ${shortDate(entry.at.slice(0, 10))}` : "";
  return `${title} · ${STRINGS.quotesCount(n)}${when}${edits ? ` · ${STRINGS.edited}` : ""}`;
}

/** Why Kutip chose a quote's speaker, for a journalist checking it: "ujarnya (-nya) → Sam
 * Altman, 3 kalimat sebelumnya" (the sentences back to where the name last stood); empty
 * when the quote names its speaker outright. Offsets are code points, as the answer's. */
export function mentionEvidence(quote, speakers, text, index = articleIndex(text)) {
  const m = quote.speaker_mention;
  if (!m || !quote.speaker || m.kind === "name") return "";
  const back = sentencesFromName(quote, speakers, index);
  const where = back === null ? ""
    : `, ${back === 0 ? STRINGS.sameSentence : STRINGS.sentencesBack(back)}`;
  return `${m.text} (${STRINGS[`mention_${m.kind}`] || m.kind}) → ${quote.speaker.name}${where}`;
}

/** What the distance questions need of an article, computed once however many quotes ask:
 * its code points, how many sentence ends stand before each offset, and, per name, where
 * each of its words ends in the text. */
export function articleIndex(text) {
  const cps = Array.from(text);
  const endsBefore = new Int32Array(cps.length + 1);
  for (let i = 0; i < cps.length; i++) {
    const end = (cps[i] === "." || cps[i] === "!" || cps[i] === "?") &&
      (i + 1 === cps.length || /\s/.test(cps[i + 1]));
    endsBefore[i + 1] = endsBefore[i] + (end ? 1 : 0);
  }
  return { text, cps, endsBefore, nameEnds: new Map() };
}

/** The code point offsets where a word of name ends in the text (a capitalised word of three
 * letters or more, whole), found once per name. */
function nameEnds(index, name) {
  if (!index.nameEnds.has(name)) {
    const words = name.split(/\s+/).filter((w) => /^\p{Lu}\p{L}{2,}$/u.test(w));
    const ends = [];
    if (words.length) {
      // UTF-16 unit offsets to code points: one pass over the text.
      const cpOf = new Int32Array(index.text.length + 1);
      let cp = 0;
      for (let u = 0; u < index.text.length; u++) {
        cpOf[u] = cp;
        const c = index.text.charCodeAt(u);
        if (!(c >= 0xd800 && c <= 0xdbff)) cp++;
      }
      cpOf[index.text.length] = cp;
      const word = new RegExp(`(?<![\\p{L}])(?:${words.join("|")})(?![\\p{L}])`, "gu");
      for (const hit of index.text.matchAll(word)) ends.push(cpOf[hit.index + hit[0].length]);
    }
    index.nameEnds.set(name, ends);
  }
  return index.nameEnds.get(name);
}

/** Where the speaker's name, or a word of it, last stood before offset `before`: among the
 * speaker's mentions, and in the text itself (a name the article wrote without quoting its
 * bearer there is no mention, yet the reader met it). */
function lastNameEnd(sp, index, before) {
  let end = -1;
  for (const x of sp.mentions || []) {
    const named = !x.kind || x.kind === "name" || x.kind === "name_part";
    if (named && x.end <= before) end = Math.max(end, x.end);
  }
  for (const e of nameEnds(index, sp.kutip_name || sp.name)) if (e <= before) end = Math.max(end, e);
  return end < 0 ? null : end;
}

/** How many sentences end between the speaker's name where it last stood before the quote's
 * mention and that mention, not counting the quote's own sentences (a direct quote often
 * stands between a name and its "ujarnya"); null when no name stands before the mention. */
export function sentencesFromName(quote, speakers, index) {
  const m = quote.speaker_mention;
  const sp = speakers.find((s) => s.id === quote.speaker.id);
  const from = sp ? lastNameEnd(sp, index, m.start) : null;
  if (from === null) return null;
  const ends = (a, b) => (b > a ? index.endsBefore[b] - index.endsBefore[a] : 0);
  const own = quote.start >= from && quote.end <= m.start;  // the quote lies between
  return own ? ends(from, quote.start) + ends(quote.end, m.start) : ends(from, m.start);
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
      label: STRINGS.alreadyChecked(source(check).rating || "—"),
      url: looksLikeUrl(source(check).url || "") ? source(check).url : null,
      text: check.text,
    } : null,
    saidBefore: before.length ? {
      label: STRINGS.saidBefore(before.length, names.slice(0, 3).join(", ")),
    } : null,
    changedFigure: changed && !check ? {
      label: STRINGS.changedFigure,
    } : null,
  };
}

// A quote's confidence below this is doubtful: Kutip found a speech cue but no speaker
// mention in its frame (service/extract/direct.py CUE_ONLY_CONFIDENCE is 0.6; every framed
// or reported pattern scores 0.7 or more).
export const DOUBT_CONFIDENCE = 0.7;
// A pronoun, -nya or description this many sentences or more after the speaker's name last
// stood is far from it. Set on PFSA-ID dev's direct quotes (scripts/doubt_calibration.py):
// at 4, 7.7% of attributed quotes are marked and 17.5% of those have a wrong speaker against
// 3.6% of the rest; at 3, 13.4% are marked at 13.7%; at 5, 5.0% at 22.2%.
export const FAR_SENTENCES = 4;

/** Why Kutip may be wrong about a quote's speaker, said plainly; empty when it is sure. */
export function doubtReasons(quote, speakers, text, index = articleIndex(text)) {
  if (!quote.speaker) return [];  // no speaker at all is said by the "?" speaker already
  const reasons = [];
  if (quote.confidence < DOUBT_CONFIDENCE) {
    reasons.push(STRINGS.lowConfidence(quote.confidence.toFixed(2)));
  }
  const m = quote.speaker_mention;
  if (m && ["pronoun", "clitic", "description"].includes(m.kind)) {
    const back = sentencesFromName(quote, speakers, index);
    if (back === null && m.kind === "description") reasons.push(STRINGS.description);
    if (back !== null && back >= FAR_SENTENCES) reasons.push(STRINGS.farMention(back));
  }
  return reasons;
}

/** The answer with the journalist's corrected speaker names (names: speaker id → name) in
 * every place a name is said: speakers, quotes' and claims' speakers, claims' subjects. Each
 * corrected speaker keeps Kutip's name as `kutip_name` and every reference is marked
 * `edited`, so exports say which names a person changed. */
export function withCorrections(answer, names = {}) {
  if (!answer || !Object.keys(names).length) return answer;
  const ref = (r) => (r && names[r.id] ? { ...r, name: names[r.id], edited: true } : r);
  return {
    ...answer,
    speakers: answer.speakers.map((s) => (names[s.id]
      ? { ...s, name: names[s.id], kutip_name: s.name, edited: true } : s)),
    quotes: answer.quotes.map((q) => ({ ...q, speaker: ref(q.speaker) })),
    claims: answer.claims.map((c) => ({ ...c, speaker: ref(c.speaker), about: ref(c.about) })),
  };
}

/** The corrections as the JSON export lists them. */
export function correctionList(answer) {
  return answer.speakers.filter((s) => s.edited)
    .map((s) => ({ speaker: s.id, name: s.name, kutip_name: s.kutip_name }));
}

/** ClaimReview drafts (the service's JSON-LD) with the corrected names as claims' authors,
 * each such author saying its name was edited and what Kutip had read. */
export function correctClaimReview(jsonld, answer) {
  const edited = answer.speakers.filter((s) => s.edited);
  if (!edited.length) return jsonld;
  const byOldName = new Map(edited.map((s) => [s.kutip_name, s]));
  const fix = (review) => {
    const author = review.itemReviewed && review.itemReviewed.author;
    const sp = author && byOldName.get(author.name);
    if (!sp) return review;
    return { ...review, itemReviewed: { ...review.itemReviewed, author: {
      ...author, name: sp.name,
      description: `Name edited by the reviewer; Kutip read "${sp.kutip_name}".` } } };
  };
  return Array.isArray(jsonld) ? jsonld.map(fix) : fix(jsonld);
}

/** The text's length as the service counts it: code points (a Python string's len), not
 * JavaScript's UTF-16 units; a textarea's line ends are already single "\n". */
export function codePointLength(text) {
  const pairs = text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g);
  return text.length - (pairs ? pairs.length : 0);
}
