"""Crawled and built: a column filed by year, one address per year, is one column.

北京 首都之窗 district sites file a column's documents by year: 丰台区's header menu links its 政策文件 as
`/ftq/ftzcwj/zcwj2024.shtml` (mhxqwer/hjhbjft.gov.cn index.html, the 政务公开 menu), the list of one year at an address
carrying the year. The page shell is that site's (`div.dqlm` naming the column, `div#breadcrumb` links joined by
`&nbsp;>&nbsp;`, the column's link wrapping a `<span>`); the strip of year tabs linking the other years' pages and the
rows are guessed (the bjjy sample site writes them so). Read apart, each year's page was a column of its own and the
older years' pages stale columns (bjjy: notice-column-stale on `zcwj2025.shtml` and `zcwj2024.shtml`, precision 0.33).
The addresses are illustrative."""

from __future__ import annotations

from pathlib import Path

from tests.model.loopback import HTML, crawl_and_build

FOLDER = "/ftq/ftzcwj/"
YEARS = {2026: ("2026-11-06", "2026-10-06"), 2025: ("2025-12-18", "2025-07-09"), 2024: ("2024-12-10", "2024-09-02")}


def _shell(name: str, body: str) -> str:
    return (f'<html><head><meta charset="UTF-8"><meta name="ColumnName" content="{name}" />'
            f'<title>{name}-北京市丰台区人民政府网站</title></head><body><div class="dqlm">{name}</div>'
            '<div class="w1000 bgfff mt41"><div id="breadcrumb">'
            "<a href='/ftq/index.shtml'  target=\"_blank\">首页</a>&nbsp;>&nbsp;<a href='/ftq/xxfb/zwxx_tjtb.shtml'  "
            f"target=\"_blank\">政务公开</a>&nbsp;>&nbsp;<a href='{FOLDER}zcwj2026.shtml'  target=\"_blank\"><span>{name}</span></a>"
            f'</div><div class="listCon">{body}</div></div>'
            '<div class="m_foot_txt"><span>主办：北京市丰台区人民政府办公室</span></div></body></html>')


def _doc_url(year: int, i: int) -> str:
    return f"{FOLDER}{year}{i + 10:02d}/{year:04d}{i:04d}e64a483448e643269527d3c6e26a.shtml"


def _year_page(year: int, name: str, tabs: bool = True) -> str:
    on = ' class="on"'
    strip = ('<div class="year-tab"><ul>' + "".join(
        f'<li{on if y == year else ""}><a href="{FOLDER}zcwj{y}.shtml">{y}年</a></li>' for y in YEARS)
        + "</ul></div>") if tabs else ""
    rows = "".join(f'<li><a href="{_doc_url(year, i)}" target="_blank" title="北京市丰台区人民政府关于第{i}项事项的批复">'
                   f'北京市丰台区人民政府关于第{i}项事项的批复</a><span>{day}</span></li>' for i, day in enumerate(YEARS[year]))
    return _shell(name, f'<div class="lrTit">{name}</div>{strip}<ul class="list">{rows}</ul>'
                        f"<div id=\"page_div\"></div><script>createPageHTML('page_div',1,1,'zcwj{year}','shtml',2);</script>")


def _doc(title: str, day: str) -> str:
    return (f'<html><head><meta charset="UTF-8"><meta name="ArticleTitle" content="{title}"></head><body>'
            f'<div class="Contitle">{title}</div><div class="zhaiyao"><p class="fl">日期：{day} 10:10 &nbsp;&nbsp; 来源： 区政府办</p></div>'
            '<div class="Conzynr" id="zoom"><p>经研究，同意所请。</p></div></body></html>')


def _site(names: dict[int, str], tabs: bool = True) -> dict[str, tuple[int, str, str]]:
    pages = {"/": (200, HTML, _shell("首页", f'<a href="{FOLDER}zcwj2026.shtml">政策文件</a>'))}
    for year in YEARS:
        pages[f"{FOLDER}zcwj{year}.shtml"] = (200, HTML, _year_page(year, names[year], tabs))
        for i, day in enumerate(YEARS[year]):
            pages[_doc_url(year, i)] = (200, HTML, _doc(f"北京市丰台区人民政府关于第{i}项事项的批复", day))
    if not tabs:  # the older years reached from the home page instead
        pages["/"] = (200, HTML, _shell("首页", "".join(f'<a href="{FOLDER}zcwj{y}.shtml">{y}</a>' for y in YEARS)))
    return pages


def test_the_years_of_a_column_are_one_column(tmp_path: Path) -> None:
    model, base = crawl_and_build(_site({y: "政策文件" for y in YEARS}), tmp_path / "out")
    (column,) = [c for c in model.columns if c.name == "政策文件"]
    assert column.url == base + "ftq/ftzcwj/zcwj2026.shtml" and len(column.items) == 6
    assert max(i.date for i in column.items) == "2026-11-06"
    numbers = {p.url.removeprefix(base): p.page_no for p in model.pages if p.column_url == column.url}
    assert numbers == {"ftq/ftzcwj/zcwj2026.shtml": 1, "ftq/ftzcwj/zcwj2025.shtml": 2, "ftq/ftzcwj/zcwj2024.shtml": 3}


def test_year_pages_of_other_columns_or_without_year_tabs_stay_apart(tmp_path: Path) -> None:
    model, _ = crawl_and_build(_site({2026: "政策文件", 2025: "2025年政策文件", 2024: "2024年政策文件"}), tmp_path / "a")
    assert len([c for c in model.columns if "政策文件" in c.name]) == 3
    model, _ = crawl_and_build(_site({y: "政策文件" for y in YEARS}, tabs=False), tmp_path / "b")
    assert len([c for c in model.columns if c.name == "政策文件"]) == 3
