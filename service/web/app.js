// The page: sends the article to /v1/extract and shows who said what.
import {
  UNKNOWN_COLOUR, claimSummary, claimsCsv, emptyHint, errorMessage, exportJson, looksLikeUrl,
  quoteCounts, quoteLabel, segments, speakerColours, summaryLine, toCsv, unattributedCount,
  visibleClaims,
} from "./render.js";

// The speaker filter's value for quotes whose speaker Kutip could not name.
const UNATTRIBUTED = "__none__";

const $ = (id) => document.getElementById(id);
const state = { answer: null, text: "", filter: null };

$("apikey").value = sessionStorage.getItem("kutip-key") || "";

function setStatus(message, isError = false) {
  $("status").textContent = message;
  $("status").className = isError ? "error" : "";
}

async function analyse() {
  const text = $("article").value;
  if (!text.trim()) { setStatus("Tempel teks artikel dulu. / Paste an article first.", true); return; }
  if (looksLikeUrl(text)) {
    clearResult();
    setStatus("Kutip tidak mengambil tautan; tempel teks artikelnya. / Kutip does not fetch " +
              "links; paste the article text itself.", true);
    return;
  }
  const key = $("apikey").value.trim();
  sessionStorage.setItem("kutip-key", key);
  const headers = { "Content-Type": "application/json" };
  if (key) headers.Authorization = `Bearer ${key}`;
  $("go").disabled = true;
  setStatus("Menganalisis… / Analysing…");
  let resp;
  try {
    resp = await fetch("/v1/extract", { method: "POST", headers, body: JSON.stringify({ text, language: "id" }) });
  } catch (e) {
    clearResult();
    setStatus(errorMessage(0), true);
    $("go").disabled = false;
    return;
  }
  let body = null;
  try { body = await resp.json(); } catch (e) { body = null; }
  $("go").disabled = false;
  if (!resp.ok) {
    clearResult();
    setStatus(errorMessage(resp.status, body, resp.headers.get("Retry-After")), true);
    return;
  }
  state.answer = body; state.text = text; state.filter = null;
  const hint = emptyHint(body);
  setStatus(summaryLine(body) + (hint ? ` — ${hint}` : ""));
  render();
}

/** A new analysis or an error never leaves the previous result on screen. */
function clearResult() {
  state.answer = null; state.text = ""; state.filter = null;
  $("result").hidden = true;
  for (const id of ["text", "speakers", "claims"]) $(id).replaceChildren();
}

function render() {
  const { answer, text } = state;
  const colours = speakerColours(answer);
  const article = $("text");
  article.replaceChildren();
  const segs = segments(text, answer.quotes, answer.claims);
  segs.forEach((seg, k) => {
    const span = document.createElement("span");
    span.textContent = seg.text;
    if (seg.claims.length) span.dataset.claims = seg.claims.join(" ");
    if (seg.quote) {
      const q = seg.quote;
      span.className = `q ${q.type}`;
      if (!segs[k - 1] || segs[k - 1].quote !== q) {  // the quote's first piece takes focus
        span.tabIndex = 0;
        span.setAttribute("role", "note");
        span.setAttribute("aria-label", quoteLabel(q, answer.speakers));
      }
      if (!segs[k + 1] || segs[k + 1].quote !== q) {  // its last piece shows who said it
        span.dataset.who = q.speaker ? q.speaker.name : "tanpa nama";
        span.classList.add("said");
      }
      span.dataset.quote = q.id;
      span.dataset.speaker = q.speaker ? q.speaker.id : "";
      span.style.setProperty("--c", q.speaker ? colours[q.speaker.id] : UNKNOWN_COLOUR);
      span.title = `${q.speaker ? q.speaker.name : "tak diketahui / unknown"} · ${q.type}` +
                   (q.cue ? ` · ${q.cue.text}` : "");
      const owner = q.speaker ? q.speaker.id : UNATTRIBUTED;
      if (state.filter && owner !== state.filter) span.classList.add("dim");
    }
    article.append(span);
  });
  const counts = quoteCounts(answer);
  const list = $("speakers");
  list.replaceChildren();
  for (const s of answer.speakers) {
    const li = document.createElement("li");
    li.tabIndex = 0;
    li.setAttribute("role", "button");
    li.setAttribute("aria-pressed", String(state.filter === s.id));
    li.dataset.speaker = s.id;
    if (state.filter === s.id) li.classList.add("active");
    const sw = document.createElement("span");
    sw.className = "swatch"; sw.style.background = colours[s.id];
    li.append(sw, `${s.name} (${counts[s.id] || 0})`);
    if (s.roles.length) {
      const role = document.createElement("span");
      role.className = "role"; role.textContent = s.roles.join("; ");
      li.append(role);
    }
    const toggle = () => { state.filter = state.filter === s.id ? null : s.id; render(); };
    li.addEventListener("click", toggle);
    li.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); toggle(); } });
    list.append(li);
  }
  const nameless = unattributedCount(answer);
  if (nameless) {
    const li = document.createElement("li");
    li.tabIndex = 0;
    li.className = "unattributed";
    li.setAttribute("role", "button");
    li.setAttribute("aria-pressed", String(state.filter === UNATTRIBUTED));
    li.dataset.speaker = UNATTRIBUTED;
    if (state.filter === UNATTRIBUTED) li.classList.add("active");
    const sw = document.createElement("span");
    sw.className = "swatch"; sw.style.background = UNKNOWN_COLOUR;
    li.append(sw, `Tanpa nama / Unattributed (${nameless})`);
    const toggle = () => {
      state.filter = state.filter === UNATTRIBUTED ? null : UNATTRIBUTED; render();
    };
    li.addEventListener("click", toggle);
    li.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); toggle(); } });
    list.append(li);
  }
  const claims = $("claims");
  claims.replaceChildren();
  const threshold = Number($("threshold").value);
  $("threshold-value").textContent = threshold.toFixed(2);
  for (const c of visibleClaims(answer, { threshold, speaker: state.filter })) {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = "#"; a.textContent = c.text.length > 140 ? `${c.text.slice(0, 140)}…` : c.text;
    a.addEventListener("click", (e) => { e.preventDefault(); showClaim(c.id); });
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
    li.append(a, score, meta);
    claims.append(li);
  }
  $("result").hidden = false;
}

function showClaim(id) {
  const spans = [...document.querySelectorAll("#text [data-claims]")]
    .filter((s) => s.dataset.claims.split(" ").includes(id));
  if (!spans.length) return;
  spans[0].scrollIntoView({ behavior: "smooth", block: "center" });
  for (const s of spans) { s.classList.remove("flash"); void s.offsetWidth; s.classList.add("flash"); }
}

async function exportClaimReview() {
  const headers = { "Content-Type": "application/json" };
  const key = $("apikey").value.trim();
  if (key) headers.Authorization = `Bearer ${key}`;
  let resp;
  try {
    resp = await fetch("/v1/claimreview", { method: "POST", headers,
      body: JSON.stringify({ text: state.text, language: "id" }) });
  } catch (e) { setStatus(errorMessage(0), true); return; }
  const body = await resp.text();
  if (!resp.ok) {
    let parsed = null;
    try { parsed = JSON.parse(body); } catch (e) { parsed = null; }
    setStatus(errorMessage(resp.status, parsed, resp.headers.get("Retry-After")), true);
    return;
  }
  download("kutip-claimreview.jsonld", "application/ld+json", body);
}

function download(name, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement("a");
  a.href = url; a.download = name; document.body.append(a); a.click(); a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

$("go").addEventListener("click", analyse);
$("export-json").addEventListener("click", () =>
  download("kutip.json", "application/json",
           JSON.stringify(exportJson(state.answer, state.text), null, 2)));
$("export-claims-csv").addEventListener("click", () =>
  download("kutip-klaim.csv", "text/csv;charset=utf-8", "\ufeff" + claimsCsv(state.answer)));
$("threshold").addEventListener("input", () => { if (state.answer) render(); });
$("export-csv").addEventListener("click", () =>
  download("kutip.csv", "text/csv;charset=utf-8", "\ufeff" + toCsv(state.answer)));
$("export-claimreview").addEventListener("click", exportClaimReview);
