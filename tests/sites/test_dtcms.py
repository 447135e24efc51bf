"""The "dtcms" sample site (a county department portal on DTcms, UTF-8, rewritten `/<channel>/<cid>.aspx` lists
whose pager names every page as `/<channel>/<cid>/<n>.aspx`, page 1 included, `/<channel>/show-<id>.aspx` articles
dated `yyyy/M/d H:mm:ss` beside dynamic `news_show.aspx?id=N` aliases) is what its answer key says: deterministic,
served as declared, every planted defect present in the served bytes, nothing outside the key defective. (The
tool's findings are not asserted here.)"""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from tests.sites import dtcms
from tests.sites.model import LATER_PAGE, Expected, SampleSite
from tests.sites.server import fetch, fetch_page, site_path

_HREF = re.compile(r'href="([^"#][^"]*)"')
_REF = re.compile(r"""(?:href|src)=["']([^"'#][^"']*)["']""")
_LIST = re.compile(r'<ul class="sub_list">(.*?)</ul>', re.S)
_ROW = re.compile(r'<li><a href="([^"]+)">[^<]*</a>\[(\d{4}-\d{2}-\d{2})\]</li>')
_SHOWN = re.compile(r"发布时间：(\d{4})/(\d{1,2})/(\d{1,2}) \d{1,2}:\d{2}:\d{2}")
_TITLE = re.compile(r'<h1 class="art_title">([^<]*)</h1>')
GFX, ZCJD, NDBG = "/zwgk/31.aspx", "/zwgk/32.aspx", "/zwgk/35.aspx"


@pytest.fixture(scope="module")
def site() -> SampleSite:
    return dtcms.build()


def _html(site: SampleSite, url: str) -> str:
    path, _, query = url.partition("?")
    return site.lookup(path, query).body.decode("utf-8")


def _rows(html: str, url: str) -> list[tuple[str, str]]:
    """(article URL, date shown) of every row of a list page (the side boxes are no rows)."""
    (body,) = _LIST.findall(html)
    return [(site_path(url, unescape(h)), d) for h, d in _ROW.findall(body)]


def _pager_links(html: str, url: str) -> list[str]:
    start = html.find('<div class="digg">')
    return [site_path(url, h) for h in re.findall(r'<a href="([^"]+)"', html[start:html.find("</div>", start)])]


def _all_rows(site: SampleSite, url: str) -> list[tuple[str, str]]:
    rows, todo, seen = [], [url], set()
    while todo:
        page = todo.pop(0)
        if page in seen:
            continue
        seen.add(page)
        html = _html(site, page)
        rows += _rows(html, page)
        todo += _pager_links(html, page)
    return list(dict.fromkeys(rows))


def _shown(site: SampleSite, url: str) -> date:
    m = _SHOWN.search(_html(site, url))
    return date(*map(int, m.groups()))


def _field(label: str, html: str) -> str | None:
    m = re.search(rf"<li><span>{label}：</span>([^<]*)</li>", html)
    return m.group(1) or None if m else None


def _title(html: str) -> str:
    return unescape(_TITLE.search(html).group(1).strip())


def _links_after(label: str, url: str, html: str) -> list[str]:
    return [site_path(url, unescape(h)) for h in re.findall(rf'<p>{label}：<a href="([^"]+)"', html)]


def _interps(site: SampleSite) -> list[str]:
    return [u for u, _ in _all_rows(site, ZCJD)]


def _reports(site: SampleSite) -> list[tuple[str, int, date]]:
    out = []
    for url, _ in _all_rows(site, NDBG):
        title = _title(_html(site, url))
        out.append((url, int(re.search(r"(20\d{2})年", title).group(1)), _shown(site, url)))
    return out


def _footer(html: str) -> str:
    return html[html.find('<div class="bottom">'):]


def _probe(site: SampleSite, base: str, entry: Expected) -> None:
    kind, _, arg = entry.probe.partition(":")
    html = fetch_page(base, entry.url, "utf-8") if kind != "status" else ""
    if kind == "status":
        assert fetch(base, entry.url)[0] == int(arg)
    elif kind == "no-rows":
        assert not _all_rows(site, entry.url) and 'class="index_fr_news"' in html  # only the side boxes list titles
    elif kind == "newest":
        rows = _all_rows(site, entry.url)
        assert rows and max(date.fromisoformat(d) for _, d in rows) == date.fromisoformat(arg)
        assert max(_shown(site, u) for u, _ in rows) == date.fromisoformat(arg)
    elif kind == "no-interp":
        assert not _links_after("相关解读", entry.url, html)
        short = re.search(r"《([^》]+)》", _title(html)).group(1)
        assert not [u for u in _interps(site) if short in _html(site, u)]
    elif kind == "no-interp-link":
        assert not _links_after("相关解读", entry.url, html)
        short = re.search(r"《([^》]+)》", _title(html)).group(1)
        (interp,) = [u for u in _interps(site) if short in _title(_html(site, u))]
        assert not _links_after("相关文件", interp, _html(site, interp))
    elif kind == "late-interp":
        (interp,) = _links_after("相关解读", entry.url, html)
        assert (_shown(site, interp) - _shown(site, entry.url)).days == int(arg)
    elif kind == "meta-missing":
        assert _field("发布日期", html) and _field("索引号", html) and not _field(arg, html)
    elif kind == "no-meta":
        assert 'class="gk_info"' not in html and "索引号" not in html and "有效性" not in html
        assert re.search(r"〔20\d{2}〕\d+号", html)  # the number is only in the text
    elif kind == "no-report":
        years = {y for _, y, _ in _reports(site)}
        assert int(arg) not in years and min(years) < int(arg) < max(years)
    elif kind == "late":
        assert _shown(site, entry.url) > date.fromisoformat(arg)
    elif kind == "footer-lacks":
        pages = [u for u in ["/", *site.html_urls] if not entry.url_pattern or re.match(entry.url_pattern, u)]
        assert len(pages) > 10 or pages == ["/"]
        assert all(arg not in _footer(_html(site, u)) and "ICP备" in _footer(_html(site, u)) and "网站标识码" in _footer(_html(site, u))
                   for u in pages)
    elif kind == "no-meta-tags":
        assert all('<meta name="SiteName"' not in _html(site, u) and "ArticleTitle" not in _html(site, u)
                   for u in ["/", *site.html_urls])
    else:
        raise AssertionError(f"unknown probe {entry.probe!r}")


def test_deterministic(site: SampleSite) -> None:
    again = dtcms.build()
    assert again.resources == site.resources and again.key == site.key and again.traps == site.traps


def test_served_as_dtcms_serves(site: SampleSite, base: str) -> None:
    status, content_type, body = fetch(base, "/news/12.aspx")
    assert status == 200 and "utf-8" in content_type
    assert fetch(base, "/news/12/1.aspx")[2] == body  # the pager's name of page 1
    later = fetch(base, "/news/12/3.aspx")
    assert later[0] == 200 and '<span class="current">3</span>' in later[2].decode("utf-8")
    assert fetch(base, "/news/12/4.aspx")[0] == 404
    assert fetch(base, "/index.aspx")[2] == fetch(base, "/")[2]


def test_pager_names_page_one_in_its_later_form(site: SampleSite) -> None:
    """`OutPageList` replaces `__id__` by 1 for the first page: `/news/12/1.aspx`, never `/news/12.aspx`."""
    html = _html(site, "/news/12/2.aspx")
    assert _pager_links(html, "/news/12/2.aspx")[:2] == ["/news/12/1.aspx", "/news/12/1.aspx"]
    assert '<span class="disabled">«上一页</span>' in _html(site, "/news/12.aspx")
    for url in (t.url for t in site.traps if t.note == LATER_PAGE):
        assert re.fullmatch(r"/\w+/\d+/\d+\.aspx", url) and _rows(_html(site, url), url), url
    assert len(_all_rows(site, "/news/12.aspx")) == 40


def test_dates_in_dtcms_places(site: SampleSite) -> None:
    """Rows carry `[yyyy-MM-dd]` after the link; articles a .NET default DateTime after 发布时间."""
    rows = _all_rows(site, "/news/12.aspx")
    assert rows[0][1] == "2026-11-19"
    html = _html(site, rows[0][0])
    assert re.search(r"发布时间：2026/11/19 \d{1,2}:\d\d:\d\d　阅读数：<script", html)
    assert "2026-11-19" not in html[html.find('<div class="article">'):html.find('<div class="sub_right">')]


def test_every_planted_defect_is_served(site: SampleSite, base: str) -> None:
    assert len(site.key) >= 15 and len(site.traps) >= 25
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
        if not res.is_html:
            continue
        for ref in _REF.findall(res.body.decode("utf-8")):
            target = urljoin("http://site" + url, unescape(ref))
            if target.startswith("http://site/"):
                parts = urlsplit(target)
                if site.lookup(parts.path, parts.query).status != 200:
                    broken.add(parts.path)
    assert broken == planted


def test_metadata_complete_outside_the_key(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "normative-metadata"}
    for url, _ in _all_rows(site, GFX):
        html = _html(site, url)
        missing = [f for f in ("索引号", "发布机构", "发文字号", "成文日期", "发布日期", "有效性") if not _field(f, html)]
        assert bool(missing) == (url in planted), (url, missing)


def test_no_unplanted_stale_or_empty_columns(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family in ("stale-columns", "empty-columns")}
    limits = {"/news/12.aspx": 14, "/news/13.aspx": 183, "/news/14.aspx": 365, "/news/15.aspx": 365, "/news/16.aspx": 365,
              GFX: 183, ZCJD: 183, "/zwgk/33.aspx": 365, "/zwgk/34.aspx": 365, NDBG: 365, "/down/41.aspx": 365}
    for url, days in limits.items():
        rows = _all_rows(site, url)
        fresh = bool(rows) and max(_shown(site, u) for u, _ in rows) >= dtcms.AS_OF - timedelta(days=days)
        assert fresh != (url in planted), url


def test_annual_reports_follow_the_key(site: SampleSite) -> None:
    years = {y: when for _, y, when in _reports(site)}
    assert sorted(years) == [2020, 2021, 2022, 2023, 2025]
    late = {e.url for e in site.key if e.probe.startswith("late:")}
    assert {u for u, y, when in _reports(site) if when > date(y + 1, 1, 31)} == late


def test_probes_fail_on_compliant_objects(site: SampleSite, base: str) -> None:
    """Each probe can fail: run on an object that is not defective, it raises."""
    doc = next(t.url for t in site.traps if t.note.startswith("文件与解读"))
    on_time = next(t.url for t in site.traps if "截止日" in t.note)
    first = "/news/12.aspx"
    compliant = [("status:404", first), ("no-rows", first), ("newest:2026-10-20", first), ("no-interp", doc),
                 ("no-interp-link", doc), ("late-interp:12", doc), ("meta-missing:有效性", doc), ("no-meta", doc),
                 ("late:2022-01-31", on_time), ("no-report:2023", NDBG), ("footer-lacks:主办", first)]
    for probe, url in compliant:
        with pytest.raises(AssertionError):
            _probe(site, base, Expected("x", url, "compliant", probe=probe))
