// The page's archive parts, shown only when the service has one (DATABASE_URL): what the
// archive knows of each claim, saving the article, and searching quotes and claims with a
// speaker's profile. Everything is written with textContent: no markup from the archive.
import { request } from "./api.js";
import { archiveNotes, errorMessage } from "./render.js";
import { STRINGS } from "./strings.js";

const $ = (id) => document.getElementById(id);
let available = null;  // unknown until the first answer
// Matches already asked for, by claim text: redrawing (a filter, the threshold) asks again
// for nothing.
const known = new Map();

// The headers of the latest call, for the speaker links the results hold.
let lastHeaders = {};

/** request(), hiding the archive's parts when the service says it has none. */
async function call(method, path, headers, body) {
  lastHeaders = headers;
  const got = await request(method, path, headers, body);
  if (got.status === 503 && got.data && got.data.error &&
      got.data.error.code === "archive_unavailable") {
    available = false;
    $("archive").hidden = true;
    $("save-archive").hidden = true;
  }
  return got;
}

/** Whether the service has an archive; shows its parts when it does. */
export async function probe(headers) {
  if (available !== null) return available;
  available = (await call("GET", "/v1/quotes?limit=1", headers)).ok;
  $("archive").hidden = !available;
  $("save-archive").hidden = !available;
  return available;
}

/** Fill each shown claim's note from POST /v1/match (most check-worthy first, at most 10). */
export async function annotateClaims(claims, headers) {
  if (!(await probe(headers))) return;
  for (const claim of claims.slice(0, 10)) {
    const slot = document.querySelector(`#claims li[data-claim="${claim.id}"] .archive-note`);
    if (!slot) continue;
    const text = claim.standalone || claim.text;
    if (!known.has(text)) {
      const got = await call("POST", "/v1/match", headers, {
        text, ...(claim.speaker ? { claimant: claim.speaker.name } : {}), limit: 5 });
      if (!got.ok || !got.data) return;
      known.set(text, got.data.matches);
    }
    const notes = archiveNotes(known.get(text));
    slot.replaceChildren();
    if (notes.checked) {
      const badge = document.createElement(notes.checked.url ? "a" : "span");
      badge.className = "checked";
      badge.textContent = notes.checked.label;
      badge.title = notes.checked.text;
      if (notes.checked.url) { badge.href = notes.checked.url; badge.rel = "noopener noreferrer"; badge.target = "_blank"; }
      slot.append(badge);
    }
    for (const note of [notes.saidBefore, notes.changedFigure]) {
      if (!note) continue;
      const span = document.createElement("span");
      span.className = "said-before";
      span.textContent = note.label;
      slot.append(" ", span);
    }
  }
}

/** POST /v1/archive with the article and its details. */
export async function save(text, meta, headers) {
  const body = { text, language: "id" };
  for (const [key, field] of [["title", "title"], ["outlet", "outlet"], ["url", "url"], ["date", "published"]]) {
    if (meta[key]) body[field] = meta[key];
  }
  $("archive-status").textContent = STRINGS.saving;
  const got = await call("POST", "/v1/archive", headers, body);
  $("archive-status").textContent = got.ok ? STRINGS.saved(got.status === 201, got.data.article.id)
    : errorMessage(got.status, got.data, got.retryAfter);
}

function item(parts, speaker) {
  const li = document.createElement("li");
  const quote = document.createElement("q");
  quote.textContent = parts.text;
  li.append(quote);
  const meta = document.createElement("span");
  meta.className = "small";
  meta.textContent = ` — ${[parts.outlet, parts.published].filter(Boolean).join(", ")}`;
  if (speaker) {
    const who = document.createElement("button");
    who.type = "button"; who.className = "link";
    who.textContent = speaker.name;
    who.dataset.speakerId = String(speaker.id);
    li.append(" ", who);
  }
  li.append(meta);
  return li;
}

/** GET /v1/quotes and /v1/claims for the words typed. */
export async function search(q, headers) {
  const list = $("archive-results");
  list.replaceChildren();
  const query = new URLSearchParams({ q, limit: "10" }).toString();
  const quotes = await call("GET", `/v1/quotes?${query}`, headers);
  const claims = await call("GET", `/v1/claims?${query}`, headers);
  if (!quotes.ok) {
    $("archive-status").textContent = errorMessage(quotes.status, quotes.data);
    return;
  }
  for (const q of quotes.data.items) {
    list.append(item(q, q.speaker_id ? { id: q.speaker_id, name: q.speaker } : null));
  }
  for (const c of (claims.ok ? claims.data.items : [])) {
    list.append(item({ ...c, text: c.standalone },
      c.claimant_id ? { id: c.claimant_id, name: c.claimant } : null));
  }
  $("archive-status").textContent = list.children.length
    ? STRINGS.found(quotes.data.items.length, claims.ok ? claims.data.items.length : 0)
    : STRINGS.nothingFound;
}

/** A speaker's profile: names, roles over time, counts by month, latest quotes. */
export async function profile(id, headers) {
  const got = await call("GET", `/v1/speakers/${Number(id)}`, headers);
  const { data } = got;
  const box = $("speaker-profile");
  box.replaceChildren();
  if (!got.ok) { box.textContent = errorMessage(got.status, data); box.hidden = false; return; }
  const title = document.createElement("h3");
  title.textContent = data.name;
  const aliases = document.createElement("p");
  aliases.className = "small";
  aliases.textContent = STRINGS.alsoKnownAs(data.aliases.join(", "));
  const roles = document.createElement("ul");
  for (const r of data.roles) {
    const li = document.createElement("li");
    li.textContent = `${r.role} (${[r.first_seen, r.last_seen].filter(Boolean).join(" – ")})`;
    roles.append(li);
  }
  const months = document.createElement("p");
  months.className = "small";
  months.textContent = data.by_month.map((m) => STRINGS.quotesInMonth(m.month, m.quotes)).join(" · ");
  const latest = document.createElement("ol");
  for (const q of data.latest_quotes) latest.append(item(q, null));
  box.append(title, aliases, roles, months, latest);
  box.hidden = false;
  box.focus();
}

// One listener for the results: a speaker's name opens their profile.
$("archive-results").addEventListener("click", (e) => {
  const who = e.target instanceof Element ? e.target.closest("button[data-speaker-id]") : null;
  if (who) profile(who.dataset.speakerId, lastHeaders);
});
