// The claims list: each claim's text (cut when long, with a button for the rest), its score,
// type, claimant, figures, why it ranks, and a slot for what the archive knows of it.
import { claimPreview, claimSummary, whyItRanks } from "../render.js";
import { STRINGS } from "../strings.js";

// The claims drawn last, by id: the delegated listener reads their full text from here.
let drawn = new Map();

/** Draw the claims shown into list. */
export function renderClaims(list, shown) {
  drawn = new Map(shown.map((c) => [c.id, c]));
  list.replaceChildren();
  for (const c of shown) {
    const li = document.createElement("li");
    li.dataset.claim = c.id;
    const a = document.createElement("a");
    const preview = claimPreview(c.text);
    a.href = "#"; a.className = "claim-text"; a.textContent = preview.text;
    li.append(a);
    if (preview.cut) {
      const more = document.createElement("button");
      more.type = "button"; more.className = "link claim-more";
      more.setAttribute("aria-expanded", "false");
      more.textContent = STRINGS.more;
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
    why.textContent = STRINGS.why(whyItRanks(c).join(" · "));
    const note = document.createElement("span");
    note.className = "archive-note";
    li.append(score, meta, why, note);
    list.append(li);
  }
}

/** One listener for the list, attached once: show(claimId) for a claim's text; its "more"
 * button opens and closes the rest of a long claim. */
export function bindClaims(list, { show }) {
  list.addEventListener("click", (e) => {
    const target = e.target instanceof Element ? e.target : null;
    const li = target && target.closest("li[data-claim]");
    if (!li) return;
    const claim = drawn.get(li.dataset.claim);
    if (target.closest("a.claim-text")) {
      e.preventDefault();
      show(li.dataset.claim);
    } else if (claim && target.closest("button.claim-more")) {
      const more = target.closest("button.claim-more");
      const open = more.getAttribute("aria-expanded") !== "true";
      more.setAttribute("aria-expanded", String(open));
      li.querySelector("a.claim-text").textContent = open ? claim.text : claimPreview(claim.text).text;
      more.textContent = open ? STRINGS.less : STRINGS.more;
    }
  });
}
