"""``price_list``: shop catalogue pages whose lines are mostly item prices (issue 22: kept English
web junk), on the text the default web run keeps from real pages."""

from __future__ import annotations

import json
from pathlib import Path

from corpusmill.filters.quality import QualityParams
from corpusmill.filters.quality.english import SpaceParams
from corpusmill.filters.quality.price_lists import MIN_PRICE_LINES, PRICE, price_line_share
from corpusmill.filters.quality.stage import DATATROVE_COMPATIBLE, Families
from tests.filters.quality.pages import c4_demo, dolma, rejecting_failures, results

THRESHOLD = SpaceParams().max_price_line_share


def price_pages(test_data: Path) -> list[dict[str, str]]:
    with open(test_data / "web/extracted/price_pages.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def test_shop_catalogues_fail_only_price_list(test_data: Path) -> None:
    """The two 2008 shop pages of the kept English set read as catalogues of item names and
    prices (a swim club's member store, a truck-accessory shop; junk in
    ``benchmarks/labels/web.jsonl``): every other rule lets them through, this one does not."""
    swim, trucks = (page["text"] for page in price_pages(test_data)[:2])
    assert "Sale Price:" in swim and "Our Price:" in trucks
    assert rejecting_failures(swim) == ["price_list"]
    assert rejecting_failures(trucks) == ["price_list"]
    assert results(swim)["price_list"].value > 0.4


def test_pages_that_name_prices_in_sentences_stay(test_data: Path) -> None:
    """An events calendar (a Wayback capture, read as good) holds ten short lines with a price
    among 74: fewer than twelve, and a share (0.135) under the threshold. The C4 demo and the
    shipped Dolma documents name prices in 43 texts (a rental listing, shop blurbs, deals),
    inside sentences: none of them has twelve price fields."""
    events = price_pages(test_data)[2]["text"]
    assert results(events)["price_list"].value == 0.0
    lines = [line for line in events.split("\n") if line.strip()]
    assert price_line_share(lines + ["Fee: $5"] * 2) == 12 / 76 < THRESHOLD
    texts = c4_demo(test_data) + list(dolma(test_data).values())
    assert sum(bool(PRICE.search(text)) for text in texts) == 43
    assert all(results(text)["price_list"].value == 0.0 for text in texts)


def test_price_fields_are_short_lines_and_counted_from_twelve() -> None:
    fields = ["Widget", "Our Price: $5.00", "Gadget", "Sale Price: £7.50", "Thing", "Price 12 EUR"]
    assert price_line_share(fields * 4) == 12 / 24
    assert price_line_share(fields * 3) == 0.0  # 9 fields: a budget or a receipt, not a catalogue
    sentence = "The annual membership now costs $45 and includes two guest passes for the season."
    assert price_line_share([sentence] * 20) == 0.0
    assert price_line_share(["Item $5"] * MIN_PRICE_LINES) == 1.0
    assert price_line_share(["Part 5USDA"] * 20) == 0.0  # a code, not a price
    assert price_line_share([]) == 0.0


def test_english_only_threshold_and_compatibility(test_data: Path) -> None:
    swim = price_pages(test_data)[0]["text"]
    assert "price_list" not in results(swim, language="de")
    assert results(swim, QualityParams(space=SpaceParams(max_price_line_share=1.0)))["price_list"].passed
    compatible = Families(QualityParams.model_validate(DATATROVE_COMPATIBLE)).for_text(swim, "en")
    assert "price_list" not in {r.name for r in compatible.rules + compatible.flags}
