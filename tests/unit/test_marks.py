"""Quotation marks: which characters open and close a quote, and where it ends.

Made-up sentences on hand-built views (no Stanza)."""

from __future__ import annotations

import pytest

from service.extract.marks import find_marked_spans, titles_a_work
from tests.views import view_of


@pytest.mark.parametrize(("opening", "closing"), [("“", "”"), ('"', '"'), ("«", "»"),
                                                  ("„", "“"), ("”", "”")])
def test_any_pair_of_double_marks_makes_a_span(opening, closing):
    view = view_of(f"{opening}Harga beras naik lagi bulan ini,{closing} kata Budi.")
    [span] = find_marked_spans(view)
    assert view.text[span.start : span.end] == "Harga beras naik lagi bulan ini,"


def test_an_apostrophe_inside_a_word_is_not_a_mark():
    view = view_of("Ia salat Jum'at di masjid, lalu berkata ‘kami siap’ kepada warga.")
    assert [view.text[s.start : s.end] for s in find_marked_spans(view)] == ["kami siap"]


def test_a_paragraph_ending_inside_a_quote_keeps_it_open_to_its_end():
    view = view_of("“Kami akan membangun jembatan baru di desa ini\n\nPembangunan dimulai Maret.")
    [span] = find_marked_spans(view)
    assert span.close_at is None
    assert view.text[span.start : span.end] == "Kami akan membangun jembatan baru di desa ini"


@pytest.mark.parametrize("frame", [", kata Budi Santoso", ", ujarnya"])
def test_a_quote_left_open_before_an_inverted_frame_ends_at_its_comma(frame):
    # The closing mark was left out: the frame in the quote's first sentence closes it.
    view = view_of(f"“Hasil penelitian kami menunjukkan hal baru{frame} di kampus.\n\nLain.")
    [span] = find_marked_spans(view)
    assert view.text[span.start : span.end] == "Hasil penelitian kami menunjukkan hal baru"
    assert span.close_at == view.text.index(frame)


def test_a_frame_after_the_quote_s_first_sentence_leaves_it_open():
    # Further on, the paragraph has gone back to narration: the quote stays open.
    view = view_of("“Kami siap membantu. Sementara itu, kata Budi, bantuan tiba besok.\n\nLain.")
    [span] = find_marked_spans(view)
    assert span.close_at is None


@pytest.mark.parametrize(("text", "title"), [
    # A title introducer right before the marks, in their sentence: the marks hold a title.
    ('Ia tampil dalam acara bertajuk "Malam Minggu Ceria" di Sukamaju.', True),
    ('Ia memutar film "Jalan Pulang" di sekolah itu.', True),
    # The sentence before ends with such a noun: the marks open someone's words.
    ('Rina Wati hadir di acara itu. "Saya belum mau menikah," kata Rina.', False),
    ('Perusahaan itu meluncurkan aplikasi. "Kami menargetkan satu juta pengguna," kata Budi.',
     False),
])
def test_a_title_introducer_counts_only_inside_the_marks_sentence(text, title):
    view = view_of(text)
    [span] = find_marked_spans(view)
    assert titles_a_work(view, span) is title
