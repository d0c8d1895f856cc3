"""Price lists (``price_list``), a whole-page measure for English web text (issue 22).

A shop's catalogue page is a column of items, each a name and a price field ("Orig. Price:
$8.99", "Sale Price: $7.50", "Our Price: $862.25"), with a welcome line or a short blurb between
them. ``sentence_share`` lets such a page through when its blurbs hold enough sentences, and
``prose_share`` when the item names are long; read in the kept English set of the real web data
(``benchmarks/labels``) they are junk: the text a model would learn from them is the price column.

Measured as the share of a text's non-empty lines that are *price fields*: lines of at most
``FIELD_MAX_WORDS`` words holding a price (a currency sign before a digit, or ``USD``, ``EUR``,
``GBP`` after one). Prose that talks about money writes its prices inside sentences, longer than
that. A catalogue is a long column: a text with fewer than ``MIN_PRICE_LINES`` price fields
measures 0, so a budget, a receipt or a short price list inside an article stays (Stanford
Alpaca's answers hold such lists of 5-10 prices: 22 of its 52,002 answers reach the share with
5 fields, 1 with 12, a restaurant menu; the web pages of the kind hold 18 to 54).

Dates, clock times and phone numbers were measured as field tokens too and left out: forum
threads and comment pages carry one short "name on <date>, <time>" line per post, so the share
of such lines in a long good thread reaches that of a catalogue.
"""

from __future__ import annotations

import re

from corpusmill.filters.quality.pages import WORD

PRICE = re.compile(r"[$£€]\s?\d|\d\s?(?:USD|EUR|GBP)(?![A-Za-z])")
"""A price: a currency sign before a digit, or a currency code after one."""
FIELD_MAX_WORDS = 6
"""A price field holds an item name or a label and the price; a sentence with a price is longer."""
MIN_PRICE_LINES = 12


def price_line_share(lines: list[str]) -> float:
    """Share of a text's non-empty ``lines`` (``SpaceDoc.fineweb_lines``) that are price fields (see
    the module docstring); 0 with fewer than ``MIN_PRICE_LINES`` of them."""
    fields = sum(1 for line in lines if PRICE.search(line) and len(WORD.findall(line)) <= FIELD_MAX_WORDS)
    return fields / len(lines) if fields >= MIN_PRICE_LINES else 0.0
