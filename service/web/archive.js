// The page's archive parts, shown only when the service has one (DATABASE_URL): what the
// archive knows of each claim, saving the article, and searching quotes and claims with a
// speaker's profile. Everything is written with textContent: no markup from the archive.
import { archiveNotes, errorMessage } from "./render.js";

const $ = (id) => document.getElementById(id);
let available = null;  // unknown until the first answer
// Matches already asked for, by claim text: redrawing (a filter, the threshold) asks again
// for nothing.
const known = new Map();

async function call(method, path, headers, body) {
  const resp = await fetch(path, { method, headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  let data = null;
  try { data = await resp.json(); } catch (e) { data = null; }
  if (resp.status === 503 && data && data.error && data.error.code === "archive_unavailable") {
    available = false;
    $("archive").hidden = true;
    $("save-archive").hidden = true;
  }
  return { resp, data };
}

/** Whether the service has an archive; shows its parts when it does. */
export async function probe(headers) {
  if (available !== null) return available;
  try {
    const { resp } = await call("GET", "/v1/quotes?limit=1", headers);
    available = resp.ok;
  } catch (e) {
    available = false;
  }
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
      const { resp, data } = await call("POST", "/v1/match", headers, {
        text, ...(claim.speaker ? { claimant: claim.speaker.name } : {}), limit: 5 });
      if (!resp.ok || !data) return;
      known.set(text, data.matches);
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
  $("archive-status").textContent = "Menyimpan… / Saving…";
  const { resp, data } = await call("POST", "/v1/archive", headers, body);
  $("archive-status").textContent = resp.ok
    ? `${resp.status === 201 ? "Tersimpan di arsip / Saved to the archive" : "Sudah ada di arsip / Already in the archive"} (#${data.article.id})`
    : errorMessage(resp.status, data, resp.headers.get("Retry-After"));
}

function item(parts, speaker, headers) {
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
    who.addEventListener("click", () => profile(speaker.id, headers));
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
  if (!quotes.resp.ok) {
    $("archive-status").textContent = errorMessage(quotes.resp.status, quotes.data);
    return;
  }
  for (const q of quotes.data.items) {
    list.append(item(q, q.speaker_id ? { id: q.speaker_id, name: q.speaker } : null, headers));
  }
  for (const c of (claims.resp.ok ? claims.data.items : [])) {
    list.append(item({ ...c, text: c.standalone },
      c.claimant_id ? { id: c.claimant_id, name: c.claimant } : null, headers));
  }
  $("archive-status").textContent = list.children.length
    ? `${quotes.data.items.length} kutipan, ${claims.resp.ok ? claims.data.items.length : 0} klaim / quotes, claims`
    : "Tidak ditemukan / Nothing found";
}

/** A speaker's profile: names, roles over time, counts by month, latest quotes. */
export async function profile(id, headers) {
  const { resp, data } = await call("GET", `/v1/speakers/${Number(id)}`, headers);
  const box = $("speaker-profile");
  box.replaceChildren();
  if (!resp.ok) { box.textContent = errorMessage(resp.status, data); box.hidden = false; return; }
  const title = document.createElement("h3");
  title.textContent = data.name;
  const aliases = document.createElement("p");
  aliases.className = "small";
  aliases.textContent = `Juga / Also: ${data.aliases.join(", ")}`;
  const roles = document.createElement("ul");
  for (const r of data.roles) {
    const li = document.createElement("li");
    li.textContent = `${r.role} (${[r.first_seen, r.last_seen].filter(Boolean).join(" – ")})`;
    roles.append(li);
  }
  const months = document.createElement("p");
  months.className = "small";
  months.textContent = data.by_month.map((m) => `${m.month}: ${m.quotes} kutipan / quotes`).join(" · ");
  const latest = document.createElement("ol");
  for (const q of data.latest_quotes) latest.append(item(q, null, headers));
  box.append(title, aliases, roles, months, latest);
  box.hidden = false;
  box.focus();
}
