"""The build gathers links page by page as pages are read (in snapshot order): the same links
as when every page's anchors were kept and walked at the end — same-site links once per
(source, target) with the first anchor's text, by target then source; links leaving the site
once per target with the text and kind of the first page in URL order, whatever order the
pages came in."""

from __future__ import annotations

from govaudit.crawl.snapshot import Capture
from govaudit.htmlpage import RawLink
from govaudit.model.builder import _SiteLinks
from govaudit.model.types import Link, OffsiteLink

S = "http://www.example.gov.cn/"
GOV = "https://www.zjzwfw.gov.cn/"


def _capture(url: str, outcome: str = "ok", status: int | None = 200) -> Capture:
    return Capture(url, url, "GET", status, outcome, "text/html", "utf-8", None, None, None, None, "document", 1, None)


def _a(url: str, text: str, kind: str = "page", tag: str = "a") -> RawLink:
    return RawLink(url, text, tag, kind)


def _gathered(order: list[str], anchors: dict[str, list[RawLink]]) -> _SiteLinks:
    captures = {u: _capture(u) for u in (S + "c/", S + "b.html")} | {S + "x.pdf": _capture(S + "x.pdf", "not_found", 404)}
    links = _SiteLinks(captures, lambda url: url.startswith(S))
    for url in order:
        links.add(url, anchors[url])
    return links


ANCHORS = {
    S + "b.html": [_a(S + "c/", "栏目"), _a(GOV, "浙江政务服务网"), _a(S + "c/", "又一次"), _a(GOV + "x.png", "", "image", "img")],
    S + "a.html": [_a(GOV, "政务服务"), _a(S + "x.pdf", "附件", "attachment"), _a(GOV, "再一次"), _a(S + "zz.html", "未抓取")],
    S: [_a(S + "c/", "通知公告"), _a("mailto:x@example.gov.cn", "信箱"), _a(GOV + "doc.pdf", "文件", "attachment")],
}


def test_links_do_not_depend_on_the_order_pages_are_read():
    orders = [[S + "b.html", S + "a.html", S], [S, S + "a.html", S + "b.html"], [S + "a.html", S, S + "b.html"]]
    results = [(list(g.same_site()), g.offsite()) for g in (_gathered(o, ANCHORS) for o in orders)]
    assert results[1] == results[0] and results[2] == results[0]
    same, away = results[0]
    assert same == [  # by target, then source; a page's first anchor to a target
        Link(S, S + "c/", "通知公告", "page", "ok", 200),
        Link(S + "b.html", S + "c/", "栏目", "page", "ok", 200),
        Link(S + "a.html", S + "x.pdf", "附件", "attachment", "broken", 404, "not_found"),
        Link(S + "a.html", S + "zz.html", "未抓取", "page", "not_checked"),
    ]
    # the first page in URL order (S < S + "a.html" < S + "b.html") names each target; images
    # and non-http links are not offsite links
    assert away == [OffsiteLink(GOV, "www.zjzwfw.gov.cn", "政务服务", S + "a.html", 2, "page"),
                    OffsiteLink(GOV + "doc.pdf", "www.zjzwfw.gov.cn", "文件", S, 1, "attachment")]
