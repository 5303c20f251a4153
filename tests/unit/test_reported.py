"""Reported speech: the clause a frame reports and where it ends.

Made-up sentences on hand-built views (no Stanza)."""

from __future__ import annotations

import pytest

from service.extract.engine import extract
from service.extract.frames import Frames
from service.extract.reported import extract_reported
from tests.views import view_of


def _reported_texts(text: str) -> list[str]:
    view = view_of(text)
    return [q.text for q in extract_reported(view, [], [], Frames(view))]


def _said(text: str) -> str | None:
    """The one reported clause of text, or None when nothing is reported (more than one
    fails: each of these sentences holds a single frame)."""
    texts = _reported_texts(text)
    assert len(texts) <= 1, texts
    return texts[0] if texts else None


def test_menurut_reports_the_clause_after_its_source():
    view = view_of("Menurut Budi Santoso, harga beras akan turun bulan depan.")
    [quote] = extract_reported(view, [], [], Frames(view))
    assert quote.text == "harga beras akan turun bulan depan"
    assert quote.mention.text == "Budi Santoso"


def test_menurut_after_an_opening_phrase_reports_the_clause_its_source_runs_into():
    """"Dengan capaian itu, menurut X CLAUSE": no comma after the name, the clause follows
    it; "CLAUSE, menurut X." still reports what came before."""
    view = view_of("Dengan capaian itu, menurut Budi Santoso harga beras akan turun bulan depan.")
    [quote] = extract_reported(view, [], [], Frames(view))
    assert quote.text == "harga beras akan turun bulan depan"
    assert quote.mention.text == "Budi Santoso"
    view = view_of("Harga beras akan turun bulan depan, menurut Budi Santoso.")
    [quote] = extract_reported(view, [], [], Frames(view))
    assert quote.text == "Harga beras akan turun bulan depan"


def test_a_second_frame_after_a_comma_ends_a_reported_clause():
    """"X mengatakan A, karena menteri mengatakan B": A is X's, B is not."""
    view = view_of("Budi Santoso mengatakan dia belum memutuskan kenaikan harga, karena menteri "
                   "perdagangan mengatakan stok beras mencukupi kebutuhan.")
    quotes = extract_reported(view, [], [], Frames(view))
    assert quotes[0].text == "dia belum memutuskan kenaikan harga"


@pytest.mark.parametrize("verb", ["membenarkan", "mempertanyakan", "menjabarkan", "menyoroti"])
def test_speech_acts_news_reports_frame_reported_speech(verb):
    view = view_of(f"Rina Wati {verb}, stok beras belum mencukupi kebutuhan warga.")
    [quote] = extract_reported(view, [], [], Frames(view))
    assert quote.mention.text == "Rina Wati" and quote.text.startswith("stok beras")


def test_a_passive_cue_in_a_relative_clause_reports_nothing():
    view = view_of("Ada perbedaan antara versi yang dilaporkan BPS dengan versi Bank Dunia.")
    assert extract_reported(view, [], [], Frames(view)) == []


def test_a_noun_phrase_announced_by_someone_is_no_reported_clause():
    """"Angka kemiskinan telah resmi diumumkan oleh BPS": the auxiliaries and adverbs before
    the cue are the cue's, and what remains is a noun phrase; a time after the agent does not
    make it a clause."""
    for text in ("Angka kemiskinan Indonesia telah diumumkan oleh Badan Pusat Statistik.",
                 "Sebelumnya, perihal pencabutan izin itu diumumkan pemerintah pada Juni lalu."):
        view = view_of(text)
        assert extract_reported(view, [], [], Frames(view)) == [], text


def test_a_clause_around_a_passive_frame_is_reported():
    """The control: "Jumlah itu disebutkan Kepala BPS naik 5 persen" reports a clause."""
    view = view_of("Jumlah penduduk miskin disebutkan Kepala BPS Ani Lestari akan naik 5 persen.")
    [quote] = extract_reported(view, [], [], Frames(view))
    assert quote.mention.text == "Ani Lestari"


def test_an_active_frame_pointing_back_reports_the_sentence_before():
    """"X mengungkapkan hal itu": the active counterpart of "Hal itu disampaikan X"."""
    view = view_of("Korban terjatuh dari lantai empat gedung kampus. Kepala Humas Ani Lestari "
                   "mengungkapkan hal itu berdasarkan keterangan saksi.")
    [quote] = extract_reported(view, [], [], Frames(view))
    assert quote.text.startswith("Korban terjatuh") and quote.mention.text == "Ani Lestari"


def test_the_leads_dateline_is_no_part_of_the_quote_pointing_back_at_it():
    view = view_of("Jakarta ( Kabar Kota ) - Korban terjatuh dari lantai empat gedung kampus. "
                   "Kepala Humas Ani Lestari mengungkapkan hal itu berdasarkan keterangan saksi.")
    [quote] = extract_reported(view, [], [], Frames(view))
    assert quote.text == "Korban terjatuh dari lantai empat gedung kampus"
    assert view.text[quote.start : quote.end] == quote.text


def test_a_reduplicated_word_spaced_around_a_dash_is_no_inverted_frame():
    view = view_of("Ashanty angkat suara soal namanya yang disebut - sebut masuk bursa pemilihan.")
    assert not [f for f in Frames(view) if f.cue.text == "sebut"]


def test_a_frame_pointing_back_names_the_speaker_a_description_left_open():
    """"Juru bicara kementerian mengatakan ... . Ani Lestari menegaskan hal itu": the earlier
    quote keeps its span and takes the named speaker."""
    view = view_of("Juru bicara kementerian mengatakan harga beras akan turun. Ani Lestari "
                   "menegaskan hal itu di Jakarta.")
    [quote] = extract_reported(view, [], [], Frames(view))
    assert quote.text == "harga beras akan turun" and quote.mention.text == "Ani Lestari"


def test_a_frame_pointing_back_at_a_paragraphs_start_names_that_paragraphs_described_speaker():
    """"Sebelumnya, polisi mengungkap ... . Korban terjatuh ... . ¶ Kompol Ani Lestari
    mengungkapkan hal itu": the paragraph before is what she revealed, so the quote the
    description "polisi" framed is hers."""
    view = view_of("Sebelumnya, polisi mengungkap korban melompat dari lantai empat gedung. "
                   "Korban terjatuh di depan gedung kampus.\n\nKasi Humas Kompol Ani Lestari "
                   "mengungkapkan hal itu berdasarkan keterangan saksi.")
    quotes = extract_reported(view, [], [], Frames(view))
    [framed] = [q for q in quotes if q.text.startswith("korban melompat")]
    assert framed.mention.text == "Ani Lestari"


@pytest.mark.parametrize("text", [
    # An age in brackets after the subject's name is no part of it.
    "Budi Santoso (38) mengatakan harga beras akan turun bulan depan.",
    "Budi Santoso (38), warga Sukamaju, mengatakan harga beras akan turun bulan depan.",
])
def test_an_age_after_the_subject_s_name_stays_out_of_it(text):
    view = view_of(text)
    [quote] = extract_reported(view, [], [], Frames(view))
    assert quote.mention.text == "Budi Santoso"


def test_a_comma_after_a_verb_of_saying_opens_what_was_said():
    """"X mengatakan, CLAUSE": the comma opens the clause as a colon would, whatever the
    tagger makes of its predicate ("cukup" read as a noun here)."""
    view = view_of("Budi Santoso mengatakan, stok vaksin cukup untuk tiga bulan.")
    [quote] = extract_reported(view, [], [], Frames(view))
    assert quote.text == "stok vaksin cukup untuk tiga bulan"
    assert quote.mention.text == "Budi Santoso"


def test_a_second_verb_after_the_comma_is_the_speaker_s_action_not_speech():
    """"Harian itu melaporkan, mengutip pejabat ...": the comma is followed by what the
    subject also did, no clause of its own."""
    view = view_of("Harian Sukamaju Pos melaporkan, mengutip pejabat intelijen negara itu.")
    assert extract_reported(view, [], [], Frames(view)) == []


@pytest.mark.parametrize(("opening", "role"), [
    # The apposition's second comma left out: the office opening the clause is the role.
    ("Kepala Pelaksana BPBD Sukamaju, Budi Santoso", "Kepala Pelaksana BPBD Sukamaju"),
    # A connective or a topic before the comma is no office.
    ("Sementara itu, Budi Santoso", None),
    ("Terkait banjir, Budi Santoso", None),
])
def test_an_office_and_a_comma_before_the_speaking_name_is_its_role(opening, role):
    view = view_of(f"{opening} menjelaskan, air mulai surut sejak pagi tadi.")
    [quote] = extract_reported(view, [], [], Frames(view))
    assert (quote.mention.text, quote.mention.role) == ("Budi Santoso", role)


def test_after_menurut_and_a_comma_the_words_are_the_statement_whatever_their_tags():
    """"Menurut X, CLAUSE": the comma opens what X says even when no word of it looks like a
    predicate ("naik" has no verb's affix); fewer than three words are no statement."""
    view = view_of("Menurut Budi Santoso, penerimaan pajak naik 10 persen.")
    [quote] = extract_reported(view, [], [], Frames(view))
    assert quote.text == "penerimaan pajak naik 10 persen"
    assert quote.mention.text == "Budi Santoso"
    view = view_of("Menurut Budi Santoso, kemarin.")
    assert extract_reported(view, [], [], Frames(view)) == []


@pytest.mark.parametrize(("text", "said"), [
    # After "mengatakan" or "menyatakan" the words are what was said, whatever the tagger
    # makes of their predicate ("normal" has no adjective's affix) ...
    ("Budi Santoso mengatakan arus lalu lintas kembali normal.",
     "arus lalu lintas kembali normal"),
    ("Budi Santoso menyatakan ada kerugian negara Rp 1,3 triliun.",
     "ada kerugian negara Rp 1,3 triliun"),
    # ... but not a noun phrase such a verb may also take, nor after other verbs of saying.
    ("Budi Santoso menyatakan keprihatinan atas musibah banjir.", None),
    ("Budi Santoso menyampaikan apresiasi kepada petugas pemadam.", None),
    # A bare verb of change has no verb's affix, and a tagger trained on little data reads it
    # as a noun after a noun; it is still the clause's predicate ...
    ("Budi Santoso mengungkapkan laba perusahaan naik 15 persen.",
     "laba perusahaan naik 15 persen"),
    ("Budi Santoso menyebut jembatan desa itu putus sejak Rabu.",
     "jembatan desa itu putus sejak Rabu"),
    # ... and the forecaster's verb reports a forecast.
    ("Budi Santoso memprakirakan hujan lebat turun hingga Minggu.",
     "hujan lebat turun hingga Minggu"),
    # The control: a noun phrase after the cue is no clause.
    ("Budi Santoso mengungkapkan kekecewaan warga desa itu.", None),
    # A nominal sentence with a figure has no verb, and before ", kata X" it is still said.
    ("Inflasi bulan Maret sebesar 1,03 persen, kata Budi Santoso.",
     "Inflasi bulan Maret sebesar 1,03 persen"),
    # The day and date after a closing frame continue no clause.
    ("Harga beras sudah turun sejak pekan lalu, kata Budi Santoso di Sukamaju, Senin (3/3).",
     "Harga beras sudah turun sejak pekan lalu"),
    # The control: fewer than three words before the frame are no statement.
    ("Di sana, kata Budi Santoso.", None),
    # After "mengatakan", a subject that opens with a noun the verb may also take as its
    # object ("hasil") is still a clause's when a predicate's marker follows ...
    ("Budi Santoso mengatakan hasil tangkapan nelayan sudah turun.",
     "hasil tangkapan nelayan sudah turun"),
    # ... and stays a noun phrase without one (the "keprihatinan" control above). A record
    # other verbs deliver as their object is the subject of what "mengatakan" reports ...
    ("Budi Santoso mengatakan data pribadi warga aman.", "data pribadi warga aman"),
    # ... while an attitude the saying expresses stays its object.
    ("Budi Santoso menyatakan sikap partainya terhadap usulan itu.", None),
    # A promise reports what the speaker will do.
    ("Budi Santoso berjanji akan memperbaiki jalan desa tahun depan.",
     "akan memperbaiki jalan desa tahun depan"),
    # Admitting, denying and claiming take the speaker's own act, with no subject of its own.
    ("Budi Santoso mengaku menerima uang Rp 500 juta dari kontraktor.",
     "menerima uang Rp 500 juta dari kontraktor"),
    ("Budi Santoso membantah menerima suap dari kontraktor itu.",
     "menerima suap dari kontraktor itu"),
    # After "mengatakan", a subject and its verb are a clause in full; "hal itu" is none.
    ("Budi Santoso mengatakan sidang ditunda.", "sidang ditunda"),
    ("Budi Santoso mengatakan hal itu.", None),
    # ... and so are a subject and an adjective or a state, whatever the tagger makes of it
    # ("siaga" read as a noun); a demonstrative or an attitude the saying expresses is none.
    ("Budi Santoso mengatakan stok aman.", "stok aman"),
    ("Budi Santoso mengatakan prajurit siaga.", "prajurit siaga"),
    ("Budi Santoso mengatakan hal tersebut.", None),
    ("Budi Santoso mengatakan dengan tegas.", None),
    ("Budi Santoso menyatakan keprihatinan mendalam.", None),
    # Other verbs of saying take a noun phrase of two words as their object.
    ("Budi Santoso menyampaikan pesan singkat.", None),
    # A verb and its object are the act in full; a feeling after "mengaku" is no act.
    ("Budi Santoso membantah menerima suap.", "menerima suap"),
    ("Budi Santoso mengaku kecewa.", None),
    # The controls: a noun phrase after such a cue, and a verb after another cue.
    ("Budi Santoso mengakui kesalahannya di depan majelis hakim.", None),
    ("Budi Santoso menyampaikan mewakili warga desa itu.", None),
    # An existential opens a clause with no subject before it: what is there was said, after
    # any verb of saying, not only "mengatakan" and "menyatakan" ...
    ("Budi Santoso menyebut ada 12 rumah rusak akibat banjir.",
     "ada 12 rumah rusak akibat banjir"),
    ("Budi Santoso mengungkapkan terdapat kejanggalan dalam lelang proyek itu.",
     "terdapat kejanggalan dalam lelang proyek itu"),
    # ... and not once it is too short to state anything.
    ("Budi Santoso menyebut ada dua.", None),
    # A subject and a figure as its predicate are a clause, the verb left out: money, a
    # share, a measure ...
    ("Budi Santoso menyebut kerugian korban Rp 10 juta.", "kerugian korban Rp 10 juta"),
    ("Budi Santoso memperkirakan inflasi akhir tahun di bawah 3 persen.",
     "inflasi akhir tahun di bawah 3 persen"),
    # ... but not a figure that is itself the object, with no subject before it.
    ("Budi Santoso menyebut Rp 10 juta untuk korban.", None),
    # A demonstrative closes the subject; a noun or an adjective after it is the predicate,
    # however the tagger read it ...
    ("Budi Santoso menilai putusan itu cacat hukum.", "putusan itu cacat hukum"),
    # ... while a preposition, a day or an adverb after it is the object's adjunct.
    ("Budi Santoso menyampaikan pesan itu kepada warga desa.", None),
    ("Budi Santoso menyampaikan pesan tersebut Senin kemarin.", None),
])
def test_the_words_a_frame_reports_whatever_the_tagger_made_of_them(text, said):
    assert _said(text) == said


def _tagged_as_noun(view, form: str):
    """The view with form's word tagged NOUN, as the small tagger tags some passives."""
    from dataclasses import replace

    view.words[:] = [replace(w, upos="NOUN") if w.text == form else w for w in view.words]
    return view


def test_a_passive_the_tagger_read_as_a_noun_is_still_the_predicate():
    view = _tagged_as_noun(view_of("Budi Santoso menyebut 200 rumah terendam banjir."),
                           "terendam")
    [quote] = extract_reported(view, [], [], Frames(view))
    assert quote.text == "200 rumah terendam banjir"
    # The control: a noun of that shape ("tersangka") is no predicate.
    view = _tagged_as_noun(view_of("Budi Santoso menyebut 3 tersangka kasus korupsi itu."),
                           "tersangka")
    assert extract_reported(view, [], [], Frames(view)) == []


@pytest.mark.parametrize("opening", [
    # A person's age in brackets before the apposition's comma ...
    "Siti Nurhayati (45), pedagang sayur di Pasar Sukamaju,",
    # ... and an address of several parts, each after its comma.
    "Siti Nurhayati, warga Desa Sukamaju, Kecamatan Cibeureum,",
    "Siti Nurhayati, warga Desa Sukamaju, Kecamatan Cibeureum, Kabupaten Sukamaju,",
    # The control: the plain apposition.
    "Siti Nurhayati, pedagang sayur di Pasar Sukamaju,",
])
def test_an_age_or_an_address_in_the_apposition_keeps_the_name_the_subject(opening):
    view = view_of(f"{opening} mengatakan harga cabai naik dua kali lipat.")
    [quote] = extract_reported(view, [], [], Frames(view))
    assert quote.mention.text == "Siti Nurhayati"


@pytest.mark.parametrize(("text", "speaker"), [
    # A verbless relative clause after a person's bare name is the name's role, even when
    # its office ends in capitalised words that could pass for a name.
    ("Anton Sihombing yang juga Ketua Koperasi Nelayan Sukamaju mengatakan hasil tangkapan "
     "turun drastis.", "Anton Sihombing"),
    # The control: an office before "yang" and the name after it.
    ("Kepala Dinas Sukamaju yang juga Ketua Satgas Budi Santoso mengatakan kasus sudah "
     "turun.", "Budi Santoso"),
])
def test_a_relative_clause_after_a_bare_name_is_its_role(text, speaker):
    view = view_of(text)
    [quote] = extract_reported(view, [], [], Frames(view))
    assert quote.mention.text == speaker


@pytest.mark.parametrize("subject", [
    # A relative clause that a demonstrative closes before the cue stays in the description.
    "Ketua umum yang baru itu",
    "Menteri yang baru dilantik tersebut",
    "Warga yang rumahnya terendam itu",
])
def test_a_description_with_a_closed_relative_clause_is_the_subject(subject):
    view = view_of(f"{subject} mengatakan organisasi akan dibenahi.")
    [quote] = extract_reported(view, [], [], Frames(view))
    assert (quote.mention.text, quote.mention.kind) == (subject, "description")
    assert quote.text == "organisasi akan dibenahi"


def test_a_described_person_s_age_stays_in_the_description():
    """"Perempuan berusia 50 tahun itu mengatakan": the age verb is inside the subject."""
    view = view_of("Perempuan berusia 50 tahun itu mengatakan pelaku datang saat subuh.")
    [quote] = extract_reported(view, [], [], Frames(view))
    assert quote.mention.text == "Perempuan berusia 50 tahun itu"
    assert quote.mention.kind == "description"


@pytest.mark.parametrize("office", [
    "Ketua Komisi Nasional Hak Asasi Manusia (Komnas HAM)",
    "Ketua Komisi Nasional Hak Asasi Manusia",
])
def test_menurut_an_office_and_its_holder_reports_the_clause_after_the_name(office):
    """"Menurut OFFICE (ACRONYM), NAME, CLAUSE": the holder named after the comma is the
    source, and what is said starts after the name's own comma."""
    view = view_of(f"Menurut {office}, Budi Santoso, kasus itu pelanggaran berat.")
    [quote] = extract_reported(view, [], [], Frames(view))
    assert (quote.text, quote.mention.text) == ("kasus itu pelanggaran berat", "Budi Santoso")


@pytest.mark.parametrize("opening", ["Kata Budi Santoso,", "Seperti dikatakan Budi Santoso,",
                                     "Sebagaimana disampaikan Budi Santoso,"])
def test_a_frame_opening_the_sentence_reports_what_follows_its_comma(opening):
    """"Kata X, ..." and "Seperti dikatakan X, ..." work as "Menurut X, ..." does
    (lexicon.OPENING_ACCORDING_CUES, AS_WORDS); the speaker is X, without the cue."""
    view = view_of(f"{opening} jalan itu rusak sejak tahun lalu.")
    [quote] = extract_reported(view, [], [], Frames(view))
    assert quote.text == "jalan itu rusak sejak tahun lalu"
    assert quote.mention.text == "Budi Santoso"
    assert [s.name for s in extract(view).speakers] == ["Budi Santoso"]


def test_the_noun_kata_opening_a_sentence_frames_nothing():
    """The control: "Kata" before no one's name is the noun (a word), no frame."""
    view = view_of('Kata "merdeka" berasal dari bahasa Sanskerta kuno.')
    assert extract(view).quotes == []


@pytest.mark.parametrize("aside", ["kepada wartawan", "kepada para wartawan"])
def test_a_profession_addressed_in_an_aside_is_not_the_subject(aside):
    """"X kepada wartawan mengatakan": the aside addresses the press; X still speaks."""
    view = view_of(f"Budi Santoso {aside} mengatakan jalan itu rusak sejak tahun lalu.")
    [quote] = extract_reported(view, [], [], Frames(view))
    assert quote.mention.text == "Budi Santoso"


def test_degrees_between_a_name_and_its_apposition_stay_out_of_the_subject():
    """"Budi Santoso, SH, MH, kuasa hukum terdakwa, mengatakan": the degrees after the name
    stand between it and the apposition; the name is still the subject."""
    view = view_of("Budi Santoso, SH, MH, kuasa hukum terdakwa, mengatakan ujian digelar bulan "
                   "depan.")
    [quote] = extract_reported(view, [], [], Frames(view))
    assert quote.mention.text == "Budi Santoso"


@pytest.mark.parametrize(("text", "said"), [
    # Where, when, to whom, how and on what occasion the speaker spoke, each closed by its
    # comma right after the cue, are the frame's, not what was said.
    ("Budi Santoso mengatakan di Jakarta, Senin, harga beras akan turun bulan depan.",
     "harga beras akan turun bulan depan"),
    ("Budi Santoso mengatakan kepada wartawan, harga beras akan turun bulan depan.",
     "harga beras akan turun bulan depan"),
    ("Budi Santoso mengatakan dalam konferensi pers, harga beras akan turun.",
     "harga beras akan turun"),
    ("Budi Santoso mengatakan secara terpisah, harga beras akan turun.",
     "harga beras akan turun"),
    ("Budi Santoso mengatakan saat ditemui di kantornya, harga beras akan turun.",
     "harga beras akan turun"),
    ("Budi Santoso mengatakan usai rapat, anggaran desa sudah disetujui.",
     "anggaran desa sudah disetujui"),
    # Circumstances and nothing else: nothing was said in this sentence.
    ("Budi Santoso mengatakan di Jakarta, Senin (3/3).", None),
    ("Budi Santoso mengatakan melalui keterangan tertulis.", None),
    ("Budi Santoso mengatakan secara terpisah.", None),
    # The controls: a phrase of the reported clause itself stays in it.
    ("Budi Santoso mengatakan di tengah pandemi, ekonomi desa tetap tumbuh.",
     "di tengah pandemi, ekonomi desa tetap tumbuh"),
    ("Budi Santoso mengatakan dalam waktu dekat, harga beras akan turun.",
     "dalam waktu dekat, harga beras akan turun"),
    ("Budi Santoso mengatakan di Jakarta banyak jalan rusak.",
     "di Jakarta banyak jalan rusak"),
    # A place is the saying's when its day follows it, a region between them ...
    ("Budi Santoso mengatakan di Mamuju, Sulawesi Barat, Senin, jalan itu sudah dibuka.",
     "jalan itu sudah dibuka"),
    # ... and where what was said happened before anything else.
    ("Budi Santoso mengatakan di Sukamaju, satu pasar sudah ditutup.",
     "di Sukamaju, satu pasar sudah ditutup"),
    # A month or a year dates what was said, not the saying.
    ("Budi Santoso mengatakan pada 2020, ekspor beras naik 5 persen.",
     "pada 2020, ekspor beras naik 5 persen"),
    # The speaker's own act in a while-clause may be what was said; being met is the saying's.
    ("Budi Santoso mengatakan seusai meninjau pasar, harga beras akan turun.",
     "seusai meninjau pasar, harga beras akan turun"),
])
def test_the_circumstances_of_the_saying_stay_out_of_what_was_said(text, said):
    assert _said(text) == said


@pytest.mark.parametrize(("text", "said"), [
    # A noun a cue usually takes as its object opens a clause when a predicate's marker
    # follows it before any relative clause or purpose ...
    ("Budi Santoso menilai kebijakan tersebut sudah tepat.", "kebijakan tersebut sudah tepat"),
    ("Budi Santoso menyampaikan data penerima bantuan akan diperbarui.",
     "data penerima bantuan akan diperbarui"),
    # ... not when the marker is inside a relative clause or a purpose after the object ...
    ("Budi Santoso menyampaikan kebijakan desa yang akan diterapkan tahun depan.", None),
    ("Budi Santoso menyampaikan rencana bantuan agar petani tetap berproduksi.", None),
    # ... nor when it also qualifies a noun phrase ("baru": new; "hanya": only).
    ("Budi Santoso menyampaikan kebijakan baru kepada warga desa.", None),
    ("Budi Santoso menilai rasa teh hanya dari warnanya.", None),
])
def test_an_object_noun_opens_a_clause_when_a_predicate_follows_it(text, said):
    assert _said(text) == said


@pytest.mark.parametrize(("text", "said"), [
    # A passive cue opening the sentence, its agent and a comma frame what follows, as
    # "Menurut X," does, also after a connective.
    ("Dijelaskan Budi Santoso, harga beras akan turun bulan depan.",
     "harga beras akan turun bulan depan"),
    ("Sementara itu, diungkapkan Budi Santoso, produksi padi naik 10 persen.",
     "produksi padi naik 10 persen"),
    # The control: no clause after the comma, nothing said.
    ("Dijelaskan Budi Santoso, kemarin.", None),
])
def test_an_opening_passive_cue_frames_the_clause_after_its_agent(text, said):
    assert _said(text) == said


@pytest.mark.parametrize(("text", "said"), [
    # After a verb of saying and its comma, a subject and its verb are said in full.
    ("Budi Santoso menambahkan, sidang ditunda.", "sidang ditunda"),
    ("Budi Santoso menegaskan, harga naik.", "harga naik"),
    # The controls: a day, and a second verb of the speaker's, are no clause.
    ("Budi Santoso menambahkan, kemarin.", None),
    ("Budi Santoso menjelaskan, mengutip data BPS.", None),
])
def test_two_words_after_a_cue_and_its_comma_are_said(text, said):
    assert _said(text) == said


@pytest.mark.parametrize(("text", "said"), [
    # Denying, as "membantah" does (KBBI: menampik, menyangkal "tidak mengakui").
    ("Budi Santoso menampik bahwa harga beras naik.", "harga beras naik"),
    ("Budi Santoso menyangkal menerima uang dari kontraktor.",
     "menerima uang dari kontraktor"),
    # A while-clause to the sentence's end says when the speaker spoke; nothing was said.
    ("Budi Santoso menampik ketika ditanya apakah dirinya mengetahui kasus itu.", None),
    ("Budi Santoso mengatakan melalui keterangan tertulis yang diterima wartawan.", None),
    # "secara resmi" qualifies what was said as often as the saying: it stays in.
    ("Budi Santoso mengungkapkan, secara resmi penghentian perkara akan diputuskan hakim.",
     "secara resmi penghentian perkara akan diputuskan hakim"),
])
def test_denials_and_a_circumstance_that_ends_the_sentence(text, said):
    assert _said(text) == said


def test_a_report_cut_before_a_second_frame_to_an_adjunct_alone_is_none():
    """"Budi mengungkapkan, dari hasil pemeriksaan, pelaku mengaku ...": cut before the
    second speaker's frame, only a prepositional phrase is left of the first report, which
    says nothing; the second report stands. Without a second frame the phrase opens what
    was said."""
    assert _reported_texts("Budi mengungkapkan, dari hasil pemeriksaan, pelaku mengaku "
                           "mencuri karena terlilit utang.") == ["mencuri karena terlilit utang"]
    assert _said("Budi mengatakan, dari seratus warga, empat puluh orang sudah mengungsi.") == (
        "dari seratus warga, empat puluh orang sudah mengungsi")
