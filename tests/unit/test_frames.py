"""Speech verbs as records and the frames found from them, on hand-built views."""

from __future__ import annotations

from collections import Counter

import pytest

from service.extract import cues
from service.extract import lexicon as lx
from service.extract.frames import FrameKind, Frames
from service.extract.morphology import affixed
from tests.views import view_of


def _frame(text: str, cue: str):
    view = view_of(text)
    frames = Frames(view)
    word = next(w for w in view.words if w.text == cue)
    return frames.at(word)


def test_no_surface_form_belongs_to_two_speech_verbs():
    counts = Counter(f for verb in lx.SPEECH_VERBS for f in verb.forms())
    assert [form for form, n in counts.items() if n > 1] == []
    assert len(lx.SPEECH_VERB_OF) == sum(counts.values())


@pytest.mark.parametrize("verb", lx.SPEECH_VERBS, ids=lambda v: v.base)
def test_every_form_of_a_speech_verb_opens_the_frames_its_record_declares(verb):
    """A verb is one line: each of its generated forms is recognised in each frame it takes,
    and traces back to its base as the cue's lemma."""
    for form in verb.active_forms():
        view = view_of(f"Budi {form} bahwa harga beras naik.")
        w = view.words[1]
        assert cues.is_active(w), form
        assert cues.is_directive(w) == verb.directive, form
        assert cues.cue_lemma(w) == verb.base, form
    for form in verb.passive_forms():
        view = view_of(f"Hal itu {form} Budi kemarin.")
        assert cues.is_passive(view.words[2]), form
        assert cues.cue_lemma(view.words[2]) == verb.base, form
    for form in verb.inverted_forms():
        view = view_of(f"Harga beras naik, {form} Budi.")
        assert cues.is_inverted(view.words[4]), form
        assert cues.cue_lemma(view.words[4]) == verb.base, form


def test_affix_patterns_follow_indonesian_morphophonemics():
    assert "mengatakan" in affixed("kata", "meN-kan")
    assert "menyampaikan" in affixed("sampai", "meN-kan")
    assert "memaparkan" in affixed("papar", "meN-kan")
    assert "mengkritik" in affixed("kritik", "meN-")  # a cluster keeps its consonant
    assert "memprediksi" in affixed("prediksi", "meN-")
    assert affixed("tanya", "ber-") == {"bertanya"}
    assert affixed("tutur", "di-kan") == {"dituturkan"}


def test_an_active_frame_names_its_subject_and_reports_a_statement():
    frame = _frame("Budi Santoso mengatakan harga beras naik.", "mengatakan")
    assert frame.kinds == (FrameKind.ACTIVE,)
    assert frame.speaker is not None and frame.speaker.text == "Budi Santoso"
    assert frame.voiced


def test_a_subject_across_an_aside_set_off_by_commas():
    frame = _frame("Rina Wati, Senin (3/8/2020), menyampaikan harga beras naik.", "menyampaikan")
    assert frame.speaker is not None and frame.speaker.text == "Rina Wati"


def test_the_place_of_an_aside_is_not_the_subject():
    frame = _frame("Rina Wati, yang dihubungi dari Jakarta, mengatakan harga naik.", "mengatakan")
    assert frame.speaker is not None and frame.speaker.text == "Rina Wati"


def test_menurut_names_its_source_but_not_a_document():
    frame = _frame("Menurut Budi Santoso, harga beras naik.", "Menurut")
    assert frame.kinds[0] is FrameKind.ACCORDING
    assert frame.speaker is not None and frame.speaker.text == "Budi Santoso"
    document = _frame("Menurut data BPS, harga beras naik.", "Menurut")
    assert document.speaker is None


def test_a_passive_frame_names_its_agent_after_oleh():
    frame = _frame("Hal itu disampaikan oleh Budi Santoso kemarin.", "disampaikan")
    assert frame.kinds[0] is FrameKind.PASSIVE
    assert frame.speaker is not None and frame.speaker.text == "Budi Santoso"


def test_an_inverted_cue_frames_only_after_a_comma_or_a_quotation_mark():
    assert _frame("Harga beras naik, kata Budi.", "kata").opens(FrameKind.INVERTED)
    assert _frame("“Harga naik” kata Budi.", "kata").opens(FrameKind.INVERTED)
    # "tanggung jawab Kemendagri": a noun phrase, no frame naming Kemendagri
    assert _frame("Itu tanggung jawab Kemendagri.", "jawab") is None


def test_a_request_to_someone_in_particular_is_a_frame_but_no_voice():
    request = _frame("Budi meminta Rina untuk datang.", "meminta")
    assert request.directive and not request.voiced
    appeal = _frame("Budi meminta masyarakat untuk tetap di rumah.", "meminta")
    assert appeal.directive and appeal.voiced


def test_a_relative_clause_is_no_frame_of_its_own():
    frame = _frame("Warga yang mengatakan harga naik datang.", "mengatakan")
    assert frame is not None and frame.speaker is None


def test_cues_inside_quotation_marks_are_the_quoted_speakers_words():
    view = view_of("“Saya mengatakan harga naik,” kata Budi.")
    frames = Frames(view)
    assert [f.cue.text for f in frames] == ["kata"]


@pytest.mark.parametrize("text", [
    # Degrees written after the subject's name stand between it and its cue, as an
    # apposition does: the name is the subject, never a degree.
    "Kepala Dinas Kesehatan Sukamaju dr Siti Aminah, M.Kes mengatakan kasus DBD bertambah.",
    "Kapolsek Sukamaju Iptu Siti Aminah, SH, MH mengatakan pelaku sudah ditahan.",
    "Rektor Universitas Sukamaju Siti Aminah, M.Pd, menyampaikan bahwa wisuda digelar daring.",
])
def test_degrees_between_a_subject_and_its_cue_leave_the_name_the_subject(text):
    cue = next(w for w in text.split() if w.startswith("men"))
    frame = _frame(text, cue)
    assert frame is not None and frame.subject is not None
    assert frame.subject.text == "Siti Aminah"


def test_a_capitalised_word_after_a_comma_that_is_no_degree_is_no_skipped_degree():
    # "Kota" has no degree's shape: the words before the cue are not skipped as degrees.
    frame = _frame("Warga Sukamaju, Kota Lama mengatakan banjir surut.", "mengatakan")
    assert frame is not None and (frame.subject is None or frame.subject.text != "Sukamaju")


def test_a_name_right_after_a_comma_is_the_subject_not_a_word_before_the_comma():
    # "Ditemui di kantornya, Budi Santoso mengatakan": the opening participle is capitalised
    # by position and an aside's opener follows it, but the name before the verb speaks.
    frame = _frame("Ditemui di kantornya, Budi Santoso mengatakan pelaku sudah ditangkap.",
                   "mengatakan")
    assert frame is not None and frame.subject is not None
    assert frame.subject.text == "Budi Santoso"


@pytest.mark.parametrize("link", ["yang juga", "yang merupakan"])
def test_a_role_in_a_relative_clause_leaves_the_name_before_it_the_subject(link):
    # A relative clause giving the subject's role: the name before "yang" is the subject;
    # without a verb in the clause, the clause is its role.
    frame = _frame(f"Budi Santoso {link} Ketua RT setempat menyebut warga sudah mengungsi.",
                   "menyebut")
    assert frame is not None and frame.subject is not None
    assert frame.subject.text == "Budi Santoso"
    if link == "yang juga":
        assert frame.subject.role == "Ketua RT setempat"
