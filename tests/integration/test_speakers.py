"""Speakers: fullest names, roles, pronouns and clitics, organisations, null speakers."""

from __future__ import annotations

from tests.conftest import speaker_of


def test_short_and_pronoun_mentions_join_the_fullest_name(extract):
    text = (
        "Kepala BMKG Dwikorita Karnawati mengatakan musim hujan datang lebih awal tahun ini.\n\n"
        "“Masyarakat perlu waspada terhadap banjir,” kata Dwikorita.\n\n"
        "Ia menambahkan curah hujan tertinggi terjadi pada Januari.\n\n"
        "“Kami terus memantau cuaca setiap jam,” ujarnya."
    )
    answer = extract(text)
    assert len(answer["speakers"]) == 1
    speaker = answer["speakers"][0]
    assert speaker["name"] == "Dwikorita Karnawati"
    assert speaker["kind"] == "person"
    assert any("Kepala BMKG" in r for r in speaker["roles"])
    assert len(answer["quotes"]) == 4
    assert {q["speaker"]["id"] for q in answer["quotes"]} == {speaker["id"]}
    mentions = [m["text"] for m in speaker["mentions"]]
    assert mentions == ["Dwikorita Karnawati", "Dwikorita", "Ia", "ujarnya"]


def test_apposition_gives_the_role(extract):
    text = ("Sam Altman, CEO OpenAI, mengakui bahwa pemecatannya terasa seperti mimpi buruk.")
    answer = extract(text)
    assert answer["speakers"][0]["name"] == "Sam Altman"
    assert answer["speakers"][0]["roles"] == ["CEO OpenAI"]


def test_title_before_name_is_a_role_not_part_of_the_name(extract):
    answer = extract("Menteri Keuangan Sri Mulyani menegaskan defisit anggaran tetap aman.")
    speaker = answer["speakers"][0]
    assert speaker["name"] == "Sri Mulyani"
    assert speaker["roles"] == ["Menteri Keuangan"]


def test_pronoun_prefers_the_person_over_the_organisation_named_last(extract):
    text = (
        "Direktur Utama PLN Darmawan Prasodjo mengatakan pasokan listrik aman. "
        "PLN juga menambah pembangkit di Kalimantan. "
        "Dia menegaskan tarif listrik tidak akan naik bulan ini."
    )
    answer = extract(text)
    assert speaker_of(answer, "tarif listrik") == "Darmawan Prasodjo"
    assert next(s for s in answer["speakers"] if s["name"] == "Darmawan Prasodjo")["roles"] \
        == ["Direktur Utama PLN"]  # an acronym is an organisation by its shape


def test_new_speaker_takes_the_following_clitic(extract):
    text = (
        "“Pelaku sudah kami tangkap,” kata Kapolres Bogor AKBP Rio Wahyu Anggoro.\n\n"
        "Sementara itu, Humas Pemkab Bogor Dewi Lestari menambahkan bahwa korban sudah dirawat.\n\n"
        "“Kondisinya sudah membaik,” ucapnya."
    )
    answer = extract(text)
    assert speaker_of(answer, "Pelaku sudah") == "Rio Wahyu Anggoro"
    assert speaker_of(answer, "Kondisinya") == "Dewi Lestari"


def test_acronym_alias_is_the_same_person(extract):
    text = (
        "Menteri Koordinator Agus Harimurti Yudhoyono (AHY) meninjau proyek tanggul. "
        "AHY mengatakan pembangunannya tidak akan terburu-buru."
    )
    answer = extract(text)
    assert "Agus Harimurti Yudhoyono" in speaker_of(answer, "pembangunannya")
    assert answer["speakers"][0]["kind"] == "person"


def test_pronoun_with_no_antecedent_is_null(extract):
    answer = extract("Dia mengatakan semua pihak harus menahan diri.")
    assert answer["quotes"][0]["speaker"] is None
    assert answer["quotes"][0]["speaker_mention"]["text"] == "Dia"


def test_a_place_after_a_preposition_is_never_the_pronouns_referent(extract):
    text = ("“Taman tetap dibuka 24 jam,” kata Gubernur Pramono Anung di Jakarta Barat, Jumat. "
            "Ia menilai taman itu aman bagi warga sekitar.")
    answer = extract(text)
    assert speaker_of(answer, "taman itu aman") == "Pramono Anung"
    assert {s["name"] for s in answer["speakers"]} == {"Pramono Anung"}


def test_role_phrase_ending_in_a_full_name(extract):
    text = ("Pemerhati otomotif sekaligus pembalap reli nasional Sunny Boy Hutabarat menilai "
            "bahan bakar beretanol merupakan babak baru otomotif nasional.")
    answer = extract(text)
    assert answer["quotes"][0]["speaker"]["name"] == "Sunny Boy Hutabarat"
    assert any("pembalap reli nasional" in r for r in answer["speakers"][0]["roles"])


def test_subject_with_a_relative_clause(extract):
    text = "Miryam yang mencabut semua BAPnya menegaskan tidak pernah menerima uang dari Sugiharto."
    assert extract(text)["quotes"][0]["speaker"]["name"] == "Miryam"


def test_a_country_in_a_description_is_not_a_salient_person(extract):
    text = ("Donald Trump mengatakan dia belum memutuskan apakah akan berperang. Pemimpin "
            "tertinggi Iran mengatakan Amerika akan menghadapi kerusakan besar. "
            "Dia mengatakan sudah sangat terlambat untuk berbicara.")
    answer = extract(text)
    assert speaker_of(answer, "sudah sangat terlambat") == "Donald Trump"
    assert "Iran" not in {s["name"] for s in answer["speakers"]}


def test_glued_scraped_words_are_read_apart_and_offsets_index_the_text_as_sent(extract):
    """"JakartaRina Wati menegaskan" (a link stripped): the name stays a name, not the place
    before it or the verb after it, and every offset still slices the text as sent."""
    text = ("JAKARTA - Wali Kota JakartaRina Watimenegaskan bahwa taman kota akan dibuka "
            "selama 24 jam.\n\nIa menilai kekhawatiran warga tidak beralasan.")
    answer = extract(text)  # the fixture checks every offset against text
    assert [s["name"] for s in answer["speakers"]] == ["Rina Wati"]
    first = min(answer["quotes"], key=lambda q: q["start"])
    assert first["text"].startswith("taman kota akan dibuka")
    assert first["speaker_mention"]["text"] == "Rina Wati"


def test_a_second_speakers_frame_ends_the_first_clause(extract):
    text = ("Budi Santoso mengatakan dia belum memutuskan soal kenaikan harga, karena menteri "
            "perdagangan mengatakan stok beras akan cukup sampai akhir tahun.")
    answer = extract(text)
    texts = sorted(q["text"] for q in answer["quotes"])
    assert "dia belum memutuskan soal kenaikan harga" in texts


def test_claims_about_a_description_or_pronoun_name_it_and_read_alone(extract):
    from tests.conftest import ROOT

    answer = extract((ROOT / "seeds" / "altman-openai.txt").read_text("utf-8"))
    by_name = {s["id"]: s["name"] for s in answer["speakers"]}
    users = next(c for c in answer["claims"] if "300 juta pengguna" in c["text"])
    assert users["text"].startswith("Saat ini, perusahaan tersebut")
    assert users["about"] is not None and by_name[users["about"]["id"]] == "OpenAI"
    assert users["standalone"].startswith("Saat ini, OpenAI telah memiliki lebih dari 300 juta")
    fired = next(c for c in answer["claims"] if c["text"].startswith("Ia dipecat"))
    assert fired["about"]["name"] == "Sam Altman"
    assert fired["standalone"].startswith("Sam Altman dipecat")
    plain = [c for c in answer["claims"] if c["about"] is None]
    assert plain and all(c["standalone"] == c["text"] for c in plain)


def test_each_speaker_mention_says_how_it_names_the_speaker(extract):
    from tests.conftest import ROOT

    answer = extract((ROOT / "seeds" / "altman-openai.txt").read_text("utf-8"))
    kinds = {q["speaker_mention"]["text"]: q["speaker_mention"]["kind"]
             for q in answer["quotes"] if q["speaker_mention"]}
    assert kinds["Altman"] == "name_part"  # of Sam Altman
    assert kinds["ungkapnya"] == "clitic" and kinds["OpenAI"] == "name"


def test_a_name_with_a_figure_is_no_person_to_point_back_to(extract):
    text = ("Kepala Dinas Kesehatan Kalsel Muhammad Muslim, yang juga juru bicara Gugus Tugas "
            "Covid-19 Kalsel, mengatakan jumlah spesimen terus meningkat.\n\n"
            "“Pemeriksaan usap dilakukan terhadap 24.816 orang,” katanya.")
    answer = extract(text)
    assert speaker_of(answer, "Pemeriksaan usap") == "Muhammad Muslim"


def test_a_role_noun_opening_an_apposition_makes_the_name_after_it_the_speaker(extract):
    """"Petugas P2BK Jampangtengah, Dadi Supardi, menyebut ...": an officer of a body and its
    place, then the person (real parse: the place after the acronym reads as a name)."""
    answer = extract("Banjir melanda Kecamatan Jampangtengah. Petugas P2BK Jampangtengah, Dadi "
                     "Supardi, menyebut tidak ada korban jiwa dalam banjir itu.")
    [quote] = answer["quotes"]
    assert quote["speaker"]["name"] == "Dadi Supardi"


def test_a_body_of_a_place_speaks_by_its_whole_name(extract):
    answer = extract("Dinas Kesehatan Kota Bandung menyebut kasus demam berdarah naik tajam "
                     "bulan ini.")
    [quote] = answer["quotes"]
    [speaker] = [s for s in answer["speakers"] if s["id"] == quote["speaker"]["id"]]
    assert (speaker["name"], speaker["kind"]) == ("Dinas Kesehatan Kota Bandung",
                                                  "organization")


def test_a_unit_s_number_and_place_stay_in_the_office(extract):
    """"Dandim 0501/Jakarta Pusat Letkol Inf ...": a territorial unit's number and its place
    are the office's, after the cue and before it (real parse: Stanza splits the slash)."""
    after = extract("“Situasi di wilayah kami aman sejak pagi,” kata Dandim 0501/Sukamaju "
                    "Letkol Inf Budi Santoso.")
    assert speaker_of(after, "Situasi di wilayah") == "Budi Santoso"
    before = extract("Komandan Korem 061/Sukamaju Kolonel Inf Budi Santoso mengatakan, situasi "
                     "di wilayahnya sudah aman sejak pagi.")
    assert [q["speaker"]["name"] for q in before["quotes"]] == ["Budi Santoso"]


def test_initials_degrees_schools_and_a_member_s_body_read_on_real_parses(extract):
    """The name rules of test_names.py where Stanza tokenises and tags the sentence: initials
    inside a name, degrees after it, a numbered school's region, and "NAME, anggota BODY"."""
    cases = {
        "“Pelaku sudah kami tangkap,” kata Kapolsek Sukamaju AKP Budi DC Santoso.":
            "Budi DC Santoso",
        "“Pelaku sudah kami tangkap,” kata Kasat Reskrim Polres Sukamaju AKP Budi Santoso SH MH.":
            "Budi Santoso",
        "“Kami siap menerima siswa baru,” ujar Kepala SMAN 3 Sukamaju Budi Santoso.":
            "Budi Santoso",
        "“Kami tidak tahu soal itu,” ujar Bripka Budi, anggota Polsek Sukamaju Barat.": "Budi",
        # Stanza glues the slash to the place here ("01", "/Sukamaju").
        "“Kami siap membantu warga,” kata Danramil 01/Sukamaju Kapten Inf Budi Santoso.":
            "Budi Santoso",
        # ... and glues the slash to the next unit of a neighbourhood ("05", "/RW", "03"),
        # or to a military region's place after its roman number.
        "“Air naik sejak subuh,” kata Ketua RT 05/RW 03 Kelurahan Sukamaju, Budi Santoso.":
            "Budi Santoso",
        "“Kami siap membantu warga,” ujar Pangdam IV/Sukamaju Mayjen TNI Budi Santoso.":
            "Budi Santoso",
        # A country after a title, and an envoy's after "untuk".
        "“Kami tidak akan mundur dari perjanjian itu,” kata Presiden Prancis Emmanuel Macron.":
            "Emmanuel Macron",
        "“Kami terus memantau warga kita di sana,” kata Dubes RI untuk Jepang Budi Santoso.":
            "Budi Santoso",
        # Degrees with periods between the subject and its cue (Stanza splits "S.I.K." into
        # "S.I", ".K", "."), and the army's air-defence corps after a rank.
        "Kapolres Sukamaju AKBP Budi Santoso, S.I.K., M.Si. mengatakan pelaku sudah ditahan "
        "sejak kemarin.": "Budi Santoso",
        "Kepala Dinas Kesehatan Sukamaju dr. Budi Santoso, M.Kes mengatakan kasus DBD terus "
        "bertambah.": "Budi Santoso",
        "“Situasi sudah kondusif,” ujar Letkol Arh Budi Santoso kepada wartawan.": "Budi Santoso",
        # A religious title's period ends no sentence (orthography.ABBREVIATIONS).
        "“Seluruh jemaat dalam keadaan aman,” kata Pdt. Budi Santoso.": "Budi Santoso",
        "“Santri kami ada 500 orang,” kata pengasuh pondok pesantren, KH Budi Santoso.":
            "Budi Santoso",
        # After straight quotation marks Stanza splits a hyphenated name at its hyphen
        # ("Jean", "-Pierre"): the name mention goes on over the glued part.
        '"Presiden tidak akan mundur," kata juru bicara Karine Jean-Pierre.':
            "Karine Jean-Pierre",
        'Juru bicara Karine Jean-Pierre mengatakan presiden tidak akan mundur.':
            "Karine Jean-Pierre",
        # A regional department's region, after its field, and a regional agency's.
        "Kepala Dinas Kesehatan Sukamaju Budi Santoso meninjau posko banjir. Ia mengatakan "
        "stok obat masih cukup untuk dua pekan.": "Budi Santoso",
        "Kalaksa BPBD Sukamaju Budi Santoso mengatakan sebanyak 30 rumah rusak berat.":
            "Budi Santoso",
        # Stanza splits a title's period off ("dr", "."): the apposition still names her.
        "Kepala Puskesmas Sukamaju, dr. Siti Aminah, menjelaskan bahwa 30 warga dirawat "
        "akibat diare.": "Siti Aminah",
        # Verbs of change and passives the small tagger reads as nouns are predicates, and
        # a verb of complaint frames a quote after the marks.
        "Budi Santoso mengungkapkan laba perusahaan naik 15 persen.": "Budi Santoso",
        "Budi Santoso menyebut 200 rumah terendam banjir.": "Budi Santoso",
        "“Harga cabai naik dua kali lipat,” keluh Siti Aminah, pedagang di Pasar Sukamaju.":
            "Siti Aminah",
        # Admitting takes the speaker's own act ("mengaku menerima ...").
        "Terdakwa Budi Santoso mengaku menerima uang Rp 500 juta dari kontraktor.":
            "Budi Santoso",
    }
    for text, name in cases.items():
        assert [q["speaker"]["name"] for q in extract(text)["quotes"]] == [name], text


def test_a_role_noun_the_tagger_reads_as_a_name_stays_out_of_the_name(extract):
    """Stanza tags "Pengusaha" and "Pedangdut" opening a sentence PROPN; a whole name after
    them still makes them the role."""
    answer = extract("Pengusaha Budi Santoso mengatakan penjualan turun 20 persen.\n\n"
                     "Pedangdut Ayu Lestari mengatakan dirinya belum akan menikah tahun ini.")
    assert speaker_of(answer, "penjualan") == "Budi Santoso"
    assert speaker_of(answer, "dirinya") == "Ayu Lestari"


def test_a_conjunction_opening_an_aside_is_no_one_to_point_back_to(extract):
    """Stanza tags a capitalised "Usai" or "Kepada" opening the sentence PROPN; they are
    words of an aside (lexicon.FUNCTION_WORDS), so the pronoun after them goes back to the
    person named before."""
    answer = extract("Budi Santoso diperiksa KPK selama sembilan jam. Usai diperiksa, dia "
                     "mengaku dicecar 20 pertanyaan oleh penyidik.")
    assert speaker_of(answer, "dicecar") == "Budi Santoso"


def test_a_description_points_back_at_a_person_named_as_an_object_on_real_parses(extract):
    answer = extract("KPK menahan Budi Santoso. Tersangka kasus suap itu membantah menerima "
                     "uang dari kontraktor.")
    assert speaker_of(answer, "menerima") == "Budi Santoso"


def test_degrees_between_a_name_and_its_apposition_on_real_parses(extract):
    answer = extract("Budi Santoso, M.Si., Kepala Dinas Pendidikan Sukamaju, mengatakan ujian "
                     "digelar bulan depan.")
    assert speaker_of(answer, "ujian") == "Budi Santoso"
