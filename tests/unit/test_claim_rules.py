"""The claim stage's rules on hand-built views (no Stanza): spans, type precedence, what is
never a claim, and the check-worthiness scale."""

from __future__ import annotations

import pytest

from service.extract import claims as cs
from service.extract.model import Cue, Mention, Quote, Speaker
from service.extract.quantities import find_quantities
from tests.views import view_of


def _quote(view, inner: str, kind: str = "direct") -> Quote:
    start = view.text.index(inner)
    sent = view.sentence_at(start)
    return Quote(type=kind, start=start, end=start + len(inner), text=inner, sentence=sent.i,
                 mention=Mention("Budi", 0, 4))


def _spans(view, quotes) -> list[str]:
    return [view.text[c.start : c.end] for c in cs.candidates(view, quotes)]


def test_a_span_inside_a_quote_leaves_out_the_frame_and_final_punctuation():
    view = view_of("“Harga beras naik 5 persen bulan ini,” kata Budi.")
    quote = _quote(view, "Harga beras naik 5 persen bulan ini,")
    [cand] = cs.candidates(view, [quote])
    assert view.text[cand.start : cand.end] == "Harga beras naik 5 persen bulan ini"
    assert cand.quote is quote


def test_a_multi_sentence_quote_gives_one_candidate_per_sentence_each_linked():
    view = view_of("“Stok beras aman. Harga turun 3 persen,” ujar Budi.")
    quote = _quote(view, "Stok beras aman. Harga turun 3 persen,")
    cands = cs.candidates(view, [quote])
    assert [view.text[c.start : c.end] for c in cands] == ["Stok beras aman",
                                                            "Harga turun 3 persen"]
    assert all(c.quote is quote for c in cands)


def test_reported_speech_keeps_its_frame_out():
    view = view_of("Menteri Budi mengatakan bahwa impor beras dihentikan tahun ini.")
    quote = _quote(view, "impor beras dihentikan tahun ini", kind="indirect")
    assert _spans(view, [quote]) == ["impor beras dihentikan tahun ini"]


@pytest.mark.parametrize("opener",
                         ["Sementara itu, ", "Namun , ", "Selain itu,", "Di sisi lain, "])
def test_a_connective_and_its_comma_that_open_a_sentence_are_no_part_of_the_claim(opener):
    view = view_of(f"Harga beras naik. {opener}konsumsi rumah tangga tumbuh 3,8 persen.")
    assert _spans(view, [])[1] == "konsumsi rumah tangga tumbuh 3,8 persen"


def test_a_connective_without_a_comma_or_a_causal_one_stays_in_the_claim():
    # "Namun gugatan mereka ditolak": no comma, so the connective is read with the clause.
    view = view_of("Mereka menggugat. Namun gugatan mereka ditolak hakim.")
    assert _spans(view, [])[1] == "Namun gugatan mereka ditolak hakim"
    # "Oleh karena itu," makes the sentence an effect of the one before: a causal claim.
    view = view_of("Izin itu dilanggar. Oleh karena itu, pemerintah mencabut izin tambang.")
    assert _spans(view, [])[1] == "Oleh karena itu, pemerintah mencabut izin tambang"


def _frame_features(sentence: str, reported: str) -> dict:
    view = view_of(sentence + "\n\nKalimat kedua ada di sini.")
    quote = _quote(view, reported, kind="indirect")
    start = view.text.index(reported)
    cue_word = sentence.split()[1]
    cue_start = view.text.index(cue_word)
    quote.cue = Cue(text=cue_word, start=cue_start, end=cue_start + len(cue_word))
    [cand, _] = cs.candidates(view, [quote])
    assert view.text[cand.start : cand.end] == reported and start == cand.start
    return cs.features(view, cand, find_quantities(reported, cand.start))


def test_the_frame_says_whether_the_clause_is_reported_judged_or_wished():
    """The same clause, framed as a report, a judgement ("menilai", "yakin"), a wish
    ("berharap") and a request ("meminta"): only the first is reported as fact."""
    clause = "harga beras turun bulan depan"
    said = _frame_features(f"Budi mengatakan {clause}.", clause)
    judged = _frame_features(f"Budi menilai {clause}.", clause)
    believed = _frame_features(f"Budi yakin {clause}.", clause)
    wished = _frame_features(f"Budi berharap {clause}.", clause)
    asked = _frame_features(f"Budi meminta {clause}.", clause)
    assert (said["frame_judgement"], said["frame_appeal"]) == (0.0, 0.0)
    assert judged["frame_judgement"] == believed["frame_judgement"] == 1.0
    assert wished["frame_appeal"] == asked["frame_appeal"] == 1.0
    assert wished["frame_judgement"] == asked["frame_judgement"] == 0.0
    # The trained weights read the signal: the judged and the wished clause score lower.
    weights = cs.load_weights()
    worth = {name: cs.probability(weights["worth"], f) for name, f in
             (("said", said), ("judged", judged), ("wished", wished), ("asked", asked))}
    assert worth["said"] > max(worth["judged"], worth["wished"], worth["asked"])


def test_a_promise_or_a_forecast_frames_a_prediction():
    """CLAIMS.md types promises and forecasts as predictions: the frame says the clause is
    about the future though the clause has no future word of its own. An estimate
    ("memperkirakan") is of the past as often, so it leaves the clause's own type."""
    clause = "menurunkan harga pupuk bagi petani"
    assert cs.claim_type(_frame_features(f"Presiden berjanji {clause}.", clause)) == "prediction"
    assert cs.claim_type(_frame_features(f"BMKG memprakirakan {clause}.", clause)) == "prediction"
    assert cs.claim_type(_frame_features(f"Presiden mengatakan {clause}.", clause)) == "event"
    figure = "5 persen penduduk pada 2023 hidup di bawah garis kemiskinan"
    assert cs.claim_type(_frame_features(f"Bank memperkirakan {figure}.", figure)) == "quantity"


def test_a_dateline_is_not_part_of_the_claim():
    view = view_of("Jakarta, CNN Indonesia -- Pemerintah mencabut empat izin tambang.\n\n"
                   "Keputusan itu berlaku hari ini.")
    assert _spans(view, [])[0] == "Pemerintah mencabut empat izin tambang"


def _features(text: str) -> dict:
    view = view_of(text + "\n\nKalimat kedua ada di sini.")
    [cand, _] = cs.candidates(view, [])
    return cs.features(view, cand, find_quantities(view.text[cand.start:cand.end], cand.start))


@pytest.mark.parametrize(("text", "kind"), [
    ("Ekonomi diperkirakan tumbuh 5 persen tahun depan.", "prediction"),
    ("Banjir terjadi karena drainase tersumbat sampah.", "causal"),
    # A causal connective opening the sentence points back to a cause stated before it: the
    # claim itself states none; a cause inside it still counts.
    ("Sehingga warga mengungsi ke balai desa sejak Senin.", "event"),
    ("Oleh karena itu, partai itu tidak bergabung dengan koalisi.", "event"),
    ("Oleh karena itu, warga mengungsi karena banjir makin tinggi.", "causal"),
    ("Kemacetan di jalan itu diperparah oleh proyek galian kabel.", "causal"),
    ("Pembangunan pelabuhan terkendala pembebasan lahan warga.", "causal"),
    ("Alasan rapat itu ditunda adalah hujan deras sejak pagi.", "causal"),
    ("Banjir di kawasan itu dikarenakan drainase yang tersumbat sampah.", "causal"),
    ("Hujan lebat itu dipengaruhi oleh gelombang atmosfer dari barat.", "causal"),
    # A causative verb with its object and what the object comes to do states a cause;
    # with only an object it makes a thing.
    ("Penyimpangan anggaran membuat proyek jalan tersebut mangkrak.", "causal"),
    ("Banyaknya rombongan tamu membuat para turis tidak merasa nyaman.", "causal"),
    ("Pemerintah kota membuat kolam retensi di kawasan itu.", "event"),
    ("Terdakwa membuat kesepakatan dengan pejabat dinas.", "event"),
    # A noun of cause or effect with its possessive -nya names the cause as well.
    ("Gaya hidup yang kurang gerak menjadi penyebabnya.", "causal"),
    ("Dampaknya terasa hingga ke pasar tradisional di kota itu.", "causal"),
    # ... but "Akibatnya," opening the sentence points back like "Oleh karena itu".
    ("Akibatnya, warga mengungsi ke balai desa sejak Senin.", "event"),
    # A figure makes it a quantity, in a causal sentence too (CLAIMS.md: "A claim with a
    # number is quantity unless ... it is about the future").
    ("Banjir menyebabkan 1.200 warga mengungsi ke balai desa.", "quantity"),
    ("Kerugian negara mencapai Rp 10 miliar menurut aturan baru.", "quantity"),
    ("Undang-undang itu mewajibkan pendaftar berusia 17 tahun.", "rule"),
    ("Jika pasien demam, dokter memberikan obat penurun panas.", "rule"),
    # A proviso sets the terms of what is allowed, wherever it stands.
    ("Dokumen itu dapat dibuka untuk publik hanya jika disimpan kementerian.", "rule"),
    ("Sekolah memilih seragamnya sendiri, asalkan warnanya sesuai pedoman daerah.", "rule"),
    ("Dokumen itu dibuka untuk publik oleh kementerian pada pekan lalu.", "event"),
    ("Harga beras naik 12 persen dibanding bulan lalu.", "quantity"),
    # A count written out is a quantity when it is news in itself (CLAIMS.md: "a number,
    # amount, share, count"), not when it is one the reader has ("itu") or one that only
    # introduces its members ("yakni ...").
    ("Polisi menangkap tiga tersangka di Mataram.", "quantity"),
    ("Banjir menggenangi delapan rumah warga di desa itu.", "quantity"),
    ("Sidang menghadirkan tiga terdakwa, yakni Ali, Budi dan Citra.", "event"),
    ("Empat kampus yang dilibatkan antara lain UI dan ITB.", "event"),
    ("Pencabutan izin empat perusahaan itu diumumkan pemerintah.", "event"),
    ("Polisi menangkap seorang tersangka di Mataram.", "event"),
    # A figure in a phrase a demonstrative closes points back to what the reader has: an age
    # or a count there describes whom the sentence is about. Money stays a figure.
    ("Pria berusia 93 tahun itu menolak menjawab pertanyaan wartawan.", "event"),
    ("Ribuan botol tersebut disita dari sebuah gudang di Pandaan.", "event"),
    ("Pria berusia 93 tahun menolak menjawab pertanyaan wartawan.", "quantity"),
    ("Proyek senilai Rp 78 miliar itu dikerjakan oleh PT Maju.", "quantity"),
    # "harus" alone is a speaker's opinion of what ought to be, not a rule.
    ("Pemerintah harus lebih serius menangani sampah di kota ini.", "event"),
    # ... unless a rule is cited as its basis: then it says what that rule requires.
    ("Berdasarkan Perpres itu, pengadaan barang harus melalui lelang terbuka.", "rule"),
    ("Izin di pulau itu secara aturan memang harus mendapat rekomendasi kementerian.", "rule"),
    ("Menurut saya, pemerintah harus lebih serius menangani sampah.", "event"),
    # Permission in the passive is the register of statutes and official notices.
    ("Warga negara asing tidak diperbolehkan membeli tanah di pulau itu.", "rule"),
    ("Setiap pengemudi dilarang memakai ponsel saat berkendara.", "rule"),
    ("Pemerintah daerah berkewajiban menyediakan air bersih bagi warga.", "rule"),
    # A law cited as a charge reports who was charged: an event; statute wording stays a rule.
    ("Tersangka dijerat Pasal 363 KUHP tentang pencurian.", "event"),
    ("Pengemudi yang melanggar aturan itu dikenai sanksi sesuai peraturan daerah.", "rule"),
    # A rule as the claim's subject says what the rule is or does; its issuing is an event.
    ("Peraturan tersebut memungkinkan pegawai bekerja dari rumah.", "rule"),
    ("Kebijakan ini tetap memberikan keleluasaan bagi sekolah.", "rule"),
    ("Aturan itu diteken Presiden pada Mei lalu.", "event"),
    ("Prosedur itu hanya dipakai dalam keadaan darurat.", "rule"),
    # ... but a rule word after the verb is its object, not its subject.
    ("Bank Sukamaju memperkenalkan standar baru pada Juni.", "event"),
    # A future inside an indirect question says only that the matter is undecided now.
    ("Presiden belum memutuskan apakah akan mengirim pasukan ke perbatasan.", "event"),
    ("Klub belum menentukan siapa yang akan melatih tim musim ini.", "event"),
    ("Presiden akan memutuskan pengiriman pasukan ke perbatasan pekan depan.", "prediction"),
    # Naming a law is no rule: issuing or breaking one is an event; what it requires is one.
    ("Pemilik toko itu melanggar peraturan daerah tentang minuman keras.", "event"),
    ("Kementerian menerbitkan peraturan menteri baru soal ojek daring.", "event"),
    ("Peraturan daerah itu melarang toko menjual minuman keras.", "rule"),
    # A match result is a figure (a score), though its numbers count nothing named.
    ("Persikabo menang 2-1 atas tim tamu di kandang sendiri.", "quantity"),
    ("Tim tamu takluk 0 - 3 di markas lawan pekan lalu.", "quantity"),
    ("Pelatih itu menerapkan latihan ringan selama 2-4 minggu.", "event"),
])
def test_type_follows_the_precedence_of_claims_md(text, kind):
    assert cs.claim_type(_features(text)) == kind


@pytest.mark.parametrize(("text", "appeal"), [
    # Addressing the reader or the hearer advises, invites or orders (CLAIMS.md: appeals).
    ("Jika Anda merasa nyeri, sebaiknya bergerak setiap jam.", True),
    ("Kamu bisa mengunduh laporan riset secara cuma-cuma.", True),
    ("Kau tidak akan bertemu lagi dengan anakmu.", True),
    # The particles of wishing, inviting and forbidding appeal whoever says them ...
    ("Semoga bantuan ini bermanfaat bagi para korban banjir.", True),
    ("Jangan mudah percaya pada kabar yang belum jelas sumbernya.", True),
    ("Mari kita jaga kebersihan lingkungan bersama-sama.", True),
    # ... a verb of asking is reported: in the first person it is the speaker's own appeal
    # (own_appeal), in the third an event.
    ("Polisi mengimbau warga menjauhi tepi sungai sejak Senin.", False),
    ("Harga beras naik 12 persen dibanding bulan lalu.", False),
])
def test_a_sentence_in_the_second_person_is_an_appeal(text, appeal):
    assert _features(text)["appeal"] == float(appeal)


@pytest.mark.parametrize(("text", "own_appeal"), [
    # The speaker appeals, advises or wishes in the saying (CLAIMS.md: "kami meminta
    # masyarakat tetap tenang"), in the active or the bare object-focus form, after at most
    # one adverb.
    ("Kami mengimbau warga di lereng bukit agar tetap waspada.", True),
    ("Kondisi membaik, tetapi kami tetap imbau warga untuk waspada.", True),
    ("Kami sarankan korban mengungsi ke rumah kerabat.", True),
    ("Dengan kemudahan ini, kami berharap animo peserta meningkat.", True),
    # A third person's appeal is reported: an event that stays a claim.
    ("Menteri Pertahanan meminta maaf kepada Panglima kemarin.", False),
    # Inside a relative clause the first person is no subject of an appeal.
    ("Manajemen belum memenuhi apa yang saya minta dalam kontrak.", False),
    # A wish to say something is a frame for what is said, not a wish.
    ("Saya ingin sampaikan bahwa lembaga itu tidak punya kewenangan.", False),
])
def test_the_speakers_own_appeal_is_a_signal(text, own_appeal):
    assert _features(text)["own_appeal"] == float(own_appeal)


@pytest.mark.parametrize(("text", "opinion"), [
    # A want or an intention says what someone wishes, not what is the case.
    ("Kami hanya ingin menertibkan pedagang di kawasan itu.", True),
    ("Ia tidak bermaksud mengusir wisatawan dari pantai.", True),
    ("Menteri menekankan pentingnya kolaborasi semua pihak.", True),
    ("Polisi menertibkan pedagang di kawasan itu kemarin.", False),
])
def test_a_want_or_an_intention_reads_as_opinion(text, opinion):
    assert (_features(text)["opinion"] > 0) is opinion


@pytest.mark.parametrize(("text", "should"), [
    # Permission and its denial are the weak deontic of "harus": an opinion of what ought
    # to be, unless a regulation's word stands with it.
    ("Aspek kemanusiaan tidak boleh diabaikan dalam perkara ini.", True),
    ("Siapa pun boleh berpendapat tentang kebijakan itu.", True),
    ("Aspek kemanusiaan diabaikan dalam perkara ini.", False),
])
def test_permission_is_a_weak_deontic(text, should):
    feats = _features(text)
    assert feats["should"] == float(should)
    assert cs.claim_type(feats) == "event"


def test_a_question_is_marked_by_its_question_mark():
    view = view_of("“Kapan harga beras turun?” tanya warga. Kenapa harga beras naik 12 persen? "
                   "“Apakah serius atau tidak pemerintah mencabut empat izin itu, tapi sampai "
                   "kini tidak ada dokumennya,” kata Budi Santoso.\n\nLain.")
    quotes = [_quote(view, "Kapan harga beras turun?"),
              _quote(view, "Apakah serius atau tidak pemerintah mencabut empat izin itu, tapi "
                           "sampai kini tidak ada dokumennya,")]
    asked = {view.text[c.start:c.end][:12]: cs.features(
        view, c, find_quantities(view.text[c.start:c.end], c.start))["question"]
        for c in cs.candidates(view, quotes)}
    # Inside a quote and in the article's voice, the mark makes the question; an opening
    # "Apakah" without one is an indirect question inside a statement.
    assert asked == {"Kapan harga ": 1.0, "tanya warga": 0.0, "Kenapa harga": 1.0,
                     "Apakah seriu": 0.0, "Lain": 0.0}


def test_a_currency_sign_is_no_name_in_a_claims_evidence():
    view = view_of("Biaya proyek Gedung Sate mencapai Rp 5 miliar tahun ini.\n\nLain lagi.")
    [cand, _] = cs.candidates(view, [])
    assert cs.entities(view, cand.start, cand.end) == ["Gedung Sate"]


@pytest.mark.parametrize("text", [
    "Baca juga: Harga beras naik lagi di pasar induk.",
    "SCROLL TO CONTINUE WITH CONTENT",
    # Furniture in brackets or led by a reader-directed "Simak" is furniture all the same.
    "( Baca : Harga beras naik lagi di pasar induk )",
    "Simak daftar harga beras terbaru di bawah ini.",
])
def test_site_furniture_is_never_a_claim(text):
    assert cs.decide(_features(text), cs.load_weights()) is None


def test_every_sentence_of_an_embedded_post_is_furniture():
    """A social-media post embedded as its own paragraph, its embed code's marker in its last
    sentence only, is quoted furniture, not the article's claim; the article's own sentences
    around it stay candidates."""
    view = view_of("Penonton laga itu hanya 97 orang menurut panitia.\n\n"
                   "I count 97 people at the stadium tonight. Worst attendance of the cup so "
                   "far. pic.twitter.com/AbC123xyz — Budi (@budi) 18 Juni 2025.\n\n"
                   "Kapasitas stadion itu mencapai 25.500 penonton.")
    feats = [cs.features(view, c, find_quantities(view.text[c.start:c.end], c.start))
             for c in cs.candidates(view, [])]
    assert [f["boilerplate"] for f in feats] == [0.0, 1.0, 1.0, 1.0, 0.0]


def test_a_headline_line_is_never_a_claim():
    view = view_of("Harga Beras Naik 20 Persen di Jakarta\n\nHarga beras naik 20 persen.")
    first = cs.candidates(view, [])[0]
    feats = cs.features(view, first, find_quantities(view.text[first.start:first.end]))
    assert feats["headline"] and cs.decide(feats, cs.load_weights()) is None


def test_feelings_and_wishes_score_below_figures_about_public_money():
    weights = cs.load_weights()
    feeling = cs.decide(_features("Saya merasa sangat senang dan bangga sekali."), weights)
    money = cs.decide(_features(
        "Kerugian negara akibat korupsi proyek itu mencapai Rp 4,5 miliar."), weights)
    assert money is not None and money >= 0.5
    assert feeling is None or feeling < money


@pytest.mark.parametrize(("p_worth", "p_top"), [(0.2, 0.9), (0.49, 1.0), (0.5, 0.0),
                                                 (0.7, 0.1), (0.9, 0.9)])
def test_checkworthy_keeps_the_half_threshold_and_stays_in_range(p_worth, p_top):
    score = cs.checkworthy(p_worth, p_top)
    assert 0.0 <= score <= 1.0
    assert (score >= 0.5) is (p_worth >= 0.5)
    if p_worth >= 0.5:  # above the threshold, the first-to-check probability ranks higher
        assert cs.checkworthy(p_worth, min(1.0, p_top + 0.1)) >= score


@pytest.mark.parametrize(("text", "speaking"), [
    ("Hal itu disampaikan Menteri Keuangan Sri Wahyuni di Jakarta, Senin.", True),
    ("Ajakan itu diungkapkan Bupati Rina saat menerima warga di kantornya.", True),
    # The same subjects with a verb that is not one of speech state a fact.
    ("Hal itu membuat harga beras naik 5 persen dalam sepekan.", False),
    ("Pernyataan itu memicu protes ribuan buruh di depan gedung DPR.", False),
    # The active form: a verb of saying, the anaphor as its object, then only the
    # circumstances of the saying or nothing.
    ("Dia mengatakan hal itu usai rapat koordinasi di kantor gubernur, Selasa.", True),
    ("Wali kota menyampaikan hal tersebut kepada wartawan.", True),
    ("Kepala dinas menegaskan demikian.", True),
    # ... but the anaphor as the subject of a reported clause, or a source after it, reports
    # what was said or where it came from.
    ("Kepala dinas mengatakan hal itu tidak menjadi soal bagi rumah sakit.", False),
    ("Polisi mengungkapkan hal itu berdasarkan keterangan dua saksi.", False),
])
def test_a_sentence_that_only_says_who_spoke_is_never_a_claim(text, speaking):
    feats = _features(text)
    assert feats["describes_speaking"] == float(speaking)
    assert cs.excluded(feats) is speaking


def test_a_finding_frame_stays_out_of_the_claim():
    text = "Data Badan Pusat Statistik menunjukkan, inflasi Maret mencapai 3 persen."
    view = view_of(text + "\n\nKalimat kedua ada di sini.")
    [cand, _] = cs.candidates(view, [])
    assert view.text[cand.start : cand.end] == "inflasi Maret mencapai 3 persen"
    # The body that reports the finding is the claim's claimant (CLAIMS.md: an organisation
    # can claim), one entity however many of its findings the article reports.
    assert cand.source is not None and cand.source.text == "Badan Pusat Statistik"
    both = view_of(text + " Data Badan Pusat Statistik mencatat, ekspor naik 5 persen.\n\nLain.")
    found = cs.extract_claims(both, [], weights=_weights_that_keep_everything())
    sources = {c.text: c.claimant for c in found}
    body = sources["inflasi Maret mencapai 3 persen"]
    assert body is not None and (body.name, body.kind) == ("Badan Pusat Statistik",
                                                           "organization")
    assert sources["ekspor naik 5 persen"] is body
    # "bahwa" after the verb goes with the frame; a sentence opening with another noun keeps
    # its words.
    view = view_of("Laporan itu mencatat bahwa 40 rumah rusak.\n\nData lama hilang begitu saja.")
    [first, second] = cs.candidates(view, [])
    assert view.text[first.start : first.end] == "40 rumah rusak"
    assert view.text[second.start : second.end] == "Data lama hilang begitu saja"
    assert first.source is None  # "Laporan itu" names no body: the article's own voice


def test_a_relative_clause_after_the_source_stays_in_the_frame():
    view = view_of("Laporan Bank Dunia, yang disusun selama dua tahun oleh puluhan peneliti, "
                   "memperingatkan 40 juta orang akan jatuh miskin.\n\nLain.")
    [cand, _] = cs.candidates(view, [])
    assert view.text[cand.start : cand.end] == "40 juta orang akan jatuh miskin"
    assert cand.source is not None and cand.source.text == "Bank Dunia"


def test_a_frame_after_quoted_words_stays_out_of_the_claim_and_names_its_claimant():
    text = ("“Stok beras cukup sampai Maret, harga tidak akan naik,” Budi dalam unggahan di "
            "akun Instagram resminya.\n\n“Harga turun,” demikian laporan tertulis Dinas "
            "Pangan.\n\n“Kami siap,” kata Budi Santoso.")
    view = view_of(text)
    first, second, _ = cs.candidates(view, [])
    assert view.text[first.start : first.end] == ("Stok beras cukup sampai Maret, harga "
                                                   "tidak akan naik")
    assert first.source is not None and first.source.text == "Budi"
    assert view.text[second.start : second.end] == "Harga turun"
    assert second.source is not None and second.source.text == "Dinas Pangan"
    # The quoted speaker the frame names in part is the claimant, not a second "Budi".
    inner = "Kami siap,"
    start = text.index(inner)
    quoted = Quote(type="direct", start=start, end=start + len(inner), text=inner,
                   sentence=view.sentence_at(start).i, mention=Mention("Budi Santoso", 0, 4),
                   speaker=Speaker("Budi Santoso", "person"))
    claims = cs.extract_claims(view, [quoted], weights=_weights_that_keep_everything())
    stock = next(c for c in claims if c.text.startswith("Stok beras"))
    assert stock.claimant is quoted.speaker


def test_a_long_tail_after_a_closing_mark_is_no_frame():
    text = ("Ia menyebut kebijakan itu “tidak adil,” lalu pemerintah daerah menunda penerapan "
            "aturan baru tentang pasar tradisional hingga akhir tahun depan.\n\nLain.")
    view = view_of(text)
    [cand, _] = cs.candidates(view, [])
    assert view.text[cand.start : cand.end].endswith("hingga akhir tahun depan")
    assert cand.source is None


def test_a_named_source_and_a_comma_frame_a_finding_without_a_verb():
    view = view_of("Data Kementerian Pertanian, produksi padi naik 12 persen tahun ini.\n\n"
                   "Data itu, kata petani, belum lengkap.\n\nLain.")
    [named, unnamed, _] = cs.candidates(view, [])
    assert view.text[named.start : named.end] == "produksi padi naik 12 persen tahun ini"
    assert named.source is not None and named.source.text == "Kementerian Pertanian"
    # "Data itu, ..." names no source before its comma: the sentence keeps its words.
    assert view.text[unnamed.start : unnamed.end].startswith("Data itu")
    assert unnamed.source is None


@pytest.mark.parametrize(("sentence", "source", "claim"), [
    ("Menurut data dari Kementerian Pertanian, produksi padi naik 12 persen tahun ini.",
     "Kementerian Pertanian", "produksi padi naik 12 persen tahun ini"),
    ("Melansir Harian Cahaya, jembatan itu ditutup sejak Senin.",
     "Harian Cahaya", "jembatan itu ditutup sejak Senin"),
    ("Dikutip dari laman resmi Dinas Kesehatan, ada 40 kasus baru pekan ini.",
     "Dinas Kesehatan", "ada 40 kasus baru pekan ini"),
    ("Berdasarkan catatan Badan Pangan, stok beras cukup hingga Mei.",
     "Badan Pangan", "stok beras cukup hingga Mei"),
])
def test_a_citation_that_names_its_source_frames_the_claim(sentence, source, claim):
    view = view_of(sentence + "\n\nLain.")
    [cand, _] = cs.candidates(view, [])
    assert view.text[cand.start : cand.end] == claim
    assert cand.source is not None and cand.source.text == source


@pytest.mark.parametrize("sentence", [
    "Menurut saya, produksi padi naik 12 persen tahun ini.",  # no name: a quote's business
    "Berdasarkan pertimbangan itu, jembatan ditutup sejak Senin.",  # a basis, no source
    "Berdasarkan Undang-Undang Pangan, stok beras wajib dijaga.",  # a law is cited, no voice
])
def test_a_citation_without_a_named_source_keeps_the_sentence(sentence):
    view = view_of(sentence + "\n\nLain.")
    [cand, _] = cs.candidates(view, [])
    assert view.text[cand.start : cand.end] == sentence.rstrip(".")
    assert cand.source is None


def _weights_that_keep_everything() -> dict:
    """Weights under which every candidate not excluded is a claim: the rule under test is
    who claims it, not whether it is one."""
    model = {"features": ["bias"], "coef": [0.0], "intercept": 5.0}
    return {"claim": model, "worth": model, "top": model}


def test_a_profession_is_no_public_office_in_a_claim():
    """The office signal counts the titles of public life; a singer's or an actor's word,
    which names a speaker as a title does, is no public matter."""
    assert _features("Menteri Budi Santoso meresmikan pasar baru di Sukamaju.")["office"] == 1.0
    assert _features("Penyanyi Budi Santoso merilis album baru di Sukamaju.")["office"] == 0.0


@pytest.mark.parametrize(("text", "purpose"), [
    # A sentence that is only a purpose asserts nothing ...
    ("Tujuannya, agar warga tidak panik saat banjir datang.", True),
    ("Agar para petani bisa menjual gabah dengan harga layak.", True),
    # ... but a purpose clause before a main clause leaves that clause's fact.
    ("Agar tidak macet, polisi menutup jalan itu sejak pukul 06.00.", False),
    ("Polisi menutup jalan itu agar tidak macet.", False),
])
def test_a_sentence_that_is_only_a_purpose_is_no_claim(text, purpose):
    feats = _features(text)
    assert feats["purpose_only"] == float(purpose)
    assert cs.excluded(feats) == purpose


def test_a_law_named_with_its_number_is_one_entity():
    view = view_of("Setiap pengendara wajib memakai helm sesuai UU Nomor 22 Tahun 2009 di Jakarta.")
    assert cs.entities(view, 0, len(view.text)) == ["UU Nomor 22 Tahun 2009", "Jakarta"]


@pytest.mark.parametrize(("sentence", "source", "claim"), [
    # A body's name opening the sentence with a verb of finding: the body claims it.
    ("BPS mencatat inflasi Oktober sebesar 0,5 persen.", "BPS",
     "inflasi Oktober sebesar 0,5 persen"),
    ("Bank Dunia menemukan bahwa 40 persen penduduk rentan miskin.", "Bank Dunia",
     "40 persen penduduk rentan miskin"),
    # A record's lower-case noun before the body's name is the frame's, not the name's.
    ("Hasil audit BPK menunjukkan kerugian negara mencapai Rp 300 miliar.", "BPK",
     "kerugian negara mencapai Rp 300 miliar"),
])
def test_a_body_reporting_a_finding_claims_it(sentence, source, claim):
    view = view_of(sentence + "\n\nLain.")
    [cand, _] = cs.candidates(view, [])
    assert view.text[cand.start : cand.end] == claim
    assert cand.source is not None and cand.source.text == source


def test_a_person_opening_a_sentence_with_a_verb_of_finding_is_no_body():
    # "Budi Santoso mencatat ..." names a person, not a body: no finding frame.
    view = view_of("Budi Santoso mencatat semua pengeluaran desa.\n\nLain.")
    [cand, _] = cs.candidates(view, [])
    assert view.text[cand.start : cand.end] == "Budi Santoso mencatat semua pengeluaran desa"
    assert cand.source is None


@pytest.mark.parametrize(("text", "causal", "appeal"), [
    # "Terima kasih kepada X, CLAUSE" is "thanks to X": a cause, not thanks given ...
    ("Terima kasih kepada hujan deras, banjir kini melanda hampir setiap pekan.", 1.0, 0.0),
    # ... while thanks with no clause after them are thanks (an appeal's kind).
    ("Terima kasih kepada semua relawan yang sudah membantu.", 0.0, 1.0),
])
def test_thanks_to_a_cause_opening_a_clause_is_causal(text, causal, appeal):
    feats = _features(text)
    assert (feats["causal"], feats["appeal"]) == (causal, appeal)


def _framed(sentence: str, speaker: str, cue: str, reported: str) -> list[str]:
    """The claim spans of one reported quote, its speaker and cue marked as the quote stage
    marks them."""
    view = view_of(sentence)
    start = view.text.index(reported)
    s_start, c_start = view.text.index(speaker), view.text.index(f" {cue} ") + 1
    quote = Quote(type="indirect", start=start, end=start + len(reported), text=reported,
                  sentence=0, mention=Mention(speaker, s_start, s_start + len(speaker)),
                  cue=Cue(text=cue, start=c_start, end=c_start + len(cue)))
    return _spans(view, [quote])


@pytest.mark.parametrize(("sentence", "speaker", "cue", "reported"), [
    # The frame is a subordinate clause after the article's own fact.
    ("Bupati itu ditahan setelah dokter rumah sakit menyatakan dia sudah sehat.",
     "dokter rumah sakit", "menyatakan", "dia sudah sehat"),
    # A condition of what is said opens the sentence.
    ("Jika kontraknya tidak diperpanjang, Rudi mengungkapkan dirinya akan pindah klub.",
     "Rudi", "mengungkapkan", "dirinya akan pindah klub"),
    # A first predicate coordinated with the cue: the court's decision is a fact.
    ("Hakim mengabulkan gugatan warga dan menyatakan izin tambang itu batal.",
     "Hakim", "menyatakan", "izin tambang itu batal"),
    # A restrictive relative clause with a verb after the speaker.
    ("Saksi yang mencabut keterangannya menegaskan tidak pernah menerima uang.",
     "Saksi", "menegaskan", "tidak pernah menerima uang"),
])
def test_a_frame_with_a_fact_of_its_own_puts_the_whole_sentence_in_the_claim(
        sentence, speaker, cue, reported):
    # CLAIMS.md: a sentence stating two facts takes the span covering both.
    assert _framed(sentence, speaker, cue, reported) == [sentence.rstrip(".")]


@pytest.mark.parametrize(("sentence", "speaker", "cue", "reported"), [
    ("Menteri Keuangan Sri Wahyuni mengatakan inflasi turun.", "Sri Wahyuni", "mengatakan",
     "inflasi turun"),
    # A connective pointing back links sentences; it is no clause.
    ("Oleh karena itu, Rudi menilai program itu gagal.", "Rudi", "menilai", "program itu gagal"),
    ("Setelah itu, Rudi mengatakan pasar sudah dibuka.", "Rudi", "mengatakan",
     "pasar sudah dibuka"),
    # An apposition after a comma describes the speaker ("yang" with a comma is no fact).
    ("Rudi, yang menjabat ketua panitia, mengatakan acara ditunda.", "Rudi", "mengatakan",
     "acara ditunda"),
    # Where and when the speaker spoke stay in the frame.
    ("Di Jakarta, Senin, Rudi mengatakan pasar sudah dibuka.", "Rudi", "mengatakan",
     "pasar sudah dibuka"),
])
def test_a_frame_that_only_names_the_speaker_stays_out_of_the_claim(
        sentence, speaker, cue, reported):
    assert _framed(sentence, speaker, cue, reported) == [reported]


def test_a_sentence_with_two_quotes_is_claimed_by_the_first_speaker():
    """"Budi mengatakan ..., karena Ani menyebut ...": the second report is part of the
    first speaker's account, however long it is."""
    sentence = ("Budi mengatakan rapat ditunda, karena Ani menyebut anggaran tahun ini belum "
                "disetujui oleh dewan pengawas yayasan.")
    view = view_of(sentence)
    quotes = []
    for speaker, cue, reported in (
            ("Budi", "mengatakan", "rapat ditunda"),
            ("Ani", "menyebut", "anggaran tahun ini belum disetujui oleh dewan pengawas "
                                "yayasan")):
        start, s_start = view.text.index(reported), view.text.index(speaker)
        c_start = view.text.index(cue)
        quotes.append(Quote(type="indirect", start=start, end=start + len(reported),
                            text=reported, sentence=0,
                            mention=Mention(speaker, s_start, s_start + len(speaker)),
                            cue=Cue(text=cue, start=c_start, end=c_start + len(cue))))
    [cand] = cs.candidates(view, quotes)
    assert cand.quote is quotes[0]
