"""Pure pieces of the crawler: frontier order, outcome classification, pacing, content codings."""

from __future__ import annotations

import gzip
import threading
import time
import zlib
from datetime import datetime, timezone
from pathlib import Path

import pytest
import requests
import urllib3

from govaudit.crawl import outcomes
from govaudit.crawl.coding import TooLarge, decode_payload, decode_whole, page_charset
from govaudit.crawl.frontier import Frontier, Why, classify
from govaudit.crawl.politeness import Cancelled, HostLimiter, retry_after
from govaudit.crawl.robots import RobotsPolicy

S = "https://www.example.gov.cn"


@pytest.mark.parametrize("url, anchor, kind, expected", [
    (f"{S}/zwgk/", "政务公开", "page", "hub"),
    (f"{S}/col/col123/", "政府信息公开", "page", "hub"),
    (f"{S}/xxgk/", "", "page", "hub"),
    (f"{S}/zwgk/zcjd/", "政策解读", "page", "column"),
    (f"{S}/zwgk/zcjd/202401/t20240115_123.html", "关于某某的解读", "page", "document"),
    (f"{S}/zwgk/zcjd/index_2.html", "3", "page", "pagination"),
    (f"{S}/list.jsp?page=2", "", "page", "pagination"),
    (f"{S}/xwzx/zbgg/10.htm", "2", "page", "pagination"),  # 博达 VSB: page 2 of 11 counts down from the oldest
    (f"{S}/info/1043/3207.htm", "3207", "page", "document"),
    (f"{S}/xwzx/zbgg.htm", "通知公告", "page", "document"),
    (f"{S}/news/", "下一页", "page", "pagination"),
    (f"{S}/about.html", "关于我们", "page", "document"),
    (f"{S}/a.pdf", "2023年政府信息公开工作年度报告", "attachment", "attachment"),
    # a document's title naming 政府信息公开 is no hub's menu name (ThinkCMF's report address has no document shape)
    (f"{S}/portal/article/index/id/396/cid/24.html", "巴音塔拉镇人民政府2025年政府信息公开工作年度报告", "page", "document"),
    (f"{S}/portal/list/index/id/24.html", "政府信息公开工作年度报告", "page", "hub"),
    (f"{S}/logo.png", "", "image", "image"),
])
def test_priority_classes(url, anchor, kind, expected):
    assert classify(url, anchor, kind) == expected


def test_frontier_orders_by_class_then_depth_then_discovery_and_upgrades():
    f = Frontier()
    f.push("/doc1", Why("/", "", "document", 1))
    f.push("/page2", Why("/", "", "pagination", 1))
    f.push("/col", Why("/", "", "column", 2))
    f.push("/col-shallow", Why("/", "", "column", 1))
    f.push("/doc2", Why("/", "", "document", 1))
    f.push("/logo.png", Why("/", "", "image", 1))  # on the home page: with the documents
    f.push("/photo.png", Why("/doc1", "", "image", 2))  # elsewhere: last
    f.push("/doc3", Why("/doc1", "", "document", 2))
    assert not f.push("/doc1", Why("/x", "", "document", 3))  # worse: ignored
    assert f.push("/page2", Why("/x", "政务公开", "hub", 2))  # better: moves up
    assert len(f) == 8
    order = [f.pop() for _ in range(8)]
    assert [u for u, _ in order] == ["/page2", "/col-shallow", "/col", "/doc1", "/doc2", "/logo.png", "/doc3",
                                     "/photo.png"]
    assert order[0][1].parent == "/x"
    assert f.pop() is None and len(f) == 0
    assert not f.push("/doc1", Why("/", "", "hub", 0))  # handed out once only


def test_a_url_moved_up_through_a_longer_path_keeps_its_depth():
    """An article queued from its list (depth 3) is found again as a disclosure document along an
    上一篇/下一篇 chain that began in a 政务公开 page's 点击排行 box (depth 7): it moves up, and stays
    3 hops deep, so the links it has are not cut for depth (dede under `--mutate chrome`)."""
    f = Frontier()
    f.push("/gzdt/1497.html", Why("/gzdt/", "", "document", 3))
    assert f.push("/gzdt/1497.html", Why("/gzdt/1500.html", "", "document", 7, disclosure=True))
    url, why = f.pop()
    assert (url, why.parent, why.depth, why.disclosure) == ("/gzdt/1497.html", "/gzdt/1500.html", 3, True)


@pytest.mark.parametrize("status, body, expected", [
    (200, b"", "ok"), (204, b"", "ok"), (404, b"", "not_found"), (410, b"", "not_found"),
    (412, b"", "blocked"), (403, "访问异常".encode("gb18030"), "blocked"), (503, "请稍候".encode(), "blocked"),
    (403, b"forbidden", "http_error"), (500, b"", "http_error"), (304, b"", "error"),
])
def test_classify_status(status, body, expected):
    assert outcomes.classify_status(status, body) == expected


def test_classify_exception():
    refused = requests.exceptions.ConnectionError(
        urllib3.exceptions.MaxRetryError(None, "/", urllib3.exceptions.NewConnectionError(None, "refused")))
    refused.args[0].reason.__cause__ = ConnectionRefusedError(111, "Connection refused")
    assert outcomes.classify_exception(refused)[:2] == ("unreachable", False)
    assert outcomes.classify_exception(requests.exceptions.ReadTimeout("slow"))[:2] == ("timeout", True)
    assert outcomes.classify_exception(requests.exceptions.SSLError("bad cert"))[:2] == ("tls_error", False)
    reset = requests.exceptions.ConnectionError(urllib3.exceptions.ProtocolError("aborted", ConnectionResetError()))
    assert outcomes.classify_exception(reset)[:2] == ("unreachable", True)
    assert outcomes.classify_exception(ValueError("odd"))[0] == "error"


def test_retry_after_parsing_is_capped():
    now = datetime(2024, 1, 1, tzinfo=timezone.utc)
    assert retry_after("1") == 1.0
    assert retry_after("86400") == 120.0
    assert retry_after("Mon, 01 Jan 2024 00:00:30 GMT", now) == 30.0
    assert retry_after("soon") is None and retry_after(None) is None


def test_limiter_spaces_requests_per_host_and_cancels():
    stop = threading.Event()
    limiter = HostLimiter(rate=20, stop=stop)
    t0 = time.monotonic()
    for _ in range(4):
        limiter.acquire("a")
    limiter.acquire("b")  # another host is not held back
    assert time.monotonic() - t0 >= 0.14
    limiter.defer("a", 30)
    stop.set()
    with pytest.raises(Cancelled):
        limiter.acquire("a")


def test_robots_policy_follows_rfc_9309():
    ua = "govaudit/0.1"
    parsed = RobotsPolicy.from_response(200, b"User-agent: *\nDisallow: /private/\nCrawl-delay: 3\n", ua)
    assert parsed.allowed(f"{S}/a.html") and not parsed.allowed(f"{S}/private/x")
    assert parsed.crawl_delay() == 3.0
    assert RobotsPolicy.from_response(404, None, ua).allowed(f"{S}/private/x")
    assert not RobotsPolicy.from_response(503, None, ua).allowed(f"{S}/")


def test_decode_payload_codings_and_bomb_cap():
    data = "政务公开".encode() * 500
    assert decode_payload(gzip.compress(data), "gzip") == data
    assert decode_payload(zlib.compress(data), "deflate") == data
    raw = zlib.compressobj(wbits=-15)
    assert decode_payload(raw.compress(data) + raw.flush(), "deflate") == data
    assert decode_payload(data, "gzip") == data  # mislabelled: kept as is
    with pytest.raises(TooLarge):
        decode_payload(gzip.compress(b"\0" * 10_000_000), "gzip", limit=100_000)


def test_decode_whole_tells_a_compressed_stream_cut_before_its_end():
    data = "".join(f"<li>政务公开 {i * 7919 % 10007}</li>" for i in range(2000)).encode()
    packed, deflated = gzip.compress(data), zlib.compress(data)
    assert decode_whole(packed, "gzip") == (data, True) and decode_whole(deflated, "deflate") == (data, True)
    assert decode_whole(data, "gzip") == (data, True)  # mislabelled, not compressed: whole as it is
    assert decode_whole(b"", "gzip") == (b"", True)  # nothing sent
    body, whole = decode_whole(packed[: len(packed) // 2], "gzip")  # cut off mid-body
    assert data.startswith(body) and body and not whole
    assert decode_whole(deflated[:-20], "deflate")[1] is False
    assert decode_payload(packed[: len(packed) // 2], "gzip") == body  # the prefix, as before


def test_page_charset_trusts_the_header_only_when_the_body_agrees():
    gbk = '<meta charset="gb2312"><p>政务公开</p>'.encode("gbk")
    utf8 = '<meta charset="gb2312"><p>政务公开</p>'.encode()
    assert page_charset(gbk, "text/html; charset=GBK") == ("gb18030", None)
    assert page_charset(gbk, "text/html; charset=utf-8")[0] == "gb18030"  # not UTF-8: the page's own
    assert page_charset(gbk, "text/html; charset=iso-8859-1")[0] == "gb18030"  # a server default, not the page's
    chosen, note = page_charset(utf8, "text/html; charset=utf-8")  # a stale <meta>: the header holds
    assert chosen == "utf-8" and note == ("charset mismatch: Content-Type says utf-8, the page itself gb18030; "
                                          "decoded as utf-8")
    assert page_charset(gbk, None) == ("gb18030", None)
    assert page_charset("<p>政务公开</p>".encode("gbk"), "text/html; charset=GBK") == ("gb18030", None)  # no <meta>


def test_home_like_addresses():
    from govaudit.urls import home_like
    assert home_like("http://h/") and home_like("http://h/index.html") and home_like("http://h/default.aspx")
    assert home_like("http://h")
    assert not home_like("http://h/zwgk/") and not home_like("http://h/?col=3") and not home_like("http://h/zwgk/index.html")


_REPORTS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "pingtan" / "zwgk" / "zfxxgk" / "zfxxgknb"


def _pingtan_report() -> str:
    """平潭's 2024 annual report page as served (UTF-8, `<meta charset="utf-8" …>`; ../shared/corpus,
    from changwu/pingtan-gov-zwgk-archive)."""
    pages = sorted(_REPORTS.glob("202503/97791_*/page.html")) if _REPORTS.is_dir() else []
    if not pages:
        pytest.skip("../shared/corpus is not beside the project")
    return pages[0].read_text(encoding="utf-8")


def test_a_page_whose_bytes_are_not_its_declared_charset_is_read_in_its_own():
    """Every declaration may be wrong (domain.md §7.3): a GBK page pasted into a UTF-8 template keeps
    its `<meta charset="utf-8">`, a UTF-8 page keeps an old gb2312 one. Read as declared, the probes'
    通知公告 and 行政规范性文件 became mojibake: the stale column vanished, every normative rule said
    不适用 (80 → 82) and the footer failed."""
    page = _pingtan_report()
    title = "平潭综合实验区2024年度政府信息公开工作年度报告"
    assert title in page and '<meta charset="utf-8"' in page
    gbk = page.encode("gbk", errors="xmlcharrefreplace")
    for header in ("text/html", "text/html; charset=utf-8", None):
        chosen, note = page_charset(gbk, header)
        assert chosen == "gb18030" and "its bytes are gb18030" in note, header
        assert title in gbk.decode(chosen)
    old = page.replace('<meta charset="utf-8"', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312"', 1)
    assert page_charset(old.encode(), "text/html")[0] == "utf-8"
    # A UTF-8 page with a few stray bytes (a snippet cut mid-character) stays UTF-8.
    cut = page.encode().replace(title.encode(), title.encode()[:-1], 3)
    assert page_charset(cut, "text/html; charset=utf-8") == ("utf-8", None)
    assert page_charset(page.encode(), "text/html") == ("utf-8", None)


def test_document_addresses():
    from govaudit.crawl.frontier import document_url
    assert document_url("http://h/zwgk/nb/202203/t20220325_2001.html") and document_url("http://h/art/a.jsp?docid=12")
    assert not document_url("http://h/zwgk/nb/") and not document_url("http://h/col/col3/index.html")
