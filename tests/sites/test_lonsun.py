"""The "lonsun" sample site (a district portal on 龙讯 Lonsun: static site columns whose later pages are named only by
an `Ls.pagination` script, a 信息公开 platform under `/public/` with one organ id per 部门, later list pages behind the
`/site/label/8888` loader, desktop + mobile metadata tables whose 文号 a script writes) is what its answer key says:
deterministic, served as declared, every planted defect present in the served bytes, nothing outside the key
defective. (The tool's findings are not asserted here.)"""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from tests.sites import lonsun
from tests.sites.model import LATER_PAGE, Expected, SampleSite
from tests.sites.server import fetch, fetch_page, site_path

_HREF = re.compile(r'href="([^"#][^"]*)"')
_REF = re.compile(r"""(?:href|src)=["']([^"'#][^"']*)["']""")
_SITE_ROW = re.compile(r'<li class="(?:odd|even)"><a href="([^"]+)" target="_blank" title="[^"]*">[^<]*</a><span class="date">(\d{4}-\d{2}-\d{2})</span></li>')
_PUB_ROW = re.compile(r'<li><a href="([^"]+)" target="_blank" title="[^"]*">[^<]*</a><span class="date">(\d{4}-\d{2}-\d{2})</span></li>')
_SHOWN = re.compile(r"发布时间：\s*(\d{4})-(\d{2})-(\d{2}) \d{2}:\d{2}")
_PAGER = re.compile(r"location\.href='(/content/column/\d+\?pageIndex=)' \+ pageIndex;\},\{currPage: \((\d+)\+1\),pageCount:(\d+)\}")
_PUB_PAGER = re.compile(r"currPage: (\d+), pageCount:(\d+)")
GOV, EDU, FIN = 21801, 21811, 21821


def _col(organ: int, cat: int) -> str:
    return f"/public/column/{organ}?type=4&action=list&nav=3&catId={cat}"


WJ, JD, NDBG = _col(GOV, 7001811), _col(GOV, 7001821), _col(GOV, 7001861)


@pytest.fixture(scope="module")
def site() -> SampleSite:
    return lonsun.build()


def _html(site: SampleSite, url: str) -> str:
    path, _, query = url.partition("?")
    return site.lookup(path, query).body.decode("utf-8")


def _label_pages(site: SampleSite, url: str) -> list[str]:
    """The loader addresses a 信息公开 list's script asks for (pages 2…pageCount)."""
    m = _PUB_PAGER.search(_html(site, url))
    if not m:
        return []
    organ, cat = re.search(r"/public/column/(\d+)\?.*catId=(\d+)", url).groups()
    return [f"/site/label/8888?labelName=publicInfoList&organId={organ}&catId={cat}&pageIndex={n}" for n in range(2, int(m.group(2)) + 1)]


def _all_rows(site: SampleSite, url: str) -> list[tuple[str, str]]:
    html = _html(site, url)
    if url.startswith("/public/"):
        rows = [(site_path(url, h), d) for h, d in _PUB_ROW.findall(html)]
        for page in _label_pages(site, url):
            rows += [(site_path(url, h), d) for h, d in _PUB_ROW.findall(_html(site, page))]
        return rows
    rows = [(site_path(url, h), d) for h, d in _SITE_ROW.findall(html)]
    m = _PAGER.search(html)
    for n in range(2, int(m.group(3)) + 1 if m else 0):
        rows += [(site_path(url, h), d) for h, d in _SITE_ROW.findall(_html(site, f"{m.group(1)}{n}"))]
    return rows


def _shown(site: SampleSite, url: str) -> date:
    return date(*map(int, _SHOWN.search(_html(site, url)).groups()))


def _cell(label: str, html: str, mobile: bool = False) -> str | None:
    """The value of the labelled cell in the desktop (or mobile) table: None when the row is absent."""
    start = html.find("hidden-lg hidden-md" if mobile else "hidden-sm hidden-xs")
    table = html[start:html.find("</table>", start)]
    spaced = r"(?:<span[^>]*></span>|&emsp;)*".join(label)
    m = re.search(rf"<th[^>]*>{spaced}：</th><td[^>]*>(.*?)</td>", table)
    return None if m is None else re.sub(r"<script>.*?</script>", "", m.group(1)).strip()


def _number(html: str) -> str:
    """The 文号 a reader sees: the cell's text and what its script writes (号 when fileNum lacks it)."""
    m = re.search(r'id="_fileNum"> (.*?)<script>var fileNum = "(.*?)";', html)
    return m.group(1) + ("" if "号" in m.group(2) else "号")


def _related(url: str, html: str) -> list[str]:
    m = re.search(r'<div id="relInfo">(.*?)</div>\n', html)
    return [site_path(url, h) for h in re.findall(r'href="([^"]+)"', m.group(1))] if m else []


def _title(html: str) -> str:
    return unescape(re.search(r"<title>([^<_]*)_", html).group(1))


def _interps(site: SampleSite, organ: int = GOV) -> list[str]:
    return [u for u, _ in _all_rows(site, _col(organ, 7001821))]


def _reports(site: SampleSite, organ: int) -> list[tuple[str, int, date]]:
    return [(u, int(re.search(r"(20\d{2})年政府信息公开", _title(_html(site, u))).group(1)), _shown(site, u))
            for u, _ in _all_rows(site, _col(organ, 7001861))]


def _footer(html: str) -> str:
    return html[html.find('role="footer"'):]


def _probe(site: SampleSite, base: str, entry: Expected) -> None:
    kind, _, arg = entry.probe.partition(":")
    html = fetch_page(base, entry.url, "utf-8") if kind != "status" else ""
    if kind == "status":
        assert fetch(base, entry.url)[0] == int(arg)
    elif kind == "no-rows":
        assert not _all_rows(site, entry.url) and "暂无相关信息" in html
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
        assert _cell("信息分类", html) == "行政规范性文件"
        shown = _number(html) if arg == "文号" else _cell(arg, html)
        assert shown in ("号", ""), shown
        assert arg == "文号" or (_cell(arg, html, mobile=True) == "")
        for other in {"索引号", "发布机构", "成文日期", "发布日期", "有效性"} - {arg}:
            assert _cell(other, html), other
        assert arg == "文号" or re.fullmatch(r"霁政规〔2026〕\d+号", _number(html))
    elif kind == "no-report":
        years = {y for _, y, _ in _reports(site, GOV)}
        assert int(arg) not in years and min(years) < int(arg) < max(years)
    elif kind == "late":
        assert _shown(site, entry.url) > date.fromisoformat(arg)
    elif kind == "footer-lacks":
        pages = [u for u in site.html_urls if re.match(entry.url_pattern, u)]
        assert len(pages) > 50 and arg in _footer(_html(site, "/"))
        for u in pages:
            foot = _footer(_html(site, u))
            assert arg not in foot and "皖ICP备" in foot and "网站标识码" in foot and "主办单位" in foot, u
    elif kind == "no-column-tags":
        pages = [u for u in site.html_urls if re.match(entry.url_pattern, u)]
        assert len(pages) > 20
        for u in pages:
            page = _html(site, u)
            assert '<meta name="SiteIDCode"' in page and '<meta name="ColumnName"' not in page and "ColumnType" not in page, u
    else:
        raise AssertionError(f"unknown probe {entry.probe!r}")


def test_deterministic(site: SampleSite) -> None:
    again = lonsun.build()
    assert again.resources == site.resources and again.key == site.key and again.traps == site.traps


def test_served_as_the_platform_serves(site: SampleSite, base: str) -> None:
    status, content_type, body = fetch(base, WJ)
    assert status == 200 and "utf-8" in content_type
    assert fetch(base, "/public/column/21801?type=4&catId=7001811&action=list")[2] == body  # any parameter order
    assert fetch(base, "/public/column/21801?catId=7001811&type=4&action=list&nav=&sub=")[2] == body
    assert fetch(base, "/public/column/21801?type=4&action=list&nav=3&catId=7009999")[0] == 404
    assert fetch(base, "/content/column/11280011")[2] == fetch(base, "/xwzx/jhyw/index.html")[2]
    assert fetch(base, "/content/column/11280011?pageIndex=3")[0] == 200
    assert fetch(base, "/content/column/11280011?pageIndex=4")[0] == 404
    assert fetch(base, "/index.html")[2] == fetch(base, "/")[2]


def test_later_pages_only_in_scripts(site: SampleSite) -> None:
    """Site lists name later pages only in `Ls.pagination(…location.href='/content/column/<id>?pageIndex=' + pageIndex…)`;
    信息公开 lists fetch theirs from the label loader, whatever the order of its fields."""
    html = _html(site, "/xwzx/jhyw/index.html")
    assert _PAGER.search(html).groups() == ("/content/column/11280011?pageIndex=", "0", "3") and "pageIndex=2" not in html
    assert len(_all_rows(site, "/xwzx/jhyw/index.html")) == 38
    for url in (t.url for t in site.traps if t.note == LATER_PAGE):
        assert url not in site.script_only and re.fullmatch(r"/content/column/\d+\?pageIndex=[2-9]", url), url
    gzdt = _col(GOV, 7001851)
    assert len(_PUB_ROW.findall(_html(site, gzdt))) == 15 and len(_all_rows(site, gzdt)) == 21
    (label,) = [u for u in site.resources if u.startswith("/site/label/8888?")]
    assert label in site.script_only and "<html" not in _html(site, label)
    later = {u for u, _ in _all_rows(site, gzdt)[15:]}
    assert later <= site.script_only and not later & {site_path(gzdt, unescape(h)) for h in _HREF.findall(_html(site, gzdt))}


def test_desktop_and_mobile_tables_agree(site: SampleSite) -> None:
    for url, _ in _all_rows(site, WJ):
        html = _html(site, url)
        for label in ("索引号", "信息分类", "发布机构", "成文日期", "发布日期", "有效性"):
            assert _cell(label, html) == _cell(label, html, mobile=True), (url, label)
        assert html.count("<title>") == 2  # the platform's second title, as on the real page


def test_wenhao_written_by_script(site: SampleSite) -> None:
    """A stored number without 号 is completed by the script (a reader sees 霁政规〔2026〕5号); an empty one shows 号."""
    nohao = next(t.url for t in site.traps if t.note.startswith("文号数据不带"))
    html = _html(site, nohao)
    assert _cell("文号", html) == "霁政规〔2026〕5" and _number(html) == "霁政规〔2026〕5号"
    interp = next(t.url for t in site.traps if t.note.startswith("解读页的文号"))
    assert _number(_html(site, interp)) == "号" and _cell("信息分类", _html(site, interp)) == "政策解读"


def test_every_planted_defect_is_served(site: SampleSite, base: str) -> None:
    assert len(site.key) >= 18 and len(site.traps) >= 25
    for entry in site.key:
        _probe(site, base, entry)


def test_traps_are_served(site: SampleSite) -> None:
    for trap in site.traps:
        assert site.lookup(*(trap.url.split("?", 1) + [""])[:2]).status == 200, trap.url


def test_every_page_is_linked_or_script_named(site: SampleSite) -> None:
    """Every page is linked, or named by a site list's Ls.pagination (later pages), or only in the label loader's data."""
    linked = {site_path(url, unescape(h)) for url in ["/", *site.html_urls] for h in _HREF.findall(_html(site, url))}
    named = {f"{m.group(1)}{n}" for url in site.html_urls if (m := _PAGER.search(_html(site, url))) for n in range(2, int(m.group(3)) + 1)}
    assert set(site.html_urls) - linked - named == {u for u in site.script_only if u.startswith("/site/label/")}
    assert site.script_only - {u for u in site.script_only if u.startswith("/site/label/")} <= linked


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


def test_metadata_outside_the_key(site: SampleSite) -> None:
    """Only the keyed documents lack a field; every normative document has all six."""
    planted = {e.url for e in site.key if e.family == "normative-metadata"}
    normative = [u for organ in (GOV, EDU, FIN) for u, _ in _all_rows(site, _col(organ, 7001811))
                 if _cell("信息分类", _html(site, u)) == "行政规范性文件"]
    assert len(normative) == 11
    for url in normative:
        html = _html(site, url)
        missing = [f for f in ("索引号", "发布机构", "成文日期", "发布日期", "有效性") if not _cell(f, html)]
        missing += [] if _number(html) != "号" else ["文号"]
        assert bool(missing) == (url in planted), (url, missing)


def test_no_unplanted_stale_or_empty_columns(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family in ("stale-columns", "empty-columns")}
    limits = {"/xwzx/jhyw/index.html": 14, "/xwzx/tzgg/index.html": 183, "/xwzx/bmdt/index.html": 14, "/xwzx/zjdt/index.html": 14}
    for organ in (GOV, EDU, FIN):
        limits.update({_col(organ, 7001811): 183, _col(organ, 7001821): 183, _col(organ, 7001871): 183, _col(organ, 7001831): 365,
                       _col(organ, 7001841): 365,
                       _col(organ, 7001851): 14, _col(organ, 7001861): 365})
    for url, days in limits.items():
        rows = _all_rows(site, url)
        fresh = bool(rows) and max(_shown(site, u) for u, _ in rows) >= lonsun.AS_OF - timedelta(days=days)
        assert fresh != (url in planted), url


def test_interpretations_outside_the_key(site: SampleSite) -> None:
    """Every normative document not in the key links an interpretation published within a day, and back."""
    planted = {e.url for e in site.key if e.family == "interpretations"}
    for organ in (GOV, EDU, FIN):
        for url, _ in _all_rows(site, _col(organ, 7001811)):
            html = _html(site, url)
            if _cell("信息分类", html) != "行政规范性文件" or url in planted:
                continue
            (interp,) = _related(url, html)
            assert _related(interp, _html(site, interp)) == [url] and 0 <= (_shown(site, interp) - _shown(site, url)).days <= 1


def test_annual_reports_follow_the_key(site: SampleSite) -> None:
    years = {organ: sorted(y for _, y, _ in _reports(site, organ)) for organ in (GOV, EDU, FIN)}
    assert years == {GOV: [2020, 2021, 2022, 2023, 2025], EDU: [2021, 2022, 2023, 2024, 2025], FIN: [2022, 2023, 2024, 2025]}
    late = {e.url for e in site.key if e.probe.startswith("late:")}
    deadline = {GOV: (3, 31), EDU: (1, 31), FIN: (1, 31)}
    assert {u for organ in years for u, y, when in _reports(site, organ) if when > date(y + 1, *deadline[organ])} == late


def test_probes_fail_on_compliant_objects(site: SampleSite, base: str) -> None:
    """Each probe can fail: run on an object that is not defective, it raises."""
    doc = next(t.url for t in site.traps if t.note.startswith("文件与解读") and t.url not in {e.url for e in site.key})
    on_time = next(t.url for t in site.traps if "截止日" in t.note)
    first = "/xwzx/jhyw/index.html"
    compliant = [("status:404", first), ("no-rows", first), ("newest:2026-10-20", first), ("no-interp", doc),
                 ("no-interp-link", doc), ("late-interp:10", doc), ("meta-missing:文号", doc), ("meta-missing:有效性", doc),
                 ("late:2022-03-31", on_time), ("no-report:2023", NDBG), ("footer-lacks:主办", first),
                 ("no-column-tags", "/")]
    for probe, url in compliant:
        entry = Expected("x", url, "compliant", probe=probe, url_pattern=r"^/xwzx/" if "tags" in probe or "footer" in probe else "")
        with pytest.raises(AssertionError):
            _probe(site, base, entry)
