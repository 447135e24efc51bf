"""The "govcn" sample site (a city portal on the www.gov.cn style template, UTF-8: lists at `/column/<id>/<n>.htm`
numbered from 0 whose rows link the site's own host absolutely, `/xinwen/YYYY-MM/DD/content_N.htm` articles dated in
`pages-date`, `/zhengce/content/…` documents under a bd1 table of bold labels) is what its answer key says:
deterministic, served as declared, every planted defect present in the served bytes, nothing outside the key
defective. (The tool's findings are not asserted here.)"""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from tests.sites import govcn
from tests.sites.model import LATER_PAGE, SITE_HOST, Expected, SampleSite
from tests.sites.server import fetch, fetch_page, site_path

_HREF = re.compile(r'href="([^"#][^"]*)"')
_REF = re.compile(r"""(?:href|src)=["']([^"'#][^"']*)["']""")
_LIST = re.compile(r'<ul class="listTxt">(.*?)</ul>', re.S)
_ROW = re.compile(r'<li><h4><a href="([^"]+)" target="_blank">[^<]*</a><span class="date">(\d{4}-\d{2}-\d{2})</span></h4></li>')
_PAGES_DATE = re.compile(r'<div class="pages-date">(\d{4})-(\d{2})-(\d{2}) \d{2}:\d{2} ')
_TABLE_DATE = re.compile(r"<td><b>发布日期：</b></td><td>(\d{4})年(\d{2})月(\d{2})日</td>")
_META_DATE = re.compile(r'<meta name="firstpublishedtime" content="(\d{4})-(\d{2})-(\d{2})-')
WJ, JD, NDBG = "/column/31201/0.htm", "/column/31202/0.htm", "/column/31204/0.htm"


@pytest.fixture(scope="module")
def site() -> SampleSite:
    return govcn.build()


def _html(site: SampleSite, url: str) -> str:
    path, _, query = url.partition("?")
    return site.lookup(path, query).body.decode("utf-8")


def _rows(html: str, url: str) -> list[tuple[str, str]]:
    (body,) = _LIST.findall(html)
    return [(site_path(url, unescape(h)), d) for h, d in _ROW.findall(body)]


def _pager_links(html: str, url: str) -> list[str]:
    start = html.find('<div class="newspage">')
    if start < 0:
        return []
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
    html = _html(site, url)
    m = _PAGES_DATE.search(html) or _TABLE_DATE.search(html) or _META_DATE.search(html)  # no table: only the meta
    return date(*map(int, m.groups()))


def _field(label: str, html: str) -> str | None:
    spaced = r"\s*".join(label)
    m = re.search(rf"<td[^>]*><b>{spaced}：</b></td>\s*<td[^>]*>([^<]*)</td>", html)
    return (m.group(1) or None) if m else None


def _title(html: str) -> str:
    return unescape(re.search(r"<title>([^<_]*)_", html).group(1))


def _related(url: str, html: str) -> list[str]:
    m = re.search(r'<div class="relevant"><h3>[^<]*</h3><ul>(.*?)</ul></div>', html)
    return [site_path(url, h) for h in re.findall(r'href="([^"]+)"', m.group(1))] if m else []


def _interps(site: SampleSite) -> list[str]:
    return [u for u, _ in _all_rows(site, JD)]


def _reports(site: SampleSite) -> list[tuple[str, int, date]]:
    out = []
    for url, _ in _all_rows(site, NDBG):
        out.append((url, int(re.search(r"(20\d{2})年", _title(_html(site, url))).group(1)), _shown(site, url)))
    return out


def _footer(html: str) -> str:
    return html[html.find('<div class="footer">'):]


def _probe(site: SampleSite, base: str, entry: Expected) -> None:
    kind, _, arg = entry.probe.partition(":")
    html = fetch_page(base, entry.url, "utf-8") if kind != "status" else ""
    if kind == "status":
        assert fetch(base, entry.url)[0] == int(arg)
    elif kind == "no-rows":
        assert not _all_rows(site, entry.url) and '<ul class="listTxt">' in html
    elif kind == "newest":
        rows = _all_rows(site, entry.url)
        assert rows and max(date.fromisoformat(d) for _, d in rows) == date.fromisoformat(arg)
        assert max(_shown(site, u) for u, _ in rows) == date.fromisoformat(arg)
    elif kind == "no-interp":
        assert not _related(entry.url, html)
        short = re.search(r"《([^》]+)》", _title(html)).group(1)
        assert not [u for u in _interps(site) if short in _html(site, u)]
    elif kind == "no-interp-link":
        assert not _related(entry.url, html)
        short = re.search(r"《([^》]+)》", _title(html)).group(1)
        (interp,) = [u for u in _interps(site) if short in _html(site, u)]
        assert not _related(interp, _html(site, interp))
    elif kind == "late-interp":
        (interp,) = _related(entry.url, html)
        assert (_shown(site, interp) - _shown(site, entry.url)).days == int(arg)
    elif kind == "meta-missing":
        assert "有效性" not in html and "有效" not in html.replace("有效期五年", "") and re.search(r"〔20\d{2}〕\d+号", html)
        if arg != "有效性":
            assert 'class="bd1"' in html and _field("发布日期", html) and not _field(arg, html)
    elif kind == "no-meta":
        assert 'class="bd1"' not in html and "索 引 号" not in html and "发文机关" not in html
        assert re.search(r"〔20\d{2}〕\d+号", html)  # the number is only in the text
    elif kind == "no-report":
        years = {y for _, y, _ in _reports(site)}
        assert int(arg) not in years and min(years) < int(arg) < max(years)
    elif kind == "late":
        assert _shown(site, entry.url) > date.fromisoformat(arg)
    elif kind == "footer-lacks":
        pages = [u for u in site.html_urls if re.match(entry.url_pattern, u)]
        assert len(pages) > 10 and "网站标识码" in _footer(_html(site, "/"))
        assert all(arg not in _footer(_html(site, u)) and "ICP备" in _footer(_html(site, u)) and "公网安备" in _footer(_html(site, u))
                   for u in pages)
    elif kind == "no-meta-tags":
        assert all('<meta name="SiteName"' not in _html(site, u) and "ArticleTitle" not in _html(site, u)
                   and '<meta name="lanmu"' in _html(site, u) for u in ["/", *site.html_urls])
    else:
        raise AssertionError(f"unknown probe {entry.probe!r}")


def test_deterministic(site: SampleSite) -> None:
    again = govcn.build()
    assert again.resources == site.resources and again.key == site.key and again.traps == site.traps


def test_served_as_the_template_serves(site: SampleSite, base: str) -> None:
    status, content_type, body = fetch(base, "/column/31101/0.htm")
    assert status == 200 and "utf-8" in content_type
    assert fetch(base, "/column/31101/2.htm")[0] == 200 and fetch(base, "/column/31101/3.htm")[0] == 404
    assert fetch(base, "/index.htm")[2] == fetch(base, "/")[2]
    assert SITE_HOST.encode() not in body  # the server writes its own host into the rows


def test_lists_count_pages_from_zero(site: SampleSite) -> None:
    """Page 1 is `0.htm`, page 2 `1.htm`; the pager names pages relatively, 首页/上一页/下一页/尾页."""
    assert _pager_links(_html(site, "/column/31101/1.htm"), "/column/31101/1.htm") == [
        "/column/31101/0.htm", "/column/31101/0.htm", "/column/31101/2.htm", "/column/31101/2.htm"]
    for url in (t.url for t in site.traps if t.note == LATER_PAGE):
        assert re.fullmatch(r"/column/\d+/[1-9]\d*\.htm", url) and _rows(_html(site, url), url), url
    assert len(_all_rows(site, "/column/31101/0.htm")) == 58
    assert '<li class="line"></li>' in _html(site, "/column/31101/0.htm")


def test_dates_in_the_templates_places(site: SampleSite) -> None:
    """Articles dated `YYYY-MM-DD HH:MM` in pages-date, documents only in the bd1 table in 年月日."""
    url, shown = _all_rows(site, "/column/31101/0.htm")[0]
    assert url.startswith("/xinwen/2026-11/19/content_") and shown == "2026-11-19"
    assert _PAGES_DATE.search(_html(site, url))
    doc, _ = _all_rows(site, WJ)[0]
    html = _html(site, doc)
    assert doc.startswith("/zhengce/content/2026-10/28/") and 'class="pages-date"' not in html and _TABLE_DATE.search(html)
    assert re.search(r'<meta name="firstpublishedtime" content="2026-10-28-\d\d:00:00">', html)


def test_every_planted_defect_is_served(site: SampleSite, base: str) -> None:
    assert len(site.key) >= 20 and len(site.traps) >= 15
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
        for ref in _REF.findall(res.body.decode("utf-8").replace(f"http://{SITE_HOST}", "")):
            target = urljoin("http://site" + url, unescape(ref))
            if target.startswith("http://site/"):
                parts = urlsplit(target)
                if site.lookup(parts.path, parts.query).status != 200:
                    broken.add(parts.path)
    assert broken == planted


def test_metadata_outside_the_key(site: SampleSite) -> None:
    """Every document lacks 有效性 (the template has no such row); the other fields only where the key says."""
    planted = {e.url for e in site.key if e.family == "normative-metadata" and e.probe != "meta-missing:有效性"}
    validity = {e.url for e in site.key if e.probe == "meta-missing:有效性"}
    rows = [u for u, _ in _all_rows(site, WJ)]
    assert set(rows) == validity and len(rows) == 9
    for url in rows:
        html = _html(site, url)
        missing = [f for f in ("索引号", "发文机关", "发文字号", "成文日期", "发布日期") if not _field(f, html)]
        assert bool(missing) == (url in planted), (url, missing)


def test_no_unplanted_stale_or_empty_columns(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family in ("stale-columns", "empty-columns")}
    limits = {"/column/31101/0.htm": 14, "/column/31102/0.htm": 183, "/column/31103/0.htm": 365, "/column/31104/0.htm": 365,
              WJ: 183, JD: 183, "/column/31203/0.htm": 365, "/column/31205/0.htm": 365, NDBG: 365}
    for url, days in limits.items():
        rows = _all_rows(site, url)
        fresh = bool(rows) and max(_shown(site, u) for u, _ in rows) >= govcn.AS_OF - timedelta(days=days)
        assert fresh != (url in planted), url


def test_annual_reports_follow_the_key(site: SampleSite) -> None:
    years = {y: when for _, y, when in _reports(site)}
    assert sorted(years) == [2020, 2021, 2022, 2023, 2025]
    late = {e.url for e in site.key if e.probe.startswith("late:")}
    assert {u for u, y, when in _reports(site) if when > date(y + 1, 3, 31)} == late


def test_probes_fail_on_compliant_objects(site: SampleSite, base: str) -> None:
    """Each probe can fail: run on an object that is not defective, it raises."""
    doc = next(t.url for t in site.traps if t.note.startswith("文件与解读"))
    on_time = next(t.url for t in site.traps if "截止日" in t.note)
    first = "/column/31101/0.htm"
    compliant = [("status:404", first), ("no-rows", first), ("newest:2026-10-20", first), ("no-interp", doc),
                 ("no-interp-link", doc), ("late-interp:14", doc), ("meta-missing:发文字号", doc), ("no-meta", doc),
                 ("late:2022-03-31", on_time), ("no-report:2023", NDBG), ("footer-lacks:主办", first),
                 ("meta-missing:有效性", "/home/lxwm.htm")]
    for probe, url in compliant:
        with pytest.raises(AssertionError):
            _probe(site, base, Expected("x", url, "compliant", probe=probe))
