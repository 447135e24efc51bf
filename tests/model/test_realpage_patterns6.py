"""The patterns behind round 6's fixes (tests/model/test_realpages_saved6.py), with their boundaries:
FineCMS/POSCMS pseudo-static list pages named by a folder word (`news-list-wanzaiyaowen-2.html`), and a
metadata block whose 文号 cell says 无."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from govaudit.crawl import crawl_site
from govaudit.crawl.pagination import list_pages
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


# 国家旅游局 (TRS) list rows: the date in a <span> opening the link, the title running into it.
CNTA_ROW = '<li><a target="_blank" href="./2017{m}/t2017{m}{d}_8{m}{d}.shtml"><span>2017-{m}-{d}</span>{t}</a></li>'


def _cnta_list(titles: list[str], pager: str = "") -> str:
    rows = "".join(CNTA_ROW.format(m=f"{10 - k // 28:02d}", d=f"{28 - k % 28:02d}", t=t) for k, t in enumerate(titles))
    return (f'<html><head><title>市场推广</title></head><body><div class="main_local">当前位置：<a href="../../">首页</a>>'
            f'<a href="./" class="CurrChnlCls">市场推广</a></div><div class="liebiao"><div class="lie_main_m"><ul>{rows}</ul>'
            f'</div><div class="page">{pager}</div></div></body></html>')


def test_a_date_element_opening_the_link_is_read_apart_from_a_title_of_digits() -> None:
    """Failed before: `2017-10-272017慈溪…` was one text, the row undated and its title the whole of it."""
    facts = extract_page(_cnta_list(["区域品牌化 浙江绍兴美丽乡村成旅游胜地", "2017慈溪养生旅游节隆重开幕", "2017年全国中高级导游等级考试大纲",
                                     "惠州推出八大精彩旅游产品"]), "http://www.cnta.gov.cn/zdzx/sctg/")
    assert [(i.title, i.date) for i in facts.list_items] == [
        ("区域品牌化 浙江绍兴美丽乡村成旅游胜地", "2017-10-28"), ("2017慈溪养生旅游节隆重开幕", "2017-10-27"),
        ("2017年全国中高级导游等级考试大纲", "2017-10-26"), ("惠州推出八大精彩旅游产品", "2017-10-25")]


# TRS's pager written inline (国家旅游局, 邯郸 信息公开): no createPageHTML, no link until a script runs.
INLINE_PAGER = ('<script language="javascript">\n\tvar currentPage=0;\n\tvar prevPage=currentPage-1;\n\tvar nextPage=currentPage+1;\n'
                '\tvar countPage={count};\n\tvar endPage=countPage-1;\n\tif(countPage>1)\n'
                'document.write("<a class=\'tow\' href=\\"index"+"_"+nextPage+"."+"{ext}\\" target=\\"_self\\">下一页</a>&nbsp;");\n'
                '\tif(countPage>1){{\n\tdocument.write("<a class=\'index\'  href=\\"index_"+endPage+".{ext}\\" target=\\"_self\\">尾页</a>");\n\t\t}}\n'
                '</script>')


@pytest.mark.parametrize(("count", "ext"), [(11, "shtml"), (56, "html")])
def test_an_inline_trs_pager_queues_its_later_pages(count: int, ext: str) -> None:
    """Failed before: no page past the first was queued (the later pages unobserved)."""
    url = "http://www.cnta.gov.cn/zdzx/sctg/"
    html = _cnta_list(["区域品牌化 浙江绍兴美丽乡村成旅游胜地"] * 3, INLINE_PAGER.format(count=count, ext=ext))
    pages = [u for u, _ in list_pages(url, html, extract_page(html, url).links, 100).pages]
    assert pages == [f"{url}index_{n}.{ext}" for n in range(1, count)]


def test_an_inline_pager_without_its_last_page_address_queues_nothing() -> None:
    url = "http://www.cnta.gov.cn/zdzx/sctg/"
    html = _cnta_list(["区域品牌化 浙江绍兴美丽乡村成旅游胜地"] * 3, "<script>var countPage=11;</script>")  # an article's page count
    assert list_pages(url, html, extract_page(html, url).links, 100).pages == []


# 江西省旅游发展委员会 (Column.shtml?p5=28): 下一页/尾页 call gotoCurrentPage('2'), which builds the page's address.
GOTO = ('共&nbsp;3页&nbsp;&nbsp;6&nbsp;条记录 当前页:&nbsp;1 首页 上一页 <A href="javascript:gotoCurrentPage(\'2\')">下一页</A>'
        '<A href="javascript:gotoCurrentPage(\'3\')">尾页</A>\n<script language="javascript">\nfunction gotoCurrentPage(pageNo) {\n'
        'if(pageNo==\'1\')\nwindow.location="Column.shtml?p5=28";\nelse\nwindow.location="Column.shtml?p5=28&p7="+pageNo;\n}\n</script>')


def test_goto_current_page_is_a_pager_call() -> None:
    """Failed before: no later page queued."""
    url = "http://www.jxta.gov.cn/Column.shtml?p5=28"
    html = _cnta_list(["区域品牌化 浙江绍兴美丽乡村成旅游胜地"] * 3, GOTO)
    pages = [u for u, _ in list_pages(url, html, extract_page(html, url).links, 100).pages]
    assert pages == [url + "&p7=2", url + "&p7=3"]


# 国家旅游局 重点工作: blocks under titles, rows `<a>title<span class="time">10.11</span></a>`, one block with the
# date before the link (`<li><span>09.20</span><a>…</a></li>`); the page links itself in its trail.
CHANNEL_BLOCK = ('<div class="xxfb_right1"><div class="xxfb_right_til2"><div class="text">{name}</div><a class="more" href="./{f}/"></a></div>'
         '<div class="xxfb_right_text1"><ul>{rows}</ul></div></div>')


def _channel(inside: int) -> str:
    outside_rows = "".join(f'<li><span>09.{20 - k}</span><a href="./gjcgg/201709/t201709{20 - k}_83980{k}.shtml">福建推进供给侧改革打造大生态景区{k}</a></li>'
                           for k in range(3))
    blocks = [CHANNEL_BLOCK.format(name="供给侧改革", f="gjcgg", rows=outside_rows)]
    for b in range(inside):
        rows = "".join(f'<li><a href="./b{b}/201710/t201710{11 - k}_84204{k}.shtml">从小县城到大景区浙江桐庐{b}{k}...<span class="time">10.{11 - k}</span></a></li>'
                       for k in range(3))
        blocks.append(CHANNEL_BLOCK.format(name=f"全域旅游{b}", f=f"b{b}", rows=rows))
    return ('<html><head><title>重点工作</title></head><body><div class="main_local">当前位置：<a href="../">首页</a>>'
            f'<a href="./" title="重点工作" class="blue CurrChnlCls">重点工作</a></div><div class="xxfb_cont">{"".join(blocks)}</div></body></html>')


def test_month_day_rows_dated_inside_their_links_count_as_blocks() -> None:
    """Failed before: only the block dated outside its links counted, and as the page's one block it made
    the channel page a column of three undated rows."""
    facts = extract_page(_channel(inside=3), "http://www.cnta.gov.cn/zdzx/")
    assert (facts.kind, facts.list_items) == ("hub", [])


def test_one_block_of_month_day_rows_on_a_self_linked_page_is_still_a_list() -> None:
    facts = extract_page(_channel(inside=0), "http://www.cnta.gov.cn/zdzx/")
    assert facts.kind == "column" and len(facts.list_items) == 3


# The 广西 集约化 platform's 关联文件 box (防城港, tests/model/realpages/fcgs-gov-cn_…html), filled by its api_func.js.
RELFILE = ('<html><head><title>某市关于印发某办法的通知</title>{script}</head><body><div class="article"><h1>某市关于印发某办法的通知</h1>'
           '<div class="article-inf-left">2024-09-12 10:10 来源：市政府办公室</div><div class="article-con">'
           '<div class="trs_editor_view TRS_UEDITOR"><p>各县（市、区）人民政府，市直各单位：现将办法印发给你们，请认真贯彻执行。</p></div>'
           '<div id="relfile" class="downloadfile"><p class="article-file bold">关联文件：</p><div id="relative-file">'
           '<ul class="about-list">{rows}</ul></div></div></div></div></body></html>')


@pytest.mark.parametrize(("script", "rows", "slot", "links"), [
    ('<script src="static/js/api_func.js"></script>', "", "script_unobserved", []),  # failed before: "none"
    ("", "", "static", []),  # no script could fill it: observed empty
    ('<script src="static/js/api_func.js"></script>', '<li><a href="/zfxxgk/zcjd/t1.shtml">《某办法》解读</a></li>', "static",
     ["http://www.fcgs.gov.cn/zfxxgk/zcjd/t1.shtml"]),
])
def test_the_gxzf_related_file_box_is_a_related_box(script: str, rows: str, slot: str, links: list[str]) -> None:
    facts = extract_page(RELFILE.format(script=script, rows=rows), "http://www.fcgs.gov.cn/zfxxgk/zcwj/t2.shtml")
    assert (facts.related_slot, facts.related_links) == (slot, links)
