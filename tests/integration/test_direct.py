"""Direct quotes through the real small Stanza models: marks, spans, frames, non-quotes."""

from __future__ import annotations

import pytest

from tests.conftest import quote_texts, speaker_of


@pytest.mark.parametrize(
    ("opening", "closing"),
    [("“", "”"), ('"', '"'), ("„", "“"), ("«", "»"), ("‘", "’"), ("'", "'"), ("“", "“")],
)
def test_every_quotation_style_gives_one_direct_quote(extract, opening, closing):
    text = (f"{opening}Harga beras akan turun bulan depan,{closing} kata Menteri Perdagangan "
            "Budi Santoso di Jakarta.")
    answer = extract(text)
    assert quote_texts(answer, "direct") == ["Harga beras akan turun bulan depan,"]
    assert speaker_of(answer, "Harga beras") == "Budi Santoso"


def test_quote_over_several_sentences_is_one_quote(extract):
    text = ("“Kami sudah bekerja keras. Hasilnya terlihat tahun ini. Target kami tercapai,” "
            "ujar Dwikorita.")
    answer = extract(text)
    assert quote_texts(answer, "direct") == [
        "Kami sudah bekerja keras. Hasilnya terlihat tahun ini. Target kami tercapai,"
    ]


def test_unclosed_paragraph_reopens_in_the_next(extract):
    text = (
        "Gubernur Jawa Barat Dedi Mulyadi menjelaskan rencananya kepada wartawan.\n\n"
        "“Jalan provinsi akan kami perbaiki seluruhnya tahun ini. Anggarannya sudah siap.\n\n"
        "“Setelah itu kami membangun jembatan di selatan,” kata Dedi."
    )
    answer = extract(text)
    direct = [q for q in answer["quotes"] if q["type"] == "direct"]
    assert [q["text"] for q in direct] == [
        "Jalan provinsi akan kami perbaiki seluruhnya tahun ini. Anggarannya sudah siap.",
        "Setelah itu kami membangun jembatan di selatan,",
    ]
    assert {q["speaker"]["name"] for q in direct} == {"Dedi Mulyadi"}


def test_split_quote_gives_two_quotes_of_one_speaker(extract):
    text = ("“Kami tidak akan mundur,” kata Ketua KPU Afifuddin. “Semua tahapan berjalan sesuai "
            "jadwal,” lanjutnya.")
    answer = extract(text)
    direct = [q for q in answer["quotes"] if q["type"] == "direct"]
    assert [q["text"] for q in direct] == [
        "Kami tidak akan mundur,", "Semua tahapan berjalan sesuai jadwal,",
    ]
    assert direct[0]["speaker"]["id"] == direct[1]["speaker"]["id"]
    assert direct[0]["speaker"]["name"] == "Afifuddin"
    assert direct[1]["cue"]["text"] == "lanjutnya"


def test_frame_before_the_quote(extract):
    text = ("Menteri Keuangan Sri Mulyani mengatakan, “Defisit anggaran tetap terjaga di bawah "
            "tiga persen.”")
    answer = extract(text)
    assert quote_texts(answer, "direct") == ["Defisit anggaran tetap terjaga di bawah tiga persen."]
    assert speaker_of(answer, "Defisit") == "Sri Mulyani"


def test_titles_nicknames_and_scare_quotes_are_not_quotes(extract):
    text = (
        "Tim berjuluk “Macan Kemayoran” itu menang. Film bertajuk “Agak Laen” ditonton jutaan "
        "orang. Warga menjuluki jalan itu “jalur tengkorak” karena sering terjadi kecelakaan.\n\n"
        'Tonton juga video "Presiden Tinjau Banjir di Bekasi"'
    )
    assert extract(text)["quotes"] == []


def test_a_sentence_ending_with_a_title_noun_leaves_the_next_quote_a_quote(extract):
    """"... hadir di acara itu. "Saya ..."": "acara" may introduce a title, but not across the
    period that ends its sentence."""
    answer = extract('Rina Wati hadir di acara itu. "Saya belum mau menikah," kata Rina.')
    assert quote_texts(answer, "direct") == ["Saya belum mau menikah,"]
    assert speaker_of(answer, "Saya") == "Rina Wati"


def test_nested_single_quotes_stay_inside_the_outer_quote(extract):
    text = ("“Saya bilang kepada mereka, ‘Jangan pulang dulu,’ lalu kami menunggu,” ujar Rina "
            "Marlina.")
    answer = extract(text)
    assert quote_texts(answer, "direct") == [
        "Saya bilang kepada mereka, ‘Jangan pulang dulu,’ lalu kami menunggu,"
    ]


def test_tokenised_spacing_is_trimmed_inside_marks(extract):
    text = '" Itu tugas KPK untuk memberantas korupsi , " kata Wakil Presiden Jusuf Kalla .'
    answer = extract(text)
    assert quote_texts(answer, "direct") == ["Itu tugas KPK untuk memberantas korupsi ,"]
    assert speaker_of(answer, "Itu tugas") == "Jusuf Kalla"
