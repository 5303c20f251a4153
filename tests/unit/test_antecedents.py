"""Antecedents as candidates with features and a scorer (extract/antecedents.py): each
feature on made-up candidates, and each kind of mention on hand-built views, no Stanza."""

from __future__ import annotations

import pytest

from service.extract.antecedents import FEATURES, Anaphor, Appearance, Candidate, choose, describe
from service.extract.direct import extract_direct
from service.extract.frames import Frames
from service.extract.reported import extract_reported
from service.extract.speakers import resolve_article, resolve_speakers
from service.extract.subjects import subject_of, with_subjects
from tests.views import view_of


def _at(offset: int, kind: str, sentence: int = 0, paragraph: int = 0,
        in_quote: bool = False) -> Appearance:
    return Appearance(offset, sentence, paragraph, kind, in_quote)


def _features(anaphor: Anaphor, *cands: Candidate) -> list[dict[str, float]]:
    return [c.features for c in describe(anaphor, list(cands))]


PRONOUN = Anaphor("clitic", 100, sentence=5, paragraph=2, direct=True)


def test_the_latest_voice_subject_and_name_are_marked_and_ranked():
    older = Candidate("a", "Ani", False, appearances=[_at(10, "voice", 1, 0)])
    newer = Candidate("b", "Budi", False, appearances=[_at(50, "subject", 3, 1)])
    a, b = _features(PRONOUN, older, newer)
    assert (a["voice_latest"], a["voice_latest_direct"], a["voice_recency"]) == (1, 1, 1)
    assert (b["voice_latest"], b["subject_latest"], a["subject_latest"]) == (0, 1, 0)
    assert a["subject_recency"] == 0.5 and b["named_latest"] == 1 and a["named_recency"] == 0.5


def test_a_voice_counts_as_direct_only_for_a_direct_quote_s_frame():
    c = Candidate("a", "Ani", False, appearances=[_at(10, "voice")])
    [f] = _features(Anaphor("pronoun", 100, 5, 2, direct=False), c)
    assert f["voice_latest"] == 1 and f["voice_latest_direct"] == 0


def test_distance_paragraph_and_quotes():
    near = Candidate("a", "Ani", False, appearances=[_at(90, "named", 5, 2)])
    far = Candidate("b", "Budi", False, appearances=[_at(5, "named", 0, 0, in_quote=True)])
    a, b = _features(PRONOUN, near, far)
    assert (a["sentences_apart"], a["same_paragraph"], a["in_quote_only"]) == (0, 1, 0)
    assert (b["sentences_apart"], b["same_paragraph"], b["in_quote_only"]) == (0.5, 0, 1)


def test_a_description_s_role_kind_and_the_name_written_with_it():
    coach = Anaphor("description", 100, 5, 2, words=frozenset({"pelatih", "klub"}),
                    head_kind="person")
    holder = Candidate("a", "Budi", False, roles=frozenset({"pelatih", "klub", "persib"}),
                       named_by_description=True, cataphora=True)
    club = Candidate("b", "Persib", True)
    a, b = _features(coach, holder, club)
    assert (a["role_agrees"], a["kind_agrees"], a["named_by_description"], a["cataphora"]) \
        == (1, 1, 1, 1)
    assert (b["role_agrees"], b["kind_agrees"], b["kind_clashes"]) == (0, 0, 1)


def test_every_feature_is_pinned_above():
    covered = {"voice_latest", "voice_latest_direct", "voice_recency", "subject_latest",
               "subject_recency", "named_latest", "named_recency", "sentences_apart",
               "same_paragraph", "in_quote_only", "role_agrees", "named_by_description",
               "kind_agrees", "kind_clashes", "cataphora"}
    assert covered == set(FEATURES)


def test_no_candidate_likely_enough_is_no_antecedent():
    weights = {"bias": -1.0, "threshold": 0.5, "weights": {"named_latest": 2.0}}
    nobody = Candidate("a", "Ani", False, appearances=[_at(200, "named")])  # after it
    assert choose(PRONOUN, [nobody], weights) is None
    named = Candidate("b", "Budi", False, appearances=[_at(20, "named")])
    assert choose(PRONOUN, [nobody, named], weights) is named


def _speakers(text: str) -> list[str | None]:
    view = view_of(text)
    direct, embedded = extract_direct(view, Frames(view))
    reported = extract_reported(view, direct, embedded, Frames(view))
    quotes, _ = resolve_speakers(view, sorted(direct + reported, key=lambda q: q.start),
                                 Frames(view))
    return [q.speaker.name if q.speaker else None for q in quotes]


def test_a_clitic_frame_takes_the_voice_of_the_passage():
    assert _speakers("“Harga naik,” kata Budi Santoso. Ia menyebut Ani Wijaya. "
                     "“Stok aman,” ujarnya.") == ["Budi Santoso", "Budi Santoso"]


def test_a_description_takes_the_entity_holding_its_role_and_not_another():
    text = ("Pelatih Persib Budi Santoso mengatakan tim siap. Direktur Persib Ani Wijaya "
            "menambahkan stadion aman. “Kami siap menang,” kata pelatih itu.")
    assert _speakers(text)[-1] == "Budi Santoso"  # though Ani Wijaya spoke last


def test_a_description_of_a_body_takes_the_body_not_a_person():
    text = ("Rina Wati datang ke kantor. Produk baru diumumkan OpenAI kemarin. Saat ini, "
            "perusahaan tersebut telah memiliki 300 juta pengguna.")
    view = view_of(text)
    _, _, refer = resolve_article(view, [], Frames(view))
    claim_start = text.index("Saat ini")
    subject = subject_of(text[claim_start:], claim_start)
    assert subject is not None and subject.text == "perusahaan tersebut"
    about = refer(subject)
    assert about is not None and about.name == "OpenAI"


def test_a_description_no_candidate_agrees_with_in_kind_stays_unresolved():
    text = "Rina Wati datang ke kantor. Saat ini, perusahaan tersebut memiliki 300 pegawai."
    view = view_of(text)
    _, _, refer = resolve_article(view, [], Frames(view))
    start = text.index("Saat ini")
    assert refer(subject_of(text[start:], start)) is None


def test_a_plural_pronoun_is_no_single_speaker():
    assert _speakers("“Harga naik,” kata Budi Santoso. “Kami siap,” kata mereka.") == \
        ["Budi Santoso", None]


@pytest.mark.parametrize(("text", "subject"), [
    ("Ia menerima kabar itu.", "Ia"),
    ("Saat ini, perusahaan tersebut memiliki 300 juta pengguna.", "perusahaan tersebut"),
    ("Kini, mantan pelatih klub itu melatih tim lain.", "mantan pelatih klub itu"),
    ("Harga beras naik 10 persen.", None),  # a subject that needs nothing
    ("Namun, hal itu tidak benar.", None),  # "hal" names no person and no body
])
def test_the_subject_of_a_claim(text, subject):
    m = subject_of(text, 0)
    assert (m.text if m else None) == subject


def test_a_claim_about_a_pronoun_reads_alone_with_the_name_written_out():
    from service.extract.model import Claim

    text = "Budi Santoso mengatakan harga naik. Ia menjual 20 ton beras pada Mei."
    view = view_of(text)
    _, _, refer = resolve_article(view, [], Frames(view))
    start = text.index("Ia menjual")
    claim = Claim(text="Ia menjual 20 ton beras pada Mei", start=start,
                  end=start + 32, sentence=1, type="quantity", checkworthy=0.8, quote=None)
    [done] = with_subjects([claim], refer)
    assert done.about is not None and done.about.name == "Budi Santoso"
    assert done.standalone == "Budi Santoso menjual 20 ton beras pada Mei"


def test_a_description_before_the_name_it_belongs_to_is_cataphora():
    text = ("Harga beras tetap tinggi. Karena itu, juru bicara kementerian mengatakan Amerika "
            "akan menghadapi kerusakan. Ayatullah Ali Khamenei menegaskan Iran siap membalas.")
    view = view_of(text)
    direct, embedded = extract_direct(view, Frames(view))
    reported = extract_reported(view, direct, embedded, Frames(view))
    quotes, _ = resolve_speakers(view, sorted(direct + reported, key=lambda q: q.start),
                                 Frames(view))
    [quote] = [q for q in quotes if q.text.startswith("Amerika")]
    assert quote.speaker is not None and quote.speaker.name == "Ali Khamenei"
    assert quote.mention.kind == "cataphora"


def test_a_description_with_a_closed_relative_clause_takes_the_entity_holding_its_role():
    text = ("Ratna Dewi terpilih sebagai ketua umum dalam musyawarah nasional. Ketua umum "
            "yang baru itu mengatakan organisasi akan dibenahi.")
    assert _speakers(text) == ["Ratna Dewi"]
