"""One label scheme for every language-ID model, so configs, stats and outputs agree.

fastText's ``lid.176`` speaks ISO 639-1 plus Wikipedia codes (``__label__en``, ``__label__als`` for
Alemannic, ``__label__no`` for Bokmål); GlotLID speaks ISO 639-3 with a script
(``__label__eng_Latn``, ``__label__cmn_Hani``). Everything is mapped to ISO 639-1 where such a code
exists and left as the model's own code otherwise (``yue``, ``ceb``, ``arz``), so that
``languages: [zh, en]`` means the same whichever model is loaded.
"""

from __future__ import annotations

from functools import lru_cache

UNKNOWN = "unknown"

# ISO 639-3 code -> ISO 639-1 code, for the 184 languages that have one (derived from the ISO 639-3
# table shipped by `pycountry`).
_ISO639_3_PAIRS = (
    "aar:aa abk:ab afr:af aka:ak amh:am ara:ar arg:an asm:as ava:av ave:ae aym:ay aze:az bak:ba "
    "bam:bm bel:be ben:bn bis:bi bod:bo bos:bs bre:br bul:bg cat:ca ces:cs cha:ch che:ce chu:cu "
    "chv:cv cor:kw cos:co cre:cr cym:cy dan:da deu:de div:dv dzo:dz ell:el eng:en epo:eo est:et "
    "eus:eu ewe:ee fao:fo fas:fa fij:fj fin:fi fra:fr fry:fy ful:ff gla:gd gle:ga glg:gl glv:gv "
    "grn:gn guj:gu hat:ht hau:ha hbs:sh heb:he her:hz hin:hi hmo:ho hrv:hr hun:hu hye:hy ibo:ig "
    "ido:io iii:ii iku:iu ile:ie ina:ia ind:id ipk:ik isl:is ita:it jav:jv jpn:ja kal:kl kan:kn "
    "kas:ks kat:ka kau:kr kaz:kk khm:km kik:ki kin:rw kir:ky kom:kv kon:kg kor:ko kua:kj kur:ku "
    "lao:lo lat:la lav:lv lim:li lin:ln lit:lt ltz:lb lub:lu lug:lg mah:mh mal:ml mar:mr mkd:mk "
    "mlg:mg mlt:mt mon:mn mri:mi msa:ms mya:my nau:na nav:nv nbl:nr nde:nd ndo:ng nep:ne nld:nl "
    "nno:nn nob:nb nor:no nya:ny oci:oc oji:oj ori:or orm:om oss:os pan:pa pli:pi pol:pl por:pt "
    "pus:ps que:qu roh:rm ron:ro run:rn rus:ru sag:sg san:sa sin:si slk:sk slv:sl sme:se smo:sm "
    "sna:sn snd:sd som:so sot:st spa:es sqi:sq srd:sc srp:sr ssw:ss sun:su swa:sw swe:sv tah:ty "
    "tam:ta tat:tt tel:te tgk:tg tgl:tl tha:th tir:ti ton:to tsn:tn tso:ts tuk:tk tur:tr twi:tw "
    "uig:ug ukr:uk urd:ur uzb:uz ven:ve vie:vi vol:vo wln:wa wol:wo xho:xh yid:yi yor:yo zha:za "
    "zho:zh zul:zu"
)
_ISO639_3_TO_1 = dict(pair.split(":") for pair in _ISO639_3_PAIRS.split())

# GlotLID labels individual languages, not macrolanguages: its Mandarin is `cmn`, its Standard
# Arabic `arb`. The main member of each ISO 639-1 macrolanguage takes the macrolanguage's code.
# Only applied to script-suffixed labels: bare `als` is Alemannic in lid.176 but Tosk Albanian here.
_MACRO_MEMBERS = {
    "arb": "ar", "ayr": "ay", "azj": "az", "cmn": "zh", "ekk": "et", "gaz": "om", "gug": "gn",
    "khk": "mn", "kmr": "ku", "kpv": "kv", "lvs": "lv", "npi": "ne", "ory": "or", "pbt": "ps",
    "pes": "fa", "plt": "mg", "prs": "fa", "quy": "qu", "als": "sq", "swh": "sw", "uzn": "uz",
    "ydd": "yi", "zsm": "ms",
}  # fmt: skip

# Retired ISO 639-1 codes, and lid.176's `no`, which it learnt from the Bokmål Wikipedia (Nynorsk is
# its own `nn`), so that GlotLID's `nob_Latn` and lid.176's `no` meet at `nb`.
_ALIASES = {"no": "nb", "iw": "he", "in": "id", "ji": "yi", "jw": "jv", "mo": "ro"}

# ISO 639-3 "undetermined" and "no linguistic content" (GlotLID emits `zxx_Zxxx` and `und_*`).
_NOT_A_LANGUAGE = {"und", "zxx"}


@lru_cache(maxsize=4096)
def normalize_label(label: str) -> str:
    """Map a model label (``__label__cmn_Hani``, ``eng``, ``zh``, ``no``) to the project's code."""
    code = label.removeprefix("__label__").strip().lower().replace("-", "_")
    code, has_script, _ = code.partition("_")
    if code in _NOT_A_LANGUAGE or not code:
        return UNKNOWN
    if has_script and code in _MACRO_MEMBERS:
        return _MACRO_MEMBERS[code]
    code = _ISO639_3_TO_1.get(code, code)
    return _ALIASES.get(code, code)
