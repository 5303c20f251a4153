// The article with its quotes marked: each quote's pieces coloured by speaker, its first
// piece a button, its last piece labelled with who said it (and a "?" when Kutip is unsure).
// The whole text is one Tab stop (a roving tabindex, as the ARIA Authoring Practices'
// toolbar and grid patterns do): the arrow keys move between the quotes a filter leaves.
import {
  UNKNOWN_COLOUR, articleIndex, doubtReasons, mentionEvidence, quoteLabel, segments,
} from "../render.js";
import { STRINGS, UNATTRIBUTED } from "../strings.js";

const FIRST = '[role="button"][data-quote]';

/** Draw the article into root; view: { answer, text, filter, selected, cursor (the quote
 * that holds the text's Tab stop), colours, marks, shownClaims (the ids of claims listed) }. */
export function renderText(root, view) {
  const { answer, text, shownClaims } = view;
  root.replaceChildren();
  const segs = segments(text, answer.quotes, answer.claims);
  // What each quote says of its speaker, worked out once a quote (a quote has many pieces).
  const index = articleIndex(text);
  const notes = new Map(answer.quotes.map((q) => [q.id, {
    why: mentionEvidence(q, answer.speakers, text, index),
    doubts: doubtReasons(q, answer.speakers, text, index),
  }]));
  segs.forEach((seg, k) => {
    const span = document.createElement("span");
    span.textContent = seg.text;
    if (seg.claims.length) {
      span.dataset.claims = seg.claims.join(" ");
      if (seg.claims.some((id) => shownClaims.has(id))) span.classList.add("claim-on");
    }
    if (seg.quote) quotePiece(span, seg.quote, notes.get(seg.quote.id), view, {
      first: !segs[k - 1] || segs[k - 1].quote !== seg.quote,
      last: !segs[k + 1] || segs[k + 1].quote !== seg.quote,
    });
    root.append(span);
  });
  const stops = [...root.querySelectorAll(FIRST)].filter((p) => !p.classList.contains("dim"));
  const stop = stops.find((p) => p.dataset.quote === view.cursor) ||
    stops.find((p) => p.dataset.quote === view.selected) || stops[0];
  if (stop) stop.tabIndex = 0;
}

function quotePiece(span, q, { why, doubts }, { answer, colours, marks, filter, selected },
                    { first, last }) {
  const sp = q.speaker && answer.speakers.find((s) => s.id === q.speaker.id);
  span.classList.add("q", q.type);
  if (doubts.length) {
    span.classList.add("doubt");
    span.dataset.doubt = `${STRINGS.doubt}: ${doubts.join("; ")}`;
  }
  const owner = q.speaker ? q.speaker.id : UNATTRIBUTED;
  const dim = Boolean(filter && owner !== filter);
  if (first) {  // the quote's first piece takes focus, one at a time (see renderText)
    span.tabIndex = -1;
    span.setAttribute("role", "button");
    // The name says who, then the quote itself (WCAG 2.5.3: the visible text is in it).
    span.setAttribute("aria-label", `${quoteLabel(q, answer.speakers)}: ${q.text}` +
      (why ? ` (${why})` : "") + (doubts.length ? ` (${span.dataset.doubt})` : ""));
    span.setAttribute("aria-pressed", String(selected === q.id));
  }
  if (last) {  // its last piece shows who said it
    const who = q.speaker ? `${marks[q.speaker.id]} · ${q.speaker.name}` : STRINGS.unnamed;
    span.dataset.who = `${doubts.length ? "? " : ""}${who}${q.speaker && q.speaker.edited
      ? ` (${STRINGS.edited})` : ""}`;
    if (sp && sp.roles.length) span.dataset.role = sp.roles[0];
    span.classList.add("said");
  }
  if (selected === q.id) span.classList.add("selected");
  span.dataset.quote = q.id;
  span.dataset.speaker = q.speaker ? q.speaker.id : "";
  span.style.setProperty("--c", q.speaker ? colours[q.speaker.id] : UNKNOWN_COLOUR);
  span.title = `${q.speaker ? q.speaker.name : STRINGS.unknownSpeaker}` +
               (sp && sp.roles.length ? `, ${sp.roles[0]}` : "") + ` · ${STRINGS[q.type]}` +
               (q.cue ? ` · ${q.cue.text}` : "") + (why ? ` · ${why}` : "") +
               (doubts.length ? ` · ${span.dataset.doubt}` : "");
  if (dim) span.classList.add("dim");  // filtered out: never a Tab stop (see renderText)
}

// Keys that move the text's one Tab stop, and where to.
const MOVES = {
  ArrowRight: (k) => k + 1, ArrowDown: (k) => k + 1, ArrowLeft: (k) => k - 1,
  ArrowUp: (k) => k - 1, Home: () => 0, End: (_k, n) => n - 1,
};

/** One set of listeners for the whole article, attached once: select(quoteId) on a click
 * or Enter/Space; moved(quoteId) when the arrow keys move the Tab stop; every piece of a
 * quote lit while one is hovered or focused. */
export function bindText(root, { select, moved }) {
  const pieceOf = (target) => (target instanceof Element ? target.closest("[data-quote]") : null);
  root.addEventListener("click", (e) => {
    const piece = pieceOf(e.target);
    if (piece) select(piece.dataset.quote);
  });
  root.addEventListener("keydown", (e) => {
    const piece = pieceOf(e.target);
    if (!piece || piece.getAttribute("role") !== "button") return;
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      select(piece.dataset.quote);
      return;
    }
    const move = MOVES[e.key];
    if (!move || e.altKey || e.ctrlKey || e.metaKey) return;
    const stops = [...root.querySelectorAll(FIRST)].filter((p) => !p.classList.contains("dim"));
    const next = stops[Math.max(0, Math.min(stops.length - 1,
                                            move(stops.indexOf(piece), stops.length)))];
    e.preventDefault();
    if (!next || next === piece) return;
    piece.tabIndex = -1;
    next.tabIndex = 0;
    next.focus();
    moved(next.dataset.quote);
  });
  const light = (on) => (e) => {
    const piece = pieceOf(e.target);
    if (!piece) return;
    const id = piece.dataset.quote;
    const other = pieceOf(e.relatedTarget);
    if (other && other.dataset.quote === id) return;  // moving within the same quote
    for (const p of root.querySelectorAll(`[data-quote="${id}"]`)) p.classList.toggle("lit", on);
  };
  root.addEventListener("mouseover", light(true));
  root.addEventListener("mouseout", light(false));
  root.addEventListener("focusin", light(true));
  root.addEventListener("focusout", light(false));
}
