"""Indonesian linguistic knowledge Kutip relies on, as data.

Every list says where it comes from or why it has what it has. Forms are lower-case. Stanza's
lemmatiser strips meN-/di-/-kan/-i affixes (mengungkapkan -> ungkap), so most cues are listed
by lemma; surface forms are listed where the lemmatiser is unreliable or the form matters
(a bare base form like "jelas" is a cue only in the inverted frame ", jelasnya").
"""

from __future__ import annotations

from dataclasses import dataclass

from service.extract.morphology import affixed, with_nya

# Quotation marks are orthography, shared with the NLP layer (service/orthography.py).
from service.orthography import DOUBLE_QUOTES as DOUBLE_QUOTES
from service.orthography import QUOTE_CHARS as QUOTE_CHARS
from service.orthography import SINGLE_QUOTES as SINGLE_QUOTES


@dataclass(frozen=True, slots=True)
class SpeechVerb:
    """One speech or cognition verb: its base, the affix patterns of its cue forms, and the
    frames it opens beyond the affixed forms (see SPEECH_VERBS)."""

    base: str
    affixes: tuple[str, ...] = ()
    inverted: bool = False
    bare: bool = False
    directive: bool = False
    also: tuple[str, ...] = ()
    lemmas: tuple[str, ...] = ()
    by_lemma: bool = True
    reports: bool = True  # False: a stance the subject takes in public, no speech reported
    # What the reported clause is, when not a report of fact: "judgement" (the speaker's
    # assessment or belief) or "wish" (what the speaker hopes for).
    stance: str = ""

    def active_forms(self) -> frozenset[str]:
        """Forms that open the active frame: meN-, memper- and ber- forms, the other
        written forms, and the base itself when it is a bare cue."""
        forms = {f for p in self.affixes if not p.startswith("di") for f in affixed(self.base, p)}
        return frozenset(forms | set(self.also) | ({self.base} if self.bare else set()))

    def passive_forms(self) -> frozenset[str]:
        return frozenset(f for p in self.affixes if p.startswith("di")
                         for f in affixed(self.base, p))

    def inverted_forms(self) -> frozenset[str]:
        return frozenset({self.base, self.base + "nya"}) if self.inverted else frozenset()

    def forms(self) -> frozenset[str]:
        """Every surface form of the verb that is a cue in some frame."""
        return self.active_forms() | self.passive_forms() | self.inverted_forms()

# Speech and cognition verbs, one record each: the base (as Stanza's lemmatiser gives it),
# the affix patterns its cue forms take (morphology.AFFIX_PATTERNS: meN-/meN-kan/... active,
# di-... passive), and the frames it opens beyond those: inverted (the bare base or base+nya
# after the quoted words: ", kata Altman", ", ujarnya"), bare (the bare base reports speech
# wherever it stands: "Ateng bilang, ..."), directive (a request: "meminta X untuk ...", which
# the dev set's rules count as indirect speech running from right after the cue). `also`: other
# surface forms the press writes ("akui", "sampaikan"); `lemmas`: other lemmas the lemmatiser
# gives its forms ("jelaskan"); by_lemma=False: only the listed forms are cues, not every meN-
# word the lemmatiser maps to the base ("menimbang" is no cue, "mempertimbangkan" is);
# stance: the clause is a judgement (KBBI: menilai "menentukan nilai; memperkirakan",
# menganggap "memandang sebagai", berpendapat "mempunyai pendapat", yakin, percaya,
# optimistis, pesimistis) or a wish (berharap "mempunyai harapan"), which CLAIMS.md counts
# as opinion, not claim, unless a checkable fact stands in it; or about the future (a promise
# or a forecast: KBBI berjanji "menyatakan bersedia dan sanggup untuk berbuat sesuatu",
# memprediksi, meramalkan, memprakirakan), which CLAIMS.md types as a prediction whatever
# tense the clause itself has ("Presiden berjanji menurunkan harga"). "memperkirakan" is not
# one: it estimates the past as often ("memperkirakan 5,44% penduduk pada 2023 ...").
# Source: the verbs Indonesian news uses to attribute speech (KBBI senses of
# "berkata/menyatakan"), the project brief's list, and the annotation rules of the dev set
# (cognition verbs count when they take a clause). A new verb is one line here.
SPEECH_VERBS: tuple[SpeechVerb, ...] = (
    SpeechVerb("kata", ("meN-kan", "di-kan", "ber-"), inverted=True),
    SpeechVerb("ujar", inverted=True),
    SpeechVerb("ungkap", ("meN-", "meN-kan", "di-kan"), inverted=True, lemmas=("ungkapkan",)),
    SpeechVerb("tutur", ("meN-kan", "di-kan"), inverted=True),
    SpeechVerb("jelas", ("meN-kan", "di-kan"), inverted=True, lemmas=("jelaskan",)),
    SpeechVerb("tegas", ("meN-kan", "di-kan"), inverted=True, lemmas=("tegaskan",)),
    SpeechVerb("sebut", ("meN-", "meN-kan", "di-", "di-kan"), inverted=True,
               lemmas=("sebutkan",)),
    SpeechVerb("imbuh", inverted=True),
    SpeechVerb("tambah", ("meN-kan", "di-kan"), inverted=True, lemmas=("tambahkan",)),
    SpeechVerb("papar", ("meN-kan", "di-kan"), inverted=True, lemmas=("paparkan",)),
    SpeechVerb("terang", ("meN-kan", "di-kan"), inverted=True, lemmas=("terangkan",)),
    SpeechVerb("aku", ("meN-", "meN-i", "di-i"), inverted=True, also=("akui",),
               lemmas=("akui",)),
    SpeechVerb("klaim", ("meN-", "di-"), also=("klaim",)),
    SpeechVerb("nilai", ("meN-",), also=("nilai",), stance="judgement"),
    SpeechVerb("umum", ("meN-kan", "di-kan"), also=("umumkan",), lemmas=("umumkan",)),
    SpeechVerb("sampai", ("meN-kan", "di-kan"), also=("sampaikan",), lemmas=("sampaikan",)),
    SpeechVerb("nyata", ("meN-kan", "di-kan"), lemmas=("nyatakan",)),
    SpeechVerb("ucap", ("meN-kan",), inverted=True),
    SpeechVerb("lanjut", inverted=True),
    SpeechVerb("pungkas", inverted=True),
    SpeechVerb("tandas", inverted=True),
    SpeechVerb("tulis", ("meN-", "di-"), inverted=True),
    # Posting on X/Twitter, the written speech of public figures online (KBBI: cuit,
    # mencuit; cuitan "pesan singkat di Twitter"): "..., cuit Rob", "mencuitkan".
    SpeechVerb("cuit", ("meN-", "meN-kan"), inverted=True),
    SpeechVerb("tanya", ("meN-kan", "ber-", "memper-kan"), inverted=True),
    SpeechVerb("sadar", ("meN-i",), also=("sadari",)),
    SpeechVerb("bilang", inverted=True, bare=True),
    SpeechVerb("beber", ("meN-kan",), inverted=True),
    SpeechVerb("urai", ("meN-kan",), inverted=True),
    SpeechVerb("sambung", inverted=True),
    SpeechVerb("jawab", ("meN-",), inverted=True),
    SpeechVerb("timpal", inverted=True),
    SpeechVerb("tukas", inverted=True, by_lemma=False),
    SpeechVerb("seru", inverted=True, by_lemma=False),
    SpeechVerb("kilah", inverted=True, by_lemma=False),
    SpeechVerb("cetus", inverted=True, by_lemma=False),
    SpeechVerb("kenang", inverted=True, by_lemma=False),
    SpeechVerb("tutup", inverted=True),  # "pungkas"-like: ", tutupnya"; "menutup" is no cue
    # More verbs the press puts after a quotation (", keluhnya", ", sahut X", ", pintanya"):
    # complaining (KBBI: keluh "ungkapan yang keluar karena perasaan susah"), answering
    # (sahut, balas), joking (kelakar, canda), asking (pinta "permintaan") and rebuking
    # (tegur); in the inverted frame only, except "mengeluh", which takes a clause.
    SpeechVerb("keluh", ("meN-", "meN-kan"), inverted=True),
    SpeechVerb("sahut", inverted=True, by_lemma=False),
    SpeechVerb("balas", inverted=True, by_lemma=False),
    SpeechVerb("kelakar", inverted=True, by_lemma=False),
    SpeechVerb("canda", inverted=True, by_lemma=False),
    SpeechVerb("pinta", inverted=True, by_lemma=False),
    SpeechVerb("tegur", inverted=True, by_lemma=False),
    SpeechVerb("kemuka", ("meN-kan", "di-kan")),
    SpeechVerb("lapor", ("meN-kan", "di-kan")),
    SpeechVerb("contoh", ("meN-kan",)),
    SpeechVerb("singgung", ("meN-",)),
    SpeechVerb("yakin", ("meN-i",), bare=True, stance="judgement"),
    SpeechVerb("percaya", bare=True, stance="judgement"),
    # Stance adjectives that take a clause like "yakin" does: "X optimistis, memasuki 2021,
    # pemerintah akan ..." (KBBI: optimistis, pesimistis).
    SpeechVerb("optimistis", bare=True, stance="judgement"),
    SpeechVerb("pesimistis", bare=True, stance="judgement"),
    SpeechVerb("harap", ("ber-",), inverted=True, stance="wish"),
    SpeechVerb("pasti", ("meN-kan",)),
    SpeechVerb("kira", ("memper-kan",), lemmas=("perkirakan",)),
    # The forecaster's verb (KBBI: prakira, memprakirakan "meramalkan cuaca"; BMKG's usage).
    SpeechVerb("prakira", ("meN-kan",), by_lemma=False, stance="future"),
    SpeechVerb("duga", ("meN-",)),
    SpeechVerb("anggap", ("meN-",), stance="judgement"),
    SpeechVerb("tekan", ("meN-kan",)),
    SpeechVerb("cerita", ("ber-", "meN-kan")),
    SpeechVerb("kisah", ("ber-", "meN-kan")),
    SpeechVerb("sesal", ("meN-kan",), inverted=True),
    SpeechVerb("catat"),  # "mencatat" (record) and "tercatat" are no cues; the lemma is
    SpeechVerb("ingat", ("meN-kan",), inverted=True, directive=True),
    SpeechVerb("imbau", ("meN-",), inverted=True, directive=True),
    SpeechVerb("minta", ("meN-",), bare=True, directive=True),
    SpeechVerb("ajak", ("meN-",), inverted=True, directive=True),
    SpeechVerb("desak", ("meN-",), inverted=True, directive=True),
    # Stances a person takes in public ("X mendorong agar ...", "X mengapresiasi langkah
    # ..."): the person is a voice a later -nya can mean, but the dev guide reports no speech
    # in what follows them.
    SpeechVerb("dorong", ("meN-",), directive=True, reports=False),
    SpeechVerb("apresiasi", ("meN-",), reports=False),
    SpeechVerb("usul", ("meN-kan",), directive=True),
    SpeechVerb("tuntut", ("meN-",), directive=True),
    SpeechVerb("saran", ("meN-kan",), inverted=True, directive=True, lemmas=("sarankan",)),
    SpeechVerb("tuding", ("meN-",), inverted=True),
    SpeechVerb("tuduh", ("meN-",)),
    SpeechVerb("bantah", ("meN-",), inverted=True),
    # Denying, as "membantah" does (KBBI: menampik "menolak; tidak mengakui", menyangkal "tidak
    # mengakui; membantah"), whose forms OWN_ACT_CUE_FORMS already lists.
    SpeechVerb("tampik", ("meN-",), inverted=True),
    SpeechVerb("sangkal", ("meN-",), inverted=True),
    SpeechVerb("kritik", ("meN-",), inverted=True),
    SpeechVerb("sindir", ("meN-",), inverted=True),
    SpeechVerb("klarifikasi", ("meN-",)),
    SpeechVerb("isyarat", ("meN-kan",)),
    SpeechVerb("ramal", ("meN-kan",), stance="future"),
    # Promising (KBBI: berjanji "menyatakan bersedia dan sanggup untuk berbuat sesuatu"):
    # a public figure's promise is a statement about the future ("X berjanji akan ...").
    SpeechVerb("janji", ("ber-", "meN-kan"), inverted=True, stance="future"),
    SpeechVerb("prediksi", ("meN-", "meN-kan"), stance="future"),
    # Speech acts news reports like "mengatakan": weighing, holding an opinion, confirming,
    # advising, setting out, pointing out, stressing (KBBI senses of speaking); only these
    # forms, their bases being ordinary words ("benar", "sorot", "pesan").
    SpeechVerb("timbang", ("memper-kan",), by_lemma=False),
    SpeechVerb("pendapat", ("ber-",), by_lemma=False, stance="judgement"),
    SpeechVerb("benar", ("meN-kan",), by_lemma=False),
    SpeechVerb("pesan", ("ber-",), inverted=True, by_lemma=False),
    SpeechVerb("jabar", ("meN-kan",), by_lemma=False),
    SpeechVerb("sorot", ("meN-i",), by_lemma=False),
    SpeechVerb("garisbawah", ("meN-i",), by_lemma=False),
)
# Every cue form with the record it comes from; a form listed twice is an error (a test
# checks it) since a cue's lemma must be one.
SPEECH_VERB_OF: dict[str, SpeechVerb] = {
    form: verb for verb in SPEECH_VERBS for form in verb.forms()
}
# Lemmas whose meN-/ber- forms are cues whatever the lemmatiser made of the surface.
SPEECH_LEMMAS: frozenset[str] = frozenset(
    lemma for v in SPEECH_VERBS if v.by_lemma for lemma in (v.base, *v.lemmas))
# Cues that may stand in their bare base form after the quoted or reported words (", kata
# Altman", ", ujarnya"); bare "jelas" (clear) or "tambah" (more) elsewhere are ordinary words.
INVERTED_CUE_BASES: frozenset[str] = frozenset(v.base for v in SPEECH_VERBS if v.inverted)
# ... and with -nya ("ujarnya", "katanya"): the speaker as a clitic.
INVERTED_CUES: frozenset[str] = INVERTED_CUE_BASES | with_nya(INVERTED_CUE_BASES)
# Every surface form that is a cue whatever the lemmatiser made of it (it is trained on little
# data and mislemmatises rarer forms).
CUE_FORMS: frozenset[str] = frozenset(SPEECH_VERB_OF)
# Forms of stance verbs: frames whose subject speaks, with no reported words of their own.
STANCE_FORMS: frozenset[str] = frozenset(
    f for v in SPEECH_VERBS if not v.reports for f in v.forms())
# Frames whose clause is the speaker's judgement or wish (SpeechVerb.stance): every form.
JUDGEMENT_CUE_FORMS: frozenset[str] = frozenset(
    f for v in SPEECH_VERBS if v.stance == "judgement" for f in v.forms())
WISH_CUE_FORMS: frozenset[str] = frozenset(
    f for v in SPEECH_VERBS if v.stance == "wish" for f in v.forms())
# Frames whose clause is about the future (SpeechVerb.stance "future"): every form.
FUTURE_CUE_FORMS: frozenset[str] = frozenset(
    f for v in SPEECH_VERBS if v.stance == "future" for f in v.forms())
# Directive speech acts: every active form of a directive verb.
DIRECTIVE_FORMS: frozenset[str] = frozenset(
    f for v in SPEECH_VERBS if v.directive for f in v.active_forms())
# Bare forms that report speech wherever they stand ("Ateng bilang, ...", "Ia yakin ..."),
# unlike "kata" or "jelas", which are cues only in the inverted frame.
ACTIVE_BARE_CUES: frozenset[str] = frozenset(v.base for v in SPEECH_VERBS if v.bare)

# Whom a public appeal addresses: "X mendesak pemerintah ...", "X meminta masyarakat agar
# ...". A directive to them is the speaker's own public voice, unlike a request narrated
# between two parties ("Terdakwa meminta Direktur PT X untuk ..."). Source: news usage.
APPEAL_AUDIENCES: frozenset[str] = frozenset(
    {"pemerintah", "masyarakat", "warga", "publik", "rakyat", "umat", "semua", "seluruh",
     "para", "pihak", "negara", "pengusaha", "pekerja", "orang", "kita"}
)

# Things one asks for: "meminta bantuan/izin/maaf ..." requests a thing, and is a directive
# speech act only when an untuk/agar/supaya clause follows ("meminta X untuk ...").
REQUESTED_THINGS: frozenset[str] = frozenset(
    {"maaf", "bantuan", "izin", "waktu", "uang", "dana", "keterangan", "pertanggungjawaban",
     "perlindungan", "penjelasan", "data", "dokumen", "dukungan", "restu", "doa", "jatah",
     "kompensasi", "ganti", "tambahan", "perpanjangan", "penundaan", "maafnya"}
)
# Words that open the requested action of a directive.
PURPOSE_MARKERS: frozenset[str] = frozenset({"untuk", "agar", "supaya", "guna"})
# Conjunctions of purpose (TBBBI, konjungsi tujuan: agar, supaya, biar; and "demi"), and the
# nouns that announce a purpose before one ("Tujuannya, agar ..."): a sentence that is only a
# purpose states what someone aims at, nothing that is the case (CLAIMS.md: not a claim).
PURPOSE_CONJUNCTIONS: frozenset[str] = frozenset({"agar", "supaya", "biar", "demi"})
PURPOSE_NOUNS: frozenset[str] = frozenset({"tujuan", "tujuannya", "maksud", "maksudnya"})

# Nouns after a cue that make it a cue + noun phrase: no proposition is reported. Two kinds:
# an attitude or act the speaking itself expresses ("meminta maaf", "menyampaikan terima
# kasih", "menyatakan keprihatinan", "menyatakan sikap"), which even a verb that takes only
# clauses takes as its object (KBBI: menyatakan "memperlihatkan, menyatakan perasaan") ...
EXPRESSED_ATTITUDES: frozenset[str] = frozenset(
    {"maaf", "terima", "selamat", "komitmen", "komitmennya", "pentingnya", "dukungan",
     "dukungannya", "apresiasi", "keprihatinan", "belasungkawa", "duka", "harapan",
     "keseriusan", "kekecewaan", "kekecewaannya", "rasa", "pidato", "sambutan", "ucapan",
     "ketersediaan", "perjuangan", "pernyataan", "pesan", "pandangannya", "pendapatnya",
     "sikap", "sikapnya", "perhatian", "kepada", "kepadanya"}
)
# ... and a record or content delivered ("mengumumkan hasil ...", "menyampaikan laporan",
# "memaparkan data"), the object of verbs of delivering but the subject of a clause after
# "mengatakan" ("mengatakan data pribadi warga aman").
DELIVERED_CONTENTS: frozenset[str] = frozenset(
    {"rencana", "hasil", "laporan", "kabar", "informasi", "pengumuman", "kebijakan",
     "program", "data", "daftar", "peluncuran", "tambahan", "alasan", "kronologi",
     "keterangan", "kisah", "cerita"}
)
NOUN_PHRASE_OBJECTS: frozenset[str] = EXPRESSED_ATTITUDES | DELIVERED_CONTENTS

# Cues that take a clause and nothing else after them (KBBI: mengatakan "menyatakan sesuatu
# dengan kata-kata", menyatakan "menerangkan; menjelaskan"): what follows them is what was
# said, whatever the tagger makes of its predicate ("mengatakan arus lalu lintas kembali
# normal", with "normal" read as a noun). Other verbs of saying also take a noun phrase
# ("menyampaikan apresiasi", "mengungkapkan kekecewaan").
CLAUSAL_CUE_FORMS: frozenset[str] = frozenset({"mengatakan", "menyatakan"})
# Cues whose complement may be the speaker's own act with no subject of its own ("X mengaku
# menerima uang Rp 500 juta", "X membantah menerima suap", "X mengklaim memiliki 500 hektare
# lahan"; dev's gold: "Yang Liwei mengaku mendengar suara aneh ..."): admitting, denying,
# claiming and promising take a verb phrase whose subject is the speaker (Sneddon 2010, on
# verbs with a subjectless complement).
OWN_ACT_CUE_FORMS: frozenset[str] = frozenset(
    {"mengaku", "mengakui", "membantah", "menyangkal", "menampik", "mengklaim", "berjanji"})
# Complementisers introducing the reported clause; the clause starts after them.
COMPLEMENTISERS: frozenset[str] = frozenset({"bahwa", "bahwasanya", "jika", "kalau", "apakah"})

# Where, when, to whom and how a speaker spoke, written right after the cue and closed by a
# comma before what was said ("mengatakan kepada wartawan, ...", "mengatakan dalam konferensi
# pers, ...", "melalui keterangan tertulis, ...", "secara terpisah, ...", "usai rapat, ...",
# "saat ditemui di kantornya, ..."): the circumstances of the saying, part of the frame, not
# of the reported clause (CONTRACT.md). The hearer's preposition; the prepositions that open an
# occasion, a channel or a manner, and those of time that open a while-clause; and the nouns
# and adverbs (KBBI) naming an occasion, channel or manner of speaking, without one of which
# the phrase is what was said ("dalam waktu dekat", "secara bertahap"; "secara resmi" and
# "secara langsung" qualify what was said as often as the saying, so they are left out).
HEARER_PREPOSITIONS: frozenset[str] = frozenset({"kepada"})
WHILE_WORDS: frozenset[str] = frozenset({"saat", "ketika", "sewaktu", "usai", "seusai", "selepas"})
OCCASION_PREPOSITIONS: frozenset[str] = frozenset(
    {"dalam", "pada", "melalui", "lewat", "via", "secara"}) | WHILE_WORDS
SPEAKING_OCCASIONS: frozenset[str] = frozenset(
    {"keterangan", "pernyataan", "konferensi", "jumpa", "wawancara", "rapat", "acara", "sidang",
     "siaran", "diskusi", "seminar", "webinar", "unggahan", "pidato", "sambutan", "kesempatan",
     "kunjungan", "pertemuan", "rilis", "akun", "pesan", "surat", "telepon", "video", "dialog",
     "terpisah", "tertulis", "daring", "virtual", "terbuka", "lisan"}
)
# Words that mean "according to"; "menurutnya" carries its speaker as -nya.
ACCORDING_TO: frozenset[str] = frozenset({"menurut", "menurutnya"})
# Frames that open a sentence and work as "menurut X," does, the statement after their comma:
# a bare "kata" first ("Kata Budi, jalan itu ..."; KBBI: kata "ujar; bicara"), and a passive
# cue after a word of comparison ("Seperti dikatakan X, ...", "Sebagaimana disampaikan X,
# ..."; KBBI: seperti, sebagaimana "sama halnya dengan").
OPENING_ACCORDING_CUES: frozenset[str] = frozenset({"kata"})
AS_WORDS: frozenset[str] = frozenset({"seperti", "sebagaimana"})

# Heads of "menurut X" that are documents or information sources, not speakers (dev-set rules:
# documents are not speakers; "menurut informasi yang diperoleh" names no source).
NON_SPEAKER_SOURCES: frozenset[str] = frozenset(
    {"informasi", "data", "laporan", "kesepakatan", "aturan", "peraturan", "undang-undang",
     "uu", "pasal", "catatan", "hasil", "penelitian", "studi", "survei", "riset", "kajian",
     "jadwal", "rencana", "keterangan", "perhitungan", "ketentuan", "kalender", "sumber",
     "situs", "laman", "dokumen", "analisis", "pantauan", "prediksi", "perkiraan", "versi",
     "standar", "definisi", "kamus", "kbbi", "statistik", "rilis", "sejarah", "teori"}
)

# Personal pronouns that can name a speaker, and which of them point at a person.
PERSON_PRONOUNS: frozenset[str] = frozenset({"ia", "dia", "beliau", "dirinya"})
PLURAL_PRONOUNS: frozenset[str] = frozenset({"mereka"})

# Anaphoric subjects that point back at the previous statement: "Hal itu disampaikan X".
ANAPHORIC_SUBJECTS: frozenset[str] = frozenset({"hal", "pernyataan", "penjelasan", "keterangan"})
# Verb prefixes of cues: active meN-/ber- ("mengatakan", "berharap"), passive di-
# ("disampaikan", used in that anaphoric frame).
ACTIVE_PREFIXES: tuple[str, ...] = ("me", "ber")
PASSIVE_PREFIX = "di"

# Discourse connectives that stay outside a reported clause ("Pasalnya, kata AHY, ...").
CONNECTIVES: frozenset[str] = frozenset(
    {"pasalnya", "namun", "hanya", "bahkan", "sementara", "sedangkan", "selain", "adapun",
     "meski", "tetapi", "tapi", "akan", "oleh", "karena", "kemudian", "lalu", "selanjutnya",
     "sebelumnya", "sebaliknya", "jadi", "maka", "dengan", "untuk", "intinya", "apalagi"}
)

# Words that introduce titles of works, events and links, never a quote: "Tonton juga video
# "...", a film bertajuk "...", "Baca juga: ...". From news-site boilerplate.
# Teaser lines that open with a link's call to read or watch ("Baca juga: "...""): what the
# marks after them enclose is a title.
TEASER_OPENERS: tuple[str, ...] = ("baca juga", "simak", "tonton", "lihat juga", "saksikan")
TITLE_INTRODUCERS: frozenset[str] = frozenset(
    {"video", "bertajuk", "berjudul", "bertema", "tajuk", "judul", "tema", "tagar", "hashtag",
     "film", "lagu", "album", "buku", "program", "acara", "julukan", "dijuluki", "istilah",
     "disebut", "dinamai", "bernama", "slogan", "jargon", "simak", "tonton", "baca", "single",
     "tur", "kampanye", "gerakan", "fitur", "mode", "aplikasi", "sebutan", "kategori"}
)

# Titles, ranks and offices that precede or follow a name ("Menteri Keuangan Sri Mulyani",
# "Kepala BMKG Dwikorita Karnawati", "AKP Regi Halili"). From Indonesian government, police,
# military, corporate and sports usage in news.
TITLE_WORDS: frozenset[str] = frozenset(
    {
        "presiden", "wakil", "wapres", "menteri", "menko", "mensesneg", "kepala", "ketua",
        "sekretaris", "sekjen", "direktur", "dirut", "gubernur", "bupati", "wali", "walikota",
        "camat", "lurah", "ceo", "cto", "cfo", "coo", "founder", "pendiri", "komisaris",
        "manajer", "pelatih", "kapten", "juru", "jubir", "kabid", "kasat", "kasatreskrim",
        "kapolres", "kapolda", "kapolri", "kapolsek", "kapolresta", "kadiv", "kabag",
        "kasubdit", "dirreskrimum", "dirreskrimsus", "panglima", "jenderal", "kolonel",
        "mayor", "letnan", "brigjen", "irjen", "komjen", "kombes", "akbp", "kompol",
        "akp", "iptu", "ipda", "aiptu", "bripka", "brigadir", "hakim", "jaksa", "jpu",
        "pengacara", "kuasa", "anggota", "legislator", "senator", "deputi", "staf", "asisten",
        "koordinator", "kasi", "kabiro", "rektor", "dekan", "dosen", "guru", "profesor",
        "prof", "dr", "drg", "ir", "drs", "h", "hj", "kh", "ustaz", "ustadz", "habib", "pemimpin",
        "ayatullah", "ayatollah", "syekh", "kiai", "kyai", "pendeta", "pastor", "romo",
        # religious offices beside those (KBBI): a mosque's imam, a bishop, a monk
        "imam", "uskup", "biksu", "bhikkhu",
        # and the titles of religious leaders written before their names: a Protestant
        # minister's "Pdt.", a Catholic bishop's "Mgr" (Monsinyur), a Buddhist monk's
        # "Bhante", and Islamic scholars' by region (KBBI: gus, ning, buya, ajengan, teungku;
        # Lombok's Tuan Guru Haji, "TGH"; Aceh's "Tgk.")
        "pdt", "mgr", "monsinyur", "bhante", "gus", "ning", "buya", "ajengan", "teungku", "tgk",
        "tgh", "ust", "ustazah", "ustadzah",
        "pimpinan", "raja", "ratu", "pangeran", "perdana", "pm", "duta", "dubes", "bek",
        "gelandang", "penyerang", "kiper", "striker", "pebulu", "pebalap", "pembalap",
        "pemain", "atlet", "analis", "ekonom", "pengamat", "peneliti", "pakar", "ahli",
        "spesialis", "dokter", "pemerhati", "aktivis", "humas", "plt", "pengajar",
        "plh", "pj", "penjabat", "sekda", "komandan", "danrem", "dandim", "pangdam", "kasad",
        "astronot", "ketum", "waketum", "bendahara", "direksi", "chief", "executive",
        "officer", "head", "vice", "president", "senior", "general", "manager", "mantan",
        "eks", "tersangka", "terdakwa", "saksi", "korban", "penasihat", "advokat",
        "politikus", "politisi", "kader", "wakapolri", "wakapolda", "kapuspen",
        "kabareskrim", "kadis", "kadinkes",
        # ranks and their short forms (Peraturan Kapolri No. 3/2016; PP No. 39/2010)
        "inspektur", "ajun", "bripda", "briptu", "aipda", "laksamana", "marsekal", "letjen",
        "mayjen", "laksdya", "laksda", "laksma", "marsdya", "marsda", "marsma", "letkol",
        "lettu", "letda", "peltu", "pelda", "sersan", "serma", "serka", "sertu", "serda",
        "kopral", "praka", "pratu", "prada",
        # heads' short titles, "Ka" and the unit's short form (kepala desa, dusun, pelaksana,
        # puskesmas, sekolah, kantor wilayah, lapas, rutan, unit, subbagian, urusan, seksi,
        # cabang; the government's and Polri's own abbreviations), the secretaries of a
        # village and a district, and the commanders', "Dan" and the unit's (komandan
        # koramil, batalyon, lanal, lanud, puspom, pomdam)
        "kades", "kadus", "kalaksa", "kapus", "kasek", "kakanwil", "kalapas", "karutan",
        "kanit", "kasubbag", "kasubag", "kaur", "kasie", "kasubsi", "kacab", "sekdes",
        "sekcam", "kasatlantas", "kasatnarkoba", "kasatintelkam", "kasatsamapta",
        "danramil", "danyon", "danlanal", "danlanud", "danpuspom", "danpomdam",
        # deputies' short titles, "Wa" and the head's (wakil bupati, gubernur, wali kota,
        # kapolres, kapolsek, kapolresta)
        "wabup", "wagub", "wawali", "wawalkot", "wakapolres", "wakapolsek", "wakapolresta",
        # heads of government and state abroad, and envoys, as news writes them
        "kanselir", "konsul", "konjen",
    }
)
# Ministers' short titles: "Men" and the portfolio's first syllables, as the government
# writes them (Sekretariat Kabinet's usage: Menkeu, Mensos, Menkes, ...).
MINISTER_SHORT_TITLES: frozenset[str] = frozenset(
    {"menlu", "mendagri", "menkeu", "menpora", "mendikbud", "mensos", "menkes", "menhan",
     "menag", "menaker", "menhub", "mentan", "mendag", "menperin", "menkominfo", "menkumham",
     "menpan", "menpanrb", "menparekraf", "menpar", "menristek", "mendikbudristek",
     "mendikti", "menkop", "menkopukm", "menpupr", "menlhk", "menseskab", "menpppa",
     "menkopolhukam", "menkomarves", "menkopmk", "menbud", "menhut", "menekraf",
     # and those of the ministries of 2024 (Perpres No. 139/2024 on the ministries of the
     # Kabinet Merah Putih), as the government writes them
     "mendikdasmen", "mendiktisaintek", "menkomdigi", "mendukbangga", "mentrans",
     "menimipas", "menkum", "menham", "menlh", "menpkp", "menumkm", "menp2mi", "mendes",
     "menpu", "menbumn"}
)
# Professions written before a person's name as a title is ("penyanyi Raisa", "Aktor Reza
# Rahadian", "komedian Budi"): the arts, the media, sport and the liberal professions, as
# KBBI names a person by what they do.
PROFESSIONS: frozenset[str] = frozenset(
    {"penyanyi", "aktor", "aktris", "artis", "musisi", "komedian", "pelawak", "presenter",
     "sutradara", "produser", "penulis", "novelis", "sastrawan", "seniman", "pelukis",
     "desainer", "fotografer", "wartawan", "jurnalis", "youtuber", "selebgram",
     "influencer", "koki", "arsitek", "notaris", "akuntan", "konsultan", "psikolog",
     "apoteker", "bidan", "perawat", "petinju", "pesepak", "pesepakbola", "perenang",
     "pelari", "pegolf", "pecatur", "pegulat", "pesenam", "penembak", "pemanah", "lifter",
     "karateka", "pesilat",
     # KBBI's pe- nouns of a performer or an athlete by the genre or the sport ("pedangdut":
     # penyanyi dangdut; "petenis": pemain tenis), the way entertainment and sports news
     # title a person.
     "pedangdut", "pesinetron", "pemusik", "penari", "pemeran", "biduan", "biduanita",
     "pelantun", "petenis", "pebasket", "pevoli", "pebulu", "pebulutangkis", "pembalap",
     "pebalap", "pesepeda", "peselancar", "pendaki",
     # Scholars and scientists by their field, as news titles its experts (KBBI's -wan and
     # -log nouns: fisikawan, budayawan, epidemiolog, kriminolog ...).
     "fisikawan", "ilmuwan", "budayawan", "sejarawan", "rohaniwan", "agamawan",
     "cendekiawan", "sosiolog", "antropolog", "kriminolog", "epidemiolog", "virolog",
     "psikiater", "astronom", "arkeolog", "geolog", "klimatolog", "vulkanolog",
     "seismolog"}
)
# The piece a title word gives a short title, where it is not the word's opening letters
# (the government's and the police's and army's usage: Kapolres, Kajari, Kadinkes for
# "Kepala ...", Wakapolri for "Wakil ...", Danrem for "Komandan ...", Pangdam for
# "Panglima ..."): what acronyms.abbreviates reads short titles by.
TITLE_PIECES: dict[str, str] = {"kepala": "ka", "wakil": "wa", "komandan": "dan",
                                "panglima": "pang"}
# A vice minister's short title is "Wa" and the minister's (Wamenkeu, Wamenlu, Wamendagri).
TITLE_WORDS = TITLE_WORDS | MINISTER_SHORT_TITLES | {
    "wa" + title for title in MINISTER_SHORT_TITLES} | {"wamen"} | PROFESSIONS
# Academic and religious titles written before a person's name (Permendikbud No. 154/2014:
# Prof., Dr., Ir., Drs., dr., drg.; H. and Hj. for one who made the hajj; KH for a kiai):
# the person's own, so never the end of the office written before them ("Dekan Fakultas
# Teknik | Ir. Bambang Wijaya").
TITLES_BEFORE_A_NAME: frozenset[str] = frozenset(
    {"prof", "dr", "drg", "ir", "drs", "h", "hj", "kh"})
# English titles held jointly, with the prefix "co-" ("Co-founder", "Co-CEO"; the startup
# and business press writes them as English): the same title.
JOINT_TITLES: frozenset[str] = frozenset({"founder", "ceo", "chairman", "director"})
JOINT_TITLE_FORMS: frozenset[str] = frozenset(
    {f"co-{title}" for title in JOINT_TITLES} | {"cofounder"})
TITLE_WORDS = TITLE_WORDS | JOINT_TITLE_FORMS

# Lower-case role nouns that can head a descriptive speaker mention ("jaksa menilai",
# "pihak maskapai", "polisi menduga"). Without a named antecedent they yield speaker null.
ROLE_NOUNS: frozenset[str] = frozenset(
    {"jaksa", "hakim", "polisi", "pihak", "penyidik", "pengadilan", "majelis", "perusahaan",
     "pemerintah", "juru", "pelatih", "manajemen", "kuasa", "pengacara", "warga", "korban",
     "pelaku", "tersangka", "terdakwa", "saksi", "kepolisian", "kejaksaan", "legislator",
     "pemain", "perwira", "istri", "suami", "menteri", "presiden", "gubernur", "ketua",
     "kepala", "direktur", "wakil", "sumber", "pejabat", "pemimpin", "petugas", "aparat",
     "panitia", "organisasi", "lembaga", "komisi", "partai", "tim", "kubu", "keluarga",
     "pengamat", "analis", "ekonom", "peneliti", "pakar", "dokter", "pria", "wanita",
     "perempuan", "bocah", "remaja", "mahasiswa", "siswa", "astronot", "band", "grup",
     "jpu", "bek", "striker", "kapten", "politikus", "politisi", "sosok", "mantan", "pihaknya",
     "anggota", "dirinya", "tokoh", "ahli", "spesialis", "aktivis", "ibu", "ayah",
     # the people of news's street interviews (KBBI's nouns of a person by what they do)
     "pedagang", "pemilik", "pengunjung", "penumpang", "pengemudi", "sopir", "petani",
     "nelayan", "buruh", "relawan", "pembeli", "penonton", "karyawan", "pegawai", "pekerja",
     "penghuni", "pengendara", "pengusaha", "pebisnis", "pelanggan", "peserta", "pasien", "pemudik",
     "wisatawan",
     # and a pesantren's head (KBBI: pengasuh), beside its "kiai" title
     "pengasuh"}
) | PROFESSIONS

# Verbs of age inside a description of a person ("pria berusia 45 tahun itu", "perempuan
# berumur 30 tahun tersebut"; KBBI: berusia, berumur): the phrase still describes the person.
AGE_VERBS: frozenset[str] = frozenset({"berusia", "berumur"})
# Demonstratives closing a descriptive mention ("Legislator PKB ini", "pemain itu").
DEMONSTRATIVES: frozenset[str] = frozenset({"ini", "itu", "tersebut"})

# Words marking an organisation rather than a person: the kinds of body Indonesian names are
# made of (PT ... Tbk, Kementerian, Badan, Komisi, Polres, Universitas, Partai, ... Group, FC).
# No particular organisation: an acronym (KPK, BPS) or a CamelCase brand (OpenAI) is one by its
# shape (mentions.is_org_word), so one never seen before is still recognised.
ORG_WORDS: frozenset[str] = frozenset(
    {"pt", "cv", "tbk", "persero", "bank", "badan", "kementerian", "komisi", "partai", "dewan",
     "majelis", "mahkamah", "pengadilan", "kejaksaan", "kejati", "kejari", "kepolisian",
     "polda", "polres", "polresta", "polrestabes", "polsek", "universitas", "institut",
     "sekolah", "akademi", "rumah", "rs", "rsud", "pemprov", "pemkot", "pemkab", "pemda",
     "pemerintah", "dinas", "direktorat", "satgas", "lembaga", "yayasan", "organisasi",
     "asosiasi", "federasi", "persatuan", "perhimpunan", "ikatan", "serikat", "liga", "klub",
     "club", "fc", "united", "city", "tim", "band", "grup", "group", "inc", "corp", "ltd",
     "llc", "co", "holding", "perusahaan", "kantor", "times", "post", "news", "media", "tv",
     "ai", "bumn", "bumd", "koperasi", "perum", "perumda", "kedutaan", "konsulat",
     # Houses of worship and schools of religion are institutions with their own officers
     # ("Kepala Humas Masjid Istiqlal", "Pengasuh Pondok Pesantren ...").
     "masjid", "gereja", "pura", "vihara", "klenteng", "pesantren", "pondok",
     # Health facilities, like hospitals (rs, rsud): "Kepala Puskesmas Cempaka Putih ...".
     "puskesmas", "klinik",
     # More kinds of body: Indonesian (KBBI: jaringan, komunitas, perkumpulan, paguyuban,
     # aliansi, koalisi, balai) and the English heads Indonesian bodies and firms take in
     # their names ("Institute for ...", "... Association", "... Hotel").
     "jaringan", "komunitas", "perkumpulan", "paguyuban", "aliansi", "koalisi", "balai",
     "institute", "association", "network", "foundation", "center", "centre", "council",
     "forum", "society", "syndicate", "company", "corporation", "agency", "university",
     "hotel", "resort"}
)

# Heads of a body's name that need the body's own name after them ("Partai Golkar", "PT
# Maju", "Universitas Pelita Harapan", "Fraksi Nasdem", and the levels of a mass
# organisation: "Pimpinan Pusat Muhammadiyah", "Pengurus Wilayah NU"): in an office run the
# word after one belongs to the body, not to the person, while two name words still follow.
# Kinds of body from ORG_WORDS that open a name (KBBI); never words that close one ("Tbk",
# "Group") nor an acronym, which is a whole name by itself ("Ketua KPK Firli Bahuri").
BODY_HEADS: frozenset[str] = frozenset(
    {"pt", "cv", "perum", "perumda", "bank", "partai", "fraksi", "universitas", "institut",
     # a seat of government named after its building ("Gedung Putih", the White House)
     "gedung",
     "sekolah", "akademi", "yayasan", "organisasi", "asosiasi", "federasi", "persatuan",
     "perhimpunan", "ikatan", "serikat", "koperasi", "masjid", "gereja", "pura", "vihara",
     "klenteng", "pesantren", "puskesmas", "klinik", "rs", "rsud", "jaringan", "komunitas",
     "perkumpulan", "paguyuban", "aliansi", "koalisi", "pusat", "wilayah", "cabang",
     # a coordinating minister is always of a portfolio, written as its short form
     # ("Menko Polhukam", "Menko PMK")
     "menko",
     # a council, whose own name follows ("Dewan Pers", "Dewan Pengawas")
     "dewan"}
)

# Academic degrees written after a name ("Budi Santoso, M.Sc.", "dr Ani, Sp.PD", "S.H.,
# M.H."): letters with a period inside, the shape of Indonesian degree abbreviations
# (Permendikbud No. 154/2014 on gelar); after a comma they are no second name.
DEGREE_PATTERN = r"^(?:[A-Z][A-Za-z]{0,2}\.)+[A-Za-z]{1,4}\.?$"
# The same degrees as the press also writes them, without periods and without a comma
# before them ("Teguh Kumara SH MH", "Siti Nadia Tarmizi MEpid"; Permendikbud No. 154/2014
# lists the abbreviations; PhD, MSc, MBA and MPH are the foreign ones news gives). Those with
# a lower-case letter have no other reading. Those in capitals alone are also a person's
# initials ("Mahfud MD", "Eddy MS"), so they count only beside another degree ("SH MH").
DEGREES_WRITTEN_MIXED: frozenset[str] = frozenset(
    {"SPd", "MPd", "SSi", "MSi", "SSos", "MSos", "SKom", "MKom", "SAg", "MAg", "SPsi",
     "MPsi", "MKes", "MEpid", "MSc", "PhD", "Lc", "SHut", "SIKom", "SHum", "MHum", "SKep",
     "MKep", "SFarm", "MFarm", "Apt", "SKed", "SpPD", "SpA", "SpOG", "SpB", "SpJP", "SpKJ",
     "SpM", "SpP", "SpS", "SpN", "SPi", "SPt"})
DEGREES_WRITTEN_CAPITALS: frozenset[str] = frozenset(
    {"SH", "MH", "SE", "MM", "ST", "MT", "SKM", "MAP", "MBA", "MPH", "SP", "MP", "MA", "MS",
     "MSI", "SPD", "MPD", "SIP", "SHI", "STP", "SIK"})
# Titles that only grade the office before them ("Ekonom Senior", "Peneliti Senior"): the
# office a body goes with is the one they grade.
TITLE_MODIFIERS: frozenset[str] = frozenset({"senior"})
# The party or faction a legislator sits for, after "dari" inside an office ("anggota Komisi
# III DPR dari Fraksi Partai Golkar Budi Santoso"): part of the office, as the body is.
FACTION_WORDS: frozenset[str] = frozenset({"fraksi", "partai"})
# Offices that are always of a body: whoever holds one heads or speaks for an organisation
# ("Ketua ...", "Direktur ...", "Koordinator ...", "CEO ..."), unlike ranks ("Inspektur
# Jenderal"), offices of the state or of a place named alone ("Presiden", "Bupati") and
# professions ("pengamat"). Written with no body, such an office's body follows it.
OFFICES_OF_A_BODY: frozenset[str] = frozenset(
    {"ketua", "ketum", "waketum", "kepala", "direktur", "dirut", "koordinator", "sekretaris",
     "sekjen", "bendahara", "deputi", "rektor", "dekan", "humas", "jubir", "pendiri",
     "founder", "ceo", "cto", "cfo", "coo", "officer", "manajer", "manager", "head",
     "president", "chairman", "pimpinan",
     # a team's coach and captain ("pelatih Persib ...", "kapten Persija ...")
     "pelatih", "kapten",
     # economists and researchers, whom news names with their institute ("Ekonom Senior
     # Indef Faisal Basri", "peneliti LIPI ...")
     "ekonom", "peneliti", "analis"}
) | JOINT_TITLE_FORMS

# Words only ever written first in an Indonesian personal name: the Balinese birth-order
# names and caste titles (Geertz, "Person, Time and Conduct in Bali"), and the Bugis and
# Makassar ("Andi"), Javanese ("Raden") and Palembang ("Kiagus") titles of birth written as
# part of the name. After an office, the first of them opens the person's name; "Ayu",
# "Bagus" and "Dewa" are left out, being given names too ("Dewi Ayu Lestari").
NAME_FIRST_WORDS: frozenset[str] = frozenset(
    {"i", "ni", "ida", "gusti", "cokorda", "tjokorda", "desak", "putu", "made", "kadek",
     "nyoman", "komang", "ketut", "wayan", "gede", "gde", "luh", "ngurah", "andi", "raden",
     "rr", "kiagus", "kgs", "kemas", "masagus", "nyimas"}
)

# Words that open Indonesian personal names and are left out when the press calls the person
# by a short name ("Mohammad Mahfud" -> "Mahfud", "I Gusti Ayu Bintang" -> "Bintang",
# "Andi Amran" -> "Amran"): NAME_FIRST_WORDS, the Balinese ones that are given names too,
# and the Arabic theophoric openers and their usual spellings, which may also stand inside
# a name ("Cucu Ahmad Kurnia"). Before a short name they are still the person's, never an
# office's body.
NAME_OPENERS: frozenset[str] = NAME_FIRST_WORDS | frozenset(
    {"muhammad", "mohammad", "mohamad", "muhamad", "mochammad", "mochamad",
     "moh", "muh", "m", "mhd", "ahmad", "achmad", "akhmad", "abdul", "siti",
     "bagus", "ayu", "dewa"}
)

# Honorifics of address ("Pak Budi", "Bu Risma"; KBBI): before a name they are its title;
# after it ("Saya Risma, Pak") they address the listener and are no part of the name.
HONORIFICS: frozenset[str] = frozenset(
    {"pak", "bu", "bapak", "ibu", "mas", "mbak", "bang", "kak", "dik", "om", "tante"})
# The honorifics that only address and are never a name's own first word ("Pak Budi", "Bu
# Risma"); "Mas" also opens names ("Mas Achmad Santosa"), so it is not here.
ADDRESS_HONORIFICS: frozenset[str] = HONORIFICS - {"mas"}

# English joiners inside an English body's or office's name ("Institute for Development of
# Economics and Finance"), and the derivational suffixes of English nouns and adjectives such
# names are made of (English morphology: -tion, -ment, -ity, -ics, -ance, ...); neither is
# part of an Indonesian person's name. The first five also hold a capitalised run together
# (NAME_JOINERS); "on" only goes on with a body's name ("Reform on Economics").
ENGLISH_NAME_JOINERS: frozenset[str] = frozenset({"of", "and", "at", "for", "the"})
ENGLISH_JOINERS: frozenset[str] = ENGLISH_NAME_JOINERS | {"on"}
ENGLISH_SUFFIXES: tuple[str, ...] = (
    "tion", "sion", "ment", "ity", "cy", "ics", "ance", "ence", "ship", "ness", "ive", "ical",
    "ic", "ism", "ogy", "ing", "ure")
# The same suffixes as Indonesian spells its loanwords (Pedoman Umum Pembentukan Istilah:
# -tion > -si, -ity > -itas, -ism > -isme, -ional > -ional): "Bidang Hubungan Internasional",
# "Koordinasi", "Universitas" are an office's or a body's words, never a person's name's.
LOAN_SUFFIXES: tuple[str, ...] = ("asi", "itas", "isme", "onal")

# Calendar words and time zones: capitalised, never part of a name.
# The days of the week: news dates what someone said by its day ("mengatakan di Jakarta,
# Senin, ..."), the content's own time by month or year ("pada 2020, ...").
WEEKDAYS: frozenset[str] = frozenset(
    {"senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"})
CALENDAR_WORDS: frozenset[str] = WEEKDAYS | frozenset(
    {"januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
     "oktober", "november", "desember", "wib", "wita", "wit",
     # "Peraturan Presiden Nomor 49 Tahun 2025": the year of a law's number, capitalised in
     # its title, is no name.
     "tahun"}
)

# Words that open an aside between a subject and its speech verb: a place, an occasion or a
# time ("X di Surabaya, Rabu (16/9/2020), mengatakan", "X dalam diskusi daring menyatakan",
# "X, saat dihubungi, menjelaskan"). Source: Indonesian news style (the dateline of a quote
# sits between the speaker and the verb).
ASIDE_OPENERS: frozenset[str] = frozenset(
    {"di", "dalam", "saat", "ketika", "usai", "seusai", "selepas", "setelah", "sebelum",
     "melalui", "lewat", "via", "pada", "kepada", "seperti", "sewaktu", "sebagaimana"}
)
# Function words that start sentences and clauses with a capital but are not names there;
# mid-sentence a capitalised one is a name ("kata Yang Liwei"). Plus news boilerplate, the
# frames that open a sentence as "Menurut" does, and the prepositions and conjunctions that
# open an aside ("Usai diperiksa, dia ...", "Kepada penyidik, pelaku ...").
FUNCTION_WORDS: frozenset[str] = frozenset(
    {"saat", "namun", "menurut", "dalam", "pada", "dengan", "untuk", "ia", "dia", "mereka",
     "kami", "saya", "ini", "itu", "hal", "tak", "tidak", "baca", "juga", "ya", "yang", "dan",
     "atau", "di", "ke", "dari", "sementara", "selain", "sebelumnya", "kemudian", "kini",
     "setelah", "sejak", "bahkan", "adapun", "sedangkan", "oleh", "karena", "maka", "jadi",
     "apalagi", "meski", "tapi", "tetapi", "selama", "hingga", "sampai", "bagi", "terkait",
     "soal", "mengenai", "tentang", "advertisement", "scroll", "continue", "content", "simak",
     "tonton", "video", "pihaknya", "beliau", "kita", "kalau", "jika", "sebab", "lalu", "pun",
     "ketika", "agar", "supaya", "sehingga", "walaupun", "meskipun", "bila", "apabila",
     # more conjunctions and sentence adverbs that open clauses (KBBI, kata penghubung)
     "padahal", "sebaliknya", "selanjutnya", "lantaran", "seraya", "sembari", "maupun",
     "serta", "yakni", "yaitu", "misalnya", "ternyata"}
) | OPENING_ACCORDING_CUES | AS_WORDS | ASIDE_OPENERS

NOT_NAME_WORDS: frozenset[str] = CALENDAR_WORDS | FUNCTION_WORDS

# Words that make a statement a comparison or a ranking, which fact-checkers check first:
# comparatives (lebih, kurang), superlatives (ter-, paling), change (naik, turun) and records.
COMPARISON_WORDS: frozenset[str] = frozenset(
    {"lebih", "kurang", "paling", "dibanding", "dibandingkan", "daripada", "naik", "turun",
     "meningkat", "menurun", "melonjak", "anjlok", "melebihi", "melampaui", "rekor",
     "pertama", "terbesar", "terkecil", "tertinggi", "terendah", "terbanyak", "tersedikit",
     "termahal", "termurah", "terbaik", "terburuk", "terlama", "tercepat", "peringkat",
     "ranking", "urutan", "separuh", "setengah", "dua kali", "kali lipat", "mayoritas",
     "sebagian besar", "bertambah", "berkurang", "tumbuh", "pertumbuhan", "kenaikan",
     "penurunan", "selisih", "rata-rata"}
)

# Office words that are adjectives qualifying the head right before them ("Jaksa Agung",
# "Mahkamah Agung", "Kejaksaan Agung", "Masjid Agung"; KBBI: agung "besar; mulia"): part of
# the office only after such a head. "Agung" is also a common given name, which elsewhere it
# opens ("Kementerian Pertanian Agung Hendriadi").
OFFICE_QUALIFIERS: dict[str, frozenset[str]] = {
    "agung": frozenset({"jaksa", "kejaksaan", "mahkamah", "hakim", "masjid"}),
}

# Capitalised common nouns that name an office's portfolio inside a title run ("Menteri
# Luar Negeri", "Deputi Bidang Statistik Sosial"): they belong to the role, never to the name.
# From the names of Indonesian ministries, agencies and units.
# The regional departments (dinas daerah, UU No. 23/2014) by the short forms the press and
# the regions write ("Dinkes Sukamaju": Dinas Kesehatan; education, transport, social
# affairs, labour, tourism, communication, trade, civil registry, youth and sports): a body
# of the office, whose region follows it.
REGIONAL_DEPARTMENT_SHORT_FORMS: frozenset[str] = frozenset(
    {"dinkes", "disdik", "dishub", "dinsos", "disnaker", "dispar", "diskominfo",
     "disperindag", "disdukcapil", "dispora"})
OFFICE_WORDS: frozenset[str] = frozenset(
    {"sosial", "agama", "luar", "negeri", "dalam", "hukum", "ham", "ekonomi", "bidang", "umum",
     "daerah", "negara", "nasional", "republik", "kabinet", "utama", "muda", "madya", "wilayah",
     "satuan", "tugas", "statistik", "informasi", "teknologi", "komunikasi", "digital", "energi",
     "sumber", "daya", "mineral", "pangan", "lingkungan", "hidup", "riset", "kabupaten", "kota",
     "provinsi", "pusat", "operasional", "eksekutif", "tinggi", "agung", "reserse",
     "kriminal", "khusus", "humas", "hubungan", "masyarakat", "investasi", "bumn", "koperasi",
     "ukm", "pariwisata", "olahraga", "desa", "transmigrasi", "sekretariat", "kantor", "staf",
     "presiden", "wakil", "fraksi", "komisi", "partai", "dewan", "majelis", "badan", "dinas",
     "direktorat", "jenderal", "biro", "divisi", "unit", "polisi", "militer", "darat", "laut",
     "udara", "angkatan", "marinir", "tentara", "kepolisian", "kejaksaan", "pengadilan",
     # Units of an organisation in another place: "Kantor Pos Cabang Sidoarjo", "Ombudsman
     # Perwakilan Jakarta Raya"; and those numbered by region (REGIONAL_UNITS: "PT KAI Daop
     # 8 Surabaya", "Lantamal V Surabaya").
     "cabang", "perwakilan", "daop", "divre", "regional", "sektor", "rayon", "zona",
     "lantamal", "kodam",
     # The second word of a kind of body named by two words: "Rumah Sakit" (hospital),
     # "Rumah Tahanan" (remand prison), as "Kepala Rumah Sakit Budi Santoso" writes them.
     "sakit", "tahanan",
     # A body's class ("Rumah Tahanan Kelas I", "Pengadilan Negeri Kelas IA").
     "kelas",
     # The other portfolios of Indonesia's ministries and provincial offices ("Menteri
     # Keuangan", "Dinas Perhubungan", "Menteri Kelautan dan Perikanan").
     "keuangan", "perhubungan", "kebudayaan", "pertanian", "perdagangan", "perindustrian",
     "kehutanan", "kelautan", "perikanan", "ketenagakerjaan", "pertahanan", "keamanan",
     "pekerjaan", "perumahan", "agraria", "kesejahteraan", "politik", "koordinator",
     "kependudukan", "pemuda", "perempuan", "perlindungan", "pemberdayaan", "aparatur",
     "reformasi", "birokrasi", "perencanaan", "pembangunan", "kominfo",
     # The police's functional units at Polda, Polres and Polsek, by their short names
     # (Perkap No. 23/2010: Reserse Kriminal, Intelijen Keamanan, Lalu Lintas, Narkoba,
     # Samapta/Sabhara, Pembinaan Masyarakat, Profesi dan Pengamanan, Polisi Perairan dan
     # Udara): "Kanit Reskrim Budi Santoso".
     "reskrim", "reskrimum", "reskrimsus", "intelkam", "lantas", "narkoba", "samapta",
     "sabhara", "binmas", "propam", "polairud",
     # The directorates-general a Direktur Jenderal heads, by their field (Kemenkeu's and
     # the justice ministry's: Pajak, Bea dan Cukai, Anggaran, Perbendaharaan, Imigrasi,
     # Pemasyarakatan): "Dirjen Pajak Budi Santoso".
     "pajak", "bea", "cukai", "anggaran", "perbendaharaan", "imigrasi", "pemasyarakatan",
     # the people the legislatures represent (Dewan Perwakilan Rakyat, Majelis
     # Permusyawaratan Rakyat), never a personal name
     "rakyat",
     # Ministries' short forms with "Kem" alone, as the ministries write them since the
     # 2020s (Kemlu, Kemhan, Kemnaker, Kemkes; Perpres No. 139/2024 for the new ones).
     "kemlu", "kemhan", "kemnaker", "kemkes", "kemsos", "kemkum", "kemkomdigi",
     "kemdikdasmen", "kemdiktisaintek"}
) | REGIONAL_DEPARTMENT_SHORT_FORMS
# Ministries' short forms: "Kementerian" cut to "Kemen" and the portfolio's first syllables
# (Kemenkeu, Kemenhub, Kemendagri, Kemenkes, Kemenag; the government's own abbreviations).
MINISTRY_SHORT_PATTERN = r"^kemen[a-z0-9]{2,12}$"
# Affixed nouns of the shape pe(r)-...-an / ke-...-an (Perdagangan, Keuangan, Kesehatan,
# Pertahanan, Perekonomian) are portfolios, not personal names.
OFFICE_AFFIX_PATTERN = r"^(?:per|pen|pem|peng|peny|pe|ke)[a-z]{3,}an$"

# Place words that follow a title ("Gubernur Jawa Barat", "Kapolda Sumatera Utara"): Indonesian
# provinces, islands and compass points, which are part of the office, never of a person's name.
PLACE_WORDS: frozenset[str] = frozenset(
    {"jawa", "barat", "timur", "tengah", "utara", "selatan", "tenggara", "sumatera", "sumatra",
     "kalimantan", "sulawesi", "papua", "bali", "nusa", "jakarta", "dki", "banten", "aceh",
     "riau", "jambi", "bengkulu", "lampung", "bangka", "belitung", "gorontalo", "maluku",
     "yogyakarta", "diy", "ntt", "ntb", "jabar", "jateng", "jatim", "sumut", "sumsel",
     "sulsel", "kalbar", "kaltim", "indonesia", "ri", "as", "amerika", "serikat",
     # the rest of the 38 provinces' usual short forms in the press (Kemendagri's list of
     # provinces): a closed class, complete here
     "sumbar", "sulut", "sulteng", "sultra", "sulbar", "kalsel", "kalteng", "kaltara",
     "kepri", "babel", "malut", "pabar", "papbar", "nad", "jogja",
     # the qualifiers that divide or extend a region's name like the compass points do
     # ("Jakarta Pusat", "Palangka Raya", "Tangerang Raya")
     "pusat", "raya"}
)

# Units of a body that a number follows in its name ("Rumah Tahanan Kelas I", "Divisi II",
# "Komisi I DPR", "Kodam V"): a roman "I" after one of them is the unit's number, where
# after a place or a title it opens a Balinese name ("Gubernur Bali I Wayan Koster").
NUMBERED_UNITS: frozenset[str] = frozenset(
    {"kelas", "divisi", "wilayah", "sektor", "rayon", "regional", "komisi", "seksi", "bagian",
     "subdit", "unit", "zona", "kodam", "lantamal", "tipe",
     # and the operating regions of state firms (KAI's Daerah Operasi, Bulog's and
     # Pertamina's Divisi Regional)
     "daop", "divre"})
# Of those, the units written with their region or place after the number ("Daop 8
# Surabaya", "Lantamal V Surabaya", "Regional 3 Jawa Tengah", "Wilayah II Sumatera"),
# as a numbered school or an office's class is ("SMAN 3 Bandung", "Kelas IIA Cibinong").
REGIONAL_UNITS: frozenset[str] = frozenset(
    {"wilayah", "sektor", "rayon", "regional", "zona", "kodam", "lantamal", "daop", "divre"})
# Schools numbered within their region, written with the region after the number ("SMAN 3
# Bandung", "SDN 01 Menteng", "MTsN 2 Sleman"; Kemendikbud's and Kemenag's school names):
# the word after the number is the school's place, part of the office. The kinds by level,
# with N for negeri and IT for Islam terpadu; "Negeri" or "Swasta" may stand before the
# number ("SMA Negeri 3 Bandung"). An office's class is written the same way, its place
# after it ("Lapas Kelas IIA Cibinong", "Kantor Imigrasi Kelas I Bandung").
SCHOOL_KINDS: frozenset[str] = frozenset(
    {"tk", "tkn", "sd", "sdn", "sdit", "smp", "smpn", "smpit", "sma", "sman", "smait", "smk",
     "smkn", "mi", "min", "mts", "mtsn", "ma", "man", "slb", "slbn"})
SCHOOL_STATUS: frozenset[str] = frozenset({"negeri", "swasta"})
# A neighbourhood's units (rukun tetangga, rukun warga), written with their numbers and a
# slash between them ("Ketua RT 05/RW 03", "RT 05/03"): the numbers are the office's.
NEIGHBOURHOOD_UNITS: frozenset[str] = frozenset({"rt", "rw"})
NUMBERED_IN_A_PLACE: frozenset[str] = SCHOOL_KINDS | {"kelas"} | REGIONAL_UNITS
# The press's names of countries where they differ from ISO 3166's Indonesian ones
# ("Federasi Rusia", "Britania Raya", "Perancis", "Cina", "Czechia", "Negara Palestina"):
# the forms Indonesian news writes after a title ("Presiden Rusia", "PM Inggris").
PRESS_COUNTRY_NAMES: frozenset[str] = frozenset(
    {"Rusia", "Inggris", "Prancis", "Tiongkok", "China", "Ceko", "Palestina", "Vatikan",
     "Korsel", "Korut"})
# The continents and world regions bodies and offices are named after ("Komisi Eropa", "Uni
# Afrika", "Bank Pembangunan Asia", "Utusan Khusus PBB untuk Timur Tengah"; KBBI: benua),
# read as a country is after an office.
WORLD_REGIONS: frozenset[str] = frozenset(
    {"Eropa", "Asia", "Afrika", "Amerika", "Oseania", "Timur Tengah", "Amerika Latin",
     "Asia Tenggara", "Asia Pasifik", "Asia Timur", "Asia Selatan"})


def _country_names() -> frozenset[tuple[str, ...]]:
    """Every country's name in Indonesian, as lower-case word tuples: ISO 3166's names and
    common names through the iso-codes translations pycountry ships (without the qualifier
    after a comma: "Iran, Republik Islam" is "Iran"), and the press's own forms."""
    import gettext

    import pycountry

    indonesian = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"],
                                     fallback=True)
    names = set(PRESS_COUNTRY_NAMES) | WORLD_REGIONS
    for country in pycountry.countries:
        for field in ("name", "common_name"):
            english = getattr(country, field, None)
            if english:
                names.add(indonesian.gettext(english).split(",")[0].split("(")[0].strip())
    return frozenset(tuple(name.lower().split()) for name in names if name)


# A country after a title is the office's ("Presiden Prancis | Emmanuel Macron", "Menlu
# Rusia | Sergei Lavrov"), as a province is.
COUNTRY_NAMES: frozenset[tuple[str, ...]] = _country_names()
# Envoys, accredited "untuk" a country ("Duta Besar RI untuk Jepang", "Dubes Indonesia untuk
# Amerika Serikat"; Kemlu's usage): the preposition and the country are the office's.
ENVOY_TITLES: frozenset[str] = frozenset({"dubes", "duta", "konsul", "konjen"})
ENVOY_PREPOSITION = "untuk"
# Offices and organisations named after a place ("Pemkab Bogor", "Kapolres Bogor", "Bupati
# Sleman"): the capitalised word right after them is the place, part of the role.
PLACE_HEADS: frozenset[str] = frozenset(
    {"pemkab", "pemkot", "pemprov", "polres", "polda", "polresta", "polsek", "polrestabes",
     "kapolres", "kapolda", "kapolresta", "kapolsek", "kapolrestabes", "gubernur", "bupati",
     "walikota", "wali", "camat", "lurah", "kejari", "kejati", "kajari", "kajati", "dprd",
     "kejaksaan",
     "pn", "pengadilan", "universitas", "kodim", "korem", "kodam", "pangdam", "danrem",
     "dandim", "rsud", "kota", "kabupaten", "provinsi", "wakil",
     # the heads and secretaries of villages and districts, and the heads of a district's
     # military post, prison and detention house, whose place follows their title
     "kades", "kadus", "sekdes", "sekcam", "sekda", "danramil", "kalapas", "karutan", "wabup",
     "wagub", "wawali", "wawalkot", "wakapolres", "wakapolsek", "wakapolresta",
     # a community health centre and its head, named after the district it serves
     # ("Kepala Puskesmas Cilandak", "Kapus Cilandak")
     "puskesmas", "kapus",
     # Villages and districts, named after their kind ("Kepala Desa Sukamaju", "Lurah ...
     # Kelurahan Menteng", "Camat ... Kecamatan Cilandak").
     "desa", "kelurahan", "kecamatan", "dusun", "distrik",
     # A regional government's agencies, which exist only per province, regency or city
     # (UU No. 23/2014 on regional government: badan daerah), so their name goes on to the
     # region's ("BPBD | Sukamaju"): the disaster, planning and revenue agencies, and the
     # regional departments by their short forms (REGIONAL_DEPARTMENT_SHORT_FORMS)
     "bpbd", "bappeda", "bapenda"} | REGIONAL_DEPARTMENT_SHORT_FORMS
)
# The place heads that name a body or a territory, not a person's office ("Desa", "Puskesmas",
# "Kejaksaan", "Polres"): the capitalised word after them is the place even when a single
# name word follows ("Kepala Desa Tegalmulyo Sutarno", "Kepala Puskesmas Pamulang Fitri"; so
# in all 8 such runs of PFSA-ID's dev and the dev set whose speaker the gold names). After an
# office ("Camat", "Bupati", "Kapolres") its holder's two names may follow with the place
# left out, so those heads are not here (the two sets hold no such run either way); nor are
# a region's agencies ("BPBD", "Dinkes": REGIONAL_DEPARTMENT_SHORT_FORMS), whose region news
# often leaves to the dateline ("Kalaksa BPBD Budi Santoso").
PERSON_PLACE_HEADS: frozenset[str] = (PLACE_HEADS & TITLE_WORDS) | {
    "kajari", "kajati", "kapolrestabes"}  # short titles TITLE_WORDS does not list
UNIT_PLACE_HEADS: frozenset[str] = PLACE_HEADS - PERSON_PLACE_HEADS - (
    REGIONAL_DEPARTMENT_SHORT_FORMS | {"bpbd", "bappeda", "bapenda"})
# Words of a body's kind that make it the nation's, with no region after it ("Kejaksaan
# Agung", "Pengadilan Tinggi ... " is regional but "Mahkamah Agung" and "Pemerintah Pusat" are
# not; KBBI: agung "tertinggi", pusat, nasional, republik): the capitalised word after them
# is no place.
NATIONAL_BODY_WORDS: frozenset[str] = frozenset({"agung", "pusat", "nasional", "republik"})
# The regional government's departments (UU No. 23/2014: dinas daerah) are named by their
# field and then their region ("Dinas Kesehatan | Sukamaju", "Dinas Pekerjaan Umum dan
# Penataan Ruang | Sukamaju"): after the field's words, the next word is the place.
REGIONAL_DEPARTMENTS: frozenset[str] = frozenset({"dinas"})

# Affixed forms of speech lemmas that do not report speech: "menutup" (close), "menambah"
# (add), "mengingat" (considering), "menekan" (press), "melapor" (file a report), "bernilai"
# (worth). Their speech senses take -kan/-i: menutup-> -, menambahkan, mengingatkan, ...
NOT_SPEECH_FORMS: frozenset[str] = frozenset(
    {"menutup", "ditutup", "menambah", "bertambah", "ditambah", "mengingat", "diingat",
     "menekan", "ditekan", "melapor", "bernilai", "dinilai", "mencatat", "tercatat", "dicatat",
     "berakhir", "menyampai"}
)

# Prepositions: a name right after one is an object or a place ("di Jakarta", "kepada
# Unud"), never the subject a later pronoun refers to.
# Prepositions of place: a capitalised word after them is a place ("di Sulut", "ke Manado"),
# while other prepositions take people too ("dengan Khofifah", "menurut Donni").
LOCATIVE_PREPOSITIONS: frozenset[str] = frozenset({"di", "ke"})
PREPOSITIONS: frozenset[str] = frozenset(
    {"di", "ke", "dari", "pada", "kepada", "untuk", "dengan", "oleh", "antara", "seperti",
     "dalam", "bagi", "tentang", "terhadap", "atas", "melalui", "menuju", "sejak", "hingga",
     "sampai", "tanpa", "bersama", "kecuali", "selain", "menurut", "via", "versi", "asal"}
)

# --- Figures (quantities.py). Source: Indonesian number writing (PUEBI: thousands with a
# period, decimals with a comma), the scale words of KBBI, and the currency and unit forms
# Indonesian newsrooms write.

# Scale words after a number; abbreviations (rb, jt, M, T) count only right after a number.
SCALE_WORDS: dict[str, int] = {
    "ribu": 10**3, "rb": 10**3, "juta": 10**6, "jt": 10**6, "miliar": 10**9, "milyar": 10**9,
    "triliun": 10**12, "trilyun": 10**12,
}
# Upper-case abbreviations of scale after a money amount: "Rp 5 M", "Rp 2,1 T".
SCALE_ABBREVIATIONS: dict[str, int] = {"M": 10**9, "T": 10**12}
# Currency signs and codes before an amount, and currency words after it.
CURRENCY_PREFIXES: dict[str, str] = {
    "rp": "IDR", "idr": "IDR", "us$": "USD", "usd": "USD", "$": "USD", "€": "EUR",
    "eur": "EUR", "£": "GBP", "s$": "SGD", "rm": "MYR", "¥": "JPY",
}
CURRENCY_WORDS: dict[str, str] = {
    "rupiah": "IDR", "dolar": "USD", "dollar": "USD", "euro": "EUR", "yen": "JPY",
    "yuan": "CNY", "ringgit": "MYR", "poundsterling": "GBP",
}
PERCENT_WORDS: frozenset[str] = frozenset({"persen", "%", "prosen"})
# Units of measure after a number (SI and the ones Indonesian news uses).
MEASURE_UNITS: frozenset[str] = frozenset(
    {"ton", "kg", "kilogram", "gram", "km", "kilometer", "meter", "m", "cm", "mm", "hektare",
     "hektar", "ha", "liter", "barel", "derajat", "°c", "mw", "gw", "kwh", "mm hg", "mmhg",
     "km/jam", "knot", "m2", "m3", "meter persegi", "kilometer persegi",
     # Power and energy written out, as power plants' capacities are ("2x50 megawatt").
     "watt", "kilowatt", "megawatt", "gigawatt", "kw", "kwp", "mwp", "mva"}
)
DURATION_UNITS: frozenset[str] = frozenset(
    {"tahun", "bulan", "minggu", "pekan", "hari", "jam", "menit", "detik", "dekade", "abad"}
)
MONTHS: frozenset[str] = frozenset(
    {"januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
     "oktober", "november", "desember", "jan", "feb", "mar", "apr", "jun", "jul", "agu", "agt",
     "sep", "okt", "nov", "des"}
)
# Words before a number that make it a point in time ("tahun 2020", "pada 2019").
DATE_INTRODUCERS: frozenset[str] = frozenset({"tahun", "pada", "sejak", "hingga", "sampai",
                                              "periode", "musim", "edisi"})
# Words before a number that make it an identifier, the number of a law, article, clause or
# document ("Pasal 363", "ayat (2)", "Nomor 54 Tahun 2024", "UU No. 1"), not an amount. The
# parts of Indonesian legislation (UU No. 12/2011, Lampiran II: bab, pasal, ayat, huruf,
# angka) and how it is numbered ("nomor", "no").
REFERENCE_WORDS: frozenset[str] = frozenset({"pasal", "ayat", "nomor", "no", "nomer", "huruf",
                                             "bab", "butir"})
# How a decision, a letter or a regulation is numbered: pieces of letters and digits joined by
# slashes ("Nomor 241 K/TUN/KI/2017", "Nomor 90/PUU-XXI/2023", "No. 4/2025"; the numbering of
# court decisions and official letters, Perma No. 1/2014 and Permendagri No. 1/2023 on official
# correspondence). Capitalised, such a piece is a number, never a name.
REFERENCE_NUMBER_PATTERN = r"^\S*/[^/\s]*\d[^/\s]*$"
# Words that open an enumeration of what a count counts ("tiga terdakwa, yakni A, B dan C",
# "empat kampus yang dilibatkan antara lain ..."; TBBBI on appositive lists: yakni, yaitu,
# antara lain, ialah, adalah, and the colon). A count that introduces its members names
# them; it is not the figure a claim is about.
ENUMERATION_OPENERS: frozenset[str] = frozenset({"yakni", "yaitu", "antara lain", "ialah",
                                                 "adalah", ":"})
# Number words, for counts written out ("tiga pemain", "dua kali").
NUMBER_WORDS: dict[str, float] = {
    "nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seratus": 100,
    "seribu": 1000, "sejuta": 10**6, "setengah": 0.5, "separuh": 0.5, "puluhan": 10,
    "ratusan": 100, "ribuan": 1000, "jutaan": 10**6,
}
# Fractions written out, as shares in percent (KBBI: separuh "setengah bagian", sepertiga,
# seperempat; "dua pertiga", "tiga perempat": a number word and per- + the denominator):
# "hampir separuh dari dewasa muda", "lebih dari separuh kapal", "hanya sepertiga jumlah
# pengunjung" give a share (CLAIMS.md's quantity). "setengah" is one only before "dari" ("
# setengah dari nilai proyek"): elsewhere it is half of a unit or an idiom ("setengah jam",
# "setengah matang", "setengah mati").
FRACTION_WORDS: dict[str, float] = {"separuh": 50.0, "setengah": 50.0, "sepertiga": 100 / 3,
                                    "seperempat": 25.0, "seperlima": 20.0}
FRACTION_DENOMINATORS: dict[str, int] = {"pertiga": 3, "perempat": 4, "perlima": 5}
FRACTION_ONLY_BEFORE_DARI: frozenset[str] = frozenset({"setengah"})
# After a number word, "setengah" adds a half ("satu setengah juta" 1.5 million, "dua
# setengah tahun"; KBBI: setengah "separuh").
AND_A_HALF = "setengah"
# Ordinals, for ranks ("peringkat ketiga", "urutan pertama").
ORDINAL_WORDS: dict[str, int] = {
    "pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5, "keenam": 6,
    "ketujuh": 7, "kedelapan": 8, "kesembilan": 9, "kesepuluh": 10,
}
# Words that make the ordinal after them a rank.
RANK_WORDS: frozenset[str] = frozenset({"peringkat", "urutan", "posisi", "juara", "rangking",
                                        "ranking", "nomor"})
# Qualifiers before a figure, by meaning (CONTRACT.md's qualifier values). "sebanyak" (as
# many as) and "senilai" (worth) introduce an exact figure: part of the span, no qualifier.
QUALIFIERS: dict[str, str | None] = {
    "lebih dari": "more_than", "lebih": "more_than", "di atas": "more_than",
    "melebihi": "more_than", "melampaui": "more_than",
    "kurang dari": "less_than", "di bawah": "less_than",
    "sekitar": "about", "sekira": "about", "kira-kira": "about", "kurang lebih": "about",
    "±": "about", "rata-rata": "about",
    "hampir": "nearly", "nyaris": "nearly", "mendekati": "nearly",
    "setidaknya": "at_least", "sedikitnya": "at_least", "minimal": "at_least",
    "paling sedikit": "at_least", "sekurang-kurangnya": "at_least",
    "maksimal": "at_most", "paling banyak": "at_most", "sebanyak-banyaknya": "at_most",
    "tidak lebih dari": "at_most", "maksimum": "at_most",
    "sebanyak": None, "senilai": None, "sebesar": None, "mencapai": None,
}
# Nouns with a derived verb's shape (morphology.verb_shaped) that a number counts: the legal
# statuses of persons ("4 tersangka", "3 terduga"; KUHAP's terms and the press's), a
# minister, and KBBI nouns whose "ber"/"ter" is their own ("3 berkas", "2 berita").
VERB_SHAPED_NOUNS: frozenset[str] = frozenset(
    {"tersangka", "terdakwa", "terduga", "terpidana", "tertuduh", "terlapor", "menteri",
     "berkas", "berita", "beras", "terminal", "termin", "teroris"})
# Words that never are the counted noun after a number ("5 di antaranya", "3 yang ...").
NOT_COUNTED_NOUNS: frozenset[str] = frozenset(
    {"di", "ke", "dari", "yang", "dan", "atau", "untuk", "dengan", "pada", "itu", "ini",
     "tersebut", "lalu", "lagi", "saja", "pun", "juga", "sudah", "telah", "akan", "oleh",
     "kali", "lebih", "kurang", "hingga", "sampai", "per", "setiap", "tiap", "dalam", "atas",
     "hanya"}
)

# --- Claims (claims.py). Signals follow Full Fact's claim typology (Konstantinovskiy et al.,
# 2021) and ClaimBuster's check-worthiness, in their Indonesian news wording (KBBI senses).

# About the future: forecasts, targets, plans, promises (type "prediction").
FUTURE_WORDS: frozenset[str] = frozenset(
    {"akan", "bakal", "menargetkan", "ditargetkan", "diperkirakan", "memperkirakan",
     "diproyeksikan", "proyeksi", "memproyeksikan", "berencana", "direncanakan",
     "merencanakan", "rencananya", "dijadwalkan", "mendatang", "tahun depan", "bulan depan",
     "pekan depan", "minggu depan", "ke depan", "prediksi", "diprediksi", "memprediksi",
     "berpotensi", "diharapkan", "kelak", "berjanji", "nanti", "segera", "kemungkinan"}
)
# Cause and effect (type "causal"); "oleh karena itu" and "sehingga" link cause to effect.
CAUSAL_WORDS: frozenset[str] = frozenset(
    {"karena", "akibat", "diakibatkan", "mengakibatkan", "menyebabkan", "disebabkan",
     "penyebab", "sehingga", "berkat", "dampak", "berdampak", "imbas", "lantaran", "gara-gara",
     "pemicu", "dipicu", "memicu", "efek", "pengaruh", "berpengaruh", "terlepas", "sebab",
     # The verb of "pengaruh" (KBBI: memengaruhi, and the common "mempengaruhi"), active
     # and passive.
     "memengaruhi", "mempengaruhi", "dipengaruhi", "terpengaruh",
     "oleh karena",
     # Verbs of making worse, hindering and giving rise to (KBBI: memperparah, memperburuk,
     # menghambat, terkendala, menimbulkan, berkontribusi), active and passive.
     "memperparah", "diperparah", "memperburuk", "diperburuk", "menghambat", "dihambat",
     "penghambat", "terhambat", "terkendala", "menimbulkan", "ditimbulkan", "berkontribusi",
     # The reason itself named, as "penyebab" names the cause (KBBI: alasan "dasar; asas;
     # hal yang menjadi pendorong"): "Alasan rapat ditunda ialah ...", "itulah alasannya".
     "alasan",
     # "Because of" in the passive (KBBI: dikarenakan "disebabkan"): "Banjir itu dikarenakan
     # drainase tersumbat".
     "dikarenakan"}
    # The nouns of cause and effect with the possessive -nya ("Gaya hidup menjadi
    # penyebabnya", "dampaknya terasa hingga ..."): the same noun, its owner the sentence's
    # matter. Opening a sentence, "akibatnya" links it to the one before instead
    # (BACKWARD_CAUSAL_OPENERS).
    | with_nya({"penyebab", "akibat", "dampak", "imbas", "pemicu", "efek", "pengaruh", "sebab",
                "alasan"})
)
# Causative verbs (TBBBI, verba kausatif; KBBI: membuat "menyebabkan; menjadikan"): "X
# membuat Y Z", where Z is what Y comes to be or do ("membuat harga beras melonjak",
# "membuat proyek itu mangkrak"), states a cause; with only an object they make a thing
# ("membuat surat", "membuat kolam retensi di ..."), an event.
CAUSATIVE_VERBS: frozenset[str] = frozenset({"membuat", "membikin", "bikin"})
# The tags of an object noun phrase after a causative verb, and of what Y comes to be or do
# after it (Universal Dependencies' tags: adjective, verb, auxiliary, negation or degree).
# A tagger trained on little data tags prepositions as nouns at times ("membuat kesepakatan
# dengan ..."), so the function words (FUNCTION_WORDS) are neither, bar the demonstratives
# and pronouns of a noun phrase and the negations that open a predicate ("membuat para turis
# tidak merasa nyaman").
OBJECT_TAGS: frozenset[str] = frozenset({"NOUN", "PROPN", "PRON", "DET", "NUM"})
RESULT_TAGS: frozenset[str] = frozenset({"ADJ", "VERB", "AUX", "PART", "ADV"})
NEGATIONS: frozenset[str] = frozenset({"tidak", "tak", "belum", "bukan", "enggak", "nggak"})
# "Terima kasih kepada X, CLAUSE": thanks given to a cause that opens a sentence and a comma
# closes is "thanks to X" (as "berkat X"), a cause, in translated news above all ("Terima
# kasih kepada manusia, musim kebakaran kini terjadi hampir sepanjang tahun"); thanks
# without a clause after them stay an appeal (CLAIMS.md: thanks are no claims).
THANKS_TO_OPENERS: tuple[str, ...] = ("terima kasih kepada", "terima kasih pada")
# The names of the instruments of law and regulation (UU No. 12/2011 on the hierarchy of
# regulations: undang-undang, perppu, peraturan presiden, peraturan daerah, ...), as written
# in news.
LAW_NAMES: frozenset[str] = frozenset(
    {"uu", "undang-undang", "peraturan", "perpres", "permen", "perda", "perppu", "keppres",
     "kepmen"})
# What a law, regulation, standard or official procedure says or requires (type "rule").
# Charges under an article of law ("dijerat Pasal 363 KUHP") report an event, so the article
# words themselves are not here.
RULE_WORDS: frozenset[str] = LAW_NAMES | frozenset(
    {"wajib", "diwajibkan", "mewajibkan", "kewajiban", "dilarang", "melarang",
     "larangan", "harus", "sanksi", "ketentuan", "aturan", "regulasi", "syarat",
     "persyaratan", "berhak", "diatur", "mengatur", "konstitusi", "kebijakan", "berlaku",
     "diberlakukan", "standar", "tolok ukur", "acuan", "mengacu", "kriteria", "prosedur",
     "pedoman", "protokol", "ketetapan", "berwenang", "kewenangan", "wewenang", "prinsip",
     "mekanisme", "tata cara"}
)
# Conditional openers of procedures and rules ("Jika anak didiagnosis hipertensi, ...",
# "Apabila melanggar, ..."): what applies when. Colloquial "kalau" mostly opens a speaker's
# hypothetical instead, so it is not here.
CONDITIONAL_OPENERS: frozenset[str] = frozenset({"jika", "apabila", "bila", "bilamana",
                                                 "jikalau", "manakala"})
# Provisos, wherever they stand (TBBBI, konjungsi syarat: asalkan, dengan syarat; "hanya jika"
# restricts what is allowed): "Dokumen itu dapat dibuka hanya jika ...", "Instansi boleh
# memilih, asalkan ...": the terms a rule sets.
PROVISOS: frozenset[str] = frozenset({"hanya jika", "hanya bila", "hanya apabila", "asalkan",
                                      "asal saja", "dengan syarat", "dengan ketentuan"})
# The strong deontic words of a regulation or contract (KBBI: wajib, larang, atur, berhak;
# the verbs Indonesian statutes use, e.g. UU 12/2011's "wajib", "dilarang", "berhak"): what
# a law requires or allows. "harus" and "perlu" are left to SHOULD_WORDS: in news they more
# often carry a speaker's opinion of what ought to happen than a rule. The names of the
# instruments themselves ("peraturan", "perda", "UU", "pasal") are not here: a sentence that
# only names a law (it was issued, broken, harmonised, is being drafted) reports an event;
# a rule says what the law requires or allows (CLAIMS.md).
REGULATION_WORDS: frozenset[str] = frozenset(
    {"wajib", "diwajibkan", "mewajibkan", "kewajiban", "dilarang", "melarang", "larangan",
     "berhak", "diatur", "mengatur", "diberlakukan", "memberlakukan", "ketentuan", "sanksi",
     "syarat", "persyaratan", "berlaku", "berkewajiban",
     # Permission in the passive, the register of statutes and official notices (KBBI:
     # memperbolehkan, mengizinkan, memperkenankan): "WNA tidak diperbolehkan membeli tanah".
     # Active "mengizinkan" narrates a person's consent, an event, so it is not here.
     "diperbolehkan", "dibolehkan", "diizinkan", "diperkenankan"}
)
# A rule itself as the subject of a claim ("Kebijakan ini tetap memberikan ruang ...",
# "Peraturan tersebut memungkinkan ...", "Aturan itu sudah ada", "Prinsip utama ..."): the
# claim says what the rule is or does (CLAIMS.md's rule: what a law, regulation, policy or
# official procedure says). The nouns of RULE_WORDS that name a rule, not a requirement.
RULE_SUBJECTS: frozenset[str] = frozenset(
    {"kebijakan", "aturan", "regulasi", "ketentuan", "peraturan", "undang-undang", "perda",
     "permen", "perpres", "prinsip", "prosedur", "pedoman", "protokol", "standar", "mekanisme"}
)
# Citing words that introduce a basis, not a voice ("Berdasarkan pertimbangan itu",
# "Mengacu UU Cipta Kerja"): they cite a source only through the noun of a record or a
# publication ("berdasarkan data BPS", "merujuk laman resmi Kemenkes"; FINDING_SOURCES and
# CITED_RECORDS).
BASIS_WORDS: frozenset[str] = frozenset({"berdasarkan", "merujuk", "mengacu"})
# A rule cited as the basis of what the sentence requires ("Berdasarkan Perpres itu,
# pengadaan harus ...", "secara aturan memang harus ...", "sesuai ketentuan, dana hanya boleh
# ..."): a preposition of basis (KBBI: berdasarkan, sesuai, menurut, mengacu, merujuk, and
# "secara" + noun, "by way of") before the name of an instrument. With a weak deontic word
# (SHOULD_WORDS) the sentence says what that rule requires, a rule (CLAIMS.md), where "harus"
# alone is an opinion of what ought to be.
BASIS_PREPOSITIONS: frozenset[str] = BASIS_WORDS | frozenset(
    {"sesuai", "menurut", "secara", "atas"})
RULE_INSTRUMENTS: frozenset[str] = LAW_NAMES | frozenset(
    {"pp", "aturan", "regulasi", "ketentuan", "konstitusi", "pasal", "putusan", "keputusan",
     "hukum", "kuhp", "uud"}
)
# Verbs of issuing a rule (KBBI: teken, terbit, tetap, undang, sah): "Aturan itu diteken
# Presiden pada 6 Mei" reports the issuing, an event.
ISSUING_VERBS: frozenset[str] = frozenset(
    {"diteken", "meneken", "ditandatangani", "menandatangani", "diterbitkan", "menerbitkan",
     "terbit", "ditetapkan", "menetapkan", "diundangkan", "disahkan", "mengesahkan",
     "dikeluarkan", "mengeluarkan", "diumumkan", "mengumumkan"}
)
# Verbs that charge someone under a law ("dijerat Pasal 363 KUHP", "didakwa melanggar Pasal
# 2", "disangkakan Pasal 480", "terancam 5 tahun penjara"): the law is cited as the charge,
# and the sentence reports an event (who was charged with what), not what the law requires.
# Source: the verbs of criminal procedure reporting (KUHAP: didakwa, dituntut, disangkakan)
# and the press's "dijerat", "terancam". Statute wording ("dikenai sanksi", "diancam pidana",
# "setiap orang yang melanggar") states the rule itself, so those verbs are not here.
CHARGE_WORDS: frozenset[str] = frozenset(
    {"dijerat", "menjerat", "didakwa", "mendakwa", "dakwaan", "dituntut", "disangka",
     "disangkakan", "sangkaan", "terancam"}
)
# Weak deontic and evaluative modals ("harus", "perlu", "seharusnya"): an opinion of what
# ought to be unless a regulation word stands with them (CLAIMS.md: a judgement is no rule).
SHOULD_WORDS: frozenset[str] = frozenset(
    {"harus", "perlu", "seharusnya", "semestinya", "sebaiknya", "mesti", "hendaknya",
     # Permission and its denial ("tidak boleh diabaikan", "siapa pun boleh berpendapat"),
     # the same weak deontic in news (KBBI: boleh "dapat; diizinkan").
     "boleh"}
)
# Aspect markers of the past (Sneddon, Indonesian: A Comprehensive Grammar, 2010, on "telah",
# "sudah", "pernah", "sempat") and the deictic past of news ("lalu", "kemarin"): what
# happened, an event or a figure of the past, never a plan.
PAST_MARKERS: frozenset[str] = frozenset(
    {"telah", "sudah", "pernah", "sempat", "lalu", "kemarin", "tadi", "silam", "sebelumnya",
     "semula"}
)
# A body reporting a finding ("data BPS menunjukkan", "survei mencatat", "hasil penelitian
# menemukan"): the words that introduce measured or recorded results.
FINDING_WORDS: frozenset[str] = frozenset(
    {"menunjukkan", "mencatat", "tercatat", "mencatatkan", "menemukan", "ditemukan",
     "melaporkan", "dilaporkan", "data", "survei", "sensus", "riset", "penelitian", "kajian",
     "laporan", "hasil"}
)
# Accusations, denials, crimes and losses about public actors: fact-checkers check these first.
ACCUSATION_WORDS: frozenset[str] = frozenset(
    {"korupsi", "suap", "menyuap", "disuap", "gratifikasi", "dakwaan", "didakwa", "terdakwa",
     "tersangka", "ditetapkan", "ditangkap", "penangkapan", "ditahan", "penahanan", "menuduh",
     "dituduh", "tuduhan", "membantah", "bantahan", "menampik", "menyangkal", "melanggar",
     "pelanggaran", "ilegal", "kerugian", "merugikan", "penipuan", "hoaks", "fitnah",
     "pencucian", "penggelapan", "pungli", "kecurangan", "manipulasi", "vonis",
     "divonis", "dipenjara", "tuntutan", "dituntut", "menuntut", "kasus", "skandal",
     "penyelidikan", "penyidikan", "diperiksa", "dipecat", "mundur", "diberhentikan"}
)
# Public institutions and the public purse: what makes a fact a public matter.
PUBLIC_WORDS: frozenset[str] = frozenset(
    {"pemerintah", "negara", "anggaran", "apbn", "apbd", "pajak", "dana", "subsidi", "utang",
     "inflasi", "ekonomi", "harga", "rakyat", "publik", "masyarakat", "warga", "kebijakan",
     "presiden", "menteri", "kementerian", "dpr", "dprd", "kpk", "polisi", "polri", "tni",
     "pengadilan", "kejaksaan", "pemilu", "pilkada", "partai", "bumn", "daerah", "nasional",
     "investasi", "proyek", "pembangunan", "kesehatan", "pendidikan", "pangan", "energi",
     "lingkungan", "bencana", "korban", "penduduk", "pertumbuhan", "impor", "ekspor"}
)
# First-person forms: a sentence in the speaker's own voice about themselves is more often
# experience or opinion than a public fact.
FIRST_PERSON: frozenset[str] = frozenset({"saya", "aku", "kami", "kita", "gue", "gw", "ku"})
# Second-person forms (Sneddon, Indonesian: A Comprehensive Grammar, on pronouns): a sentence
# that addresses the reader or the hearer advises, invites or orders ("Jika Anda merasa nyeri,
# sebaiknya bergerak", "Kamu bisa menjadi member ..."): an appeal, not a claim (CLAIMS.md).
SECOND_PERSON: frozenset[str] = frozenset({"anda", "kamu", "kau", "engkau", "dikau", "kalian"})
# Feelings, opinions, judgements and hedges: not checkable (CLAIMS.md "not claims").
OPINION_WORDS: frozenset[str] = frozenset(
    {"merasa", "rasa", "perasaan", "senang", "sedih", "bangga", "kecewa", "khawatir",
     "takut", "bahagia", "terharu", "yakin", "percaya", "kira", "pikir", "anggap", "menilai",
     "sepertinya", "rasanya", "tampaknya", "mungkin", "barangkali", "hebat", "luar biasa",
     "bagus", "baik", "buruk", "tepat", "penting", "sayang", "sebaiknya", "seharusnya",
     "semestinya", "perlu", "pantas", "layak", "wajar", "kegagalan", "sukses", "menarik",
     "indah", "sulit", "mudah", "jelas", "tentu", "pasti", "benar-benar", "sangat",
     "sekali", "kurang", "cukup", "mimpi", "sreg", "nyaman", "harapannya", "harapan",
     # Wants and intentions (KBBI: ingin, mau, bermaksud, berniat): what someone wishes,
     # not what is the case.
     "ingin", "mau", "bermaksud", "berniat", "menginginkan", "keinginan", "berkeinginan",
     # The importance of something, as a speaker stresses it ("menekankan pentingnya ...").
     "pentingnya"}
)
# Appeals, requests, wishes, thanks and greetings: speech acts, not claims. The particles
# and set phrases of wishing, inviting, forbidding, pleading, thanking and greeting (KBBI:
# semoga, mudah-mudahan "partikel harapan"; mari, ayo "kata seru untuk mengajak"; jangan
# "kata untuk melarang"; silakan, tolong, mohon, hendaknya): whoever is quoted, the words
# themselves appeal.
APPEAL_WORDS: frozenset[str] = frozenset(
    {"semoga", "mudah-mudahan", "mohon", "silakan", "silahkan", "ayo", "mari", "marilah",
     "tolong", "terima kasih", "selamat", "jangan", "janganlah", "hendaknya", "doakan"}
)
# The verbs of asking, urging, hoping and backing are not here (KBBI: meminta, mengimbau,
# mengajak, berharap, mendukung): said in the first person they are the speaker's own appeal
# (OWN_APPEAL_VERBS), but a third person's, reported ("Menteri meminta maaf", "Polisi
# mengimbau warga ..."), is an event, often worth checking.

# The speaker's own appeal or wish, made in the saying (Austin's performatives; CLAIMS.md's
# "kami meminta masyarakat tetap tenang"): a first-person subject, at most one adverb ("kami
# tetap imbau", "saya juga minta"), then a verb of asking, urging, advising or wishing, in
# its active form or its bare object-focus form ("kami sarankan", "kita harapkan"; Sneddon,
# Indonesian: A Comprehensive Grammar, on the passive of the first and second person), or
# a verb of wanting (KBBI: ingin, berkeinginan). The speaker does what the sentence says,
# and there is nothing to check. Third-person reports of such acts ("Menteri meminta
# maaf") are events and stay claims.
OWN_APPEAL_VERBS: frozenset[str] = frozenset(
    {form for v in SPEECH_VERBS if v.directive or v.stance == "wish"
     for form in (*v.active_forms(), v.base + "kan" if "meN-kan" in v.affixes else v.base)}
    | {"himbau", "menghimbau", "harapkan", "mengharapkan", "ingin", "menginginkan",
       "berkeinginan", "mohon", "memohon"}
)
# Speech verbs in their bare object-focus form ("saya ingin sampaikan"): after a verb of
# wanting they make a frame, not a wish.
BARE_SPEECH_FORMS: frozenset[str] = frozenset(
    form for v in SPEECH_VERBS if v.reports for form in (v.base, v.base + "kan", *v.also))
# Question words: they open a question (which asserts nothing, when its question mark closes
# it) or an indirect one ("belum memutuskan apakah akan ...": the matter is undecided now).
QUESTION_WORDS: frozenset[str] = frozenset(
    {"apakah", "bagaimana", "mengapa", "kenapa", "siapa", "kapan", "dimana", "di mana",
     "berapa", "apa"}
)
# Connectives that link a sentence to the one before it (TBBBI, konjungsi antarkalimat, and
# the press's "sementara itu", "di sisi lain"): with a comma after them they open the sentence
# and are no part of what it claims ("Sementara itu, konsumsi pemerintah tumbuh 3,8 %").
# The causal ones ("oleh karena itu", "dengan demikian") are not here: they stay in the span,
# which states the effect of the sentence before it (BACKWARD_CAUSAL_OPENERS).
SENTENCE_CONNECTIVES: tuple[str, ...] = (
    "namun", "akan tetapi", "tetapi", "sementara itu", "selain itu", "kecuali itu",
    "di sisi lain", "di lain pihak", "sebaliknya", "meski demikian", "meskipun demikian",
    "walaupun demikian", "biarpun demikian", "sekalipun demikian", "sungguhpun begitu",
    "kendati demikian", "untuk itu", "selanjutnya", "kemudian", "setelah itu", "sesudah itu",
    "sebelum itu", "tambahan pula", "lagi pula", "lebih lanjut", "bahkan", "malahan",
    "adapun", "di samping itu", "dalam pada itu",
)
# Subordinating conjunctions of sequence, condition and cause (TBBBI, konjungsi subordinatif
# waktu "setelah, sesudah, sebelum, seusai", syarat "jika, apabila, bila, kalau", sebab
# "karena, sebab"): among the words before a speaker's cue they open a clause with a fact or
# a condition of its own ("Novanto ditahan setelah dokter menyatakan ...", "Jika tak ada
# kesepakatan, X mengungkapkan ..."), which the claim covers with what is said (CLAIMS.md: a
# sentence that states two facts takes the span covering both). "ketika" and "saat" are left
# out: before a cue they mostly say when the speaker spoke ("Saat ditemui, X mengatakan").
FRAME_CLAUSE_CONJUNCTIONS: frozenset[str] = frozenset(
    {"setelah", "sesudah", "sebelum", "seusai", "jika", "apabila", "bila", "kalau", "karena",
     "sebab"}
)
# Coordinators of two predicates of one subject (TBBBI, konjungsi koordinatif): "Pengadilan
# mengabulkan permohonan itu dan menyatakan ...": the first predicate is a fact of its own.
PREDICATE_COORDINATORS: frozenset[str] = frozenset({"dan", "serta", "lalu", "kemudian"})
# The causal connectives between sentences (TBBBI, konjungsi antarkalimat of consequence):
# opening a sentence they point back to a cause the sentence before states, so the span
# itself states no cause ("Sehingga kemiskinan ekstrem Maret 2025 turun ...", "Oleh karena
# itu, PDIP tidak memosisikan ..."). The type reads the claim without them.
BACKWARD_CAUSAL_OPENERS: tuple[str, ...] = (
    "sehingga", "oleh karena itu", "karena itu", "oleh sebab itu", "sebab itu", "akibatnya",
    "makanya", "dengan demikian",
)
# Lines that are site furniture, never claims: links, teasers, ads, captions, credits.
BOILERPLATE_OPENERS: tuple[str, ...] = (
    "baca juga", "baca:", "baca :", "simak ", "simak:", "tonton", "lihat juga",
    "saksikan", "scroll to continue", "advertisement", "video:", "foto:", "ilustrasi",
    "editor:", "penulis:", "reporter:", "sumber:", "(gk", "artikel ini", "klik", "follow",
    "ikuti", "dapatkan", "download", "unduh", "berita terkait", "halaman selanjutnya",
    "tanggal:", "diperbarui", "dipublikasikan", "copyright", "hak cipta",
)
# Social-media posts embedded in a scraped article: the text of the embed code that
# platforms give for a post (a tweet ends "pic.twitter.com/..." and "— Name (@handle) date",
# an Instagram post carries "View this post on Instagram" and "A post shared by"). The post
# is quoted furniture, often in another language, not the article's claim.
EMBEDDED_POST_MARKERS: tuple[str, ...] = (
    "pic.twitter.com/", "twitter.com/", "instagram.com/", "view this post on",
    "a post shared by", "tiktok.com/@",
)
# Anaphoric report frames whose sentence only describes the act of speaking ("Hal itu
# disampaikan X di Jakarta, Senin"): the subjects that point back at the previous statement.
# The nouns are those that name a speech act itself (KBBI: ajakan, imbauan, permintaan,
# penegasan), each closed by a demonstrative, and "hal senada"/"hal serupa" (the same thing
# said again by another).
SPEECH_ACT_SUBJECTS: tuple[str, ...] = (
    "hal itu", "hal tersebut", "hal ini", "pernyataan itu", "pernyataan tersebut",
    "demikian", "keterangan itu", "keterangan tersebut", "penjelasan itu",
    "penjelasan tersebut", "ajakan itu", "ajakan tersebut", "imbauan itu", "imbauan tersebut",
    "permintaan itu", "permintaan tersebut", "penegasan itu", "penegasan tersebut",
    "hal senada", "hal serupa",
)
# What may follow an active verb of saying and such an anaphor when the sentence only
# describes the saying ("Ia menyampaikan hal itu usai rapat", "Risma mengungkapkan hal
# tersebut ketika berkunjung ke Surabaya", "... hal ini di Makassar, Minggu"): the openers
# of its circumstances (OCCASION_PREPOSITIONS, HEARER_PREPOSITIONS, place and time).
# Anything else makes the anaphor the subject of a reported clause ("Hendra mengatakan hal
# itu tidak menjadi soal"); a source ("... hal itu berdasarkan keterangan saksi") says where
# the fact came from, which the dev gold keeps as a claim.
SAYING_CIRCUMSTANCE_OPENERS: frozenset[str] = (
    OCCASION_PREPOSITIONS | HEARER_PREPOSITIONS | WEEKDAYS
    | frozenset({"di", "setelah", "sesudah", "sebelum", "kemarin"})
)
# A body or document reporting a finding, opening a sentence ("Data BPS menunjukkan, ...",
# "Laporan X mencatat ...", "Hasil survei X menemukan bahwa ..."): the head nouns of such a
# source, and the verbs by which it reports. The frame is left out of the claim's span, as
# a speaker's frame is (CLAIMS.md).
FINDING_SOURCES: frozenset[str] = frozenset(
    {"data", "laporan", "survei", "hasil", "riset", "penelitian", "kajian", "sensus",
     "catatan", "rilis", "analisis", "studi", "penilaian"}
)
FINDING_VERBS: frozenset[str] = frozenset(
    {"menunjukkan", "mencatat", "menemukan", "melaporkan", "menyebutkan", "menyebut",
     "memperlihatkan", "mengungkapkan", "mengungkap", "menyimpulkan", "memperingatkan"}
)
# Words that open a sentence by citing its source ("Menurut data dari FIFA, ...", "Melansir
# Daily Mail, ...", "Dikutip Biro Pers Istana, ...", "Berdasarkan catatan Kompas, ..."): the
# source named before the comma claims what follows (CLAIMS.md: an organisation can claim).
# KBBI: menurut, berdasarkan, kutip, lansir (to quote from a publication), rujuk, acu.
CITING_WORDS: frozenset[str] = frozenset(
    {"menurut", "berdasarkan", "dikutip", "mengutip", "dilansir", "melansir", "merujuk",
     "mengacu"}
)
# Records and publications cited beside a finding's sources (KBBI: pantauan, catatan, laman,
# situs, siaran pers, keterangan tertulis).
CITED_RECORDS: frozenset[str] = frozenset(
    {"pantauan", "laman", "situs", "siaran", "keterangan", "dokumen", "rekapitulasi"}
)

# --- Clauses and subjects (reported.py, mentions.py).

# Words that make a span a clause rather than a noun phrase, beside verbs and adjectives:
# copulas, negation, aspect and modal auxiliaries (Indonesian grammar: Alwi et al., Tata
# Bahasa Baku Bahasa Indonesia, on predicates).
PREDICATE_MARKERS: frozenset[str] = frozenset(
    {"adalah", "merupakan", "ialah", "tidak", "tak", "bukan", "belum", "akan", "sudah",
     "telah", "harus", "bisa", "dapat", "masih", "ada", "sedang", "perlu", "mesti", "hanya",
     "menjadi", "jadi", "punya", "tetap", "sempat", "pernah", "baru", "boleh", "mampu"}
)
# Predicate markers that also qualify a noun phrase (KBBI: baru "belum pernah ada
# sebelumnya", an adjective: "kebijakan baru"; hanya "cuma", limiting any phrase: "menilai rasa
# teh hanya dari warnanya"): after a noun a cue takes as its object they show no clause.
MARKERS_ALSO_OF_A_PHRASE: frozenset[str] = frozenset({"baru", "hanya"})
# Existential predicates (KBBI: ada "hadir; telah sedia", terdapat "ada"): a clause that opens
# with one has no subject before it ("menyebut ada 12 rumah rusak" reports that there are).
EXISTENTIALS: frozenset[str] = frozenset({"ada", "terdapat"})
# Bare intransitive verbs of a change of state (Sneddon 2010, verbs without affix: naik,
# turun, jatuh, tiba, tewas ...) that a tagger trained on little data reads as nouns after a
# noun ("laba perusahaan naik 15 persen", "jembatan itu putus"). Only those news uses as
# predicates of a figure or an incident; "masuk" and "keluar" also name things ("pintu
# masuk"), so they are not here.
BARE_CHANGE_VERBS: frozenset[str] = frozenset(
    {"naik", "turun", "anjlok", "tumbuh", "jatuh", "tewas", "hilang", "habis", "putus",
     "tenggelam", "roboh", "ambruk", "runtuh", "hanyut", "tiba"}
)
# Adverbs and auxiliaries that may stand between a subject and its cue ("Altman akhirnya
# mengungkap", "Ia juga menegaskan"); skipped when looking for the subject.
PRE_CUE_SKIP: frozenset[str] = frozenset(
    {"juga", "pun", "telah", "sudah", "akan", "kembali", "pula", "sempat", "turut", "lantas",
     "langsung", "sendiri", "tak", "tidak", "belum", "hanya", "akhirnya", "lalu", "kemudian",
     "sebelumnya", "kini", "pernah", "terus", "bahkan", "masih", "tetap", "secara", "tegas",
     "lebih", "lanjut", "sekaligus", "justru", "malah", "memang"}
)
# Words that join the parts of one name ("Abdullah bin Umar", "Van der Sar", "Al Ghazali",
# "Lula da Silva", "Ursula von der Leyen": the nobiliary particles of Portuguese, Spanish,
# Dutch and German names, one or two together) or two names in one mention ("Budi dan Ani").
NAME_JOINERS: frozenset[str] = frozenset({"dan", "&", "bin", "binti", "van", "de", "der",
                                          "von", "al", "da", "dos", "del", "ibn",
                                          # a Batak woman's clan after her given names
                                          # ("Maria Ulfa boru Sitompul", "br.")
                                          "boru", "br"}) | (
    # English offices and bodies inside Indonesian text ("Head of Global Macro Research",
    # "Managing Director and Chief Economist", "Kila Senggigi Beach and Pool Villa").
    ENGLISH_NAME_JOINERS)
# Words that put another name a person goes by after their own: "Budi Santoso alias
# Gondrong", "Abdul Muhaimin Iskandar atau Cak Imin" (KBBI: alias "nama lain"; atau "kata
# penghubung untuk menandakan ... sebutan lain").
ALIAS_WORDS: frozenset[str] = frozenset({"alias", "atau"})
# Words that put a role after a name: "Edison Sembiring selaku Kepala Divisi ..." (in the
# capacity of). The name is what precedes them, the role what follows.
ROLE_INTRODUCERS: frozenset[str] = frozenset({"selaku", "sebagai"})
# Verbs that give a person's nickname: "X, yang biasa disapa Tjok Ace" (is called).
CALLED_VERBS: frozenset[str] = frozenset({"disapa", "dipanggil", "dijuluki", "disebut"})
# Nouns that give the nickname before them: "Bupati Iron, sapaan akrabnya, ..." and "Iron,
# sapaan akrab Haerul Warisin" (KBBI: sapaan, panggilan, julukan), and the words that say it
# is a familiar or usual one ("akrab", "karib", "biasa"), with -nya when the person was named
# before.
NICKNAME_NOUNS: frozenset[str] = frozenset({"sapaan", "panggilan", "julukan"})
FAMILIAR_WORDS: frozenset[str] = frozenset(
    {"akrab", "akrabnya", "karib", "karibnya", "biasa", "biasanya"})
# Ranks and titles of more than one word, each one title ("Komisaris Besar Endra Zulpan":
# the rank is "Komisaris Besar", the name "Endra Zulpan"). Police ranks from Peraturan
# Kapolri No. 3/2016 (administrasi kepangkatan Polri); military ranks from UU No. 34/2004
# (TNI) and PP No. 39/2010 (administrasi prajurit TNI); two-word offices from KBBI.
MULTIWORD_TITLES: frozenset[str] = frozenset(
    {
        # Polri
        "jenderal polisi", "komisaris jenderal", "inspektur jenderal", "brigadir jenderal",
        "komisaris besar", "ajun komisaris besar", "ajun komisaris", "inspektur satu",
        "inspektur dua", "ajun inspektur satu", "ajun inspektur dua", "brigadir kepala",
        "brigadir polisi", "brigadir satu", "brigadir dua", "ajun brigadir polisi",
        "bhayangkara kepala", "bhayangkara satu", "bhayangkara dua",
        # TNI
        "letnan jenderal", "mayor jenderal", "laksamana madya", "laksamana muda",
        "laksamana pertama", "marsekal madya", "marsekal muda", "marsekal pertama",
        "letnan kolonel", "letnan satu", "letnan dua", "pembantu letnan satu",
        "pembantu letnan dua", "sersan mayor", "sersan kepala", "sersan satu", "sersan dua",
        "kopral kepala", "kopral satu", "kopral dua", "prajurit kepala", "prajurit satu",
        "prajurit dua",
        # Polri's ranks written in full (Peraturan Kapolri No. 3/2016), "Polisi" inside them
        "komisaris besar polisi", "ajun komisaris besar polisi", "komisaris polisi",
        "ajun komisaris polisi", "inspektur polisi satu", "inspektur polisi dua",
        "ajun inspektur polisi satu", "ajun inspektur polisi dua", "brigadir polisi satu",
        "brigadir polisi dua", "brigadir polisi kepala", "komisaris jenderal polisi",
        "inspektur jenderal polisi", "brigadir jenderal polisi",
        # offices
        "juru bicara", "kuasa hukum", "guru besar", "perdana menteri", "wakil presiden",
        "wali kota", "duta besar", "penasihat hukum", "imam besar", "uskup agung",
        "dokter gigi", "putra mahkota", "konsul jenderal",
    }
)
# Words that continue a rank with the force it belongs to: "Laksda TNI", "Brigjen Pol",
# "Irjen Polisi". Source: how PP No. 39/2010 and Peraturan Kapolri No. 3/2016 write ranks.
RANK_FORCES: frozenset[str] = frozenset(
    {"tni", "pol", "polisi", "polri",
     # and the corps (korps) a TNI officer's rank is written with ("Letkol Inf", "Kolonel
     # Czi", "Marsma TNI (Pnb)"): the army's, navy's and air force's abbreviations.
     # The army's sixteen corps (TNI AD kecabangan) are Inf, Kav, Arm, Arh (air defence
     # artillery), Czi, Cpn, Chb, Cpm, Cba, Cku, Ckm, Chk, Caj, Ctp, Cpl and Ckh.
     "inf", "kav", "arm", "arh", "art", "czi", "cpn", "chb", "cpm", "cba", "cku", "ckm", "chk",
     "caj", "ctp", "cpl", "ckh", "mar", "pnb", "nav", "tek", "lek", "kal", "adm", "sus", "kes",
     "pas", "psk", "kum"})
MULTIWORD_TITLE_TUPLES: tuple[tuple[str, ...], ...] = tuple(
    sorted((tuple(t.split()) for t in MULTIWORD_TITLES), key=len, reverse=True))
# Second words of two-word titles whose second word is no title alone: "juru bicara"
# (spokesperson), "kuasa hukum" (lawyer), "guru besar" (professor), "dokter gigi"
# (dentist). Source: KBBI.
TITLE_TAILS: frozenset[str] = frozenset({"bicara", "hukum", "besar", "gigi"})
# Prepositions that stand inside the names of Indonesian bodies, lower-case between
# capitalised words: "Jaringan Pendidikan Pemilih untuk Rakyat (JPPR)", "Komisi untuk Orang
# Hilang dan Korban Tindak Kekerasan (KontraS)", "Yayasan Lembaga Bantuan Hukum Indonesia
# bagi ...". Source: the names of Indonesian NGOs and commissions as they write them. Read
# as part of a name only when a parenthesised acronym of that body follows (mentions.py).
BODY_NAME_PREPOSITIONS: frozenset[str] = frozenset({"untuk", "bagi"})
# The head words of an address (KBBI: jalan, gang, perumahan, kompleks, pasar, blok): after
# "warga" or "pedagang" they name where the person lives or trades, not who.
ADDRESS_HEADS: frozenset[str] = frozenset(
    {"jalan", "jl", "gang", "gg", "perumahan", "perum", "komplek", "kompleks", "pasar", "blok"})
# Heads of a region's name ("Kabupaten Tangerang", "Kecamatan Cilincing"): such a run is a
# place, also when set off by commas between an office and its holder.
REGION_HEADS: frozenset[str] = frozenset(
    {"kota", "kabupaten", "provinsi", "kecamatan", "kelurahan", "desa", "kampung",
     # Papua's district, the kecamatan elsewhere (UU No. 21/2001, Otonomi Khusus Papua)
     "distrik"})
# Geographic nouns that open a place's name with a proper part after them (KBBI: gunung,
# bukit, tanjung, teluk, muara, kuala ...; Kemendagri's names of regions and districts:
# Gunung Kidul, Tanah Datar, Karang Anyar, Tanjung Priok, Muara Enim, Lubuk Linggau, Kuala
# Kapuas): the noun never names the place alone, so the word after it is the place's too.
# Those that are whole place names of their own ("Padang", "Batu") are not here.
TOPONYM_HEADS: frozenset[str] = frozenset(
    {"gunung", "bukit", "tanah", "karang", "pulau", "kepulauan", "tanjung", "teluk", "sungai",
     "muara", "kuala", "lubuk", "labuhan", "pangkalan", "danau", "rawa", "ujung"})
# The words that join two people into a group ("Rusman dan Rajiun"): a group is no
# antecedent for a singular pronoun or -nya.
GROUP_JOINERS: frozenset[str] = frozenset({"dan", "&", "serta"})

# What kind of entity a description's head noun names, for the antecedent scorer's kind
# features ("pelatih klub itu" is a person, "perusahaan tersebut" an organisation): common
# Indonesian news nouns for people (occupations, kin, age and gender words; KBBI) and for
# bodies (kinds of organisation). A head not listed says nothing.
_PERSON_HEADS = (
    "pelatih", "politisi", "politikus", "pria", "wanita", "perempuan", "lelaki", "pemain",
    "atlet", "pebulu", "pembalap", "pebalap", "petinju", "bocah", "remaja", "mahasiswa",
    "siswa", "dokter", "pakar", "pengamat", "ekonom", "analis", "peneliti", "ahli",
    "aktivis", "tokoh", "sosok", "istri", "suami", "ibu", "ayah", "anak", "penyanyi",
    "aktor", "aktris", "artis", "pengusaha", "legislator", "menteri", "presiden",
    "gubernur", "bupati", "wali", "ketua", "kepala", "direktur", "pejabat", "jaksa",
    "hakim", "pengacara", "advokat", "guru", "dosen", "profesor", "pendiri", "bos",
    "kapten", "kiper", "penyerang", "gelandang", "bek", "striker", "juru", "pria",
    "warga", "korban", "pelaku", "tersangka", "terdakwa", "saksi", "pemimpin", "pimpinan",
    "juru",
)
_ORGANISATION_HEADS = (
    "perusahaan", "maskapai", "klub", "band", "grup", "partai", "kepolisian", "polisi",
    "kejaksaan", "pengadilan", "pemerintah", "lembaga", "organisasi", "komisi", "tim",
    "manajemen", "panitia", "bank", "kementerian", "dinas", "badan", "pihak", "emiten",
    "startup", "produsen", "operator", "pabrikan", "yayasan", "asosiasi", "universitas",
    "kampus", "sekolah", "institusi", "instansi", "otoritas", "regulator",
)
DESCRIPTION_HEAD_KINDS: dict[str, str] = {
    **dict.fromkeys(_PERSON_HEADS, "person"),
    **dict.fromkeys(_ORGANISATION_HEADS, "organization"),
}
# Words before a description's head that leave its kind as it is ("mantan pelatih klub itu",
# "sang pemain", "para pejabat").
DESCRIPTION_MODIFIERS: frozenset[str] = frozenset(
    {"mantan", "eks", "sang", "si", "para", "seorang", "sebuah", "salah", "satu"})

# Words that make a description introduce someone new rather than point back: an
# indefinite article or "one of" ("seorang warga", "salah satu pedagang"), "other" ("pedagang
# lain", "warga lainnya"), plural "para" (TBBBI on the numeral articles and "lain").
NEW_REFERENT_WORDS: frozenset[str] = frozenset(
    {"seorang", "sebuah", "salah", "satu", "para", "lain", "lainnya", "beberapa", "sejumlah"})
# Offices one person holds in a place or a body ("camat", "bupati", "kapolres", "ketua",
# "kepala"): a bare one ("kata camat") is the holder the article has named.
SOLE_OFFICES: frozenset[str] = PLACE_HEADS | OFFICES_OF_A_BODY

# Words right before a verb that make it no speech frame: a relative clause ("yang
# mengatakan"), a purpose ("untuk menyampaikan"), a manner ("dengan menegaskan").
NOT_A_FRAME_BEFORE: frozenset[str] = frozenset({"yang", "untuk", "agar", "supaya", "dengan"})
# "Hal senada disampaikan X": a passive frame agreeing with what came before reports nothing
# new of its own.
AGREEMENT_WORDS: frozenset[str] = frozenset({"senada", "serupa", "sama", "berbeda"})
# "bahwa" and its longer form: the complementiser that opens a reported clause.
THAT_WORDS: frozenset[str] = frozenset({"bahwa", "bahwasanya"})
# Words that end a subject read leftwards from its verb: a relative or complement clause, a
# conjunction, a purpose, a preposition of place or time.
SUBJECT_STOPS: frozenset[str] = frozenset(
    {"yang", "bahwa", "atau", "untuk", "agar", "di", "ke", "dari", "pada"})
# di- words that are no passive verbs: the pronoun "dia" and "diri" (self).
NOT_PASSIVE_DI_WORDS: frozenset[str] = frozenset({"dia", "diri", "dirinya"})
