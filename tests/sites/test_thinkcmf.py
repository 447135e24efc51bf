"""The "thinkcmf" sample site (a 镇人民政府's portal on ThinkCMF 5's `simpleboot3` theme as a 旗's 三务公开 platform
edited it: columns `/portal/list/index/id/<id>.html` with later pages `?page=<n>` under the ThinkPHP paginator, articles
`/portal/article/index/id/<aid>/cid/<id>.html`, rows `ul.lists > li > a` dated `m-d` inside the link) is what its answer
key says: deterministic, served as declared, every planted defect present in the served bytes, nothing outside the key
defective. (The tool's findings are not asserted here.)"""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from tests.sites import thinkcmf
from tests.sites.model import LATER_PAGE, Expected, SampleSite
from tests.sites.probes import shown_date
from tests.sites.server import fetch, fetch_page, site_path

_HREF = re.compile(r'href="\s*([^"]+)"')
_REF = re.compile(r"""(?:href|src)=["']\s*([^"'#][^"']*)["']""")
# a list row (kyqj list.html): the title cut at 20 characters, the month and day in a span inside the link
_ROW = re.compile(r'<li>\s*<a href="(/portal/article/index/id/\d+/cid/\d+\.html)">([^<]*)'
                  r'<span style="float: right;margin-right: 25px;">(\d{2})-(\d{2})</span></a>')
_SHOWN = re.compile(r'<div class="article_time">\s*发布日期 : (\d{4})-(\d{2})-(\d{2}) \d{2}:\d{2}\s*</div>')
_TITLE = re.compile(r'<div class="article_title">\s*([^<]*?)\s*</div>')
LIST = "/portal/list/index/id/"
GFX, ZCJD, NDBG = LIST + "21.html", LIST + "22.html", LIST + "24.html"


@pytest.fixture(scope="module")
def site() -> SampleSite:
    return thinkcmf.build()


def _html(site: SampleSite, url: str) -> str:
    path, _, query = url.partition("?")
    return site.lookup(path, query).body.decode("utf-8")


def _shown(site: SampleSite, url: str) -> date:
    return shown_date(_SHOWN, _html(site, url))


def _main(html: str) -> str:
    """The list area (div.col-md-9), without the navigation."""
    start = html.find('<div class="col-md-9 col-xs-12">')
    return html[start:html.find('<div id="footer"', start)] if start >= 0 else ""


def _rows(html: str, url: str) -> list[str]:
    return [site_path(url, unescape(h)) for h, _, _, _ in _ROW.findall(_main(html))]


def _pager(html: str) -> str:
    start = html.find('<ul class="pagination">')
    return html[start:html.find("</ul>\n", start)] if start >= 0 else ""


def _all_rows(site: SampleSite, url: str) -> list[str]:
    rows, todo, seen = [], [url], set()
    while todo:
        page = todo.pop(0)
        if page in seen:
            continue
        seen.add(page)
        html = _html(site, page)
        rows += _rows(html, page)
        todo += [site_path(page, unescape(h)) for h in _HREF.findall(_pager(html))]
    return list(dict.fromkeys(rows))


def _field(label: str, html: str) -> str | None:
    m = re.search(rf'<td width="15%">{label}：</td><td width="35%">([^<]*)</td>', html)
    return m.group(1).strip() or None if m else None


def _title(html: str) -> str:
    return unescape(_TITLE.search(html).group(1).strip())


def _links_after(label: str, url: str, html: str) -> list[str]:
    return [site_path(url, unescape(h)) for h in re.findall(rf'<p>【{label}】<a href="([^"]+)"', html)]


def _interps(site: SampleSite) -> list[str]:
    return _all_rows(site, ZCJD)


def _reports(site: SampleSite) -> list[tuple[str, int, date]]:
    return [(url, int(re.search(r"(20\d{2})年", _title(_html(site, url))).group(1)), _shown(site, url))
            for url in _all_rows(site, NDBG)]


def _footer(html: str) -> str:
    return html[html.find('<div id="footer"'):]


def _probe(site: SampleSite, base: str, entry: Expected) -> None:
    kind, _, arg = entry.probe.partition(":")
    html = fetch_page(base, entry.url, "utf-8") if kind != "status" else ""
    if kind == "status":
        assert fetch(base, entry.url)[0] == int(arg)
    elif kind == "no-rows":
        assert not _all_rows(site, entry.url) and "<li>" not in _main(html).split('<ul class="lists">')[1].split("</ul>")[0]
        assert not _pager(html).replace('<ul class="pagination">', "").strip()
    elif kind == "newest":
        rows = _all_rows(site, entry.url)
        assert rows and max(_shown(site, u) for u in rows) == date.fromisoformat(arg)
        shown = {f"{m}-{d}" for _, _, m, d in _ROW.findall(_main(html))}
        assert date.fromisoformat(arg).strftime("%m-%d") in shown  # the list shows the day without its year
    elif kind == "no-interp":
        assert not _links_after("相关解读", entry.url, html)
        short = re.search(r"《([^》]+)》", _title(html)).group(1)
        assert not [u for u in _interps(site) if short in _html(site, u)]
    elif kind == "no-interp-link":
        assert not _links_after("相关解读", entry.url, html)
        short = re.search(r"《([^》]+)》", _title(html)).group(1)
        (interp,) = [u for u in _interps(site) if short in _title(_html(site, u))]
        assert not _links_after("原文", interp, _html(site, interp))
    elif kind == "late-interp":
        (interp,) = _links_after("相关解读", entry.url, html)
        assert (_shown(site, interp) - _shown(site, entry.url)).days == int(arg)
    elif kind == "meta-missing":
        assert _field("索引号", html) and _field("文号", html) and not _field(arg, html)
    elif kind == "no-table":
        assert "<table" not in html and "索引号" not in html and "有效性" not in html
        assert re.search(r"〔20\d{2}〕\d+号", html)  # the number is only in the text
    elif kind == "no-report":
        years = {y for _, y, _ in _reports(site)}
        assert int(arg) not in years and min(years) < int(arg) < max(years)
    elif kind == "late":
        assert _shown(site, entry.url) > date.fromisoformat(arg)
    elif kind == "footer-lacks":
        pages = [u for u in ["/", *site.html_urls] if not entry.url_pattern or re.match(entry.url_pattern, u)]
        assert len(pages) > 10 or pages == ["/"]
        assert all(arg not in _footer(_html(site, u)) and "ICP" not in _footer(_html(site, u)) and "公网安备" in _footer(_html(site, u))
                   for u in pages)
    elif kind == "no-meta-tags":
        assert all('<meta name="SiteName"' not in _html(site, u) and "ArticleTitle" not in _html(site, u)
                   for u in ["/", *site.html_urls])
    else:
        raise AssertionError(f"unknown probe {entry.probe!r}")


def test_deterministic(site: SampleSite) -> None:
    again = thinkcmf.build()
    assert again.resources == site.resources and again.key == site.key and again.traps == site.traps


def test_pagination_as_thinkphp_makes_it(site: SampleSite, base: str) -> None:
    status, content_type, _ = fetch(base, LIST + "2.html")
    assert status == 200 and "utf-8" in content_type
    first = _pager(_html(site, LIST + "2.html"))
    assert first.startswith('<ul class="pagination">\n                        <ul class="pagination"><li class="disabled"><span>上一页</span></li>')
    assert '<li class="active"><span>1</span></li><li><a href="/portal/list/index/id/2.html?page=2">2</a></li>' in first
    assert _html(site, LIST + "2.html?page=1") == _html(site, LIST + "2.html")  # page 1 under the paginator's own link
    last = _pager(_html(site, LIST + "2.html?page=2"))
    assert '<li class="disabled"><span>下一页</span></li>' in last and '<li class="active"><span>2</span></li>' in last
    assert not _pager(_html(site, LIST + "4.html")).replace('<ul class="pagination">', "").strip()  # one page: no pager
    assert fetch(base, "/upload/portal/20260101/none.jpg")[0] == 404


def test_later_pages(site: SampleSite) -> None:
    for url in (t.url for t in site.traps if t.note == LATER_PAGE):
        assert re.fullmatch(r"/portal/list/index/id/\d+\.html\?page=\d+", url) and _rows(_html(site, url), url), url
    assert len(_all_rows(site, LIST + "2.html")) == 26 and len(_all_rows(site, LIST + "3.html")) == 18


def test_rows_show_month_and_day_and_articles_have_two_addresses(site: SampleSite) -> None:
    html = _html(site, LIST + "2.html")
    assert "<title>首页 巴音塔拉镇人民政府</title>" in html and "当前位置:" in html and ">>新闻中心" in html
    assert '<span style="float: right;margin-right: 25px;">11-18</span></a>' in html and "…<span" in html
    url = next(t.url for t in site.traps if "div.article_title" in t.note)
    art = _html(site, url)
    assert _shown(site, url) == date(2026, 11, 18) and "相关附件：" in art and "<h1" not in art and "<h2" not in art
    short = next(t.url for t in site.traps if "无 cid" in t.note)
    assert f'<a href="{short}">' in art and site.lookup(short, "").status == 200
    aid = re.search(r"/id/(\d+)\.html", short).group(1)
    assert _html(site, short) == _html(site, next(u for u in site.html_urls if f"/id/{aid}/cid/" in u))
    notices = "".join(_html(site, u) for u in site.html_urls if "/cid/3.html" in u)
    assert re.search(r'href=" /upload/default/\d+/\w+\.pdf" title=申报表\.pdf>', notices)


def test_every_planted_defect_is_served(site: SampleSite, base: str) -> None:
    assert len(site.key) >= 15 and len(site.traps) >= 10
    for entry in site.key:
        _probe(site, base, entry)


def test_traps_are_served(site: SampleSite) -> None:
    for trap in site.traps:
        assert site.lookup(*(trap.url.split("?", 1) + [""])[:2]).status == 200, trap.url


def test_every_page_is_linked(site: SampleSite) -> None:
    linked = {site_path(url, unescape(h)) for url in ["/", *site.html_urls] for h in _HREF.findall(_html(site, url))}
    assert set(site.html_urls) - linked == set()


def test_no_unplanted_broken_links(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "broken-links"}
    broken = set()
    for url, res in site.resources.items():
        if not res.is_html or res.status != 200:
            continue
        for ref in _REF.findall(re.sub(r"<script[^>]*>.*?</script>", "", res.body.decode("utf-8"), flags=re.S)):
            if ref.startswith(("javascript:", "tel:", "mailto:")):
                continue
            target = urljoin("http://site" + url.split("?")[0], unescape(ref))
            if target.startswith("http://site/"):
                parts = urlsplit(target)
                if site.lookup(parts.path, parts.query).status != 200:
                    broken.add(parts.path + (f"?{parts.query}" if parts.query else ""))
    assert broken == planted


def test_metadata_complete_outside_the_key(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "normative-metadata"}
    for url in _all_rows(site, GFX):
        html = _html(site, url)
        missing = [f for f in ("索引号", "发布机构", "文号", "成文日期", "发布日期", "有效性") if not _field(f, html)]
        assert bool(missing) == (url in planted), (url, missing)


def test_no_unplanted_stale_or_empty_columns(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family in ("stale-columns", "empty-columns")}
    limits = {LIST + "2.html": 14, LIST + "3.html": 183, LIST + "4.html": 365, LIST + "5.html": 365, GFX: 183,
              ZCJD: 183, LIST + "23.html": 365, NDBG: 365, LIST + "25.html": 365}
    for url, days in limits.items():
        rows = _all_rows(site, url)
        fresh = bool(rows) and max(_shown(site, u) for u in rows) >= thinkcmf.AS_OF - timedelta(days=days)
        assert fresh != (url in planted), url


def test_annual_reports_follow_the_key(site: SampleSite) -> None:
    years = {y: when for _, y, when in _reports(site)}
    assert sorted(years) == [2021, 2022, 2023, 2025]
    late = {e.url for e in site.key if e.probe.startswith("late:")}
    assert {u for u, y, when in _reports(site) if when > date(y + 1, 1, 31)} == late


def test_probes_fail_on_compliant_objects(site: SampleSite, base: str) -> None:
    """Each probe can fail: run on an object that is not defective, it raises."""
    doc = next(t.url for t in site.traps if t.note.startswith("文件与解读"))
    on_time = next(t.url for t in site.traps if "当天发布" in t.note)
    first = LIST + "2.html"
    compliant = [("status:404", first), ("no-rows", first), ("newest:2026-10-20", first),
                 ("no-interp", doc), ("no-interp-link", doc), ("late-interp:16", doc), ("meta-missing:有效性", doc), ("no-table", doc),
                 ("late:2023-01-31", on_time), ("no-report:2023", NDBG), ("footer-lacks:公网安备", first)]
    for probe, url in compliant:
        with pytest.raises(AssertionError):
            _probe(site, base, Expected("x", url, "compliant", probe=probe))
