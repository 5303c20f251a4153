"""Figures normalised as CONTRACT.md says, one format a case (no Stanza needed)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from service.extract.quantities import (
    find_quantities,
    is_figure,
    parse_number,
    states_a_result,
)


@pytest.mark.parametrize(("raw", "value"), [
    ("1.250.000", 1_250_000), ("4,5", 4.5), ("1.250", 1250), ("1.250,75", 1250.75),
    ("2,4", 2.4), ("300", 300), ("2.5", 2.5), ("0,85", 0.85),
])
def test_indonesian_number_formats(raw, value):
    assert parse_number(raw) == pytest.approx(value)


@pytest.mark.parametrize(("text", "figure", "value", "unit", "kind", "qualifier"), [
    ("memiliki lebih dari 300 juta pengguna aktif", "lebih dari 300 juta pengguna",
     300_000_000, "pengguna", "count", "more_than"),
    ("menerima Rp 4,5 miliar dari", "Rp 4,5 miliar", 4_500_000_000, "IDR", "money", None),
    ("senilai Rp. 1.250.000 per bulan", "senilai Rp. 1.250.000", 1_250_000, "IDR", "money",
     None),
    ("utang Rp 2,1 T tahun ini", "Rp 2,1 T", 2_100_000_000_000, "IDR", "money", None),
    ("anggaran Rp 5 M untuk", "Rp 5 M", 5_000_000_000, "IDR", "money", None),
    ("harga Rp 15 rb per kilo", "Rp 15 rb", 15_000, "IDR", "money", None),
    ("gaji Rp 3 jt sebulan", "Rp 3 jt", 3_000_000, "IDR", "money", None),
    ("sekitar US$ 3 juta", "sekitar US$ 3 juta", 3_000_000, "USD", "money", "about"),
    ("dana $ 40 miliar", "$ 40 miliar", 40_000_000_000, "USD", "money", None),
    ("denda € 2 juta", "€ 2 juta", 2_000_000, "EUR", "money", None),
    ("ekspor 12 triliun rupiah", "12 triliun rupiah", 12_000_000_000_000, "IDR", "money", None),
    ("inflasi naik 0,5 persen", "0,5 persen", 0.5, "percent", "percent", None),
    ("setidaknya 25% warga", "setidaknya 25%", 25, "percent", "percent", "at_least"),
    ("naik 2 poin persentase", "2 poin persentase", 2, "percentage_point", "percent", None),
    ("tekanan darah 2,4 mm Hg", "2,4 mm Hg", 2.4, "mm hg", "measure", None),
    ("tingginya 185 cm", "185 cm", 185, "cm", "measure", None),
    ("berada di peringkat ketiga dunia", "peringkat ketiga", 3, None, "rank", None),
    ("meraih juara pertama", "juara pertama", 1, None, "rank", None),
    ("sebanyak 1.250 orang", "sebanyak 1.250 orang", 1250, "orang", "count", None),
    ("hampir 10 tahun", "hampir 10 tahun", 10, "tahun", "duration", "nearly"),
    ("kurang dari 5 ribu kasus", "kurang dari 5 ribu kasus", 5000, "kasus", "count",
     "less_than"),
    ("paling banyak 40 kursi", "paling banyak 40 kursi", 40, "kursi", "count", "at_most"),
    ("mencoret tiga pemain muda", "tiga pemain", 3, "pemain", "count", None),
    # Zero is a number too: a free fare is a figure ("tarif nol rupiah").
    ("beroperasi dengan tarif nol rupiah", "nol rupiah", 0, "IDR", "money", None),
    ("pada tahun 2024 lalu", "2024", 2024, None, "date", None),
    ("Jumat (17/10/2025) malam", "17/10/2025", 2025, None, "date", None),
    ("dibuka sampai 22.00 WIB", "22.00 WIB", 22, "time", "date", None),
])
def test_each_format(text, figure, value, unit, kind, qualifier):
    found = find_quantities(text, base=100)
    q = next(q for q in found if q.text == figure)
    assert text[q.start - 100 : q.end - 100] == figure
    assert q.value == pytest.approx(value)
    assert (q.unit, q.kind, q.qualifier) == (unit, kind, qualifier)


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("pembangkit berkapasitas 2x50 megawatt", 100, "megawatt"),
    ("jembatan sepanjang 3 x 100 meter", 300, "meter"),
])
def test_a_product_of_two_numbers_is_one_measure(text, value, unit):
    [q] = find_quantities(text)
    assert (q.kind, q.value, q.unit) == ("measure", value, unit)


def test_words_that_are_not_figures():
    assert find_quantities("Ia menjadi orang pertama yang datang") == []
    assert find_quantities("tiga") == []  # a number word alone counts nothing


def test_digits_glued_to_a_word_are_a_name_not_a_figure():
    # A disease, a forum and a day before a holiday carry digits in their names.
    assert find_quantities("Pandemi Covid-19 merebak di kota itu") == []
    assert find_quantities("Pertemuan G20 digelar di Bali") == []
    assert find_quantities("Arus mudik H-7 Lebaran padat") == []
    # Digits between two capitalised words belong to a club's or a plant's name...
    assert find_quantities("Timnya kalah di markas FC 1899 Sukamaju") == []
    assert find_quantities("Proyek PLTU 2 Bengkulu mangkrak") == []
    # ...but a calendar word beside them makes a date, and a lower-case word a count.
    assert [q.kind for q in find_quantities("Pada Maret 2024 Pemerintah mencabut izin")] == [
        "date"]
    assert [q.text for q in find_quantities("Sebanyak 1899 warga Sukamaju mengungsi")] == [
        "Sebanyak 1899 warga"]
    # A currency written against its amount is still money; a range is still two numbers.
    [money] = find_quantities("Harganya Rp15.000 per kilogram")
    assert (money.kind, money.value) == ("money", 15000)
    assert [q.value for q in find_quantities("Sebanyak 2-3 orang hilang")] == [2, 3]


@pytest.mark.parametrize(("text", "figure"), [
    ("kerugian Rp 10 miliar", True), ("naik 5 persen", True), ("peringkat kedua", True),
    ("mencetak 50 gol", True), ("lebih dari 3 kasus", True), ("1.500 warga", True),
    ("tiga terdakwa", False), ("4 IUP", False), ("pada 2019", False), ("pukul 10.30", False),
])
def test_which_figures_make_a_quantity_claim(text, figure):
    assert any(is_figure(q) for q in find_quantities(text)) is figure


@given(st.text(alphabet=st.sampled_from(list("0123456789.,% Rp$€USjutaribumiliarpersen"
                                              "lebihdarisekitarhampir-/:")), max_size=80),
       st.integers(min_value=0, max_value=10_000))
def test_offsets_always_slice_the_text(text, base):
    padded = " " * base + text
    for q in find_quantities(text, base):
        assert padded[q.start : q.end] == q.text
        assert q.start < q.end


@given(st.text(max_size=120))
def test_any_unicode_text_is_read_without_error(text):
    """Superscripts and other scripts' digits ("¹", "٣") are digits to str.isdigit but no
    figure here: they never break the reading."""
    for q in find_quantities(text):
        assert text[q.start : q.end] == q.text


@pytest.mark.parametrize(("text", "result"), [
    ("Persikabo menang 2-1 atas tim tamu", True),
    ("Bandung Raya 1 - 0 Mitra Kukar ( Ardi 53 ' )", True),
    ("imbang 2 – 2 di babak pertama", True),
    # Ranges carry a unit, a month, a scale or a share; names glue digits to words.
    ("dievaluasi selama 2-4 minggu", False),
    ("digelar pada 23-26 Oktober", False),
    ("naik 3-5 persen tahun ini", False),
    ("lahan seluas 10-12 hektare", False),
    ("pandemi Covid-19 - 20 negara", False),
    ("pukul 10.30-12.00 WIB", False),
    ("jadwal H-7 Lebaran", False),
])
def test_a_match_result_is_two_small_numbers_joined_by_a_dash(text, result):
    assert states_a_result(text) is result


@pytest.mark.parametrize(("text", "figures"), [
    ("didakwa melanggar Pasal 2 ayat (1) KUHP", []),
    ("sesuai UU No. 14 tentang keterbukaan", []),
    # A reference word glued to the word before it, where scraping lost a space.
    ("dijerat Pasal 2 junctoPasal 28 ayat 1 UU ITE", []),
    ("diatur dalam Permen Nomor 54 Tahun 2024", [("2024", "date")]),
    ("diatur dalam Inpres Nomor 1/2025 tentang efisiensi", [("2025", "date")]),
    # A count of articles, and a rank, stay figures.
    ("undang-undang itu memuat 186 pasal", [("186 pasal", "count")]),
    ("Indonesia menempati nomor 3 di dunia", [("nomor 3", "rank")]),
])
def test_the_number_of_a_law_or_article_is_a_reference_not_a_figure(text, figures):
    assert [(q.text, q.kind) for q in find_quantities(text)] == figures


@pytest.mark.parametrize(("text", "value", "kind"), [
    ("laga itu ditonton 3,412 orang", 3412, "count"),  # people come whole: thousands
    ("sebanyak 2,5 juta orang", 2_500_000, "count"),  # a scale after it: a decimal
    ("jarak tempuh 3,125 km", 3.125, "measure"),  # a measure may be fractional
])
def test_a_comma_before_three_digits_groups_thousands_only_in_a_count(text, value, kind):
    [q] = find_quantities(text)
    assert (q.value, q.kind) == (pytest.approx(value), kind)


@pytest.mark.parametrize(("text", "unit"), [
    # A word with a derived verb's affixes after a number is what the counted ones do, not
    # what is counted: the count names no noun ...
    ("Sebanyak 2 berada di rumah sakit", None),
    ("Korban 5 dilaporkan hilang", None),
    # ... while nouns of that shape, and loanwords "me" opens, are counted.
    ("Polisi menetapkan 3 tersangka baru", "tersangka"),
    ("Tim meraih 55 medali emas", "medali"),
    ("Pabrik itu membeli 12 mesin baru", "mesin"),
])
def test_a_counted_word_is_a_noun_not_a_verb(text, unit):
    [q] = find_quantities(text)
    assert (q.kind, q.unit) == ("count", unit)


def test_a_number_word_before_a_verb_counts_nothing():
    assert find_quantities("Dua menjadi korban banjir") == []


def test_a_share_with_its_nya_is_a_share():
    [q] = find_quantities("sekitar 70 persennya sudah habis")
    assert (q.kind, q.value, q.qualifier) == ("percent", 70, "about")


@pytest.mark.parametrize(("text", "figure", "value", "qualifier"), [
    # A fraction written out is a share, in percent, before "dari" or a noun it shares out.
    ("Hampir separuh dari warga desa itu belum divaksin.", "Hampir separuh", 50.0, "nearly"),
    ("Lebih dari separuh kapal di dunia didaur ulang di sana.", "Lebih dari separuh", 50.0,
     "more_than"),
    ("Dua pertiga anggota dewan menyetujui usul itu.", "Dua pertiga", 66.67, None),
    ("Seperempat dari anggaran habis untuk gaji.", "Seperempat", 25.0, None),
    ("Nilainya hampir setengah dari nilai proyek.", "hampir setengah", 50.0, "nearly"),
])
def test_a_fraction_written_out_is_a_share(text, figure, value, qualifier):
    [q] = [q for q in find_quantities(text) if q.text == figure]
    assert (q.value, q.kind, q.unit, q.qualifier) == (value, "percent", "percent", qualifier)


@pytest.mark.parametrize(("text", "kinds"), [
    # "setengah" is half of a unit, or an idiom, unless "dari" follows.
    ("Rapat itu berlangsung setengah jam.", ["duration"]),
    ("Daging itu masih setengah matang.", ["count"]),
])
def test_half_before_anything_but_dari_is_no_share(text, kinds):
    assert [q.kind for q in find_quantities(text)] == kinds


@pytest.mark.parametrize(("text", "value", "unit"), [
    # After a number word, "setengah" adds a half.
    ("Satu setengah juta warga berisiko terdampak.", 1_500_000, "warga"),
    ("Terdakwa dihukum dua setengah tahun penjara.", 2.5, "tahun"),
])
def test_a_number_and_a_half(text, value, unit):
    [q] = find_quantities(text)
    assert (q.value, q.unit) == (value, unit)
