"""The patterns behind round 6's fixes (tests/model/test_realpages_saved6.py), with their boundaries:
FineCMS/POSCMS pseudo-static list pages named by a folder word (`news-list-wanzaiyaowen-2.html`), and a
metadata block whose 文号 cell says 无."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from govaudit.crawl import crawl_site
from govaudit.model import classify
from govaudit.model.builder import build_site
from govaudit.model.extract.page import extract_page
from govaudit.settings import CrawlSettings
from tests.model.loopback import HTML, serve

PAGES = Path(__file__).parent / "realpages"
WANZAI = "wanzai-gov-cn_vwell_wzyw_list_div-rows_gong-tiao-pager.html"


@pytest.mark.parametrize(("url", "key", "number"), [
    ("http://www.wanzai.gov.cn/news-list-wanzaiyaowen-2.html", "http://www.wanzai.gov.cn/news-list-wanzaiyaowen.html", 2),
    ("http://www.wanzai.gov.cn/news-list-wanzaiyaowen-1.html", "http://www.wanzai.gov.cn/news-list-wanzaiyaowen.html", 1),
    ("http://www.wanzai.gov.cn/news-list-wanzaiyaowen.html", "http://www.wanzai.gov.cn/news-list-wanzaiyaowen.html", None),
    # unchanged: PHPCMS/MetInfo lists named by a numeric id, and an article address of the same CMS
    ("http://x.gov.cn/list-12-2.html", "http://x.gov.cn/list-12.html", 2),
    ("http://x.gov.cn/list-12.html", "http://x.gov.cn/list-12.html", None),
    ("http://www.wanzai.gov.cn/news-show-8960.html", "http://www.wanzai.gov.cn/news-show-8960.html", None),
])
def test_a_list_named_by_its_folder_word_numbers_its_pages(url: str, key: str, number: int | None) -> None:
    page = classify.list_page(url)
    assert (page.key, page.number) == (key, number)


def _wanzai(n: int, top: int, dates: list[str]) -> str:
    """The real 万载要闻 page (FineCMS, 维网) as page `n` of `top`, its rows replaced by `dates`."""
    real = (PAGES / WANZAI).read_text(encoding="utf-8").replace("http://www.wanzai.gov.cn", "")
    rows = "".join(f'<div><a href="/news-show-{n}{k}.html" target="_blank">万载新闻{n}{k}</a><p>{d}</p></div>'
                   for k, d in enumerate(dates))
    page = re.sub(r'<div id="right_con">.*?</div>\s*<div id="right_tz">', f'<div id="right_con">{rows}</div><div id="right_tz">',
                  real, flags=re.S)
    options = "".join(f'<option value="/news-list-wanzaiyaowen-{k}.html">{k}</option>' for k in range(1, top + 1))
    page = re.sub(r'<select class="page_zdy">.*?</select>', f'<select class="page_zdy">{options}</select>', page)
    return (page.replace("共595条记录 1/30页", f"共{2 * top}条记录 {n}/{top}页")
            .replace("news-list-wanzaiyaowen-30.html", f"news-list-wanzaiyaowen-{top}.html")
            .replace("news-list-wanzaiyaowen-2.html\">下一页", f"news-list-wanzaiyaowen-{min(n + 1, top)}.html\">下一页"))


def test_the_last_page_of_a_finecms_list_is_no_column_of_its_own(tmp_path: Path) -> None:
    """Failed before: `news-list-wanzaiyaowen-3.html` (the last page, 2015 rows) was a second 万载要闻 column of its
    own, newest 2015-03-01: a false stale column beside the real one (2026-11-13)."""
    dates = {1: ["2026-11-13", "2026-11-12"], 2: ["2024-05-01", "2024-04-01"], 3: ["2015-03-01", "2015-02-01"]}
    article = ("<html><head><meta charset='utf-8'><title>万载新闻</title></head><body><h1>万载新闻</h1>"
               "<div class='info'>发布时间：{}</div><div class='content'><p>正文内容正文内容正文内容正文内容。</p></div></body></html>")
    pages = {"/": (200, HTML, "<html><head><meta charset='utf-8'><title>万载县人民政府</title></head><body>"
                              "<a href='/news-list-wanzaiyaowen.html'>万载要闻</a></body></html>"),
             "/news-list-wanzaiyaowen.html": (200, HTML, _wanzai(1, 3, dates[1]))}
    for n, ds in dates.items():
        pages[f"/news-list-wanzaiyaowen-{n}.html"] = (200, HTML, _wanzai(n, 3, ds))
        pages.update({f"/news-show-{n}{k}.html": (200, HTML, article.format(d)) for k, d in enumerate(ds)})
    with serve(pages) as base:
        crawl_site(base, tmp_path / "out", CrawlSettings(rate=0, max_pages=40, render="never"))
    columns = {c.url.removeprefix(base): c for c in build_site(tmp_path / "out").columns}
    assert list(columns) == ["news-list-wanzaiyaowen.html"]
    column = columns["news-list-wanzaiyaowen.html"]
    assert (column.name, column.newest_date, column.pages_unobserved) == ("万载要闻", "2026-11-13", 0)


# The 邯郸 信息公开 document's block (tests/model/realpages/hdzfxxgk-hd-gov-cn_trs_xxgk-document_…html): <p><strong>label</strong>：value</p>.
BLOCK = ('<html><head><title>某局关于印发某方案的通知</title></head><body><div class="top-l fl">'
         '<p><strong>索引号</strong>：000014348/2020-35147</p><p><strong>发布机构</strong>：邯郸市教育局</p>'
         '<p><strong>文号</strong>：{}</p></div><div class="top-r fr"><p><strong>发布日期</strong>：2020年08月02日</p></div>'
         '<div class="content"><p>各县（市、区）教育局：现将方案印发给你们，请认真贯彻执行。</p></div></body></html>')


@pytest.mark.parametrize("stated", ["无", "暂无", "/", "—"])
def test_a_wenhao_cell_saying_none_is_no_wenhao(stated: str) -> None:
    """Failed before: 文号 `无` was kept as the 发文字号 "无", so the notice counted as a numbered policy document
    (classify: metadata and a 文号) owed an interpretation (interpretations' numbered_only)."""
    facts = extract_page(BLOCK.format(stated), "http://hdzfxxgk.hd.gov.cn/gszbm/auto23716/202008/t20200802_1352104.html")
    assert facts.metadata["发文字号"] == ""  # the cell is there, and empty
    assert classify.document_kind(facts.title, "部门信息公开", facts.metadata, False) != "policy"


def test_a_wenhao_is_still_read() -> None:
    facts = extract_page(BLOCK.format("邯教〔2020〕12号"), "http://hdzfxxgk.hd.gov.cn/gszbm/x/202008/t20200802_1.html")
    assert facts.metadata["发文字号"] == "邯教〔2020〕12号"
