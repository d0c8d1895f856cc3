"""Whole-page rules for kept English web text that the FineWeb chain lets through (issue 22).

Two kinds of page pass every Gopher, C4 and FineWeb rule and still carry no text worth training
on; both were read in the kept English sample of the real web data (``benchmarks/labels``):

- **Software template pages** (``template_page``): pages whose text is mostly the fixed sentences
  of the software that generates them, the same on every page of a site or on many sites:
  MediaWiki category, file, log and revision pages, log-in and restricted-access walls, PDF
  viewer and plug-in placeholders, people-search placeholder pages, generated image-gallery and
  idea-board pages, generated code-lookup and model-catalogue pages. Measured as the share of the
  words that sit in a sentence holding one of those fixed phrases (``TEMPLATE_PHRASES``); an
  article that quotes one such sentence keeps a small share. A page that *opens* with the header
  of a wiki or catalogue software's view (``VIEW_HEADERS``: a diff between two versions, a page
  history, a tag-synonym page, a search-result list, a linked-data catalogue record, a user
  welcome template) is that view whatever share of article text follows it, and measures 1: a
  diff repeats the article's lines twice with line numbers and markup, a search or catalogue view
  strings records' fields together. A plain old revision ("Revision as of <time> by <user>") is
  not a view header: it shows the article's text as it was, to be judged as the article.
- **Listing pages** (``prose_share``): directories, catalogues and menus (hotel names, product
  lists with prices, taxon records) written as runs of names without sentences. Measured as the
  share of the words that sit in prose segments: segments of at least ``PROSE_MIN_WORDS`` words
  of which at least ``PROSE_MIN_FUNCTION`` are function words (articles, prepositions, pronouns,
  auxiliaries). Prose of any topic is held together by function words; a list of names is not.
  Only languages with a function-word list get the rule (English by default).

Words are ASCII-letter runs: the phrases and function words are English, and Python's ``\\w``
would count CJK characters as words.
"""

from __future__ import annotations

import re

WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
SEGMENT_BREAK = re.compile(r"(?<=[.!?])\s+|\n+|\s[|•·»]\s?")
"""Sentence ends, line breaks and the separators of menus and breadcrumbs."""

TEMPLATE_PHRASES = (
    # MediaWiki category, file, log and revision pages
    r"pages in category",
    r"this category (?:has|contains) (?:only )?the following",
    r"the following \d[\d,]* pages are in this category",
    r"this list may not reflect recent changes",
    r"difference between revisions of",
    r"click on a date/time to view the file",
    r"you cannot overwrite this file",
    r"no pages (?:on the wiki )?(?:that )?link to this file",
    r"combined display of all available logs",
    r"no matching items in log",
    r"narrow down the view by selecting a log type",
    # log-in and restricted-access walls
    r"you are (?:currently )?not logged in",
    r"enter your (?:authentication )?credentials",
    r"requires? credentials to view",
    r"you need to have cookies enabled to log in",
    r"(?:this|the) file (?:you are attempting to access )?is (?:a )?restricted",
    # viewer and plug-in placeholders
    r"pdf file you selected should load here",
    r"pdf reader plug-in",
    r"(?:need|requires?) java enabled",
    r"applets? (?:are|is) enabled",
    r"you need (?:to (?:install|upgrade|enable) )?(?:the )?(?:adobe )?flash player",
    # people-search placeholder pages
    r"this is a placeholder page for",
    r"placeholder utility",
    r"you are visiting the placeholder page",
    r"registering allows you to be listed with your fellow",
    # generated image-gallery and idea-board pages
    r"this image has dimension",
    r"click the image above to see the (?:large|full)",
    r"(?:previous|next) photo in the gallery",
    r"you are viewing image #?\d+ of \d+",
    r"images? (?:that )?we picked for you",
    r"download by right clicking",
    r"find and save ideas about",
    r"see more ideas about",
    # generated code-lookup and model-catalogue pages
    r"is a billable(?:/specific)? icd-10",
    r"other international versions of icd-10",
    r"exempt from poa reporting",
    r"if you print this thing and display it in public",
)
TEMPLATE = re.compile("|".join(TEMPLATE_PHRASES))
"""Matched against lowercased text (a case-insensitive alternation is five times slower)."""

VIEW_HEADERS = (
    # diff views: MediaWiki, DokuWiki
    r"difference between revisions of ",
    r"this shows you the differences between two versions of the page",
    # MediaWiki's page history view (none in the real data read: unmeasured)
    r'revision history of "',
    # Stack Exchange tag-synonym view
    r"tag synonyms for\b",
    # search-result views of catalogues, sites and marketplaces (a supplier search's summary)
    r"your current search:",
    r"showing search results for ",
    r"there are [\d,]+ [^\n.]{3,80} suppliers, mainly located in ",
    # a linked-data library catalogue record: "The Resource <title>", then the title again
    r"the resource (?P<title>[^\n]{3,})\n+(?P=title)",
    # a wiki's welcome template on a user talk page, signed with a timestamp
    r"welcome to [^\n!]{3,60}!\s*(?:--\s*)?\d{1,2}:\d\d, \d{1,2} [a-z]+ \d{4} \(utc\)",
)
VIEW_HEADER = re.compile("^(?:" + "|".join(VIEW_HEADERS) + ")", re.MULTILINE)
"""Matched at a line start of lowercased text."""
VIEW_HEAD_CHARS = 300
"""The opening of a page, where a view header starts: the site's name and a few menu lines may
come first (DokuWiki's "User Tools / Site Tools / <page> / Differences" take 70 characters)."""


def opens_with_view_header(lowered: str) -> bool:
    """Whether a lowercased text opens with a software view's header (``VIEW_HEADERS``): one
    starting within its first ``VIEW_HEAD_CHARS`` characters (the header itself may run on: a
    catalogue record's title repeats)."""
    match = VIEW_HEADER.search(lowered[: 4 * VIEW_HEAD_CHARS])
    return match is not None and match.start() < VIEW_HEAD_CHARS


ENGLISH_FUNCTION_WORDS = tuple(
    """a an the and or but if of to in on at by for with from as into than then that this these
    those is are was were be been being am do does did have has had not no it its i you he she we
    they me him her us them my your his our their who which what when where why how there here so
    such all any each some can could will would should may might must about over under after
    before up out also only""".split()  # noqa: SIM905 (a word list reads better as text)
)
PROSE_MIN_WORDS = 5
PROSE_MIN_FUNCTION = 0.2


def template_share(lowered: str) -> float:
    """Share of the words in segments that hold a software template phrase (0 without words), in a
    lowercased text; 1 for a text that opens with a software view's header. Most texts hold
    neither: two searches settle them."""
    if opens_with_view_header(lowered):
        return 1.0
    if TEMPLATE.search(lowered) is None:
        return 0.0
    total = hit = 0
    for segment in SEGMENT_BREAK.split(lowered):
        count = len(WORD.findall(segment))
        total += count
        if count and TEMPLATE.search(segment):
            hit += count
    return hit / total if total else 0.0


def prose_share(lowered: str, function_words: frozenset[str]) -> float:
    """Share of the words in prose segments of a lowercased text (see the module docstring;
    ``function_words`` in lower case); 1 without words, so an empty text is left to the rules that
    measure size."""
    total = prose = 0
    for segment in SEGMENT_BREAK.split(lowered):
        words = WORD.findall(segment)
        total += len(words)
        if len(words) >= PROSE_MIN_WORDS:
            function = sum(word in function_words for word in words)
            if function >= PROSE_MIN_FUNCTION * len(words):
                prose += len(words)
    return prose / total if total else 1.0
