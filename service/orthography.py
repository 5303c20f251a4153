"""How Indonesian news is written down, shared by the NLP layer (sentence repair) and the
extractor (quote pairing): quotation marks, sentence ends, and the abbreviations a period
closes without ending a sentence. Characters and spellings only; word lists live in
service/extract/lexicon.py.
"""

from __future__ import annotations

# Quotation marks of Indonesian news: straight and curly double marks, low-9 and guillemets,
# and their single counterparts (also used for nested quotes and scare quotes).
DOUBLE_QUOTES: frozenset[str] = frozenset('"“”„«»')
SINGLE_QUOTES: frozenset[str] = frozenset("‘’'‹›")
QUOTE_MARKS: frozenset[str] = DOUBLE_QUOTES | SINGLE_QUOTES
QUOTE_CHARS: str = "".join(sorted(QUOTE_MARKS))

SENTENCE_ENDS: frozenset[str] = frozenset({".", "!", "?"})

# Words a period abbreviates before a name or number ("dr. Reza", "Jl. Sudirman", "No. 5"):
# no sentence ends there. Indonesian titles (PUEBI's list of academic and religious titles)
# and address abbreviations.
ABBREVIATIONS: frozenset[str] = frozenset(
    {"dr", "drs", "dra", "ir", "prof", "h", "hj", "kh", "st", "no", "jl", "jln", "kec", "kab",
     "kel", "tn", "ny", "sdr", "sdri", "bpk", "bp", "pak", "bu", "mr", "mrs", "ms", "sp", "dkk",
     "a.n", "u.p", "s.h", "s.e", "m.si", "ph.d", "vs", "mt", "gg", "rt", "rw", "tbk",
     # religious titles written short: a minister's, a bishop's, an ustaz's, Aceh's teungku
     "pdt", "mgr", "ust", "tgk", "drg"}
)

# Emphatic and question particles written attached to their word ("inilah", "apakah",
# "siapatah"; PUEBI, on particles): a name that ends in the same letters ("Abdullah") is no
# word and its particle.
ATTACHED_PARTICLES: frozenset[str] = frozenset({"lah", "kah", "tah"})

# The third-person and definite enclitic, written attached to any noun, verb or preposition
# ("rumahnya", "menurutnya", "pemeriksaannya"; PUEBI, on clitics). Unlike the particles it
# ends few words of its own, and the tokenizer marks those ("hanya", "punya") as one word.
ENCLITIC_NYA = "nya"
