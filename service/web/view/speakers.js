// The speakers panel: one toggle button a speaker (pressed while it filters), and one for the
// quotes Kutip could not name.
import { UNKNOWN_COLOUR, kindLabel, quoteCounts, unattributedCount } from "../render.js";
import { STRINGS, UNATTRIBUTED } from "../strings.js";

function speakerItem({ id, label, colour, mark, roles, kind }, filter) {
  const li = document.createElement("li");
  const button = document.createElement("button");
  button.type = "button";
  button.className = "speaker";
  button.setAttribute("aria-pressed", String(filter === id));
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
  li.append(button);
  return li;
}

/** Draw the panel into list; view: { answer, filter, colours, marks }. */
export function renderSpeakers(list, { answer, filter, colours, marks }) {
  const counts = quoteCounts(answer);
  list.replaceChildren();
  for (const s of answer.speakers) {
    list.append(speakerItem({
      id: s.id, label: `${s.name}${s.edited ? ` (${STRINGS.edited})` : ""} (${counts[s.id] || 0})`,
      colour: colours[s.id],
      mark: marks[s.id], roles: s.roles.join("; "), kind: kindLabel(s),
    }, filter));
  }
  const nameless = unattributedCount(answer);
  if (nameless) {
    const li = speakerItem({ id: UNATTRIBUTED, label: STRINGS.unattributed(nameless),
                             colour: UNKNOWN_COLOUR, mark: "?" }, filter);
    li.classList.add("unattributed");
    list.append(li);
  }
}

/** One listener for the panel, attached once: toggle(speakerId) on a click. */
export function bindSpeakers(list, { toggle }) {
  list.addEventListener("click", (e) => {
    const button = e.target instanceof Element ? e.target.closest("button[data-speaker]") : null;
    if (button) toggle(button.dataset.speaker);
  });
}
