"""The archive's pure rules on made-up names and claims: speaker keys and linking, claim
scoring, and ClaimReview parsing."""

from __future__ import annotations

import pytest

from service.archive import matching, registry
from service.archive.factchecks import InvalidClaimReview, parse_payload


def _known(ident, name, roles=(), kind="person"):
    return registry.Known(id=ident, name=name, kind=kind,
                          aliases=frozenset(registry.aliases_of(name, kind)),
                          roles=frozenset(registry.role_words(list(roles))))


def test_a_name_key_drops_titles_and_keeps_an_acronym_as_an_alias():
    assert registry.name_key("Presiden Joko Widodo") == "joko widodo"
    assert registry.aliases_of("Komisi Pemberantasan Korupsi (KPK)", "organization") >= {
        "komisi pemberantasan korupsi", "kpk"}
    assert "jk" in registry.aliases_of("Jusuf Kalla", "person")


def test_the_same_full_name_links_and_a_blend_links_to_its_one_full_name():
    jokowi = _known(1, "Joko Widodo", ["Presiden"])
    assert registry.choose("Joko Widodo", "person", [], [jokowi]) is jokowi
    assert registry.choose("Jokowi", "person", [], [jokowi]) is jokowi


def test_namesakes_whose_roles_share_no_word_stay_apart():
    minister = _known(1, "Budi Santoso", ["Menteri Perdagangan"])
    coach = _known(2, "Budi Santoso", ["Pelatih Persib"])
    assert registry.choose("Budi Santoso", "person", ["Pelatih Persib Bandung"],
                           [minister, coach]) is coach
    assert registry.choose("Budi Santoso", "person", ["Gubernur"], [minister]) is None


def test_a_bare_first_name_joins_nobody_it_only_might_be():
    assert registry.choose("Budi", "person", [], [_known(1, "Budi Santoso"),
                                                  _known(2, "Budi Gunadi")]) is None
    assert registry.choose("Budi", "person", [], [_known(1, "Budi Santoso")]) is None


def test_a_person_and_an_organisation_of_one_name_stay_apart():
    org = _known(1, "Sinar Mas", kind="organization")
    assert registry.choose("Sinar Mas", "person", [], [org]) is None


def test_indonesian_figures_are_read_with_their_separators_and_scale():
    assert matching.figures("naik 1.250 unit") == {1250.0}
    assert matching.figures("TPT 4,7 persen") == {4.7}
    assert matching.figures("Rp 4,5 juta per bulan") == {4_500_000.0}


def test_a_reworded_claim_scores_as_a_match_and_the_reasons_say_why():
    s = matching.score("Harga Pertalite naik menjadi Rp 15.000 per liter",
                       "Pemerintah menaikkan harga Pertalite jadi Rp 15.000/liter", trigram=0.4)
    assert s.match and 15000 in s.reasons["same_figure"]
    assert {"harga", "pertalite"} <= set(s.reasons["shared_terms"])


def test_another_figure_for_the_same_claim_is_flagged_never_matched():
    s = matching.score("Harga Pertalite naik menjadi Rp 15.000 per liter",
                       "Harga Pertalite naik menjadi Rp 12.500 per liter", trigram=0.9)
    assert not s.match and s.reasons["changed_figure"] == {"query": [15000.0],
                                                          "candidate": [12500.0]}


def test_the_same_people_in_another_claim_is_no_match():
    s = matching.score("Jokowi meresmikan bendungan di Aceh",
                       "Jokowi menghadiri pernikahan di Solo", trigram=0.2)
    assert not s.match


def test_a_claimreview_list_and_graph_are_read_and_errors_name_the_field():
    review = {"@type": "ClaimReview", "claimReviewed": "Klaim", "url": "https://x.id/1",
              "reviewRating": {"alternateName": "SALAH"}, "datePublished": "2024-01-02",
              "author": {"name": "Cek"}, "itemReviewed": {"author": {"name": "Akun X"}}}
    [one] = parse_payload({"@graph": [review]})
    assert (one.rating, one.author, one.claimant, one.date_published.isoformat()) == (
        "SALAH", "Cek", "Akun X", "2024-01-02")
    assert parse_payload([review, {**review, "url": None}])[1].key != one.key
    with pytest.raises(InvalidClaimReview) as err:
        parse_payload([review, {**review, "datePublished": "2 Jan"}])
    assert err.value.field == "$[1].datePublished"


@pytest.mark.parametrize("values", [{"id": 2**64}, {"id": 0}, {"id": 3, "rank": "x"},
                                    {"id": 3, "rank": float("inf")}, {"rank": 1.0}, [1, 2],
                                    {"id": True}, {"below": 0}, {"below": "9"},
                                    {"id": 3, "below": 2**64}])
def test_a_cursor_kutip_did_not_write_is_refused_before_any_query(values):
    import json

    from service.archive.store import decode_cursor, encode_cursor

    assert decode_cursor(encode_cursor({"id": 7, "rank": 0.5})) == {"id": 7, "rank": 0.5}
    assert decode_cursor(encode_cursor({"below": 9})) == {"below": 9}  # the next window
    forged = encode_cursor(values) if isinstance(values, dict) else __import__(
        "base64").urlsafe_b64encode(json.dumps(values).encode()).decode()
    with pytest.raises(ValueError):
        decode_cursor(forged)


def test_candidates_share_two_of_the_claims_most_telling_words():
    query = matching.candidate_query("Pemerintah menaikkan harga Pertalite jadi Rp 15.000")
    # The five longest content words, any two of them: selective, yet a rewording that
    # drops one word still shares two.
    assert query.count("&") == 10 and query.count("|") == 9
    assert "pertalite" in query and "15.000" not in query
    assert matching.candidate_query("Banjir") == "banjir"
    assert matching.candidate_query("dan yang di") == ""
