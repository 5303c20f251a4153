"""Multi-word tokens split by Stanza's dictionary, then by the clitic's own spelling.

Stanza's tokenizer marks the tokens that hold more than one word ("menurutnya", "inilah");
its MWT step then splits each by a dictionary of the treebank's tokens and, for the rest, a
character seq2seq model. On Indonesian news that model rewrites the word it splits off in
about one case of thirty ("pemeriksaannya" as "pemerikasan nya", "konstruksinya" as
"konstrukin nya", "kampanye" as "kampa nye"; measured over dev, dev2 and PFSA-ID dev by
`scripts/mwt_check.py`), so names and verbs reach the tagger misspelt; and it was a sixteenth
of an uncached answer's time. A clitic is spelt the same wherever it is attached, so after
the dictionary the split is the token's own letters: the host and "nya", or the host and
an emphatic particle ("cukup lah") unless the tagger's own vocabulary knows the whole token
as a word ("langkah", "istilah", "Abdullah"). A marked token that ends in neither stays one
word, as written.
"""

from __future__ import annotations

from collections.abc import Callable

from service.orthography import ATTACHED_PARTICLES, ENCLITIC_NYA, QUOTE_CHARS


def split_clitic(token: str, is_word: Callable[[str], bool]) -> str:
    """The token as Stanza's MWT expansion writes it: its words joined by a space. is_word
    tells whether the tagger's vocabulary knows a (lower-cased) word."""
    low = token.lower()
    bare = low.strip(QUOTE_CHARS)
    if low.endswith(ENCLITIC_NYA) and len(bare) > len(ENCLITIC_NYA) + 1:
        cut = len(token) - len(ENCLITIC_NYA)
        return f"{token[:cut]} {token[cut:]}"
    for particle in ATTACHED_PARTICLES:
        if low.endswith(particle) and len(bare) > len(particle) + 1 and not is_word(bare):
            cut = len(token) - len(particle)
            return f"{token[:cut]} {token[cut:]}"
    return token


def expand_multiword(document, dictionary: Callable[[str], str | None],
                     is_word: Callable[[str], bool]) -> None:
    """Split the document's marked multi-word tokens in place: by dictionary (a token's
    expansion or None), else by split_clitic."""
    expansions = []
    for token in document.get_mwt_expansions(evaluation=True):
        known = dictionary(token)
        expansions.append(known if known is not None else split_clitic(token, is_word))
    document.set_mwt_expansions(expansions, process_manual_expanded=False)
