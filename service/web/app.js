// The page: sends the article to /v1/extract and shows who said what. This module holds the
// page's state and wires the regions together; each region draws itself (view/), the API
// calls are in api.js, the history in history.js, the words in strings.js.
import * as archive from "./archive.js";
import { authHeaders as headersFor, request } from "./api.js";
import {
  bindHistory, clearHistory, loadHistory, renderHistory, restoreHistory, saveHistory,
} from "./history.js";
import { applyLanguage, rememberedLanguage } from "./language.js";
import {
  META_FIELDS, attribution, claimReviewRequest, claimsCsv, codePointLength,
  correctClaimReview, doubtReasons, emptyHint, errorMessage, exportJson, localeNumber,
  looksLikeUrl, shortDate, speakerColours, speakerMarks, summaryLine, toCsv, visibleClaims,
  withCorrections,
} from "./render.js";
import { STRINGS, language } from "./strings.js";
import { bindClaims, renderClaims } from "./view/claims.js";
import { bindSpeakers, renderSpeakers } from "./view/speakers.js";
import { bindText, renderText } from "./view/text.js";

const $ = (id) => document.getElementById(id);
// names: the journalist's corrected speaker names (speaker id → name); cursor: the quote that
// holds the article text's one Tab stop.
const EMPTY = { answer: null, text: "", meta: {}, names: {}, filter: null, selected: null, cursor: null };
const state = { ...EMPTY };
const historyParts = { list: $("history-list"), count: $("history-count"), clear: $("history-clear") };
// The service's own limit on an article's length, from /ui/settings.json.
let maxChars = null;
// The history just cleared, until it is undone or a new analysis is saved.
let clearedHistory = null;
const REVIEWER_KEY = "kutip-reviewer";

$("apikey").value = sessionStorage.getItem("kutip-key") || "";
try { $("reviewer").value = localStorage.getItem(REVIEWER_KEY) || ""; } catch { /* not kept */ }

/** The answer as the journalist sees it: Kutip's, with their corrected names. */
const shown = () => withCorrections(state.answer, state.names);

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

/** The live count under the text box, and a plain alert once it is over the limit. */
function countCharacters() {
  const n = codePointLength($("article").value);
  const over = maxChars !== null && n > maxChars;
  $("char-count").textContent = maxChars === null ? "" : STRINGS.charCount(localeNumber(n), localeNumber(maxChars));
  $("char-count").classList.toggle("over", over);
  // The alert says the limit only, so it is announced once, not at every key pressed.
  const alert = over ? STRINGS.overLimit(localeNumber(maxChars)) : "";
  if ($("char-over").textContent !== alert) $("char-over").textContent = alert;
}

async function analyse(names = {}) {
  const text = $("article").value;
  clearResult();
  if (!text.trim()) { setStatus(STRINGS.pasteFirst, true); return; }
  if (looksLikeUrl(text)) { setStatus(STRINGS.noLinks, true); return; }
  if (maxChars !== null && codePointLength(text) > maxChars) {
    setStatus(STRINGS.charCountOver(localeNumber(codePointLength(text)), localeNumber(maxChars)), true);
    return;
  }
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
  Object.assign(state, { ...EMPTY, answer: body, text, meta, names });
  sayStatus();
  remember();
  render();
  $("skip-to-result").hidden = false;
  // The result where the eye goes next: in view, with focus (its details line first).
  $("result").scrollIntoView({ block: "start" });
  $("result").focus({ preventScroll: true });
}

/** The summary of the answer shown, in the page's language. */
function sayStatus() {
  const hint = emptyHint(state.answer);
  setStatus(summaryLine(state.answer) + (hint ? ` — ${hint}` : ""));
}

/** This analysis first in the history, with the names corrected so far. */
function remember() {
  saveHistory({ text: state.text, meta: state.meta, names: state.names,
                quotes: state.answer.quotes.length, at: new Date().toISOString() });
  clearedHistory = null;
  $("history-undo-row").hidden = true;
  renderHistory(historyParts);
}

/** A new analysis or an error never leaves the previous result on screen. */
function clearResult() {
  Object.assign(state, EMPTY);
  $("result").hidden = true;
  $("skip-to-result").hidden = true;
  $("quote-card").hidden = true;
  for (const id of ["text", "speakers", "claims"]) $(id).replaceChildren();
}

/** Draw the result; `focus` names what had focus ("speaker:s2"), to give it back. */
function render(focus = null) {
  const answer = shown();
  const threshold = Number($("threshold").value);
  $("threshold-value").textContent = threshold.toFixed(2);
  const claims = visibleClaims(answer, { threshold, speaker: state.filter });
  const view = {
    ...state, answer, colours: speakerColours(answer), marks: speakerMarks(answer),
    shownClaims: new Set(claims.map((c) => c.id)),
  };
  renderText($("text"), view);
  renderSpeakers($("speakers"), view);
  renderClaims($("claims"), claims);
  $("claims-shown").textContent = STRINGS.claimsShown(claims.length, answer.claims.length);
  archive.annotateClaims(claims, authHeaders());
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
  state.cursor = id;
  const card = $("quote-card");
  $("copy-status").textContent = "";
  if (!state.selected) { card.hidden = true; render(`quote:${id}`); return; }
  fillCard();
  card.hidden = false;
  render(`quote:${id}`);
  // The card where the eye and the thumb are: scrolled into view, focus moved to it.
  card.scrollIntoView({ block: "nearest" });
  card.focus();
}

/** The selected quote's card: who (marked when the name was corrected), why Kutip may be
 * wrong, the attribution to copy, and the name to correct. */
function fillCard() {
  const answer = shown();
  const q = answer.quotes.find((x) => x.id === state.selected);
  const sp = q.speaker && answer.speakers.find((s) => s.id === q.speaker.id);
  const quoted = attribution(q, answer.speakers, state.meta, state.text);
  // A quote Kutip has no speaker for is shown, never offered for copying as a quote.
  $("card-text").textContent = quoted || STRINGS.speakerUnknownCopy(q.text.trim());
  $("card-who").textContent = sp ? [sp.name + (sp.edited ? ` (${STRINGS.editedFrom(sp.kutip_name)})` : ""),
                                    ...sp.roles].join(" · ") : "";
  const doubts = doubtReasons(q, answer.speakers, state.text);
  $("card-doubt").hidden = !doubts.length;
  $("card-doubt").textContent = doubts.length ? `? ${STRINGS.doubt}: ${doubts.join("; ")}` : "";
  $("copy-quote").disabled = !quoted;
  $("edit-speaker").hidden = !sp;
  $("speaker-name").value = sp ? sp.name : "";
  $("undo-speaker").hidden = !(sp && sp.edited);
}

/** Give the selected quote's speaker the journalist's name (or Kutip's back, for null):
 * everywhere the speaker is said, in every export and copy, and in the history. */
function correctSpeaker(name) {
  const q = state.answer.quotes.find((x) => x.id === state.selected);
  if (!q || !q.speaker) return;
  const names = { ...state.names };
  const original = state.answer.speakers.find((s) => s.id === q.speaker.id).name;
  if (name && name !== original) names[q.speaker.id] = name; else delete names[q.speaker.id];
  state.names = names;
  remember();
  fillCard();
  render();
  $("copy-status").textContent = "";
  $("quote-card").focus();
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
  const body = claimReviewRequest(state.text, state.meta, Number($("threshold").value),
                                  $("reviewer").value.trim());
  const got = await request("POST", "/v1/claimreview", authHeaders(), body);
  if (!got.ok) {
    setStatus(errorMessage(got.status, got.data, got.retryAfter), true);
    return;
  }
  download("kutip-claimreview.jsonld", "application/ld+json",
           JSON.stringify(correctClaimReview(got.data, shown()), null, 2));
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
  countCharacters();
  setStatus(STRINGS.fileLoaded(file.name));
}

// Each region's listeners are attached once; redrawing replaces its children only.
bindText($("text"), { select: selectQuote, moved: (id) => { state.cursor = id; } });
bindSpeakers($("speakers"), { toggle: toggleSpeaker });
bindClaims($("claims"), { show: showClaim });
bindHistory(historyParts.list, (entry) => {
  $("article").value = entry.text;
  writeMeta(entry.meta);
  countCharacters();
  analyse(entry.names || {});
});
$("go").addEventListener("click", () => analyse());
$("article").addEventListener("input", countCharacters);
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
           JSON.stringify(exportJson(shown(), state.text, state.meta), null, 2)));
$("export-csv").addEventListener("click", () =>
  download("kutip.csv", "text/csv;charset=utf-8", "\ufeff" + toCsv(shown(), state.meta)));
$("export-claims-csv").addEventListener("click", () =>
  download("kutip-klaim.csv", "text/csv;charset=utf-8",
           "\ufeff" + claimsCsv(shown(), state.meta)));
$("export-claimreview").addEventListener("click", exportClaimReview);
$("print").addEventListener("click", () => window.print());
$("threshold").addEventListener("input", () => { if (state.answer) render(); });
$("highlight-claims").addEventListener("change", () =>
  $("text").classList.toggle("show-claims", $("highlight-claims").checked));
$("copy-quote").addEventListener("click", copySelected);
$("close-card").addEventListener("click", () => { if (state.selected) selectQuote(state.selected); });
// Escape closes the card (a bottom sheet on a phone) and gives focus back to its quote.
$("quote-card").addEventListener("keydown", (e) => {
  if (e.key === "Escape" && state.selected) { e.preventDefault(); selectQuote(state.selected); }
});
$("history-clear").addEventListener("click", () => {
  clearedHistory = loadHistory();
  clearHistory();
  renderHistory(historyParts);
  $("history-note").textContent = STRINGS.historyCleared(clearedHistory.length);
  $("history-undo-row").hidden = false;
  $("history-undo").hidden = false;
  $("history-undo").focus();
});
$("history-undo").addEventListener("click", () => {
  if (clearedHistory) restoreHistory(clearedHistory);
  clearedHistory = null;
  renderHistory(historyParts);
  $("history-note").textContent = STRINGS.historyRestored;
  $("history-undo").hidden = true;
  $("history-clear").focus();
});
$("reviewer").addEventListener("change", () => {
  try { localStorage.setItem(REVIEWER_KEY, $("reviewer").value.trim()); } catch { /* not kept */ }
});
$("edit-speaker-form").addEventListener("submit", (e) => {
  e.preventDefault();
  correctSpeaker($("speaker-name").value.trim());
});
$("undo-speaker").addEventListener("click", () => correctSpeaker(null));
$("language").addEventListener("click", () => {
  applyLanguage(language() === "id" ? "en" : "id");
  sayLanguage();
});

/** Everything already drawn, again in the page's language. */
function sayLanguage() {
  countCharacters();
  renderHistory(historyParts);
  if (!state.answer) return;
  sayStatus();
  if (state.selected) fillCard();
  render();
}

applyLanguage(rememberedLanguage());
renderHistory(historyParts);
request("GET", "/ui/settings.json", {}).then((got) => {
  if (got.ok && got.data) { maxChars = got.data.max_text_chars; countCharacters(); }
});
$("save-archive").addEventListener("click", () => {
  if (state.answer) archive.save(state.text, state.meta, authHeaders());
});
$("archive-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const q = $("archive-q").value.trim();
  if (q) archive.search(q, authHeaders());
});
archive.probe(authHeaders());
