"""Reported speech: the clause a cue governs, its type and its boundaries."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of


def _only(answer: dict) -> dict:
    assert len(answer["quotes"]) == 1, [q["text"] for q in answer["quotes"]]
    return answer["quotes"][0]


@pytest.mark.parametrize(
    "cue",
    ["mengatakan", "menegaskan", "menjelaskan", "mengungkapkan", "menyebutkan", "menambahkan",
     "memaparkan", "menerangkan", "mengakui", "mengklaim", "menilai", "mengumumkan",
     "menyampaikan", "menyadari", "menyatakan"],
)
def test_active_cue_with_bahwa_reports_the_clause_after_bahwa(extract, cue):
    text = f"Menteri Kesehatan Budi Gunadi {cue} bahwa stok vaksin di daerah masih mencukupi."
    q = _only(extract(text))
    assert q["type"] == "indirect"
    assert q["text"] == "stok vaksin di daerah masih mencukupi"
    assert q["cue"]["text"] == cue
    assert q["speaker"]["name"] == "Budi Gunadi"


def test_clause_without_bahwa(extract):
    q = _only(extract("Airlangga menegaskan pemerintah tidak ikut campur dalam urusan data BPS."))
    assert q["text"] == "pemerintah tidak ikut campur dalam urusan data BPS"


@pytest.mark.parametrize("cue", ["kata", "ujar", "ungkap", "tutur", "jelas", "tegas", "imbuh",
                                 "tambah", "papar", "terang", "ucap", "lanjut", "pungkas",
                                 "tandas", "tulis"])
def test_inverted_cue_after_the_clause(extract, cue):
    text = f"Pemerintah akan menaikkan gaji guru tahun depan, {cue} Sri Mulyani."
    q = _only(extract(text))
    assert q["text"] == "Pemerintah akan menaikkan gaji guru tahun depan"
    assert q["speaker"]["name"] == "Sri Mulyani"
    assert q["cue"]["text"] == cue


def test_inverted_clitic_cue_resolves_to_the_salient_person(extract):
    text = ("Kapolda Metro Jaya Irjen Karyoto meninjau lokasi banjir di Bekasi. "
            "Pihaknya sudah mengerahkan ratusan personel ke lokasi, ujarnya.")
    answer = extract(text)
    q = next(q for q in answer["quotes"] if q["cue"]["text"] == "ujarnya")
    assert q["text"] == "Pihaknya sudah mengerahkan ratusan personel ke lokasi"
    assert q["speaker"]["name"] == "Karyoto"
    assert q["speaker_mention"]["text"] == "ujarnya"


def test_menurut_x_gives_the_clause_after_the_comma(extract):
    q = _only(extract("Menurut Faisal Basri, inflasi tahun ini akan lebih tinggi dari target."))
    assert q["text"] == "inflasi tahun ini akan lebih tinggi dari target"
    assert q["speaker"]["name"] == "Faisal Basri"
    assert q["cue"]["lemma"] == "menurut"


def test_menurutnya_resolves_to_the_previous_speaker(extract):
    text = ("Ekonom senior Faisal Basri mengatakan harga pangan naik. "
            "Menurutnya, pemerintah harus segera membuka impor beras.")
    answer = extract(text)
    assert speaker_of(answer, "pemerintah harus") == "Faisal Basri"


def test_parenthetical_frame_keeps_the_whole_clause_without_connective(extract):
    text = "Pasalnya, kata Erick, Prabowo ingin semua BUMN melaporkan keuangan secara jujur."
    q = _only(extract(text))
    assert q["text"] == "Prabowo ingin semua BUMN melaporkan keuangan secara jujur"
    assert q["speaker"]["name"] == "Erick"


def test_anaphoric_hal_itu_disampaikan_reports_the_previous_sentence(extract):
    text = ("Pembangunan tanggul laut raksasa akan dimulai tahun depan. Hal itu disampaikan "
            "Menteri Koordinator Agus Harimurti Yudhoyono di Jakarta.")
    q = _only(extract(text))
    assert q["text"] == "Pembangunan tanggul laut raksasa akan dimulai tahun depan"
    assert q["cue"]["text"] == "disampaikan"
    assert "Agus Harimurti Yudhoyono" in q["speaker"]["name"]


def test_partial_quotation_makes_a_mixed_quote(extract):
    text = ('Khamenei mengatakan Amerika Serikat akan menghadapi "kerusakan yang tidak dapat '
            'diperbaiki" jika menyerang Iran.')
    q = _only(extract(text))
    assert q["type"] == "mixed"
    assert q["text"].startswith("Amerika Serikat akan menghadapi \"kerusakan")


def test_organisation_can_speak(extract):
    q = _only(extract("OpenAI mengumumkan bahwa mereka akan meluncurkan model baru bulan depan."))
    assert q["speaker"]["name"] == "OpenAI"
    assert q["text"] == "mereka akan meluncurkan model baru bulan depan"


@pytest.mark.parametrize(
    "sentence",
    [
        "Presiden menegaskan komitmennya terhadap pemberantasan korupsi.",
        "Ketua DPR Puan Maharani meminta maaf atas kejadian tersebut.",
        "Menurut data BPS, angka kemiskinan turun menjadi 8,5 persen.",
        "Hal senada diungkapkan Wakil Ketua DPR Sufmi Dasco Ahmad.",
        "Kasus itu disebut-sebut melibatkan pejabat daerah.",
    ],
)
def test_not_reported_speech(extract, sentence):
    assert extract(sentence)["quotes"] == []


def test_unnamed_speaker_is_null_not_a_guess(extract):
    q = _only(extract("Pengadilan menyatakan penetapan tersangka itu tidak sesuai prosedur."))
    assert q["speaker"] is None
    assert q["cue"]["text"] == "menyatakan"


def test_directive_keeps_everything_after_the_cue(extract):
    q = _only(extract("Hetifah meminta kepada Unud, untuk memberikan sanksi kepada pelaku."))
    assert q["text"] == "kepada Unud, untuk memberikan sanksi kepada pelaku"
    assert q["cue"]["text"] == "meminta"


@pytest.mark.parametrize(
    "sentence",
    ["Para terdakwa meminta bantuan kepada pejabat yang saat itu menjabat sebagai bupati.",
     "Warga meminta izin kepada ketua RT yang sedang bertugas."],
)
def test_asking_for_a_thing_is_not_a_directive(extract, sentence):
    assert extract(sentence)["quotes"] == []


def test_a_clause_the_parse_gives_the_cue_is_reported_even_after_an_object_noun(extract):
    """'menyebut data' usually ends at its object; when the parse makes a later verb the
    cue's clausal complement, the words after the cue are a reported proposition."""
    said = extract("BPS menyebut data perdagangan yang dirilis tengah bulan selama ini "
                   "merupakan data sementara.")
    [q] = said["quotes"]
    assert q["type"] == "indirect" and q["speaker"]["name"] == "BPS"
    assert q["text"].startswith("data perdagangan") and q["text"].endswith("data sementara")
    # The object noun with no clause after it reports nothing.
    assert extract("Menteri Perdagangan Budi Santoso menyampaikan data perdagangan kepada "
                   "anggota DPR di Jakarta.")["quotes"] == []


@pytest.mark.parametrize("cue", ["menyebut", "mengungkapkan", "menduga"])
def test_an_existential_after_any_cue_is_what_was_said(extract, cue):
    """"X menyebut ada ...": the existential is the clause's predicate, whatever the parse
    makes of the words after it (lexicon.EXISTENTIALS)."""
    text = f"Kepala BPBD Sukamaju, Budi Santoso, {cue} ada 12 rumah rusak akibat banjir."
    q = _only(extract(text))
    assert q["text"] == "ada 12 rumah rusak akibat banjir"
    assert q["speaker"]["name"] == "Budi Santoso"


@pytest.mark.parametrize("opening", ["Kata Budi Santoso,", "Seperti dikatakan Budi Santoso,"])
def test_a_frame_opening_the_sentence_works_as_menurut(extract, opening):
    q = _only(extract(f"{opening} perbaikan jalan itu dibiayai APBD sebesar Rp 2 miliar."))
    assert q["text"] == "perbaikan jalan itu dibiayai APBD sebesar Rp 2 miliar"
    assert q["speaker"]["name"] == "Budi Santoso"


@pytest.mark.parametrize("degrees", ["M.T.", "S.T., M.T.", "S.H., M.H."])
def test_degrees_the_tokeniser_splits_leave_the_name_the_subject(extract, degrees):
    """"Bambang Wijaya, M.T., mengatakan": the tokeniser may write "M.T." as "M." "T" ".";
    the letter belongs to the abbreviation, so the degrees still stand between the name and
    its cue and the quote is found."""
    q = _only(extract(f"Dekan Fakultas Teknik Universitas Sukamaju Ir. Bambang Wijaya, "
                      f"{degrees}, mengatakan jembatan itu layak dipakai."))
    assert q["text"] == "jembatan itu layak dipakai"
    assert q["speaker"]["name"] == "Bambang Wijaya"


def test_a_title_before_the_name_is_no_part_of_the_office(extract):
    """"Dekan Fakultas Teknik Ir. Bambang Wijaya": "Ir." is the person's title; the office
    is the dean's."""
    answer = extract("Dekan Fakultas Teknik Universitas Sukamaju Ir. Bambang Wijaya "
                     "mengatakan jembatan itu layak dipakai. “Kami siap,” kata Bambang.")
    [speaker] = answer["speakers"]
    assert speaker["name"] == "Bambang Wijaya"
    assert speaker["roles"] == ["Dekan Fakultas Teknik Universitas Sukamaju"]


def test_a_title_before_a_name_in_an_apposition_is_no_role(extract):
    """"Guru Besar ..., Prof. Hendro Wibowo, menilai": the tokeniser writes "Prof" "."; the
    period is no lower-case word after the title, so "Prof." is no role of its own."""
    answer = extract("Guru Besar Fakultas Hukum Universitas Sukamaju, Prof. Hendro Wibowo, "
                     "menilai putusan itu cacat hukum.")
    q = _only(answer)
    assert q["text"] == "putusan itu cacat hukum"
    [speaker] = answer["speakers"]
    assert speaker["name"] == "Hendro Wibowo"
    assert speaker["roles"] == ["Guru Besar Fakultas Hukum Universitas Sukamaju"]


@pytest.mark.parametrize(("text", "said"), [
    ("Sekretaris Daerah Kota Sukamaju Budi Santoso mengatakan anggaran cukup.",
     "anggaran cukup"),
    ("Komandan Satuan Brimob Polda Sukamaju Kombes Budi Santoso mengatakan pasukan dikirim.",
     "pasukan dikirim"),
    ("Dandim Sukamaju Letkol Inf Budi Santoso mengatakan prajurit siaga.", "prajurit siaga"),
])
def test_two_words_after_mengatakan_are_said_on_real_parses(extract, text, said):
    """The small tagger reads "cukup" as an adverb, "dikirim" as an adjective and "siaga" as
    a noun; after "mengatakan" a subject and its predicate are still what was said."""
    q = _only(extract(text))
    assert q["text"] == said
    assert q["speaker"]["name"] == "Budi Santoso"


@pytest.mark.parametrize(("text", "said"), [
    ("Menteri Keuangan Sri Wahyuni mengatakan di Jakarta, Senin, inflasi tahun ini akan "
     "terkendali.", "inflasi tahun ini akan terkendali"),
    ("Kepala BPS Rina Marlina mengatakan dalam konferensi pers, ekspor naik 5 persen.",
     "ekspor naik 5 persen"),
    ("Kapolres Sukamaju AKBP Budi Santoso mengatakan saat ditemui di kantornya, pelaku sudah "
     "ditahan.", "pelaku sudah ditahan"),
])
def test_the_circumstances_of_the_saying_stay_out_on_real_parses(extract, text, said):
    q = _only(extract(text))
    assert q["text"] == said
    assert q["type"] == "indirect"


def test_circumstances_alone_are_no_quote_on_real_parses(extract):
    assert extract("Menteri Keuangan Sri Wahyuni mengatakan di Jakarta, Senin (3/3).")[
        "quotes"] == []


def test_an_object_noun_then_a_predicate_marker_is_a_clause_on_real_parses(extract):
    """The small parser makes "kebijakan" the object of "menilai"; the marker after it
    ("sudah") shows the subject of a clause."""
    q = _only(extract("Wakil Ketua DPR Budi Santoso menilai kebijakan tersebut sudah tepat."))
    assert q["text"] == "kebijakan tersebut sudah tepat"
    assert q["speaker"]["name"] == "Budi Santoso"
    assert extract("Budi Santoso menyampaikan kebijakan desa yang akan diterapkan tahun "
                   "depan.")["quotes"] == []


def test_an_opening_passive_cue_frames_the_clause_on_real_parses(extract):
    q = _only(extract("Disebutkan Kepala Dinas Pertanian Sukamaju Budi Santoso, produksi padi "
                      "naik 10 persen."))
    assert q["text"] == "produksi padi naik 10 persen"
    assert q["speaker"]["name"] == "Budi Santoso"


def test_two_words_after_a_cue_and_its_comma_on_real_parses(extract):
    answer = extract("Kapolres Sukamaju Budi Santoso tiba di lokasi. Ia menambahkan, patroli "
                     "ditingkatkan.")
    q = _only(answer)
    assert q["text"] == "patroli ditingkatkan"
    assert q["speaker"]["name"] == "Budi Santoso"


def test_denials_on_real_parses(extract):
    q = _only(extract("Budi Santoso juga menampik adanya kenaikan harga beras."))
    assert q["text"] == "adanya kenaikan harga beras"
    assert extract("Pria berusia 60 tahun itu menampik ketika ditanya apakah dirinya "
                   "mengetahui kasus itu.")["quotes"] == []
