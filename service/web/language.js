// The page's language: Bahasa Indonesia unless the reader chose English in this browser
// before (localStorage). The fixed parts of index.html carry data-say="key" (their text) and
// data-say-attr="attribute:key;…"; what the page draws later asks STRINGS itself.
import { STRINGS, language, setLanguage } from "./strings.js";

const LANGUAGE_KEY = "kutip-language";

/** The language chosen in this browser before, or Indonesian. */
export function rememberedLanguage() {
  try { return localStorage.getItem(LANGUAGE_KEY) || "id"; } catch { return "id"; }
}

/** Say the page's fixed parts in lang, and remember the choice. */
export function applyLanguage(lang) {
  setLanguage(lang);
  try { localStorage.setItem(LANGUAGE_KEY, language()); } catch { /* private mode: not kept */ }
  document.documentElement.lang = language();
  document.title = STRINGS.pageTitle;
  for (const el of document.querySelectorAll("[data-say]")) el.textContent = STRINGS[el.dataset.say];
  for (const el of document.querySelectorAll("[data-say-attr]")) {
    for (const pair of el.dataset.sayAttr.split(";")) {
      const [attribute, key] = pair.split(":");
      el.setAttribute(attribute, STRINGS[key]);
    }
  }
  // The switch names the other language in that language.
  document.getElementById("language").lang = language() === "id" ? "en" : "id";
}
