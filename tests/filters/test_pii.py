"""PII redaction finds each kind of identifier and leaves ordinary numbers alone."""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path

import pytest
from datatrove.data import Document

from corpusmill.filters.pii import ID_CHECK, ID_WEIGHTS, Pii, PiiParams, luhn, redact


def with_luhn(prefix: str, length: int) -> str:
    body = prefix + "".join(random.Random(length).choice("0123456789") for _ in range(length - len(prefix) - 1))
    return next(body + d for d in "0123456789" if luhn(body + d))


def with_id_check(first17: str) -> str:
    return first17 + ID_CHECK[sum(int(d) * w for d, w in zip(first17, ID_WEIGHTS, strict=True)) % 11]


VISA = with_luhn("4", 16)
UNIONPAY = with_luhn("62", 19)
ID_NUMBER = with_id_check("11010519491231002")

POSITIVES = [
    ("Write to john.doe@acme-mail.com today", "<EMAIL>", "email"),
    ("联系邮箱：zhang_san+news@mail.example.cn。", "<EMAIL>", "email"),
    ("the server at 52.14.210.7 is down", "<IP>", "ip"),
    ("DNS server 8.8.8.8 answered", "<IP>", "ip"),
    ("公网IP为8.8.4.4，", "<IP>", "ip"),
    ("IPv6 2606:4700:4700::1111 ok", "<IP>", "ip"),
    ("Call +1 (555) 234-5678 now", "<PHONE>", "phone"),
    ("office: 415-555-2671", "<PHONE>", "phone"),
    ("(212) 555-0199", "<PHONE>", "phone"),
    ("+44 20 7946 0958", "<PHONE>", "phone"),
    ("手机：13812345678", "<PHONE>", "phone"),
    ("电话 138 1234 5678", "<PHONE>", "phone"),
    ("+86 139-1234-5678", "<PHONE>", "phone"),
    ("座机 010-62345678", "<PHONE>", "phone"),
    ("(021) 87654321", "<PHONE>", "phone"),
    ("客服 400-123-4567", "<PHONE>", "phone"),
    ("服务热线4008-123-456，", "<PHONE>", "phone"),
    ("免费电话800 820 8820。", "<PHONE>", "phone"),
    ("致电13912345678咨询", "<PHONE>", "phone"),
    ("座机：0571-87654321。", "<PHONE>", "phone"),
    ("电话：87654321", "<PHONE>", "phone"),
    ("Paris office +33 1 23 45 67 89.", "<PHONE>", "phone"),
    ("Berlin: +49 30 12345678", "<PHONE>", "phone"),
    ("Mumbai +91 98765 43210", "<PHONE>", "phone"),
    ("UK mobile +44 7700 900123", "<PHONE>", "phone"),
    ("Tokyo +81 3-1234-5678", "<PHONE>", "phone"),
    ("Moscow +7 495 123-45-67", "<PHONE>", "phone"),
    ("Sydney +61 2 9876 5432", "<PHONE>", "phone"),
    ("call 0049 30 1234567", "<PHONE>", "phone"),
    ("Reach Us +441474556909", "<PHONE>", "phone"),
    ("email me at mcushing7 (at) hotmail (dot) com.", "<EMAIL>", "email"),
    ("香港+852 2345 6789", "<PHONE>", "phone"),
    ("Members should contact Dave McCuan at 539-3028. Ladies are welcome.", "<PHONE>", "phone"),
    ("RSVP by contacting Valli Warren, President-Elect of MASA, at 262-3773 or by mail", "<PHONE>", "phone"),
    ("Call Mary at 539-3028.", "<PHONE>", "phone"),
    ("ask for Mary at 539.3028", "<PHONE>", "phone"),
    ("get in contact with us today on 07885 577 899, a member of staff", "<PHONE>", "phone"),
    ("mobile 07700-900-123", "<PHONE>", "phone"),
    ("London office 020 7946 0958", "<PHONE>", "phone"),
    ("Manchester 0161 496 0000", "<PHONE>", "phone"),
    ("Cumbria (01632) 960 123", "<PHONE>", "phone"),
    ("Cumbria 01632 960123", "<PHONE>", "phone"),
    ("My IP is 52.14.210.7, and yours?", "<IP>", "ip"),
    (f"身份证号 {ID_NUMBER}。", "<ID_NUMBER>", "id_number"),
    (f"card {VISA[:4]} {VISA[4:8]} {VISA[8:12]} {VISA[12:]} exp 12/25", "<CARD>", "card"),
    (f"银联卡 {UNIONPAY}", "<CARD>", "card"),
    (f"card {VISA}", "<CARD>", "card"),
    ("key AKIAIOSFODNN7EXAMPLE", "<API_KEY>", "api_key"),
    ("token ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8", "<API_KEY>", "api_key"),
    ("OPENAI_API_KEY=sk-proj-abc123DEF456ghi789JKL012mno", "<API_KEY>", "api_key"),
    ("slack xoxb-123456789012-abcdefghij", "<API_KEY>", "api_key"),
    ("google AIzaSyA1234567890abcdefghijklmnopqrstuv", "<API_KEY>", "api_key"),
    ("密钥AKIAIOSFODNN7EXAMPLE已泄露", "<API_KEY>", "api_key"),
    ("令牌gho_16C7e42F292c6912E7710c838347Ae178B4a不要提交", "<API_KEY>", "api_key"),
    ("github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz", "<API_KEY>", "api_key"),
    ("GitLab 令牌：glpat-x1Y2z3A4b5C6d7E8f9G0", "<API_KEY>", "api_key"),
    ("SLACK_TOKEN=xoxp-2345678901-abcDEFghiJKL", "<API_KEY>", "api_key"),
    ("hf_AbCdEfGhIjKlMnOpQrStUvWxYzAbCdEfGh", "<API_KEY>", "api_key"),
    ("请发邮件到wang.fang@example.cn或致电", "<EMAIL>", "email"),
    ("contact: li.lei [at] tsinghua [dot] edu [dot] cn", "<EMAIL>", "email"),
    ("QQ：123456789", "<QQ>", "qq"),
    ("加qq群 12345678 交流", "<QQ>", "qq"),
    ("微信：wangfang88，", "<WECHAT>", "wechat"),
    ("加vx：lily_chen2020", "<WECHAT>", "wechat"),
    ("WeChat ID: zhang_san", "<WECHAT>", "wechat"),
]

NEGATIVES = [
    "It costs $1,234.56 or ¥1999, about €1.234,50.",
    "Born in 1999年, on 2023-01-15 and 2023/01/15 or 15.01.2023 and 2023年1月15日.",
    "We met at 12:30:45 UTC on 2023-01-15T12:30:45Z.",
    "Install version 1.2.3, v2.10.4.1 or 3.10.12; Python 3.11.4.0 is out; Chrome 120.0.6099.109.",
    "ISBN 978-3-16-148410-0, ISBN-10 0-306-40615-2 and ISBN 9787111213826.",
    "1,000,000 people; 2,147,483,647 is the largest int; 3.14159265358979.",
    "Order No. 20231015001 shipped; tracking 1Z999AA10123456784.",
    "Coordinates 39.9042, 116.4074 and 12.5% growth in the years 1990-2000.",
    "Zip codes 100084 and 90210; pages 123-456; see section 1.2.3.4.",
    "Colours #ff00ff and UUID 550e8400-e29b-41d4-a716-446655440000.",
    "MAC 00:1A:2B:3C:4D:5E, std::vector<int>, a[1:2:3], John 3:16, a 16:9 screen.",
    "Retina images are named icon@2x.png; follow @handle on Twitter.",
    "sk-learn-is-not-a-key and scikit-learn; task-1234567890abcdefghij.",
    "The score was +5 points, +1.5% overall; call ext. 12345.",
    "123456789012345678 is a long number that is not an ID; 1234 5678 9012 3456 is not a card.",
    "The year 2024 had 1,234 events and 365 days; 10 000 km; 3 000 000 yuan.",
    "2001:0db8 is just a prefix; ratio 4:3; the 555-0100 exchange is fictional.",
    "国发〔2023〕12号文件于2023年3月15日印发，京政办发〔2022〕7号同时废止。",
    "订单号：2023101500123456，共计1,412,000,000人，价格￥1,299.00元，坐标东经116.4074°、北纬39.9042°。",
    "ISBN 978-7-111-21382-6 的第3版，版本号v2.3.1，发布于2024-05-20。",
    "The signal rose +3.14159265 units; 10 000 000 km and +12.5% in 2023.",
    "Use WeChat Pay or the WeChat account of the museum; 微信公众号推送了文章。",
    "QQ音乐2023年用户达到6亿；wxWidgets 3.2 is out.",
    "Journal of Molecular Structure, ISSN 0022-2860; account No. 00632000001783 at the bank.",
]

SERVICE_ADDRESSES_AND_HANDLES = [
    "Older versions used the IPs 38.107.191.66 through 38.107.191.119. The current version crawls from AWS.",
    "GitHub's hooks come from 192.30.252.0/22 and 2606:50c0::/32.",
    "traffic between 52.14.210.7 and 52.14.210.99 is the load balancer",
    "the range 104.16.0.0 - 104.31.255.255 belongs to Cloudflare",
    "Publishers can find our IP ranges: 66.249.64.1, 66.249.64.2 and more",
    "Add these to your allowlist: 140.82.112.3, 140.82.113.3 and 140.82.114.3",
    "— @mhoye@mastodon.social wrote it first; via @b2c@wien.rocks, others agree.",
    "Quelle: www.facebook.com/pages/p/388213067901331 (page id)",
    "the 555-0100 exchange is fictional; pages 262-3773 of the register; score 539-3028 at the end",
    "var formData = {'name': 'Bob Smith', 'email': 'bob@example.com'}; ServerAdmin webmaster@mail.example.org",
    "test users: alice@corp.test, bob@app.example and carol (at) example (dot) net",
]
"""Documented public ranges of a service, fediverse handles, ids in URLs and addresses on names
reserved for documentation are not personal."""


@pytest.mark.parametrize("text", SERVICE_ADDRESSES_AND_HANDLES)
def test_service_ranges_handles_and_url_ids_stay(text: str) -> None:
    assert redact(text) == (text, {})


def test_a_handle_beside_an_address_keeps_the_address_redacted() -> None:
    text = "follow @amy@hachyderm.io or write to amy.zhang@uw-mail.org"
    assert redact(text) == ("follow @amy@hachyderm.io or write to <EMAIL>", {"email": 1})


def test_a_lone_address_in_an_allowlist_sentence_is_still_personal() -> None:
    """One address after "whitelist" is someone's own; only a list of several is a service's."""
    assert redact("please whitelist my IP 81.2.69.160 today")[1] == {"ip": 1}


PRIVATE_ADDRESSES = [
    "the router at 192.168.10.25 and 10.0.0.1, also 172.16.5.4",
    "localhost is 127.0.0.1 or ::1; link-local 169.254.10.20 and fe80::1ff:fe23:4567:890a",
    "examples use 192.0.2.33, 198.51.100.7, 203.0.113.200 and 2001:db8::8a2e:370:7334",
    "内网地址192.168.1.1，唯一本地地址fd12:3456:789a:1::1",
]


@pytest.mark.parametrize("text", PRIVATE_ADDRESSES)
def test_private_loopback_and_documentation_addresses_stay(text: str) -> None:
    assert redact(text) == (text, {})


@pytest.mark.parametrize(("text", "token", "kind"), POSITIVES)
def test_finds_each_kind(text: str, token: str, kind: str) -> None:
    redacted, counts = redact(text)
    assert token in redacted and counts == {kind: 1}, redacted


@pytest.mark.parametrize("text", NEGATIVES)
def test_ordinary_numbers_are_not_pii(text: str) -> None:
    assert redact(text) == (text, {})


def test_invalid_checksums_are_kept() -> None:
    bad_card = VISA[:-1] + str((int(VISA[-1]) + 1) % 10)
    bad_id = ID_NUMBER[:-1] + ("0" if ID_NUMBER[-1] != "0" else "1")
    bad_date = with_id_check("11010519491331002")  # month 13
    assert redact(f"{bad_card} {bad_id} {bad_date}")[1] == {}


def test_stage_counts_and_respects_types() -> None:
    text = "Mail a@acme-mail.org or call 13812345678, server 52.1.2.3."
    stage = Pii()
    [kept] = stage.run(iter([Document(text=text, id="d0", metadata={})]))
    assert kept.text == "Mail <EMAIL> or call <PHONE>, server <IP>."
    for kind in ("email", "phone", "ip"):
        assert stage.stats[f"fixed:pii:{kind}"].total == 1
    only_email = Pii(PiiParams(types=["email"]))
    [kept] = only_email.run(iter([Document(text=text, id="d1", metadata={})]))
    assert kept.text == "Mail <EMAIL> or call 13812345678, server 52.1.2.3."


def test_few_false_positives_on_real_instruction_data(test_data: Path) -> None:
    """Alpaca has little PII: a handful of e-mails and phone numbers in made-up examples."""
    with gzip.open(test_data / "sft/alpaca/alpaca_data.json.gz", "rt") as f:
        records = json.load(f)[:5000]
    totals: dict[str, int] = {}
    for record in records:
        for kind, n in redact(record["output"])[1].items():
            totals[kind] = totals.get(kind, 0) + n
    assert sum(totals.values()) < 0.01 * len(records)
