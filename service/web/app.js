// The page: sends the article to /v1/extract and shows who said what. This module holds the
// page's state and wires the regions together; each region draws itself (view/), the API
// calls are in api.js, the history in history.js, the words in strings.js.
import * as archive from "./archive.js";
import { authHeaders as headersFor, request } from "./api.js";
import {
  bindHistory, clearHistory, renderHistory, saveHistory,
} from "./history.js";
import {
  META_FIELDS, attribution, claimReviewRequest, claimsCsv, emptyHint, errorMessage,
  exportJson, looksLikeUrl, shortDate, speakerColours, speakerMarks, summaryLine, toCsv,
  visibleClaims,
} from "./render.js";
import { STRINGS } from "./strings.js";
import { bindClaims, renderClaims } from "./view/claims.js";
import { bindSpeakers, renderSpeakers } from "./view/speakers.js";
import { bindText, renderText } from "./view/text.js";

const $ = (id) => document.getElementById(id);
const state = { answer: null, text: "", meta: {}, filter: null, selected: null };
const historyParts = { list: $("history-list"), count: $("history-count"), clear: $("history-clear") };

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

const authHeaders = () => headersFor($("apikey").value.trim());

async function analyse() {
  const text = $("article").value;
  clearResult();
  if (!text.trim()) { setStatus(STRINGS.pasteFirst, true); return; }
  if (looksLikeUrl(text)) { setStatus(STRINGS.noLinks, true); return; }
  sessionStorage.setItem("kutip-key", $("apikey").value.trim());
  const meta = readMeta();
  $("go").disabled = true;
  setStatus(STRINGS.analysing);
  const got = await request("POST", "/v1/extract", authHeaders(),
    { text, language: "id", ...(meta.title ? { title: meta.title } : {}) });
  $("go").disabled = false;
  if (!got.ok) {
    setStatus(errorMessage(got.status, got.data, got.retryAfter), true);
    return;
  }
  const body = got.data;
  Object.assign(state, { answer: body, text, meta, filter: null, selected: null });
  const hint = emptyHint(body);
  setStatus(summaryLine(body) + (hint ? ` — ${hint}` : ""));
  saveHistory({ text, meta, quotes: body.quotes.length, at: new Date().toISOString() });
  renderHistory(historyParts);
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
  const threshold = Number($("threshold").value);
  $("threshold-value").textContent = threshold.toFixed(2);
  const shown = visibleClaims(answer, { threshold, speaker: state.filter });
  const view = {
    ...state, colours: speakerColours(answer), marks: speakerMarks(answer),
    shownClaims: new Set(shown.map((c) => c.id)),
  };
  renderText($("text"), view);
  renderSpeakers($("speakers"), view);
  renderClaims($("claims"), shown);
  archive.annotateClaims(shown, authHeaders());
  const { meta } = state;
  $("print-meta").textContent = [meta.title, meta.outlet, shortDate(meta.date), meta.url]
    .filter(Boolean).join(" · ");
  $("result").hidden = false;
  if (focus) {
    const [kind, id] = focus.split(":");
    const target = kind === "speaker" ? $("speakers").querySelector(`[data-speaker="${id}"]`)
      : $("text").querySelector(`[data-quote="${id}"][tabindex]`);
    if (target) target.focus();
  }
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
  $("card-text").textContent = quoted || STRINGS.speakerUnknownCopy(q.text.trim());
  $("card-who").textContent = sp ? [sp.name, ...sp.roles].join(" · ") : "";
  $("copy-quote").disabled = !quoted;
  card.hidden = false;
  render(`quote:${id}`);
  // The card where the eye and the thumb are: scrolled into view, focus moved to it.
  card.scrollIntoView({ block: "nearest" });
  card.focus();
}

function toggleSpeaker(id) {
  state.filter = state.filter === id ? null : id;
  render(`speaker:${id}`);
}

async function copySelected() {
  const text = $("card-text").textContent;
  try {
    await navigator.clipboard.writeText(text);
  } catch {  // no clipboard permission: the old way, from a selected hidden field
    const field = document.createElement("textarea");
    field.value = text; field.setAttribute("readonly", ""); field.className = "offscreen";
    document.body.append(field); field.select();
    const ok = document.execCommand("copy");
    field.remove();
    if (!ok) { $("copy-status").textContent = STRINGS.cannotCopy; return; }
  }
  $("copy-status").textContent = STRINGS.copied;
}

function showClaim(id) {
  const spans = [...document.querySelectorAll("#text [data-claims]")]
    .filter((s) => s.dataset.claims.split(" ").includes(id));
  if (!spans.length) return;
  spans[0].scrollIntoView({ behavior: "smooth", block: "center" });
  for (const s of spans) { s.classList.remove("flash"); void s.offsetWidth; s.classList.add("flash"); }
}

async function exportClaimReview() {
  const body = claimReviewRequest(state.text, state.meta, Number($("threshold").value));
  const got = await request("POST", "/v1/claimreview", authHeaders(), body);
  if (!got.ok) {
    setStatus(errorMessage(got.status, got.data, got.retryAfter), true);
    return;
  }
  download("kutip-claimreview.jsonld", "application/ld+json", got.text);
}

function download(name, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement("a");
  a.href = url; a.download = name; document.body.append(a); a.click(); a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function takeFile(file) {
  if (!file) return;
  if (file.type && file.type !== "text/plain" && !file.name.toLowerCase().endsWith(".txt")) {
    setStatus(STRINGS.onlyText, true);
    return;
  }
  $("article").value = await file.text();
  setStatus(STRINGS.fileLoaded(file.name));
}

// Each region's listeners are attached once; redrawing replaces its children only.
bindText($("text"), { select: selectQuote });
bindSpeakers($("speakers"), { toggle: toggleSpeaker });
bindClaims($("claims"), { show: showClaim });
bindHistory(historyParts.list, (entry) => {
  $("article").value = entry.text;
  writeMeta(entry.meta);
  analyse();
});
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
  clearHistory();
  renderHistory(historyParts);
});
renderHistory(historyParts);
$("save-archive").addEventListener("click", () => {
  if (state.answer) archive.save(state.text, state.meta, authHeaders());
});
$("archive-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const q = $("archive-q").value.trim();
  if (q) archive.search(q, authHeaders());
});
archive.probe(authHeaders());
