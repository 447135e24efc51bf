"""The "dede" sample site (a township portal on 织梦 DedeCMS, GBK, `list_<tid>_<n>.html` pagers,
/plus/list.php and /plus/view.php aliases) is what its answer key says: deterministic, served as
declared, every planted defect present in the served bytes, nothing outside the key defective.
(The tool's findings are not asserted here.)"""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import unescape

import pytest

from tests.sites import dede
from tests.sites.model import LATER_PAGE, Expected, SampleSite
from tests.sites.server import fetch, serve_site

_HREF = re.compile(r"""href=["']([^"']+)["']""")
_ARTICLE = re.compile(r"^/a/[\w/]+/\d{4}/\d{4}/\d+\.html$|^/plus/view\.php\?aid=\d+$")
_ROW = re.compile(r"<(li|tr)>(.*?)</\1>", re.S)
_FULL_DATE = re.compile(r"(20\d{2})-(\d{2})-(\d{2})")
_SHOWN = re.compile(r"<small>时间:</small>(\d{4})-(\d{2})-(\d{2})")


@pytest.fixture(scope="module")
def site() -> SampleSite:
    return dede.build()


@pytest.fixture(scope="module")
def base(site: SampleSite):
    with serve_site(site) as url:
        yield url


def _page(base: str, url: str) -> str:
    status, _, body = fetch(base, url)
    assert status == 200, url
    return body.decode("gbk")


def _list_area(html: str) -> str:
    start = html.find('<!-- /place -->')
    return html[start:html.find('<div class="pright">')] if start >= 0 else ""


def _rows(html: str) -> list[tuple[str, date | None]]:
    """(article URL, full date shown or None) of every row of a list page."""
    out = []
    for _, row in _ROW.findall(_list_area(html)):
        links = [unescape(h) for h in _HREF.findall(row) if _ARTICLE.match(unescape(h))]
        if links:
            m = _FULL_DATE.search(re.sub(r"""(?:href|src)=["'][^"']*["']""", "", row))
            out.append((links[0], date(*map(int, m.groups())) if m else None))
    return out


def _shown(html: str) -> date:
    return date(*map(int, _SHOWN.search(html).groups()))


def _all_rows(base: str, url: str) -> list[tuple[str, date | None]]:
    """The rows of every page of a list, following its 下一页 links."""
    rows, seen = [], set()
    while url and url not in seen:
        seen.add(url)
        html = _page(base, url)
        rows += _rows(html)
        nxt = re.search(r"<li><a href='([^']+)'>下一页</a></li>", html)
        url = (unescape(nxt.group(1)) if nxt.group(1).startswith("/") else url.rsplit("/", 1)[0] + "/" + nxt.group(1)) if nxt else ""
    return rows


def _probe(site: SampleSite, base: str, entry: Expected) -> None:
    kind, _, arg = entry.probe.partition(":")
    if kind == "status":
        assert fetch(base, entry.url)[0] == int(arg)
    elif kind == "soft404":
        status, _, body = fetch(base, entry.url)
        assert status == 200 and "DedeCMS 提示信息" in body.decode("gbk") and entry.url not in site.resources
    elif kind == "no-rows":
        html = _page(base, entry.url)
        assert not _rows(html) and "共 <strong>0</strong>页<strong>0</strong>条记录" in html
    elif kind == "newest":
        dates = [d for _, d in _all_rows(base, entry.url) if d]
        assert dates and max(dates) == date.fromisoformat(arg)
    elif kind == "newest-shown":
        rows = _all_rows(base, entry.url)
        assert len({d for _, d in rows}) == 1 and rows[0][1] > date.fromisoformat(arg)  # an import pile
        assert max(_shown(_page(base, u)) for u, _ in rows) == date.fromisoformat(arg)
    elif kind == "meta-missing":
        html = _page(base, entry.url)
        assert "<th>发布日期：</th>" in html
        assert not re.search(rf"<th>{arg}：</th><td>[^<]+</td>", html)
    elif kind in ("no-interp", "no-interp-link", "late-interp"):
        html = _page(base, entry.url)
        interps = [u for u in map(unescape, _HREF.findall(html)) if u.startswith("/a/xxgk/zcjd/") and _ARTICLE.match(u)]
        if kind == "late-interp":
            assert (_shown(_page(base, interps[0])) - _shown(html)).days == int(arg)
        else:
            assert not interps
            aid = entry.url.rsplit("/", 1)[1].removesuffix(".html")
            texts = [r.body.decode("gbk") for u, r in site.resources.items() if u.startswith("/a/xxgk/zcjd/") and _ARTICLE.match(u)]
            bodies = [t.split('<div class="content">')[1].split('<div class="handle">')[0] for t in texts]
            assert bodies and not [b for b in bodies if re.search(rf"/{aid}\.html|aid={aid}\b", b)]
    elif kind == "prenext-only":  # the interpretation is linked only from the 上一篇/下一篇 block, and back
        html = _page(base, entry.url)
        content, handle = html.split('<div class="content">')[1].split('<div class="handle">')
        interp = next(u for u in map(unescape, _HREF.findall(handle)) if _ARTICLE.match(u) and "解读" in _page(base, u).split("<h2>")[1][:60])
        assert not [u for u in map(unescape, _HREF.findall(content)) if _ARTICLE.match(u)]
        back = _page(base, interp).split('<div class="content">')[1].split('<div class="handle">')
        assert entry.url not in back[0] and entry.url in back[1]
    elif kind == "no-report":
        titles = [t for r in site.resources.values() if r.is_html
                  for t in re.findall(r'name="ArticleTitle" content="([^"]*)"', r.body.decode("gbk"))]
        assert not [t for t in titles if arg in t and "报告" in t]
        assert len({t for t in titles if "信息公开工作" in t and "报告" in t}) >= 4  # a gap in a series
    elif kind == "late":
        assert _shown(_page(base, entry.url)) > date.fromisoformat(arg)
    elif kind == "redirect-404":  # the listed address answers 302 to a file that answers 404
        res = site.lookup(*entry.url.split("?", 1))
        assert res.status == 302 and res.location and fetch(base, res.location)[0] == 404
    elif kind == "footer-code":  # the footer's code differs from the meta's and the 纠错 script's
        html = _page(base, entry.url)
        footer = html.split("<!-- //底部模板 -->")[1]
        meta = re.search(r'name="SiteIDCode" content="(\d+)"', html).group(1)
        assert f"网站标识码：{arg}" in footer and arg != meta and f'sitecode="{meta}"' in footer
    elif kind == "footer-lacks":
        assert arg not in _page(base, entry.url) and arg in _page(base, "/")
    else:
        raise AssertionError(f"unknown probe {entry.probe!r}")


def test_deterministic(site: SampleSite) -> None:
    again = dede.build()
    assert again.resources == site.resources and again.key == site.key and again.traps == site.traps


def test_every_planted_defect_is_served(site: SampleSite, base: str) -> None:
    assert len(site.key) >= 15
    for entry in site.key:
        _probe(site, base, entry)


def test_traps_are_served_pages(site: SampleSite, base: str) -> None:
    assert len(site.traps) >= 20
    for trap in site.traps:
        assert fetch(base, trap.url)[0] == 200, trap


def test_pages_are_gbk_under_a_gb2312_meta(site: SampleSite) -> None:
    """The server sends no charset; the meta says gb2312 and some pages hold GBK-only characters."""
    home = site.resources["/"]
    assert home.content_type == "text/html" and b"charset=gb2312" in home.body
    gbk_only = [u for u, r in site.resources.items() if r.is_html and "镕".encode("gbk") in r.body]
    assert gbk_only and all(r.body.decode("gbk") for r in site.resources.values() if r.is_html and r.status == 200)
    with pytest.raises(UnicodeDecodeError):
        site.resources[gbk_only[0]].body.decode("gb2312")


def test_later_pages_and_aliases_are_the_same_lists(site: SampleSite, base: str) -> None:
    """list_<tid>_1.html is page 1 again; `&PageNo=1` of a dynamic list too; a later page says 第 n 页."""
    assert site.resources["/a/xwzx/zhxw/list_2_1.html"] == site.resources["/a/xwzx/zhxw/"]
    assert site.resources["/plus/list.php?tid=19&TotalResult=13&PageNo=1"] == site.resources["/plus/list.php?tid=19"]
    page2 = _page(base, "/a/xwzx/zhxw/list_2_2.html")
    assert '<li class="thisclass">2</li>' in page2 and "共 <strong>3</strong>页<strong>38</strong>条" in page2
    assert any(t.url == "/a/xwzx/zhxw/list_2_2.html" and t.note == LATER_PAGE for t in site.traps)


def test_compliant_columns_are_current(site: SampleSite, base: str) -> None:
    """Columns outside the key: the news list, the month-day notice list and the picture list are fresh."""
    newest = max(d for _, d in _rows(_page(base, "/a/xwzx/zhxw/")) if d)
    assert (dede.AS_OF - newest).days <= 14
    pics = _rows(_page(base, "/a/xwzx/tpxw/"))
    assert pics and all(d is None for _, d in pics)
    assert (dede.AS_OF - max(_shown(_page(base, u)) for u, _ in pics)) <= timedelta(days=14)


def test_probes_fail_on_compliant_objects(site: SampleSite, base: str) -> None:
    """The probes above can fail: pointed at compliant objects, each one does."""
    ok_doc = next(e.url for e in site.key if e.probe.startswith("meta-missing")).replace("0802/1557", "0925/1551")
    cases = [Expected("x", ok_doc, "", probe="no-interp-link"), Expected("x", "/index.html", "", probe="status:404"),
             Expected("x", "/a/xxgk/rsxx/", "", probe="no-rows"), Expected("x", "/a/xwzx/zhxw/", "", probe="newest:2026-09-09"),
             Expected("x", ok_doc, "", probe="meta-missing:有效性"), Expected("x", "/a/xxgk/ndbg/", "", probe="no-report:2025"),
             Expected("x", "/a/xwzx/zhxw/", "", probe="soft404"), Expected("x", "/a/xwzx/zcdt/", "", probe="newest-shown:2026-09-15"),
             Expected("x", "/a/xxgk/wjjd/2026/0901/1689.html", "", probe="prenext-only"),
             Expected("x", "/a/xxgk/rsxx/", "", probe="footer-code:1311250061"),
             Expected("x", next(t.url for t in site.traps if "跳转" in t.note), "", probe="redirect-404")]
    for entry in cases:
        with pytest.raises((AssertionError, StopIteration, IndexError, AttributeError)):
            _probe(site, base, entry)
