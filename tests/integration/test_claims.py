"""Claims on real parses (the small Stanza models): sentence-level, typed, attributed, with
their figures."""

from __future__ import annotations


def test_unattributed_sentence_with_a_figure_is_a_quantity_claim(extract):
    text = "Jumlah penumpang kereta naik 12 persen menjadi 400 juta orang pada 2024."
    [claim] = extract(text)["claims"]
    assert claim["quote"] is None and claim["speaker"] is None
    assert claim["type"] == "quantity" and claim["checkworthy"] >= 0.5
    assert claim["text"] == text[:-1]  # no final punctuation
    figures = {q["text"]: q for q in claim["quantities"]}
    assert figures["12 persen"]["value"] == 12 and figures["12 persen"]["kind"] == "percent"
    assert figures["400 juta orang"]["value"] == 400_000_000


def test_quote_with_money_links_to_its_quote_and_speaker(extract):
    text = "“Kerugian negara mencapai Rp 10,1 miliar,” kata jaksa Tegar Djati Kusuma."
    answer = extract(text)
    [claim] = answer["claims"]
    assert claim["quote"] == answer["quotes"][0]["id"]
    assert claim["speaker"]["name"] == "Tegar Djati Kusuma"
    assert claim["text"] == "Kerugian negara mencapai Rp 10,1 miliar"
    [money] = claim["quantities"]
    assert (money["value"], money["unit"], money["kind"]) == (10_100_000_000, "IDR", "money")


def test_a_multi_sentence_quote_yields_one_claim_per_checkable_sentence(extract):
    text = ("“Kerugian negara mencapai Rp 10 miliar. Saya merasa sangat sedih. Tersangka "
            "ditangkap di Bandung pada 2024,” kata jaksa Tegar Djati Kusuma.")
    answer = extract(text)
    texts = [c["text"] for c in answer["claims"]]
    assert "Kerugian negara mencapai Rp 10 miliar" in texts
    assert not any("merasa" in t for t in texts)
    assert all(c["quote"] == answer["quotes"][0]["id"] for c in answer["claims"])


def test_opinions_questions_and_appeals_are_not_claims(extract):
    for text in ("Suasana di taman itu terasa sangat menyenangkan bagi warga.",
                 "Apakah pemerintah siap menghadapi musim hujan tahun ini?",
                 "Semoga masyarakat tetap tenang dan menjaga kebersihan."):
        assert [c for c in extract(text)["claims"] if c["checkworthy"] >= 0.5] == [], text
    # The positive control: a checkable fact of the same length is one.
    fact = "Pemerintah menaikkan harga beras sebesar 10 persen pada Januari 2025."
    assert [c for c in extract(fact)["claims"] if c["checkworthy"] >= 0.5]


def test_claims_are_ranked_by_checkworthiness(extract):
    text = ("Inflasi Oktober tercatat 2,1 persen, lebih rendah dibanding September. "
            "Warga berkumpul di balai desa sejak pagi untuk mengikuti acara tersebut.")
    claims = extract(text)["claims"]
    scores = [c["checkworthy"] for c in claims]
    assert scores == sorted(scores, reverse=True)
    assert claims[0]["text"].startswith("Inflasi Oktober")


def test_a_body_reporting_a_finding_claims_it_in_the_answer(extract):
    """On real parses: the finding frame stays out of the span, the body is the claimant,
    listed in the answer's speakers, and the claim says it has a named source."""
    finding = ("Data Badan Pusat Statistik (BPS) menunjukkan, tingkat pengangguran terbuka "
               "pada Februari 2025 mencapai 4,7 persen.")
    answer = extract(finding)
    [claim] = answer["claims"]
    assert claim["text"].startswith("tingkat pengangguran terbuka")
    assert claim["speaker"]["name"] == "Badan Pusat Statistik (BPS)"
    assert claim["evidence"]["named_source"] is True
    listed = {s["id"]: s for s in answer["speakers"]}
    assert listed[claim["speaker"]["id"]]["kind"] == "organization"
    # A sentence after it that only says who said it makes that person the claimant; the
    # frame still stays out, and that sentence itself is no claim.
    answer = extract(finding + " Hal itu disampaikan Kepala BPS Amalia Adininggar di "
                               "Jakarta, Senin.")
    [claim] = answer["claims"]
    assert claim["text"].startswith("tingkat pengangguran terbuka")
    assert claim["speaker"]["name"] == "Amalia Adininggar"


def test_a_frame_with_a_fact_of_its_own_stays_in_the_claim_on_real_parses(extract):
    """The quote stage's cue and speaker on a real parse feed the rule: a court's decision
    coordinated with its cue, and a subordinate frame after the article's own fact, are part
    of the claim; a plain frame is not."""
    for text in ("Pengadilan Negeri Jakarta mengabulkan gugatan warga dan menyatakan izin "
                 "tambang itu batal.",
                 "Bupati Sukamaju ditahan setelah tim dokter menyatakan dia sudah sehat."):
        answer = extract(text)
        assert answer["quotes"], text
        assert [c["text"] for c in answer["claims"]] == [text[:-1]]
    plain = "Bupati Sukamaju Rudi Hartono mengatakan izin tambang itu batal."
    assert [c["text"] for c in extract(plain)["claims"]] == ["izin tambang itu batal"]


def test_a_causative_with_what_its_object_comes_to_do_is_causal_on_real_parses(extract):
    """The tagger's reading feeds the causative rule: an object and a predicate after
    "membuat" state a cause; an object and a preposition make a thing, though the small
    tagger may tag the preposition a noun."""
    causal = "Kenaikan harga pakan membuat peternak ayam merugi."
    made = "Terdakwa membuat kesepakatan dengan pejabat dinas untuk memenangkan proyek."
    assert [c["type"] for c in extract(causal)["claims"]] == ["causal"]
    assert [c["type"] for c in extract(made)["claims"]] == ["event"]
