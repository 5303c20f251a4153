"""On the real small models: a marked multi-word token reaches the tagger with its host
spelt as written (Stanza's seq2seq model wrote "pemeriksaannya" as "pemerikasan" + "nya"),
and a word that only ends like a particle ("langkah") stays one word."""

from __future__ import annotations

TEXT = ("Menurutnya, hasil pemeriksaannya keluar pekan depan. Dokter Budi Santoso mengatakan "
        "bahwa langkah itu perlu, dan pernyataannya didukung rumah sakit.")


def test_hosts_keep_their_letters_and_particles_split_only_from_words(engine):
    view = engine.view(TEXT)
    words = [(w.text, w.form) for w in view.words]
    assert ("pemeriksaan", "pemeriksaannya") in words
    assert ("pernyataan", "pernyataannya") in words
    assert ("Menurut", "Menurutnya") in words
    assert ("langkah", "langkah") in words
    clitics = [w for w in view.words if w.clitic]
    assert {w.form for w in clitics} >= {"pemeriksaannya", "pernyataannya", "Menurutnya"}
    assert all(w.text == "nya" for w in clitics)
    assert all(view.sentences[w.sent].parsed for w in clitics)
