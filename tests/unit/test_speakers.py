"""Speakers: voices a clitic means, offices and asides before a name, glued words, and
the antecedents of pronouns.

Made-up sentences on hand-built views (no Stanza)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from service.extract.direct import extract_direct
from service.extract.engine import extract
from service.extract.entities import _name_runs, is_short_form
from service.extract.frames import Frames
from service.extract.mentions import classify, is_organisation, mention_after, split_name
from service.extract.reported import extract_reported
from service.extract.speakers import resolve_speakers
from tests.views import view_of


def _word(view, text: str):
    return next(w for w in view.words if w.text == text)


def test_a_later_short_name_and_a_clitic_resolve_to_the_fullest_name():
    view = view_of("“Harga naik,” kata Budi Santoso. “Stok aman,” ujar Budi. "
                   "“Kami siap,” ujarnya.")
    direct, _ = extract_direct(view, Frames(view))
    quotes, speakers = resolve_speakers(view, direct, Frames(view))
    assert [q.speaker.name for q in quotes] == ["Budi Santoso"] * 3
    assert len(speakers) == 1 and all(q.speaker is None for q in direct)  # copies, not edits


@pytest.mark.parametrize("introduction", [
    "Hal senada disampaikan Rizki Rifai, anggota kelompok lainnya.",
    "Rizki Rifai, yang dihubungi dari Jakarta, Sabtu (19/9/2020), mengatakan, stok cukup.",
    "Rizki Rifai menambahkan, stok cukup sampai akhir tahun.",
    "Kepala Dinas Pangan Rizki Rifai di Bandung, Senin (3/8/2020), mengatakan, stok cukup.",
    "Rizki Rifai dalam diskusi daring menjelaskan, stok cukup sampai akhir tahun.",
    "Rizki Rifai, Koordinator Relawan Mawar, juga menyampaikan harapan serupa.",
])
def test_a_person_introduced_as_speaking_is_the_voice_a_later_clitic_means(introduction):
    """A -nya frame of a direct quote points at the latest voice: a person quoted, or one the
    narration introduces as speaking (subject of a speech verb, agent of a passive one), even
    with an aside between the name and the verb; not at the one quoted earlier."""
    assert _clitic_speaker_after(introduction) == "Rizki Rifai"


def _speakers_of_direct_quotes(view):
    """The direct quotes of a hand-built view with their speakers resolved, and the speakers."""
    direct, _ = extract_direct(view, Frames(view))
    return resolve_speakers(view, direct, Frames(view))


def _clitic_speaker_after(narration: str) -> str:
    """Who ", ujarnya" means after Budi Santoso is quoted and then narration is read."""
    view = view_of("“Harga naik,” kata Budi Santoso.\n\n" + narration +
                   "\n\n“Kami sudah menyiapkan operasi pasar,” ujarnya.")
    quotes, _ = _speakers_of_direct_quotes(view)
    return quotes[-1].speaker.name


def test_a_directive_narrated_between_two_parties_is_not_a_voice():
    """"Terdakwa X meminta Direktur Y untuk ...": a request the story narrates."""
    assert _clitic_speaker_after(
        "Ani Lestari meminta Direktur PT Maju untuk mengirim barang.") == "Budi Santoso"


def test_a_public_appeal_is_the_speakers_own_voice():
    """"X mendesak pemerintah ...", "X meminta warga ...": X speaks to the public."""
    assert _clitic_speaker_after("Ani Lestari meminta warga tetap tenang.") == "Ani Lestari"
    assert _clitic_speaker_after("Ani Lestari mendesak pemerintah menurunkan harga.") == \
        "Ani Lestari"


def test_a_group_is_no_antecedent_for_a_singular_clitic():
    assert _clitic_speaker_after("Rusman dan Rajiun mengatakan stok aman.") == "Budi Santoso"


@pytest.mark.parametrize(("phrase", "role", "name"), [
    ("Kepala Bidang Humas dan Protokol Rudi Hartono", "Kepala Bidang Humas dan Protokol",
     "Rudi Hartono"),
    ("Ketua Dewan Pengawas dan Pembina Yayasan Harapan Rina Wati",
     "Ketua Dewan Pengawas dan Pembina Yayasan Harapan", "Rina Wati"),
    ("Menteri Riset dan Teknologi Rina Wati", "Menteri Riset dan Teknologi", "Rina Wati"),
])
def test_after_an_office_dan_joins_a_second_office_never_the_name(phrase, role, name):
    """"dan" after a title joins two offices; the name never starts with it. The rest is
    read as an office again, so at worst a name keeps a word of an office it does not know
    ("Harapan")."""
    view = view_of(f"Kemarin {phrase} datang.")
    got_role, got_name = split_name(view, view.words[1:-2])
    assert view.text[got_role[0].start : got_role[-1].end] == role
    assert view.text[got_name[0].start : got_name[-1].end] == name


def test_a_name_never_opens_with_lower_case_words_glued_to_it():
    """"Lebih fokus Budi menambahkan" (a comma lost in scraping): the name is Budi."""
    view = view_of("Kemarin Lebih fokus Budi Santoso datang.")
    mention = classify(view, view.words[1:-2])
    assert mention is not None and (mention.kind, mention.text) == ("name", "Budi Santoso")


@pytest.mark.parametrize("sentence", [
    "Kepala Dinas Pangan Kota Mawar Rina Wati di Mawar, Rabu (16/9/2020), mengatakan, stok "
    "beras mencukupi kebutuhan sebulan.",
    "Rina Wati dalam diskusi daring bertema pangan, Rabu (16/9/2020), mengatakan, stok beras "
    "mencukupi kebutuhan sebulan.",
    "Rina Wati, saat dihubungi dari Jakarta, mengatakan, stok beras mencukupi kebutuhan "
    "sebulan.",
])
def test_the_subject_of_a_speech_verb_is_found_across_an_aside(sentence):
    """A place, an occasion or a time between the speaker and the verb is an aside: the
    speaker is the name before it, never the place ("Mawar") or the day."""
    view = view_of(sentence)
    [quote] = extract_reported(view, [], [], Frames(view))
    assert quote.mention is not None and quote.mention.text == "Rina Wati"
    assert quote.text.startswith("stok beras mencukupi")


def test_an_office_going_on_after_dari_is_no_aside():
    """"Spesialis Anak dari RS Harapan dr Rina Wati": "dari RS ..." is part of the office."""
    view = view_of("Spesialis Anak dari RS Harapan dr Rina Wati menjelaskan, obat itu "
                   "menurunkan demam anak.")
    [quote] = extract_reported(view, [], [], Frames(view))
    assert quote.mention is not None and quote.mention.text == "Rina Wati"


def test_selaku_puts_the_role_after_the_name():
    view = view_of("Kemarin Rudi Hartono selaku Kepala Divisi Distribusi datang.")
    mention = classify(view, view.words[1:-2])
    assert (mention.kind, mention.text, mention.role) == (
        "name", "Rudi Hartono", "Kepala Divisi Distribusi")


def test_a_noun_carrying_nya_is_no_name():
    """"Tujuannya memastikan ..." opens a sentence capitalised: a possessed noun, no one."""
    view = view_of("Kemarin Tujuannya datang.")
    words = view.words[1:-2]
    words[0] = replace(words[0], text="Tujuan")
    view.words[1] = words[0]
    view.words.insert(2, replace(words[0], i=2, text="nya", clitic=True))
    view.words[:] = [replace(w, i=k) for k, w in enumerate(view.words)]
    mention = classify(view, view.words[1:3])
    assert mention is not None and mention.kind == "description"


def test_a_run_an_acronym_opens_names_an_organisation():
    assert is_organisation("BPJS Kesehatan")
    assert is_organisation("PD Pasar Jaya")
    assert not is_organisation("Rudi Hartono")


def test_a_place_after_a_preposition_is_no_subject_across_an_aside():
    """"pesepeda yang ditemui di Taman Kota pada Sabtu pagi mengaku": Taman Kota is where,
    not who."""
    view = view_of("Beberapa pesepeda ditemui di Taman Kota Mawar pada Sabtu pagi mengaku "
                   "tertarik memakai sepeda.")
    quotes = extract_reported(view, [], [], Frames(view))
    assert all(q.mention is None or "Mawar" not in q.mention.text for q in quotes)
    # The positive control: a name as the subject across the same aside speaks.
    view = view_of("Rina Wati di Taman Kota Mawar pada Sabtu pagi mengaku tertarik "
                   "memakai sepeda.")
    assert [q.mention.text for q in extract_reported(view, [], [], Frames(view))] == ["Rina Wati"]


@pytest.mark.parametrize(("short", "name", "expected"), [
    ("JK", "Jusuf Kalla", True), ("SBY", "Susilo Bambang Yudhoyono", True),
    ("Jokowi", "Joko Widodo", True), ("Budi", "Budiman Santoso", False),
    ("Budi", "Budi Santoso", False), ("Rudi", "Joko Widodo", False),
])
def test_short_forms_of_names(short, name, expected):
    assert is_short_form(short, name) is expected


def test_a_blended_short_name_and_its_full_name_are_one_speaker():
    view = view_of("“Kita percepat bantuan,” kata Presiden Jokowi.\n\n"
                   "Presiden Joko Widodo meninjau pasar.\n\n"
                   "“Harga harus turun,” ujar Joko Widodo.")
    quotes, speakers = _speakers_of_direct_quotes(view)
    assert [s.name for s in speakers] == ["Joko Widodo"]
    assert {q.speaker.name for q in quotes} == {"Joko Widodo"}


def test_a_nickname_the_text_gives_is_the_same_speaker():
    view = view_of("Bagus Made Wirawan, yang biasa disapa Gus Made, meninjau "
                   "pasar.\n\n“Harga harus turun,” kata Gus Made.")
    quotes, _ = _speakers_of_direct_quotes(view)
    assert quotes[0].speaker.name == "Bagus Made Wirawan"


@pytest.mark.parametrize("text", [
    # the nickname, then the name it belongs to, in full or in part
    "Bupati Mang Adi, sapaan akrab Hendra Adi Wirawan, meninjau pasar.",
    "Hendra Adi Wirawan hadir.\n\nBupati Mang Adi, sapaan Hendra, meninjau pasar.",
    # the nickname with -nya: the person named last before it
    "Hendra Adi Wirawan meninjau pasar.\n\nKunjungan itu dilakukan Bupati Mang Adi, "
    "sapaan akrabnya, pada Selasa.",
    "Hendra Adi Wirawan meninjau pasar.\n\nBupati Mang Adi, panggilannya, datang pagi.",
    # a relative clause without a comma, the familiar word saying it is a nickname
    "Hendra Adi Wirawan yang karib disapa Mang Adi meninjau pasar.",
])
def test_a_nickname_given_by_its_noun_or_a_relative_clause_is_the_same_speaker(text):
    view = view_of(text + "\n\n“Harga harus turun,” kata Mang Adi.")
    quotes, _ = _speakers_of_direct_quotes(view)
    assert quotes[0].speaker.name == "Hendra Adi Wirawan"


def test_a_name_after_yang_and_a_passive_verb_is_no_nickname():
    # "yang disebut Jaksa Made ..." names the verb's agent: no familiar word, no nickname.
    view = view_of("Hendra Adi Wirawan yang disebut Jaksa Mang Adi terlibat hadir.\n\n"
                   "“Saya tidak terlibat,” kata Mang Adi.")
    quotes, _ = _speakers_of_direct_quotes(view)
    assert quotes[0].speaker.name != "Hendra Adi Wirawan"


def test_with_no_subject_before_a_pronoun_the_last_person_named_is_its_antecedent():
    """"Kabar24 - Rina Wati akhirnya angkat suara soal ... Dia memastikan ...": no verb the
    rules know follows the name, yet she is the only person named before the pronoun; a
    title with a place ("Wali Kota Mawar") names no one."""
    view = view_of("Kabar24 - Rina Wati akhirnya angkat suara soal pemilihan Wali Kota Mawar.\n\n"
                   "Dia memastikan belum tertarik terjun ke politik.")
    frames = Frames(view)
    quotes, _ = resolve_speakers(view, extract_reported(view, [], [], frames), frames)
    assert quotes[-1].speaker is not None and quotes[-1].speaker.name == "Rina Wati"


def test_a_body_named_in_parentheses_closes_the_office_before_the_name():
    view = view_of("Kemarin Kepala Badan Pangan Nusa Raya (Pangraya) Rina Wati datang.")
    role, name = split_name(view, view.words[1:-2])
    assert view.text[name[0].start : name[-1].end] == "Rina Wati"
    assert view.text[role[0].start : role[-1].end] == "Kepala Badan Pangan Nusa Raya (Pangraya)"


def test_a_bare_title_names_the_person_the_text_gives_it_to():
    """"Presiden" alone means the person the article calls "Presiden NAME"."""
    view = view_of("Presiden Rudi Hartono dalam rapat terbatas menegaskan, proyek itu "
                   "menyerap tenaga kerja.\n\n“Kita tidak boleh berhenti,” kata Presiden.")
    quotes, _ = _speakers_of_direct_quotes(view)
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Rudi Hartono"


def test_an_apposition_after_a_name_is_not_a_second_subject():
    """"Rina Wati, Wakil Bupati Mawar, di kantornya, menyampaikan": one speaker, Rina."""
    view = view_of("Rina Wati, Wakil Bupati Mawar, di kantornya, menyampaikan, stok beras "
                   "mencukupi.\n\n“Kami siap,” katanya.")
    quotes, speakers = _speakers_of_direct_quotes(view)
    assert quotes[0].speaker.name == "Rina Wati"
    assert [s.name for s in speakers] == ["Rina Wati"]


def test_a_lower_case_title_inside_an_office_run_does_not_end_it():
    """"disampaikan Kepala Dinas Kesehatan Mawar dr Rina Wati": the name is Rina Wati."""
    view = view_of("Hal itu disampaikan Kepala Dinas Kesehatan Mawar dr Rina Wati kepada "
                   "wartawan.")
    cue = _word(view, "disampaikan")
    mention = mention_after(view, cue, len(view.words))
    assert mention is not None and mention.text == "Rina Wati"


def test_a_common_word_capitalised_at_a_clause_start_is_no_part_of_a_name():
    """"Aktivitas Merapi meningkat": "aktivitas" is written in lower case elsewhere in the
    article, so it is a common word here, not the first word of a name."""
    view = view_of("Aktivitas Gunung Sari Wangi meningkat.\n\nWarga memantau aktivitas itu "
                   "setiap hari.")
    mention = classify(view, view.words[0:4])
    assert mention is not None and mention.text == "Gunung Sari Wangi"


def test_a_two_word_title_is_one_title():
    """"kata juru bicara Satgas Mawar, Rina Wati": juru bicara is one title."""
    view = view_of("“Kasus turun,” kata juru bicara Satgas Mawar, Rina Wati.")
    direct, _ = extract_direct(view, Frames(view))
    assert direct[0].mention is not None and direct[0].mention.text == "Rina Wati"


def test_an_office_listing_its_fields_goes_on_to_the_name():
    """"Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Rudi Hartono": the commas
    list the office's fields; the name is the holder, not "Hukum"."""
    view = view_of("“Kita tertibkan,” kata Menteri Koordinator Bidang Politik, Hukum, dan "
                   "Keamanan Rudi Hartono.")
    direct, _ = extract_direct(view, Frames(view))
    mention = direct[0].mention
    assert mention is not None and mention.text == "Rudi Hartono"
    assert mention.role.startswith("Menteri Koordinator Bidang Politik, Hukum, dan Keamanan")


@pytest.mark.parametrize("office", [
    # The last field joined by "dan" without a comma before it ("Data, Informasi dan
    # Komunikasi"), and the holder after the office's own comma.
    "Kepala Pusat Data, Informasi dan Komunikasi Kebencanaan BNPB,",
    "Kepala Pusat Data, Informasi dan Komunikasi Kebencanaan BNPB",
    "Menteri Koordinator Bidang Politik, Hukum dan Keamanan,",
])
def test_an_office_listing_its_fields_without_a_comma_before_dan_goes_on_to_the_name(office):
    view = view_of(f"“Kami terus memantau,” kata {office} Rudi Hartono.")
    direct, _ = extract_direct(view, Frames(view))
    mention = direct[0].mention
    assert mention is not None and mention.text == "Rudi Hartono"


def test_an_office_listing_its_fields_before_its_verb_keeps_the_whole_office():
    """The same list before the verb: "Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi
    Rudi Hartono mengatakan" is the minister's, whose role is the whole office, not
    "Teknologi"; names listed with "dan" and no title stay as they were."""
    view = view_of("Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi Rudi Hartono "
                   "mengatakan, sekolah dibuka.")
    [quote] = extract_reported(view, [], [], Frames(view))
    assert quote.mention is not None and quote.mention.text == "Rudi Hartono"
    assert quote.mention.role == "Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi"
    view = view_of("Budi, Ani, dan Siti Aminah mengatakan, mereka tidak tahu.")
    [quote] = extract_reported(view, [], [], Frames(view))
    assert quote.mention is not None and quote.mention.role is None


def test_an_english_office_with_of_and_is_one_run_before_the_name():
    """"Head of Global Research Bank Mawar, Rina Wati, mengatakan": the English "of" joins
    an office; the speaker is Rina Wati, not "Global Research"."""
    view = view_of("Head of Global Research Bank Mawar, Rina Wati, mengatakan, ekonomi tumbuh."
                   "\n\n“Kami optimistis,” ujarnya.")
    runs = [view.text[r[0].start : r[-1].end] for r in _name_runs(view, Frames(view))]
    assert "Head of Global Research Bank Mawar" in runs
    quotes, _ = _speakers_of_direct_quotes(view)
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Rina Wati"


def test_a_place_set_off_by_commas_is_passed_over_to_the_holder():
    """"kata Kepala Puskesmas Mawar, Jakarta Utara, Rina Wati ketika dihubungi": the place
    between commas belongs to the office; the speaker is the name after it."""
    view = view_of("“Pelacakan terus jalan,” kata Kepala Puskesmas Mawar, Jakarta Utara, Rina "
                   "Wati ketika dihubungi.")
    direct, _ = extract_direct(view, Frames(view))
    assert direct[0].mention is not None and direct[0].mention.text == "Rina Wati"


def test_a_number_inside_a_bodys_name_does_not_end_the_office():
    view = view_of("“Kereta berangkat tepat waktu,” ujar Kepala Humas Daop 1 Rina Wati.")
    direct, _ = extract_direct(view, Frames(view))
    assert direct[0].mention is not None and direct[0].mention.text == "Rina Wati"


def test_a_lone_common_word_opening_a_sentence_is_no_name():
    """"Belum ada keputusan" / "Tahun ini": capitalised only by position, written in lower
    case elsewhere in the article."""
    view = view_of("Belum ada keputusan soal harga.\n\nWarga belum tahu kapan harga turun.")
    assert [view.text[r[0].start : r[-1].end] for r in _name_runs(view, Frames(view))] == []


def test_a_word_inside_a_quote_is_no_antecedent():
    """"“Harga naik lagi,” katanya." opening an article: nobody is named before it; the
    quote's own first word is not a person."""
    view = view_of("“Harga beras naik lagi bulan ini,” katanya.")
    quotes, _ = _speakers_of_direct_quotes(view)
    assert quotes[0].speaker is None


def test_an_office_after_a_place_set_off_by_a_comma_is_a_subject_of_its_own():
    """"Dari Balai Kota Bandung, Kepala Dinas X Rina Wati menyampaikan ...": the place a
    preposition governs owns no apposition, so Rina Wati speaks, and a later clitic is hers."""
    view = view_of("“Harga naik,” kata Budi Santoso.\n\nSementara itu, dari Balai Kota "
                   "Bandung, Kepala Dinas Kesehatan Bandung Rina Wati menyampaikan "
                   "perkembangan terkini.\n\n“Sebanyak 237 orang sembuh,” paparnya.")
    quotes, _ = _speakers_of_direct_quotes(view)
    assert quotes[-1].speaker.name == "Rina Wati"


def test_an_office_after_a_persons_name_and_a_comma_is_still_their_apposition():
    """The control: "Budi Santoso, Kepala Dinas X, mengatakan" names one person."""
    view = view_of("“Harga naik,” kata Ani Lestari.\n\nBudi Santoso, Kepala Dinas Pangan "
                   "Bandung, mengatakan stok cukup.\n\n“Kami siap,” ujarnya.")
    quotes, speakers = _speakers_of_direct_quotes(view)
    assert quotes[-1].speaker.name == "Budi Santoso"
    assert not any("Kepala" in s.name for s in speakers)


@pytest.mark.parametrize("introduction", [
    "Ani Lestari mengingatkan agar masyarakat memahami aturan baru.",
    "Ani Lestari mengingatkan, kemarahan warga bisa menghilangkan kepercayaan.",
    "Ani Lestari mengusulkan bahwa jam kerja dipersingkat.",
])
def test_a_directive_to_the_public_or_to_nobody_in_particular_is_the_speakers_voice(
        introduction):
    """The addressee after "agar", or no addressee at all (a comma, a colon or "bahwa" opens
    the content): the speaker speaks to the reader, so a later clitic is hers."""
    assert _clitic_speaker_after(introduction) == "Ani Lestari"


def test_a_directive_to_a_named_party_after_agar_stays_narration():
    """The control: "meminta agar Direktur X ..." asks a named party: no voice."""
    assert _clitic_speaker_after(
        "Ani Lestari meminta agar Direktur PT Maju mengirim barang.") == "Budi Santoso"


@pytest.mark.parametrize("introduction", [
    "Ani Lestari, memaparkan, sebanyak 237 orang sembuh.",
    "Terkait kasus di kawasan industri, Ani Lestari, mengatakan, pemerintah terus mengawasi.",
])
def test_a_name_set_off_by_a_comma_before_its_verb_is_the_subject(introduction):
    """Some newsrooms put a comma between the subject and its speech verb: the name before
    it still speaks, and a later clitic is hers."""
    assert _clitic_speaker_after(introduction) == "Ani Lestari"


def test_a_place_set_off_by_a_comma_before_a_verb_is_no_subject():
    """The control: "Di Bandung Barat, menyampaikan ..." has a place a preposition governs."""
    assert _clitic_speaker_after(
        "Di Bandung Barat, menyampaikan stok cukup sampai akhir tahun.") == "Budi Santoso"


def test_a_stance_adjective_before_a_clause_is_the_speakers_voice():
    """"X optimistis, ..." says what X expects, as "X yakin, ..." does."""
    assert _clitic_speaker_after(
        "Ani Lestari optimistis, memasuki 2021, pemerintah akan menyeimbangkan krisis.") == \
        "Ani Lestari"


def test_a_subheading_glued_before_a_titled_name_is_no_part_of_the_subject():
    """Scraped pages glue a subheading to the next paragraph ("Prosedur pendataan Ketua
    Gugus Tugas Doni Monardo mengatakan, ..."): the phrase from the subheading's last word
    on names the titled person, not a description."""
    from service.extract.mentions import classify

    text = "Prosedur pendataan Ketua Gugus Tugas Ani Lestari mengatakan, data harus dibuka."
    view = view_of(text)
    phrase = [w for w in view.words
              if text.index("pendataan") <= w.start < text.index(" mengatakan")]
    assert phrase[0].text == "pendataan"
    mention = classify(view, phrase)
    assert (mention.kind, mention.text) == ("name", "Ani Lestari")
    assert mention.role == "Ketua Gugus Tugas"


def test_a_description_with_one_lower_case_head_and_a_place_stays_a_description():
    """The control: "warga Jakarta Utara mengatakan" names no one."""
    assert _clitic_speaker_after("Sejumlah warga Jakarta Utara mengatakan stok cukup.") == \
        "Budi Santoso"


def test_an_acronym_glued_before_a_title_is_no_part_of_the_subject():
    """"SIKM diawasi RW Sekretaris Dinas X Ani Lestari saat dihubungi mengatakan": the
    subheading's last word is no object-taking start of the subject's phrase."""
    assert _clitic_speaker_after(
        "SIKM diawasi RW Sekretaris Dinas Perhubungan Ani Lestari saat dihubungi terpisah "
        "mengatakan, pemeriksaan dihentikan.") == "Ani Lestari"


def test_an_acronym_after_an_office_stays_in_the_subjects_phrase():
    """The control: "Kabid Humas Polda NTT Kombes Ani Lestari mengatakan": the acronym is the
    office's body and the rank goes on with the same person."""
    assert _clitic_speaker_after(
        "Kabid Humas Polda NTT Kombes Ani Lestari mengatakan, pemeriksaan dihentikan.") == \
        "Ani Lestari"


def test_asking_for_a_thing_is_the_speakers_own_voice():
    """"X meminta penambahan anggaran": no addressee, X speaks; asking a named party or a
    person to act ("meminta pelaku ...") stays narration."""
    assert _clitic_speaker_after("Ani Lestari meminta penambahan anggaran sebesar Rp 1 triliun.") \
        == "Ani Lestari"
    assert _clitic_speaker_after("Ani Lestari meminta pelaku segera menyerahkan diri.") == \
        "Budi Santoso"


@pytest.mark.parametrize(("word", "phrase", "expected"), [
    ("Kadin", "Kamar Dagang dan Industri", True),
    ("Bappenas", "Badan Perencanaan Pembangunan Nasional", True),
    ("Pemkot", "Pemerintah Kota", True),
    ("Kadin", "Kamar Industri", False),  # Dagang gives no letter
    ("Budi", "Badan Usaha Desa", False),  # letters that no opening spells
])
def test_a_syllabic_acronym_takes_the_opening_of_every_content_word(word, phrase, expected):
    from service.extract.acronyms import abbreviates

    assert abbreviates(word, phrase.split()) is expected


def test_a_body_the_article_writes_out_and_abbreviates_is_no_voice_for_a_clitic():
    """"Kadin Surabaya mengusulkan ...": Kadin stands for the Kamar Dagang dan Industri the
    article names, so it is an organisation, and a later -nya still means the person."""
    assert _clitic_speaker_after(
        "Ketua Kamar Dagang dan Industri Kota Surabaya Ani Lestari mengatakan, pengusaha "
        "mendukung. Kadin Surabaya mengusulkan pemberlakuan sanksi tegas.") == "Ani Lestari"


def test_a_blend_of_a_persons_name_stays_a_person():
    """The control: "Jokowi" blends Joko Widodo, a name, not a body's."""
    from service.extract.acronyms import BodyAcronyms

    assert "Jokowi" not in BodyAcronyms("Presiden Joko Widodo datang. Jokowi tersenyum.")
    assert "Kadin" in BodyAcronyms("Kamar Dagang dan Industri Surabaya. Kadin setuju.")


def test_three_letters_make_a_bodys_acronym_only_in_capitals():
    """"Mas" (an honorific, a name's first word) spells the initials of "Majelis Adat
    Sunda" by chance; an acronym that short is written in capitals ("MAS")."""
    from service.extract.acronyms import BodyAcronyms

    acronyms = BodyAcronyms("Majelis Adat Sunda bersidang. Mas Achmad Santosa hadir. MAS setuju.")
    assert "Mas" not in acronyms
    assert "MAS" in acronyms


def test_a_bodys_acronym_before_a_name_stays_in_the_office():
    """"Ketua Umum BPP Hipmi Akbar ...": the article writes Hipmi out as a body, so it is the
    office's, not the person's first name, and a later "Dia" is that person."""
    view = view_of("Himpunan Petani Muda Indonesia (Hipmi) menggelar rapat.\n\n"
                   "Ketua Umum BPP Hipmi Bagas Wiratama Putra mengatakan harga pupuk naik.\n\n"
                   "“Kami berharap harga turun,” ujar Bagas.")
    quotes, _ = _speakers_of_direct_quotes(view)
    assert quotes[0].speaker.name == "Bagas Wiratama Putra"
    assert quotes[0].speaker.kind == "person"


def test_a_currency_sign_before_an_amount_is_no_antecedent():
    """"Rp 275 triliun": "Rp" is a currency, not a person a later "-nya" could mean."""
    from service.extract.mentions import is_name_word

    view = view_of("Investasi mencapai Rp 275 triliun. Tersangka RM ditangkap polisi.")
    rp = next(w for w in view.words if w.text == "Rp")
    rm = next(w for w in view.words if w.text == "RM")
    assert not is_name_word(view, rp)
    assert is_name_word(view, rm)  # before no figure: someone's initials


def test_a_short_title_names_the_holder_of_the_office_it_abbreviates():
    """"Mensos mengatakan" after "Menteri Sosial Ani Lestari": the short title is hers, and
    it is no body's acronym."""
    assert _clitic_speaker_after(
        "Menteri Sosial Ani Lestari datang ke lokasi. Di sana, Mensos mengatakan bantuan "
        "tiba besok.") \
        == "Ani Lestari"


def test_a_capitalised_word_a_common_noun_governs_is_no_one_named():
    """"Sebagian umat Muslim menilai ...": a community, not a person called Muslim."""
    view = view_of("Sebab, sebagian umat Muslim menilai pemerintah tidak adil.")
    [frame] = [f for f in Frames(view) if f.cue.text == "menilai"]
    assert frame.subject is not None and frame.subject.kind == "description"
    assert frame.subject.text == "sebagian umat Muslim"


def test_an_honorific_after_a_name_addresses_the_listener():
    assert _split_words("Saya Risma Pak datang.", "Risma Pak") == ([], ["Risma"])


def test_an_office_alone_is_nobodys_name():
    """"Menteri Riset dan Teknologi mengatakan": a description of whoever holds it."""
    from service.extract.mentions import classify

    text = "Menteri Riset dan Teknologi mengatakan vaksin siap."
    view = view_of(text)
    phrase = [w for w in view.words if w.end <= text.index(" mengatakan")]
    assert classify(view, phrase).kind == "description"


def _split_words(text: str, phrase: str) -> tuple[list[str], list[str]]:
    from service.extract.mentions import split_name

    view = view_of(text)
    start = text.index(phrase)
    words = [w for w in view.words if start <= w.start and w.end <= start + len(phrase)]
    role, name = split_name(view, words)
    return [w.text for w in role], [w.text for w in name]


def test_a_subheading_glued_before_a_bare_title_leaves_the_title():
    from service.extract.mentions import classify

    text = "Tak gegabah Presiden juga mengingatkan pemda agar tidak gegabah."
    view = view_of(text)
    phrase = [w for w in view.words
              if text.index("gegabah") <= w.start < text.index(" juga")]
    assert classify(view, phrase).text == "Presiden"


def test_a_directive_to_a_local_government_is_a_public_appeal():
    assert _clitic_speaker_after("Ani Lestari mengingatkan pemda agar tidak gegabah.") == \
        "Ani Lestari"


def test_of_two_phrases_set_off_by_commas_the_one_that_names_someone_speaks():
    """"Kandidat doktor Kobe University, dokter Ani Lestari, mengatakan, ...": the first
    phrase describes, the second names."""
    assert _clitic_speaker_after(
        "Kandidat doktor Medical Science Kobe University, dokter Ani Lestari, mengatakan, "
        "vaksin hanya melindungi dari gejala.") == "Ani Lestari"


def test_a_person_from_a_body_speaks_not_the_body():
    """"Ani Lestari dari PT Maju Jaya mengatakan": Ani speaks; the body is her role."""
    assert _clitic_speaker_after(
        "Ani Lestari dari PT Maju Jaya mengatakan, pesanan anjlok hingga 20 persen.") == \
        "Ani Lestari"


def test_a_body_after_dari_with_no_person_before_it_stays_the_subject():
    """The control: "Pesanan dari PT Maju Jaya ... , PT Maju Jaya mengatakan" names the body."""
    view = view_of("Sejak Mei, PT Maju Jaya mengatakan pesanan anjlok.")
    [frame] = [f for f in Frames(view) if f.cue.text == "mengatakan"]
    assert frame.subject.text.endswith("Maju Jaya")


@pytest.mark.parametrize("introduction", [
    "Ani Lestari mengapresiasi pemberlakuan jalur sepeda sementara.",
    "Ani Lestari mendorong agar perbankan memanfaatkan fasilitas repo.",
])
def test_a_public_stance_makes_its_subject_the_voice_a_clitic_means(introduction):
    assert _clitic_speaker_after(introduction) == "Ani Lestari"


def test_a_public_stance_reports_no_words():
    """"Dia tetap mendorong taman dibuka 24 jam ...": a stance, not reported speech."""
    from service.extract.reported import extract_reported

    view = view_of("Namun, Ani Lestari tetap mendorong taman dibuka 24 jam agar warga punya "
                   "ruang publik.")
    assert extract_reported(view, [], [], Frames(view)) == []


def test_a_persons_name_ending_in_capitals_is_no_body():
    """"Ani Lestari MD dari PT Maju Jaya mengatakan": a name with a capitalised ending is still
    a person's, so the person speaks for the body (a body is what is_organisation says)."""
    assert _clitic_speaker_after(
        "Ani Lestari MD dari PT Maju Jaya mengatakan, pesanan anjlok hingga 20 persen.") == \
        "Ani Lestari MD"


def test_a_member_of_a_group_named_earlier_is_a_speaker_of_their_own():
    """ "Budi dan Andi Wijaya" names a group: a later "Budi" is Budi, not the group, and
    the pronouns after him mean him."""
    view = view_of("Penandatanganan itu disaksikan oleh Budi dan Andi Wijaya.\n\n"
                   "“Kita sudah sepakat,” ucap Budi. “Kami akan bergerak cepat,” ujarnya.")
    direct, _ = extract_direct(view, Frames(view))
    quotes, _ = resolve_speakers(view, direct, Frames(view))
    assert [q.speaker.name for q in quotes] == ["Budi", "Budi"]


def test_a_title_a_furniture_line_quotes_is_no_name():
    """ "Tonton juga video "Menteri Temui Budi, …"": the teaser's title-case words are not a
    fuller name for "Budi"."""
    view = view_of("“Stok aman,” kata Budi.\n\n"
                   "Tonton juga video “Menteri Temui Budi, Bahas Harga Beras”")
    direct, _ = extract_direct(view, Frames(view))
    quotes, _ = resolve_speakers(view, direct, Frames(view))
    assert [q.speaker.name for q in quotes] == ["Budi"]


@pytest.mark.parametrize(("text", "speaker"), [
    # A body of a place is named whole; the place alone is nobody.
    ("“Pemilik toko melanggar perda,” kata Satpol PP Kabupaten Sleman.",
     "Satpol PP Kabupaten Sleman"),
    ("“Kasus demam berdarah naik,” kata Dinas Kesehatan Kota Bandung.",
     "Dinas Kesehatan Kota Bandung"),
    # An office of a place whose holder the article named is that holder ("di Sleman" shows
    # the word is a place).
    ("Bupati Sleman Kustini Sri Purnomo meninjau jalan di Sleman.\n\n“Jalan rusak berat,” "
     "kata Bupati Sleman.", "Kustini Sri Purnomo"),
])
def test_a_place_after_an_office_or_a_body_is_nobodys_name(text, speaker):
    quotes, speakers = _speakers_of_direct_quotes(view_of(text))
    assert quotes[0].speaker is not None and quotes[0].speaker.name == speaker
    assert "Sleman" not in {s.name for s in speakers} and "Bandung" not in {
        s.name for s in speakers}


@pytest.mark.parametrize("text", [
    # One word after a title that takes a place is a name unless the article uses it as a
    # place; the last word of "Wali Kota" is a title's, no region's head.
    "“Jalan rusak berat,” kata Bupati Iron.",
    "“Jalan rusak berat,” kata Wali Kota Risma.",
])
def test_a_name_after_an_office_of_a_place_stays_a_name(text):
    quotes, _ = _speakers_of_direct_quotes(view_of(text))
    assert quotes[0].speaker is not None and quotes[0].speaker.name in {"Iron", "Risma"}


def test_a_name_the_article_writes_after_a_body_head_opens_the_persons_name():
    """"Menteri Koperasi Budi Arie Setiadi" beside "kata Budi Arie": Budi opens a name, not
    the body's after "Koperasi"; "Budi Arei", two letters swapped, is the same man."""
    view = view_of("Menteri Koperasi Budi Arie Setiadi meninjau pasar.\n\n“Harga turun,” kata "
                   "Budi Arie.\n\n“Stok cukup,” kata Budi Arei.")
    quotes, speakers = _speakers_of_direct_quotes(view)
    assert {q.speaker.name for q in quotes} == {"Budi Arie Setiadi"}
    assert [s.name for s in speakers] == ["Budi Arie Setiadi"]


def test_the_year_of_a_laws_number_is_no_name():
    view = view_of("Peraturan Presiden Nomor 49 Tahun 2025 berlaku.\n\n“Kami mendukung,” katanya.")
    quotes, speakers = _speakers_of_direct_quotes(view)
    assert "Tahun" not in {s.name for s in speakers}
    assert quotes[0].speaker is None or quotes[0].speaker.name != "Tahun"


def test_a_description_given_a_nickname_is_the_person_named_before_it():
    """"kata pria yang karib disapa Ipunk": the description and its nickname are the person
    the article named last before them, and so is the nickname later."""
    view = view_of("Direktur Jenderal PSDKP, Pung Nugroho Saksono mengatakan kasus itu diselidiki."
                   "\n\n“Tunggu saja hasilnya,” kata pria yang karib disapa Ipunk kepada wartawan."
                   "\n\n“Kami belum bisa mengumumkan,” imbuh Ipunk.")
    quotes, speakers = _speakers_of_direct_quotes(view)
    assert [q.speaker.name for q in quotes] == ["Pung Nugroho Saksono"] * 2
    assert [s.name for s in speakers] == ["Pung Nugroho Saksono"]



@pytest.mark.parametrize(("frame", "roles"), [
    # A lower-case role after the speaker's name and its comma, to the sentence's end, past
    # an age in brackets.
    ("tutur Siti Aminah, pedagang sayur di Pasar Sukamaju", ["pedagang sayur di Pasar Sukamaju"]),
    ("kata Budi Santoso (45), warga setempat", ["warga setempat"]),
    # A clause after the comma is no role.
    ("kata Budi Santoso, yang juga pedagang", []),
])
def test_a_lower_case_role_after_a_name_is_the_speaker_s(frame, roles):
    _, speakers = _speakers_of_direct_quotes(view_of(f"“Air masuk rumah,” {frame}."))
    assert [s.roles for s in speakers] == [roles]


def test_a_clause_after_menurut_name_is_no_role():
    # "Menurut hakim X, pihak pengadilan perlu ...": what X said, not what X is.
    text = ("“Hukuman ditunda,” kata hakim Budi Santoso.\n\nMenurut hakim Budi Santoso, pihak "
            "pengadilan perlu mempertimbangkan usia terdakwa.")
    _, speakers = _speakers_of_direct_quotes(view_of(text))
    assert all("pihak" not in r for s in speakers for r in s.roles)


def test_a_word_opening_a_quote_is_no_subject_a_description_may_point_to():
    """The quoted speaker's words are not the article's narration: "Pemain bermain
    disiplin" inside the quote makes no entity that "pelatih itu" could point back to."""
    assert _direct_speakers("Pelatih Budi Santoso puas dengan hasil laga. “Pemain bermain "
                            "disiplin,” kata pelatih itu.") == ["Budi Santoso"]


def _reported_speakers(text: str) -> list[str | None]:
    """The speakers of a hand-built view's reported quotes, resolved."""
    view = view_of(text)
    frames = Frames(view)
    quotes, _ = resolve_speakers(view, extract_reported(view, [], [], frames), frames)
    return [q.speaker.name if q.speaker else None for q in quotes]


def test_a_short_title_as_the_subject_is_the_holder_of_its_office():
    # "Mensos" abbreviates "Menteri Sosial": its holder speaks, named before.
    assert _reported_speakers(
        "Menteri Sosial Siti Aminah mengunjungi korban banjir. Mensos mengatakan bantuan "
        "akan disalurkan pekan ini.") == ["Siti Aminah"]


@pytest.mark.parametrize(("office", "short"), [
    # A syllable from within the portfolio's word (perDAGangan), and "Ka" for "Kepala" with
    # a syllable from the root and the last (keJAksaan negeRI): the government's usage.
    ("Menteri Perdagangan", "Mendag"),
    ("Kepala Kejaksaan Negeri Sukamaju", "Kajari"),
])
def test_a_short_title_from_inner_syllables_is_the_holder_of_its_office(office, short):
    assert _reported_speakers(
        f"{office} Siti Aminah meninjau lokasi banjir. {short} mengatakan bantuan akan "
        "disalurkan pekan ini.") == ["Siti Aminah"]


def test_a_short_title_written_as_its_holder_s_name_ends_the_search():
    """"Kepala Kejaksaan Negeri Kajari": the holder's name is the short title itself, so
    finding the holder would ask for the same title again; the answer still comes."""
    assert _reported_speakers(
        "Kepala Kejaksaan Negeri Kajari mengatakan berkas sudah lengkap. Kajari menambahkan "
        "sidang digelar pekan depan.") == ["Kajari", "Kajari"]


@pytest.mark.parametrize(("word", "phrase", "expected"), [
    ("Mendag", "Menteri Perdagangan", True),
    ("Kajari", "Kepala Kejaksaan Negeri", True),
    ("Danrem", "Komandan Korem", True),
    ("Mentan", "Menteri Sosial", False),  # no syllable of Sosial spells "tan"
    ("Kapolres", "Kepala Sekolah", False),
    ("Presiden", "Peraturan Presiden", False),  # "residen" is no syllable
])
def test_a_short_title_may_take_a_syllable_from_within_a_word(word, phrase, expected):
    from service.extract.acronyms import abbreviates

    assert abbreviates(word, phrase.split(), inner_syllables=True) is expected
    assert not abbreviates(word, phrase.split())  # a body's acronym takes openings only


def test_a_member_of_a_group_named_alone_is_that_member():
    # "Budi" after "Budi Santoso dan Siti Aminah" is Budi Santoso, not a new person "Budi".
    assert _reported_speakers(
        "Budi Santoso dan Siti Aminah menghadiri rapat. Budi mengatakan rapat membahas "
        "anggaran tahun depan.") == ["Budi Santoso"]


@pytest.mark.parametrize("description", [
    # A person described with an age ("berusia", "berumur") and a demonstrative points
    # back to the person quoted before, as "pria itu" does.
    "pria berusia 45 tahun itu",
    "pria berumur 45 tahun tersebut",
    "pria itu",
])
def test_a_description_with_an_age_points_back_to_the_person(description):
    assert _direct_speakers(f"Budi Santoso ditemui di rumahnya. “Air naik dalam satu jam,” "
                            f"ujar {description}.") == ["Budi Santoso"]


def _direct_speakers(text: str) -> list[str | None]:
    """The speakers of a hand-built view's direct quotes, resolved."""
    quotes, _ = _speakers_of_direct_quotes(view_of(text))
    return [q.speaker.name if q.speaker else None for q in quotes]


def test_a_bare_office_is_the_holder_the_article_named_even_as_a_companion():
    # "kata camat": the camat named before, though only as the one who came along.
    assert _direct_speakers(
        "Kepala Desa Sukamaju Budi Santoso bersama Camat Sukamaju Andi Wijaya meninjau "
        "lokasi. “Kerusakan cukup parah,” kata camat.") == ["Andi Wijaya"]


@pytest.mark.parametrize("description", [
    # An indefinite or "other" description introduces someone the article does not name.
    "seorang warga",
    "pedagang lain",
])
def test_a_description_of_someone_new_points_back_to_nobody(description):
    assert _direct_speakers(
        "Pedagang Pasar Sukamaju Budi Santoso, warga Desa Sukamaju, menutup tokonya. "
        f"“Harga naik terus,” kata {description}.") == [None]


def test_a_description_points_back_at_a_person_named_as_an_object():
    """"KPK menahan Budi Santoso. Tersangka kasus suap itu ...": crime and court news name the
    person as a verb's object first; a description of a person may point back at them."""
    view = view_of("Jaksa menahan Budi Santoso di Sukamaju. Tersangka kasus suap itu "
                   "mengatakan dirinya tidak bersalah.")
    assert [q.speaker.name if q.speaker else None for q in extract(view).quotes] == [
        "Budi Santoso"]


def test_a_pronoun_still_does_not_point_at_an_object():
    """The control: "dia" after the same sentence stays with no antecedent of its own kind."""
    view = view_of("Jaksa menahan Budi Santoso di Sukamaju. Dia mengatakan dirinya tidak "
                   "bersalah.")
    assert [q.speaker.name if q.speaker else None for q in extract(view).quotes] == [None]
