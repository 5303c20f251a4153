// History: the last analyses' texts and details in this browser's localStorage (answers come
// back from Kutip's cache when one is picked again).
import { historyLabel, remember } from "./render.js";

const HISTORY_KEY = "kutip-history";

export function loadHistory() {
  try {
    const parsed = JSON.parse(localStorage.getItem(HISTORY_KEY) || "[]");
    return Array.isArray(parsed) ? parsed : [];
  } catch { return []; }
}

/** Store history; over the browser's quota, drop the oldest until it fits. */
function store(history) {
  let kept = history;
  while (kept.length) {
    try { localStorage.setItem(HISTORY_KEY, JSON.stringify(kept)); break; } catch {
      kept = kept.slice(0, -1);
    }
  }
}

/** Keep entry first. */
export function saveHistory(entry) {
  store(remember(loadHistory(), entry));
}

/** Put back a history cleared before (the undo of clearHistory), as it was. */
export function restoreHistory(entries) {
  store(entries);
}

export function clearHistory() {
  localStorage.removeItem(HISTORY_KEY);
}

/** The list of entries as buttons (data-entry: its index); the count and the clear button. */
export function renderHistory({ list, count, clear }) {
  const history = loadHistory();
  count.textContent = String(history.length);
  list.replaceChildren();
  history.forEach((entry, k) => {
    const li = document.createElement("li");
    const b = document.createElement("button");
    b.type = "button"; b.className = "link";
    b.dataset.entry = String(k);
    b.textContent = historyLabel(entry);
    li.append(b);
    list.append(li);
  });
  clear.disabled = !history.length;
}

/** One listener for the whole list: pick(entry) for the entry clicked. */
export function bindHistory(list, pick) {
  list.addEventListener("click", (e) => {
    const b = e.target.closest("button[data-entry]");
    if (!b) return;
    const entry = loadHistory()[Number(b.dataset.entry)];
    if (entry) pick(entry);
  });
}
