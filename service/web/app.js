// The page: sends the article to /v1/extract and shows who said what.
import {
  META_FIELDS, UNKNOWN_COLOUR, attribution, claimPreview, claimReviewRequest, claimSummary,
  claimsCsv, emptyHint, errorMessage, exportJson, historyLabel, kindLabel, looksLikeUrl,
  mentionEvidence, quoteCounts, quoteLabel, remember, segments, shortDate, speakerColours, speakerMarks,
  summaryLine, toCsv, unattributedCount, visibleClaims, whyItRanks,
} from "./render.js";
import * as archive from "./archive.js";

// The speaker filter's value for quotes whose speaker Kutip could not name.
const UNATTRIBUTED = "__none__";
const HISTORY_KEY = "kutip-history";

const $ = (id) => document.getElementById(id);
const state = { answer: null, text: "", meta: {}, filter: null, selected: null };

$("apikey").value = sessionStorage.getItem("kutip-key") || "";

function setStatus(message, isError = false) {
  $("status").textContent = message;
  $("status").className = isError ? "error" : "";
}

function readMeta() {
  const meta = {};
  for (const f of META_FIELDS) {
    const value = $(`meta-${f}`).value.trim();
    if (value) meta[f] = value;
  }
  return meta;
}

function writeMeta(meta = {}) {
  for (const f of META_FIELDS) $(`meta-${f}`).value = meta[f] || "";
}

function authHeaders() {
  const headers = { "Content-Type": "application/json" };
  const key = $("apikey").value.trim();
  if (key) headers.Authorization = `Bearer ${key}`;
  return headers;
}

async function analyse() {
  const text = $("article").value;
  clearResult();
  if (!text.trim()) { setStatus("Tempel teks artikel dulu. / Paste an article first.", true); return; }
  if (looksLikeUrl(text)) {
    setStatus("Kutip tidak mengambil tautan; tempel teks artikelnya. / Kutip does not fetch " +
              "links; paste the article text itself.", true);
    return;
  }
  sessionStorage.setItem("kutip-key", $("apikey").value.trim());
  const meta = readMeta();
  $("go").disabled = true;
  setStatus("Menganalisis… / Analysing…");
  let resp;
  try {
    resp = await fetch("/v1/extract", { method: "POST", headers: authHeaders(),
      body: JSON.stringify({ text, language: "id", ...(meta.title ? { title: meta.title } : {}) }) });
  } catch (e) {
    $("go").disabled = false;
    setStatus(errorMessage(0), true);
    return;
  }
  let body = null;
  try { body = await resp.json(); } catch (e) { body = null; }
  $("go").disabled = false;
  if (!resp.ok) {
    setStatus(errorMessage(resp.status, body, resp.headers.get("Retry-After")), true);
    return;
  }
  Object.assign(state, { answer: body, text, meta, filter: null, selected: null });
  const hint = emptyHint(body);
  setStatus(summaryLine(body) + (hint ? ` — ${hint}` : ""));
  saveHistory({ text, meta, quotes: body.quotes.length, at: new Date().toISOString() });
  render();
  $("skip-to-result").hidden = false;
  // The result where the eye goes next: in view, with focus (its details line first).
  $("result").scrollIntoView({ block: "start" });
  $("result").focus({ preventScroll: true });
}

/** A new analysis or an error never leaves the previous result on screen. */
function clearResult() {
  Object.assign(state, { answer: null, text: "", meta: {}, filter: null, selected: null });
  $("result").hidden = true;
  $("skip-to-result").hidden = true;
  $("quote-card").hidden = true;
  for (const id of ["text", "speakers", "claims"]) $(id).replaceChildren();
}

/** Draw the result; `focus` names what had focus ("speaker:s2"), to give it back. */
function render(focus = null) {
  const { answer } = state;
  const colours = speakerColours(answer);
  const marks = speakerMarks(answer);
  const threshold = Number($("threshold").value);
  $("threshold-value").textContent = threshold.toFixed(2);
  const shown = visibleClaims(answer, { threshold, speaker: state.filter });
  const shownIds = new Set(shown.map((c) => c.id));
  renderText(colours, marks, shownIds);
  renderSpeakers(colours, marks);
  renderClaims(shown);
  renderPrintMeta();
  $("result").hidden = false;
  if (focus) {
    const [kind, id] = focus.split(":");
    const target = kind === "speaker" ? $("speakers").querySelector(`[data-speaker="${id}"]`)
      : $("text").querySelector(`[data-quote="${id}"][tabindex]`);
    if (target) target.focus();
  }
}

function renderText(colours, marks, shownIds) {
  const { answer, text } = state;
  const article = $("text");
  article.replaceChildren();
  const segs = segments(text, answer.quotes, answer.claims);
  segs.forEach((seg, k) => {
    const span = document.createElement("span");
    span.textContent = seg.text;
    if (seg.claims.length) {
      span.dataset.claims = seg.claims.join(" ");
      if (seg.claims.some((id) => shownIds.has(id))) span.classList.add("claim-on");
    }
    if (seg.quote) {
      const q = seg.quote;
      const why = mentionEvidence(q, answer.speakers, text);  // once per piece, for both uses
      span.classList.add("q", q.type);
      if (!segs[k - 1] || segs[k - 1].quote !== q) {  // the quote's first piece takes focus
        span.tabIndex = 0;
        span.setAttribute("role", "button");
        // The name says who, then the quote itself (WCAG 2.5.3: the visible text is in it).
        span.setAttribute("aria-label", `${quoteLabel(q, answer.speakers)}: ${q.text}` +
                                        (why ? ` (${why})` : ""));
        span.setAttribute("aria-pressed", String(state.selected === q.id));
        const pick = () => selectQuote(q.id);
        span.addEventListener("click", pick);
        span.addEventListener("keydown", (e) => {
          if (e.key === "Enter" || e.key === " ") { e.preventDefault(); pick(); }
        });
      } else {
        span.addEventListener("click", () => selectQuote(q.id));
      }
      const sp = q.speaker && answer.speakers.find((s) => s.id === q.speaker.id);
      if (!segs[k + 1] || segs[k + 1].quote !== q) {  // its last piece shows who said it
        span.dataset.who = q.speaker ? `${marks[q.speaker.id]} · ${q.speaker.name}` : "tanpa nama";
        if (sp && sp.roles.length) span.dataset.role = sp.roles[0];  // shown on hover or focus
        span.classList.add("said");
      }
      const light = (on) => () => {
        for (const piece of article.querySelectorAll(`[data-quote="${q.id}"]`)) {
          piece.classList.toggle("lit", on);
        }
      };
      span.addEventListener("mouseenter", light(true));
      span.addEventListener("mouseleave", light(false));
      span.addEventListener("focus", light(true));
      span.addEventListener("blur", light(false));
      if (state.selected === q.id) span.classList.add("selected");
      span.dataset.quote = q.id;
      span.dataset.speaker = q.speaker ? q.speaker.id : "";
      span.style.setProperty("--c", q.speaker ? colours[q.speaker.id] : UNKNOWN_COLOUR);
      span.title = `${q.speaker ? q.speaker.name : "tak diketahui / unknown"}` +
                   (sp && sp.roles.length ? `, ${sp.roles[0]}` : "") + ` · ${q.type}` +
                   (q.cue ? ` · ${q.cue.text}` : "") +
                   (why ? ` · ${why}` : "");
      const owner = q.speaker ? q.speaker.id : UNATTRIBUTED;
      if (state.filter && owner !== state.filter) {
        span.classList.add("dim");
        if (span.tabIndex === 0) span.tabIndex = -1;  // filtered out: out of the Tab order
      }
    }
    article.append(span);
  });
}

/** A speaker in the panel: a toggle button (pressed while it filters) inside a list item. */
function speakerItem({ id, label, colour, mark, roles, kind }) {
  const li = document.createElement("li");
  const button = document.createElement("button");
  button.type = "button";
  button.className = "speaker";
  button.setAttribute("aria-pressed", String(state.filter === id));
  button.dataset.speaker = id;
  const sw = document.createElement("span");
  sw.className = "swatch"; sw.style.background = colour;
  sw.setAttribute("aria-hidden", "true");
  const markEl = document.createElement("span");
  markEl.className = "mark"; markEl.textContent = mark;
  button.append(sw, markEl, " ", label);
  if (kind) {
    const k = document.createElement("span");
    k.className = "who-kind"; k.textContent = kind;
    button.append(" · ", k);
  }
  if (roles) {
    const role = document.createElement("span");
    role.className = "role"; role.textContent = roles;
    button.append(role);
  }
  button.addEventListener("click", () => {
    state.filter = state.filter === id ? null : id;
    render(`speaker:${id}`);
  });
  li.append(button);
  return li;
}

function renderSpeakers(colours, marks) {
  const { answer } = state;
  const counts = quoteCounts(answer);
  const list = $("speakers");
  list.replaceChildren();
  for (const s of answer.speakers) {
    list.append(speakerItem({
      id: s.id, label: `${s.name} (${counts[s.id] || 0})`, colour: colours[s.id],
      mark: marks[s.id], roles: s.roles.join("; "), kind: kindLabel(s),
    }));
  }
  const nameless = unattributedCount(answer);
  if (nameless) {
    const li = speakerItem({ id: UNATTRIBUTED, label: `Tanpa nama / Unattributed (${nameless})`,
                             colour: UNKNOWN_COLOUR, mark: "?" });
    li.classList.add("unattributed");
    list.append(li);
  }
}

function renderClaims(shown) {
  const claims = $("claims");
  claims.replaceChildren();
  for (const c of shown) {
    const li = document.createElement("li");
    li.dataset.claim = c.id;
    const a = document.createElement("a");
    const preview = claimPreview(c.text);
    a.href = "#"; a.className = "claim-text"; a.textContent = preview.text;
    a.addEventListener("click", (e) => { e.preventDefault(); showClaim(c.id); });
    li.append(a);
    if (preview.cut) {
      const more = document.createElement("button");
      more.type = "button"; more.className = "link claim-more";
      more.setAttribute("aria-expanded", "false");
      more.textContent = "selengkapnya / more";
      more.addEventListener("click", () => {
        const open = more.getAttribute("aria-expanded") !== "true";
        more.setAttribute("aria-expanded", String(open));
        a.textContent = open ? c.text : preview.text;
        more.textContent = open ? "ringkas / less" : "selengkapnya / more";
      });
      li.append(" ", more);
    }
    const score = document.createElement("span");
    score.className = "score"; score.textContent = ` ${c.checkworthy.toFixed(2)}`;
    const summary = claimSummary(c);
    const meta = document.createElement("span");
    meta.className = "claim-meta";
    const badge = document.createElement("span");
    badge.className = `badge ${c.type}`; badge.textContent = summary.type;
    const who = document.createElement("span");
    who.className = "claimant"; who.textContent = summary.claimant;
    meta.append(badge, " · ", who);
    if (summary.figures.length) meta.append(` · ${summary.figures.join("; ")}`);
    const why = document.createElement("span");
    why.className = "why";
    why.textContent = `Mengapa / Why: ${whyItRanks(c).join(" · ")}`;
    const note = document.createElement("span");
    note.className = "archive-note";
    li.append(score, meta, why, note);
    claims.append(li);
  }
  archive.annotateClaims(shown, authHeaders());
}

function renderPrintMeta() {
  const { meta } = state;
  const parts = [meta.title, meta.outlet, shortDate(meta.date), meta.url].filter(Boolean);
  $("print-meta").textContent = parts.join(" · ");
}

function selectQuote(id) {
  state.selected = state.selected === id ? null : id;
  const card = $("quote-card");
  $("copy-status").textContent = "";
  if (!state.selected) { card.hidden = true; render(`quote:${id}`); return; }
  const q = state.answer.quotes.find((x) => x.id === id);
  const sp = q.speaker && state.answer.speakers.find((s) => s.id === q.speaker.id);
  const quoted = attribution(q, state.answer.speakers, state.meta, state.text);
  // A quote Kutip has no speaker for is shown, never offered for copying as a quote.
  $("card-text").textContent = quoted ||
    `Pembicara tidak diketahui; periksa sebelum mengutip / Speaker unknown; check before quoting: \u201c${q.text.trim()}\u201d`;
  $("card-who").textContent = sp ? [sp.name, ...sp.roles].join(" · ") : "";
  $("copy-quote").disabled = !quoted;
  card.hidden = false;
  render(`quote:${id}`);
  // The card where the eye and the thumb are: scrolled into view, focus moved to it.
  card.scrollIntoView({ block: "nearest" });
  card.focus();
}

async function copySelected() {
  const text = $("card-text").textContent;
  try {
    await navigator.clipboard.writeText(text);
  } catch (e) {  // no clipboard permission: the old way, from a selected hidden field
    const field = document.createElement("textarea");
    field.value = text; field.setAttribute("readonly", ""); field.className = "offscreen";
    document.body.append(field); field.select();
    const ok = document.execCommand("copy");
    field.remove();
    if (!ok) { $("copy-status").textContent = "Tidak bisa menyalin / Could not copy"; return; }
  }
  $("copy-status").textContent = "Disalin / Copied";
}

function showClaim(id) {
  const spans = [...document.querySelectorAll("#text [data-claims]")]
    .filter((s) => s.dataset.claims.split(" ").includes(id));
  if (!spans.length) return;
  spans[0].scrollIntoView({ behavior: "smooth", block: "center" });
  for (const s of spans) { s.classList.remove("flash"); void s.offsetWidth; s.classList.add("flash"); }
}

async function exportClaimReview() {
  let resp;
  const body = claimReviewRequest(state.text, state.meta, Number($("threshold").value));
  try {
    resp = await fetch("/v1/claimreview", { method: "POST", headers: authHeaders(),
                                            body: JSON.stringify(body) });
  } catch (e) { setStatus(errorMessage(0), true); return; }
  const text = await resp.text();
  if (!resp.ok) {
    let parsed = null;
    try { parsed = JSON.parse(text); } catch (e) { parsed = null; }
    setStatus(errorMessage(resp.status, parsed, resp.headers.get("Retry-After")), true);
    return;
  }
  download("kutip-claimreview.jsonld", "application/ld+json", text);
}

function download(name, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement("a");
  a.href = url; a.download = name; document.body.append(a); a.click(); a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// History: the last analyses' texts and details in localStorage (answers come back from
// Kutip's cache when one is picked again).
function loadHistory() {
  try {
    const parsed = JSON.parse(localStorage.getItem(HISTORY_KEY) || "[]");
    return Array.isArray(parsed) ? parsed : [];
  } catch (e) { return []; }
}

function saveHistory(entry) {
  let history = remember(loadHistory(), entry);
  while (history.length) {
    try { localStorage.setItem(HISTORY_KEY, JSON.stringify(history)); break; } catch (e) {
      history = history.slice(0, -1);  // over the browser's quota: drop the oldest
    }
  }
  renderHistory();
}

function renderHistory() {
  const history = loadHistory();
  $("history-count").textContent = String(history.length);
  const list = $("history-list");
  list.replaceChildren();
  for (const entry of history) {
    const li = document.createElement("li");
    const b = document.createElement("button");
    b.type = "button"; b.className = "link";
    b.textContent = historyLabel(entry);
    b.addEventListener("click", () => {
      $("article").value = entry.text;
      writeMeta(entry.meta);
      analyse();
    });
    li.append(b);
    list.append(li);
  }
  $("history-clear").disabled = !history.length;
}

async function takeFile(file) {
  if (!file) return;
  if (file.type && file.type !== "text/plain" && !file.name.toLowerCase().endsWith(".txt")) {
    setStatus("Hanya berkas teks (.txt). / Only text files (.txt).", true);
    return;
  }
  $("article").value = await file.text();
  setStatus(`Berkas dimuat / File loaded: ${file.name}`);
}

$("go").addEventListener("click", analyse);
$("file").addEventListener("change", () => takeFile($("file").files[0]));
$("article").addEventListener("dragover", (e) => { e.preventDefault(); $("article").classList.add("drop"); });
$("article").addEventListener("dragleave", () => $("article").classList.remove("drop"));
$("article").addEventListener("drop", (e) => {
  e.preventDefault();
  $("article").classList.remove("drop");
  takeFile(e.dataTransfer.files[0]);
});
$("export-json").addEventListener("click", () =>
  download("kutip.json", "application/json",
           JSON.stringify(exportJson(state.answer, state.text, state.meta), null, 2)));
$("export-csv").addEventListener("click", () =>
  download("kutip.csv", "text/csv;charset=utf-8", "\ufeff" + toCsv(state.answer, state.meta)));
$("export-claims-csv").addEventListener("click", () =>
  download("kutip-klaim.csv", "text/csv;charset=utf-8",
           "\ufeff" + claimsCsv(state.answer, state.meta)));
$("export-claimreview").addEventListener("click", exportClaimReview);
$("print").addEventListener("click", () => window.print());
$("threshold").addEventListener("input", () => { if (state.answer) render(); });
$("highlight-claims").addEventListener("change", () =>
  $("text").classList.toggle("show-claims", $("highlight-claims").checked));
$("copy-quote").addEventListener("click", copySelected);
$("close-card").addEventListener("click", () => { if (state.selected) selectQuote(state.selected); });
$("history-clear").addEventListener("click", () => {
  localStorage.removeItem(HISTORY_KEY);
  renderHistory();
});
renderHistory();
$("save-archive").addEventListener("click", () => {
  if (state.answer) archive.save(state.text, state.meta, authHeaders());
});
$("archive-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const q = $("archive-q").value.trim();
  if (q) archive.search(q, authHeaders());
});
archive.probe(authHeaders());
