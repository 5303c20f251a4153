"""Direct quotes: a frame after or before the marks, and what is no quote.

Made-up sentences on hand-built views (no Stanza)."""

from __future__ import annotations

import pytest

from service.extract.direct import extract_direct
from service.extract.frames import Frames
from tests.views import view_of


def test_an_inverted_frame_names_the_speaker_of_a_direct_quote():
    view = view_of("“Stok beras aman sampai Maret,” kata Budi Santoso.")
    [quote], _ = extract_direct(view, Frames(view))
    assert quote.text == "Stok beras aman sampai Maret,"
    assert quote.cue.text == "kata" and quote.mention.text == "Budi Santoso"


def test_a_post_on_social_media_frames_a_quote_as_speech_does():
    view = view_of("“Harga beras tidak naik bulan ini,” cuit Budi Santoso.")
    [quote], _ = extract_direct(view, Frames(view))
    assert quote.cue.text == "cuit" and quote.mention.text == "Budi Santoso"


def test_titles_and_short_unframed_quotes_are_not_quotes():
    view = view_of("Film bertajuk “Jalan Pulang” tayang hari ini. Ia disebut “raja”.")
    assert extract_direct(view, Frames(view))[0] == []
    # The positive control: the same marks around a framed statement make a quote.
    view = view_of("“Jalan pulang masih panjang bagi kami,” kata Budi Santoso.")
    quotes, _ = extract_direct(view, Frames(view))
    assert [q.text for q in quotes] == ["Jalan pulang masih panjang bagi kami,"]


def test_an_unframed_quote_follows_the_framed_one_before_it_in_its_paragraph():
    view = view_of("“Harga naik,” kata Budi Santoso. “Kami sudah menyiapkan operasi pasar "
                   "di semua kota.”")
    first, second = extract_direct(view, Frames(view))[0]
    assert second.follows is first and second.mention == first.mention


def test_a_lower_case_menurut_after_the_marks_is_the_quotes_frame():
    view = view_of("“Kalau alasannya demikian, tidak perlu ada pembatasan,” menurutnya lagi. "
                   "“Petugas akan kesulitan,” kata Budi Santoso.")
    quotes, _ = extract_direct(view, Frames(view))
    assert [q.cue.text.lower()[:7] for q in quotes] == ["menurut", "kata"]


def test_a_capitalised_menurut_after_the_marks_opens_a_sentence_of_its_own():
    """The control: "“…” Menurut dia, ..." frames the next sentence, not the quote."""
    view = view_of("“Harga naik.” Menurut Budi Santoso, stok masih aman sampai Maret.")
    quotes, _ = extract_direct(view, Frames(view))
    assert all(q.cue is None or q.cue.text != "Menurut" for q in quotes)


@pytest.mark.parametrize(("frame", "cue", "speaker"), [
    ("keluh Nurhayati", "keluh", "Nurhayati"),
    ("sahut Budi Santoso", "sahut", "Budi Santoso"),
    ("kelakar Budi Santoso", "kelakar", "Budi Santoso"),
    ("janji Budi Santoso", "janji", "Budi Santoso"),
    ("harapnya", "harapnya", None),
    ("pintanya", "pintanya", None),
    ("imbaunya", "imbaunya", None),
])
def test_verbs_of_complaint_reply_jest_and_appeal_frame_a_quote_after_it(frame, cue, speaker):
    """After the closing mark, complaining, answering, joking, promising, hoping and asking
    name the speaker as "kata" does."""
    view = view_of(f"“Harga cabai naik dua kali lipat sejak pekan lalu,” {frame}.")
    [quote], _ = extract_direct(view, Frames(view))
    assert quote.cue.text == cue
    if speaker is None:
        assert quote.mention.kind == "clitic"  # the -nya is the speaker
    else:
        assert quote.mention.text == speaker


def test_an_unknown_word_after_the_marks_frames_no_quote():
    """The control: a word that is no verb of saying after the marks."""
    view = view_of("“Harga cabai naik dua kali lipat sejak pekan lalu,” pasar Sukamaju.")
    assert extract_direct(view, Frames(view))[0] == []


def test_a_body_s_acronym_in_brackets_closes_the_office_before_its_holder():
    """", kata Koordinator Masyarakat Anti Korupsi Indonesia (MAKI), Budi Santoso": the
    holder after the comma speaks, not the body's name."""
    view = view_of("“Kami akan menggugat,” kata Koordinator Masyarakat Anti Korupsi Indonesia "
                   "(MAKI), Budi Santoso, di Jakarta.")
    [quote], _ = extract_direct(view, Frames(view))
    assert quote.mention.text == "Budi Santoso"


@pytest.mark.parametrize(("frame", "cue", "speaker"), [
    ("kata Budi Santoso, Senin (22/6/2020).", "kata", "Budi Santoso"),
    ("katanya.", "katanya", None)])
def test_a_frame_split_off_into_the_next_line_is_still_the_quote_s_frame(frame, cue, speaker):
    """A line that opens in lower case continues the sentence before it: the quote that
    closes the paragraph above takes the frame."""
    view = view_of(f"“Siapa yang akan menjamin kualitas rumah itu nanti?”\n{frame}")
    [quote], _ = extract_direct(view, Frames(view))
    assert quote.cue.text == cue
    assert (quote.mention.text if speaker else None) == speaker



@pytest.mark.parametrize(("frame", "speaker"), [
    # A name right after the clitic cue is who the clitic stands for ...
    ("katanya Budi Santoso.", "Budi Santoso"),
    ("jelasnya Budi Santoso kepada wartawan.", "Budi Santoso"),
])
def test_a_name_after_a_clitic_cue_is_the_speaker(frame, speaker):
    view = view_of(f"“Jalan itu rusak sejak tahun lalu,” {frame}")
    [quote], _ = extract_direct(view, Frames(view))
    assert quote.mention.kind == "name" and quote.mention.text == speaker


def test_a_clitic_cue_before_a_day_keeps_the_clitic():
    """The control: a day after the cue names no one."""
    view = view_of("“Jalan itu rusak sejak tahun lalu,” katanya Senin (3/3/2025).")
    [quote], _ = extract_direct(view, Frames(view))
    assert quote.mention.kind == "clitic"
