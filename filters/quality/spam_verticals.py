"""Pages of web-spam verticals (``spam_vertical``), a whole-page measure for English web text
(issue 22).

Web spam concentrates in a few commercial verticals, the ones search engines' spam policies,
link-spam blocklists and the content-analysis literature on spam pages keep naming: essay mills,
dating doorway pages, online pharmacies, payday and bad-credit loans, online casinos and betting,
ticket resellers, replica and counterfeit goods, make-money-online schemes. Their doorway and
spun pages are written for a search query, so they repeat that vertical's fixed commercial
vocabulary ("write my essay", "custom essay", "local singles", "cheap tickets", "no deposit
bonus", "payday loans") far more densely than an article that discusses the same subject.

Measured as the share of a text's words that sit inside one of ``VERTICAL_PHRASES``; the phrases
are the verticals' generic selling vocabulary, written from that literature before any page of
this project's data was read for the rule. A text with fewer than ``MIN_HITS`` phrase
occurrences, or fewer than ``MIN_PHRASES`` different phrases, measures 0: one mention is a
mention (a casino article's "1,800 slot machines", a singer's "two more singles"), and a text on
one of these subjects names it with one term again and again (tips for "online dating", software
for "online poker", a code variable ``singles``), while a spam page strings the vertical's
selling phrases together to catch many queries ("essay writing service", "essay writer", "write
my essay"). Long articles on these subjects (a tennis player's "singles titles") stay far under
the threshold because their other words dilute the phrases.

Words are ASCII-letter runs and phrases match on ASCII-alphanumeric boundaries (Python's ``\\b``
would treat CJK characters as word characters).
"""

from __future__ import annotations

import re

from corpusmill.filters.quality.pages import WORD

VERTICAL_PHRASES: dict[str, tuple[str, ...]] = {
    "essay mills": (
        "essay writing service", "essay writing services", "essay writer", "essay writers", "essay service",
        "write my essay", "write my paper", "write my essays", "do my essay", "do my homework",
        "do my assignment", "custom essay", "custom essays", "custom writing", "custom papers",
        "buy essay", "buy essays", "buy an essay", "buy a paper", "buy research paper", "cheap essay",
        "cheap essays", "essay help", "homework help", "assignment help", "term paper", "term papers",
        "research paper writing", "paper writing service", "writing service", "writing services",
        "dissertation writing", "dissertation help", "thesis writing", "coursework help",
        "professional essay", "plagiarism free", "plagiarism-free",
    ),
    "dating": (
        "dating site", "dating sites", "dating service", "dating services", "dating app", "online dating",
        "free dating", "adult dating", "personals", "singles", "local singles", "meet singles",
        "single women", "single men", "meet women", "meet men", "meet girls", "hookup", "hookups",
        "hook up", "casual encounters", "mail order brides", "russian brides", "asian brides", "chat rooms",
    ),
    "pharmacy": (
        "viagra", "cialis", "levitra", "kamagra", "propecia", "tramadol", "xanax", "valium", "phentermine",
        "online pharmacy", "canadian pharmacy", "pharmacy online", "no prescription", "without prescription",
        "without a prescription", "generic viagra", "erectile dysfunction", "male enhancement",
        "penis enlargement", "diet pills", "weight loss pills",
    ),
    "loans": (
        "payday loan", "payday loans", "cash advance", "cash advances", "fast cash", "quick cash",
        "bad credit", "no credit check", "installment loans", "title loans", "personal loans",
        "instant approval", "same day loans", "loans online", "online loans", "guaranteed approval",
        "credit repair", "debt consolidation",
    ),
    "casino": (
        "online casino", "online casinos", "casino bonus", "casino games", "no deposit bonus", "deposit bonus",
        "free spins", "slot machines", "online slots", "free slots", "online poker", "poker online",
        "sports betting", "betting sites", "real money", "welcome bonus",
    ),
    "tickets": (
        "cheap tickets", "discount tickets", "buy tickets", "tickets for sale", "concert tickets",
        "event tickets", "sports tickets", "theater tickets", "theatre tickets", "ticket broker",
        "ticket brokers", "premium tickets", "tickets online", "tickets on sale", "tickets available",
    ),
    "replicas": (
        "replica watches", "replica handbags", "replica bags", "replica rolex", "fake watches",
        "designer replica", "cheap jerseys", "wholesale jerseys", "nfl jerseys", "louis vuitton outlet",
        "michael kors outlet", "coach outlet", "ugg boots", "cheap uggs", "outlet online",
    ),
    "make money": (
        "make money online", "earn money online", "make money fast", "work from home", "get rich quick",
        "passive income",
    ),
}  # fmt: skip
"""Vertical -> lowercase phrases of its selling vocabulary."""

PHRASE = re.compile(
    r"(?<![a-z0-9])(?:"
    + "|".join(
        re.escape(phrase).replace(r"\ ", r"\s+")
        for phrase in sorted({p for phrases in VERTICAL_PHRASES.values() for p in phrases}, key=len, reverse=True)
    )
    + r")(?![a-z0-9])"
)
"""Every phrase, longest first so "essay writing service" wins over "writing service"."""


MIN_HITS = 3
MIN_PHRASES = 2


def vertical_share(lowered: str) -> float:
    """Share of the words of a lowercased text inside spam-vertical phrases; 0 without words, with
    fewer than ``MIN_HITS`` phrase occurrences or fewer than ``MIN_PHRASES`` different phrases."""
    hits = [WORD.findall(match.group()) for match in PHRASE.finditer(lowered)]
    if len(hits) < MIN_HITS or len({" ".join(words) for words in hits}) < MIN_PHRASES:
        return 0.0
    return sum(map(len, hits)) / len(WORD.findall(lowered))
