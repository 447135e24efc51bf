"""The "cmseasy" sample site (a 镇人民政府's portal on CmsEasy 7's stock `default_bootstrap` template: columns
`/index.php?case=archive&act=list&catid=<id>` with later pages `&page=<n>` under a `ul.pagination` of « N », articles
`act=show&aid=<id>`, rows `div.news-list` dated day-then-`Y-m`) is what its answer key says: deterministic, served as
declared, every planted defect present in the served bytes, nothing outside the key defective. (The tool's findings
are not asserted here.)"""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from tests.sites import cmseasy
from tests.sites.model import LATER_PAGE, Expected, SampleSite
from tests.sites.probes import shown_date
from tests.sites.server import fetch, fetch_page, site_path

_HREF = re.compile(r'href="([^"]+)"')
_REF = re.compile(r"""(?:href|src)=["']([^"'#][^"']*)["']""")
# a list row (list_text_column.html): the day in a span, then `Y-m` in a p, then the title link
_ROW = re.compile(r'<div class="list-date">\s*<span>(\d{2})</span>\s*<p>(\d{4})-(\d{2})</p>\s*</div>\s*'
                  r'<h4><a title="[^"]*" href="([^"]+)" target="_blank" >')
_SHOWN = re.compile(r'cmseasy-field="adddate" class="cmseasyedit time">\s*(\d{4})-(\d{2})-(\d{2}) \d{2}:\d{2}:\d{2}')
_TITLE = re.compile(r'<div class="title">\n<h3><a>([^<]*)<small>')
LIST = "/index.php?case=archive&act=list&catid="
GFX, ZCJD, NDBG = LIST + "21", LIST + "22", LIST + "24"


@pytest.fixture(scope="module")
def site() -> SampleSite:
    return cmseasy.build()


def _html(site: SampleSite, url: str) -> str:
    path, _, query = url.partition("?")
    return site.lookup(path, query).body.decode("utf-8")


def _shown(site: SampleSite, url: str) -> date:
    return shown_date(_SHOWN, _html(site, url))


def _main(html: str) -> str:
    """The list area (div.col-md-8), without the side box."""
    start = html.find('<div class="col-md-8">')
    return html[start:html.find('<div class="col-md-4">', start)] if start >= 0 else ""


def _rows(html: str, url: str) -> list[tuple[str, str]]:
    return [(site_path(url, unescape(h)), f"{y}-{m}-{d}") for d, y, m, h in _ROW.findall(_main(html))]


def _pager(html: str) -> str:
    start = html.find('<ul class="pagination">')
    return html[start:html.find("</ul>", start)] if start >= 0 else ""


def _all_rows(site: SampleSite, url: str) -> list[tuple[str, str]]:
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
    m = re.search(rf"<th>{label}</th><td>([^<]*)</td>", html)
    return m.group(1).strip() or None if m else None


def _title(html: str) -> str:
    return unescape(_TITLE.search(html).group(1).strip())


def _links_after(label: str, url: str, html: str) -> list[str]:
    return [site_path(url, unescape(h)) for h in re.findall(rf'<p>{label}：<a href="([^"]+)"', html)]


def _interps(site: SampleSite) -> list[str]:
    return [u for u, _ in _all_rows(site, ZCJD)]


def _reports(site: SampleSite) -> list[tuple[str, int, date]]:
    return [(url, int(re.search(r"(20\d{2})年", _title(_html(site, url))).group(1)), _shown(site, url))
            for url, _ in _all_rows(site, NDBG)]


def _footer(html: str) -> str:
    return html[html.find("<footer>"):]


def _probe(site: SampleSite, base: str, entry: Expected) -> None:
    kind, _, arg = entry.probe.partition(":")
    html = fetch_page(base, entry.url, "utf-8") if kind != "status" else ""
    if kind == "status":
        assert fetch(base, entry.url)[0] == int(arg)
    elif kind == "no-rows":
        assert not _all_rows(site, entry.url) and 'class="news-list' not in html
        assert _pager(html).strip() == '<ul class="pagination">' and "<ol>\n\t</ol>" in html  # 相关内容 empty too
    elif kind == "newest":
        rows = _all_rows(site, entry.url)
        assert rows and max(date.fromisoformat(d) for _, d in rows) == date.fromisoformat(arg)
    elif kind == "no-interp":
        assert not _links_after("政策解读", entry.url, html)
        short = re.search(r"《([^》]+)》", _title(html)).group(1)
        assert not [u for u in _interps(site) if short in _html(site, u)]
    elif kind == "no-interp-link":
        assert not _links_after("政策解读", entry.url, html)
        short = re.search(r"《([^》]+)》", _title(html)).group(1)
        (interp,) = [u for u in _interps(site) if short in _title(_html(site, u))]
        assert not _links_after("原文链接", interp, _html(site, interp))
    elif kind == "late-interp":
        (interp,) = _links_after("政策解读", entry.url, html)
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
        assert all(arg not in _footer(_html(site, u)) and "ICP备" in _footer(_html(site, u)) and "公网安备" in _footer(_html(site, u))
                   for u in pages)
    elif kind == "no-meta-tags":
        assert all('<meta name="SiteName"' not in _html(site, u) and "ArticleTitle" not in _html(site, u)
                   for u in ["/", *site.html_urls])
    else:
        raise AssertionError(f"unknown probe {entry.probe!r}")


def test_deterministic(site: SampleSite) -> None:
    again = cmseasy.build()
    assert again.resources == site.resources and again.key == site.key and again.traps == site.traps


def test_pagination_as_category_pagination_makes_it(site: SampleSite, base: str) -> None:
    status, content_type, _ = fetch(base, LIST + "2")
    assert status == 200 and "utf-8" in content_type
    first = _pager(_html(site, LIST + "2"))
    assert '<li class="active"><a>1</a></li>' in first and "«" not in first
    assert f'<li><a href="{LIST}2&amp;page=2" aria-label="Next">'.replace("&act", "&amp;act").replace("&catid", "&amp;catid") in first
    last = _pager(_html(site, LIST + "2&page=3"))
    assert "»" not in last and "«" in last and '<li class="active"><a>3</a></li>' in last
    assert fetch(base, "/upload/images/202601/none.jpg")[0] == 404


def test_later_pages(site: SampleSite) -> None:
    for url in (t.url for t in site.traps if t.note == LATER_PAGE):
        assert re.fullmatch(r"/index\.php\?case=archive&act=list&catid=\d+&page=\d+", url) and _rows(_html(site, url), url), url
    assert len(_all_rows(site, LIST + "2")) == 26 and len(_all_rows(site, LIST + "3")) == 13


def test_rows_split_the_date_and_articles_end_in_a_dated_list(site: SampleSite) -> None:
    html = _html(site, LIST + "2")
    assert '<span>18</span>\n\t\t\t\t\t<p>2026-11</p>' in html and "[更多]</a></p>" in html
    assert '<h3><a>网站公告</a></h3>' in html and '<h3><a>相关内容</a></h3>' in html
    url = next(t.url for t in site.traps if "content-adddate" in t.note)
    art = _html(site, url)
    assert re.search(r"发布时间\n\s*</span>\n\s*<span class=\"content-adddate-title\">\n\s*：\n", art)
    assert _shown(site, url) == date(2026, 11, 18) and "<small>相关内容</small>" in art and len(_ROW.findall(art)) == 3
    assert '<meta name="author" content="CmsEasy Team" />' in art and "<title>" in art


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
    for url, _ in _all_rows(site, GFX):
        html = _html(site, url)
        missing = [f for f in ("索引号", "发布机构", "文号", "成文日期", "发布日期", "有效性") if not _field(f, html)]
        assert bool(missing) == (url in planted), (url, missing)


def test_no_unplanted_stale_or_empty_columns(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family in ("stale-columns", "empty-columns")}
    limits = {LIST + "1": 14, LIST + "2": 14, LIST + "3": 183, LIST + "4": 365, LIST + "5": 365, LIST + "20": 183, GFX: 183,
              ZCJD: 183, LIST + "23": 365, NDBG: 365, LIST + "25": 365}
    for url, days in limits.items():
        rows = _all_rows(site, url)
        fresh = bool(rows) and max(_shown(site, u) for u, _ in rows) >= cmseasy.AS_OF - timedelta(days=days)
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
    first = LIST + "2"
    compliant = [("status:404", first), ("no-rows", first), ("newest:2026-10-20", first),
                 ("no-interp", doc), ("no-interp-link", doc), ("late-interp:16", doc), ("meta-missing:有效性", doc), ("no-table", doc),
                 ("late:2023-01-31", on_time), ("no-report:2023", NDBG), ("footer-lacks:ICP备", first)]
    for probe, url in compliant:
        with pytest.raises(AssertionError):
            _probe(site, base, Expected("x", url, "compliant", probe=probe))
