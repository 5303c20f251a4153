// The article with its quotes marked: each quote's pieces coloured by speaker, its first
// piece a button (one Tab stop a quote), its last piece labelled with who said it.
import {
  UNKNOWN_COLOUR, mentionEvidence, quoteLabel, segments,
} from "../render.js";
import { STRINGS, UNATTRIBUTED } from "../strings.js";

/** Draw the article into root; view: { answer, text, filter, selected, colours, marks,
 * shownClaims (the ids of claims listed) }. */
export function renderText(root, view) {
  const { answer, text, shownClaims } = view;
  root.replaceChildren();
  const segs = segments(text, answer.quotes, answer.claims);
  segs.forEach((seg, k) => {
    const span = document.createElement("span");
    span.textContent = seg.text;
    if (seg.claims.length) {
      span.dataset.claims = seg.claims.join(" ");
      if (seg.claims.some((id) => shownClaims.has(id))) span.classList.add("claim-on");
    }
    if (seg.quote) quotePiece(span, seg.quote, view, {
      first: !segs[k - 1] || segs[k - 1].quote !== seg.quote,
      last: !segs[k + 1] || segs[k + 1].quote !== seg.quote,
    });
    root.append(span);
  });
}

function quotePiece(span, q, { answer, text, colours, marks, filter, selected }, { first, last }) {
  const why = mentionEvidence(q, answer.speakers, text);
  const sp = q.speaker && answer.speakers.find((s) => s.id === q.speaker.id);
  span.classList.add("q", q.type);
  if (first) {  // the quote's first piece takes focus
    span.tabIndex = 0;
    span.setAttribute("role", "button");
    // The name says who, then the quote itself (WCAG 2.5.3: the visible text is in it).
    span.setAttribute("aria-label", `${quoteLabel(q, answer.speakers)}: ${q.text}` +
                                    (why ? ` (${why})` : ""));
    span.setAttribute("aria-pressed", String(selected === q.id));
  }
  if (last) {  // its last piece shows who said it
    span.dataset.who = q.speaker ? `${marks[q.speaker.id]} · ${q.speaker.name}` : STRINGS.unnamed;
    if (sp && sp.roles.length) span.dataset.role = sp.roles[0];
    span.classList.add("said");
  }
  if (selected === q.id) span.classList.add("selected");
  span.dataset.quote = q.id;
  span.dataset.speaker = q.speaker ? q.speaker.id : "";
  span.style.setProperty("--c", q.speaker ? colours[q.speaker.id] : UNKNOWN_COLOUR);
  span.title = `${q.speaker ? q.speaker.name : STRINGS.unknownSpeaker}` +
               (sp && sp.roles.length ? `, ${sp.roles[0]}` : "") + ` · ${q.type}` +
               (q.cue ? ` · ${q.cue.text}` : "") + (why ? ` · ${why}` : "");
  const owner = q.speaker ? q.speaker.id : UNATTRIBUTED;
  if (filter && owner !== filter) {
    span.classList.add("dim");
    if (span.tabIndex === 0) span.tabIndex = -1;  // filtered out: out of the Tab order
  }
}

/** One set of listeners for the whole article, attached once: select(quoteId) on a click
 * or Enter/Space, and every piece of a quote lit while one is hovered or focused. */
export function bindText(root, { select }) {
  const pieceOf = (target) => (target instanceof Element ? target.closest("[data-quote]") : null);
  root.addEventListener("click", (e) => {
    const piece = pieceOf(e.target);
    if (piece) select(piece.dataset.quote);
  });
  root.addEventListener("keydown", (e) => {
    const piece = pieceOf(e.target);
    if (piece && piece.getAttribute("role") === "button" && (e.key === "Enter" || e.key === " ")) {
      e.preventDefault();
      select(piece.dataset.quote);
    }
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
