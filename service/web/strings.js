// Every sentence the page says, in Indonesian and English, in one place; and the constants
// more than one module shares.

// The speaker filter's value for quotes whose speaker Kutip could not name.
export const UNATTRIBUTED = "__none__";

export const STRINGS = {
  pasteFirst: "Tempel teks artikel dulu. / Paste an article first.",
  noLinks: "Kutip tidak mengambil tautan; tempel teks artikelnya. / Kutip does not fetch " +
    "links; paste the article text itself.",
  analysing: "Menganalisis… / Analysing…",
  onlyText: "Hanya berkas teks (.txt). / Only text files (.txt).",
  fileLoaded: (name) => `Berkas dimuat / File loaded: ${name}`,
  unnamed: "tanpa nama",
  unknownSpeaker: "tak diketahui / unknown",
  unattributed: (n) => `Tanpa nama / Unattributed (${n})`,
  speakerUnknownCopy: (text) => "Pembicara tidak diketahui; periksa sebelum mengutip / " +
    `Speaker unknown; check before quoting: \u201c${text}\u201d`,
  copied: "Disalin / Copied",
  cannotCopy: "Tidak bisa menyalin / Could not copy",
  more: "selengkapnya / more",
  less: "ringkas / less",
  why: (reasons) => `Mengapa / Why: ${reasons}`,
  // The archive's parts.
  saving: "Menyimpan… / Saving…",
  saved: (created, id) => `${created ? "Tersimpan di arsip / Saved to the archive"
    : "Sudah ada di arsip / Already in the archive"} (#${id})`,
  found: (quotes, claims) => `${quotes} kutipan, ${claims} klaim / quotes, claims`,
  nothingFound: "Tidak ditemukan / Nothing found",
  alsoKnownAs: (aliases) => `Juga / Also: ${aliases}`,
  quotesInMonth: (month, n) => `${month}: ${n} kutipan / quotes`,
};
