"""Patterns of the 广西 政府网站集约化平台 (the one platform of every 广西 city, county and department site) that the
gxjy sample site (tests/sites/gxjy.py) exposed. Each test fails on fecbf88.

Real markup:
  - the 防城港 article page (tests/model/realpages/fcgs-gov-cn_gxzf-trs_zdxm_article_today-line_hidden-news-fields_
    mobile-copy.html, mhxqwer/lfyfcgs.gov.cn index.html @ 4d939248): its chrome, trail, `div.article` and footer;
  - the platform's `static/js/api_func.js` (same repository): `pageControl(_nPageCount, _nCurrIndex, _sPageName,
    _sPageExt, _pageNum, _controlId)` writes a list's pager into the element `_controlId`: page 1 is
    `_sPageName._sPageExt`, page n `_sPageName._sPageExt?pageIndex=n`.
The call under a list (`pageControl(3, 1, "index", "shtml", 9, "pages")`) and the list's rows are written as the
function's signature and the sample site have them (the real call site is not in the copy).
"""

from __future__ import annotations

import re
from pathlib import Path

from govaudit.crawl.pagination import list_pages
from govaudit.model.extract.page import extract_page
from tests.model.loopback import HTML, crawl_and_build
from tests.model.realpage_reading import PAGES

_FCG = (PAGES / "fcgs-gov-cn_gxzf-trs_zdxm_article_today-line_hidden-news-fields_mobile-copy.html").read_text(encoding="utf-8")
_URL = "http://www.fcgs.gov.cn/zxzx/zdxm/t18993630.shtml"
_ARTICLE_TAGS = re.compile(r'\s*<meta name="(?:ArticleTitle|PubDate|ContentSource)"[^>]*>')
_DESKTOP_BODY = re.compile(r'(<div class="trs_editor_view TRS_UEDITOR trs_paper_default trs_web">).*?(</div>)', re.S)


def _without_article_tags(html: str) -> str:
    """The page as a template that keeps the site and column tags but writes no article tags."""
    out = _ARTICLE_TAGS.sub("", html)
    assert 'name="ArticleTitle"' not in out and 'name="ColumnName" content="重大项目"' in out
    return out


def test_an_article_with_column_tags_but_no_article_tags_is_a_document() -> None:
    """Its ColumnName names the column its trail ends in, at another address (`./`, the list): an article in that
    column. Before, an article with prose and a ColumnName meta but no ArticleTitle read as a column showing one
    article (its 年报 or 解读 lost as documents: every report of such a template missing)."""
    facts = extract_page(_without_article_tags(_FCG), _URL)
    assert (facts.kind, facts.title) == ("document", "广西防城港白龙核电项目一期工程建设动员大会举行")
    assert (facts.pub_date, facts.pub_date_source, facts.column_name) == ("2024-09-12", "visible", "重大项目")
    assert not facts.single_article and facts.list_items == []


def test_a_short_such_article_is_a_document_too() -> None:
    """A 解读 of three short lines under its 2024-09-12 10:10 来源 line. Before, no prose: a hub, then a column of one item."""
    short = _DESKTOP_BODY.sub(lambda m: m.group(1) + '<p style="text-indent: 2em;">一、项目背景　白龙核电项目位于江山半岛。</p>'
                              '<p style="text-indent: 2em;">二、主要内容　一期工程建设两台机组。</p>' + m.group(2),
                              _without_article_tags(_FCG), count=1)
    facts = extract_page(short, _URL)
    assert (facts.kind, facts.pub_date) == ("document", "2024-09-12")


def test_a_column_showing_one_article_at_its_own_address_stays_a_column() -> None:
    """The same page at the address its trail ends in (`./`), or at that folder's index.shtml (a Hanweb 信息公开指南 column
    fetched at `/col/col1229522/index.html`): the column's own page, as before."""
    for url in ("http://www.fcgs.gov.cn/zxzx/zdxm/", "http://www.fcgs.gov.cn/zxzx/zdxm/index.shtml"):
        facts = extract_page(_without_article_tags(_FCG), url)
        assert facts.kind == "column" and facts.single_article, url


def _list(n: int, pages: int) -> str:
    """A 重大项目 list page in the 防城港 chrome: three rows and the platform's pageControl pager."""
    rows = "".join(f'<li><a href="./t{n}{k:03d}.shtml" target="_blank" title="重大项目第{n}页第{k}条">重大项目第{n}页第{k}条</a>'
                   f'<span class="date">2026-{12 - n:02d}-{20 - k:02d}</span></li>' for k in range(1, 4))
    listing = (f'<div class="mainbox"><div class="wrap bg-white">{_crumbs()}<div class="list-right"><ul class="more-list">{rows}</ul>'
               f'<div class="pages" id="pages"></div><script type="text/javascript">pageControl({pages}, {n}, "index", "shtml", 9, '
               '"pages");</script></div></div></div>\n')
    html = _ARTICLE_TAGS.sub("", _FCG)
    html = re.sub(r'<div id="NewsArticleID".*?(?=<div class="footer-site">)', lambda m: listing, html, count=1, flags=re.S)
    return re.sub(r"<!--手机端 --->.*(?=</body>)", "", html, count=1, flags=re.S)


def _crumbs() -> str:
    m = re.search(r'<div class="crumb-nav">.*?</div>', _FCG, re.S)
    assert m is not None
    return m.group(0)


def test_a_pagecontrol_pager_names_its_later_pages() -> None:
    """Before, nothing: the pager has no link, only the call, so pages 2 and 3 and their rows went unfetched."""
    html = _list(1, 3)
    url = "http://www.fcgs.gov.cn/zxzx/zdxm/"
    facts = extract_page(html, url)
    assert (facts.kind, facts.page_count, len(facts.list_items)) == ("column", 3, 3)
    queued = [u for u, _ in list_pages(url, html, facts.links, 100).pages]
    assert queued == [url + "index.shtml?pageIndex=2", url + "index.shtml?pageIndex=3"]
    later = _list(2, 3)
    assert [u for u, _ in list_pages(url + "index.shtml?pageIndex=2", later, extract_page(later, url).links, 100).pages] == [
        url + "index.shtml", url + "index.shtml?pageIndex=3"]


def _doc(title: str) -> str:
    return _DESKTOP_BODY.sub(lambda m: f'{m.group(1)}<p>{title}。项目建设进展顺利，各项工作按计划推进，确保年底前完成年度投资任务。</p>{m.group(2)}',
                             _FCG.replace("广西防城港白龙核电项目一期工程建设动员大会举行", title), count=1)


def test_the_pages_of_a_pagecontrol_list_are_one_column(tmp_path: Path) -> None:
    pages = {"/": (200, HTML, '<html><head><meta charset="utf-8"><title>防城港市人民政府</title></head><body>'
                   '<a href="/zxzx/zdxm/">重大项目</a></body></html>'),
             "/zxzx/zdxm/": (200, HTML, _list(1, 3))}
    for n in (2, 3):
        pages[f"/zxzx/zdxm/index.shtml?pageIndex={n}"] = (200, HTML, _list(n, 3))
    for n in (1, 2, 3):
        for k in range(1, 4):
            pages[f"/zxzx/zdxm/t{n}{k:03d}.shtml"] = (200, HTML, _doc(f"重大项目第{n}页第{k}条"))
    model, base = crawl_and_build(pages, tmp_path / "out")
    (column,) = [c for c in model.columns if c.name == "重大项目"]
    assert column.url.removeprefix(base) in ("zxzx/zdxm/", "zxzx/zdxm/index.shtml")
    assert (len(column.pages), column.pages_unobserved, len(column.items)) == (3, 0, 9)


# The 自治区 文件库 list (a scrapy shell transcript of www.gxzf.gov.cn in JinhuaSu/Policy_crawler's README): rows in
# `ul.more-list` holding a table, the title cell `<td align="left" onmouseenter="td_over(this)">` carrying a hover box of
# `<strong>发文单位：</strong>`, `成文日期`, `标　　题`, `发文字号`, `发布日期` cells, then the 文号 broken over lines, 有效
# and the date `2020年02月14日` (the rows' texts are the transcript's; the hover box's wrapper is not in it).
_FILES = [("广西壮族自治区人民政府关于欧军、林春同志任免职的通知", "桂政干〔2020〕68号", "2020年02月14日", "t2114830"),
          ("广西壮族自治区人民政府关于加快我区国有粮食企业改革有关问题的通知", "桂政发〔2006〕17号", "2006年08月20日", "t1508733")]


def _file_rows() -> str:
    rows = "".join(
        f'<tr><td>\n {k}\n </td><td align="left" onmouseenter="td_over(this)"><a href="./{doc}.shtml" target="_blank">{title}</a>'
        '<div class="tips" style="display:none"><table><tr><td><strong>发文单位：</strong>\n 广西壮族自治区人民政府</td>'
        f'<td><strong>成文日期：</strong>\n {when}</td></tr><tr><td colspan="2"><strong>标\u3000\u3000题：</strong>{title}</td></tr>'
        f'<tr><td><strong>发文字号：</strong>\n {number}</td><td><strong>发布日期：</strong>\n {when}</td></tr></table></div></td>'
        f'<td>\n {number.replace("〔", "〔" + chr(10) + " ").replace("〕", "〕" + chr(10) + " ")}\n </td><td>\n 有效\n </td>'
        f'<td>\n {when}\n </td></tr>' for k, (title, number, when, doc) in enumerate(_FILES, 1))
    return (f'<!DOCTYPE html><html><head><meta charset="UTF-8"><title>自治区人民政府文件</title></head><body>{_crumbs()}'
            f'<ul class="more-list"><table><tr><th>序号</th><th>标题</th><th>发文字号</th><th>有效性</th><th>发布日期</th></tr>{rows}'
            '</table></ul></body></html>')


def test_a_file_row_with_a_hover_box_of_its_fields_is_a_row() -> None:
    """The hover box is a table inside the row's title cell. Before, a row holding a table was a page layout row: the
    link's row was its cell, undated, and the list no list (a hub: the 规范性文件 column never judged)."""
    facts = extract_page(_file_rows(), "http://www.gxzf.gov.cn/zfwj/zzqrmzfwj_34845/")
    assert (facts.kind, facts.list_state) == ("column", "listed")
    assert [(i.title, i.date) for i in facts.list_items] == [(t, f"{w[:4]}-{w[5:7]}-{w[8:10]}") for t, _, w, _ in _FILES]


def _static(html: str) -> str:
    """The 防城港 page as an undated static page (a 走进防城港 page): its article replaced by two paragraphs."""
    intro = ('<div class="mainbox"><div class="wrap bg-white">' + _crumbs().replace("重大项目", "城市概况") +
             '<div class="single"><p>防城港市位于广西南部，是中国大陆海岸线最西南端的港口城市。</p>'
             '<p>全市辖2个区、1个县级市、1个县，总面积6238平方公里。</p></div></div></div>\n')
    html = re.sub(r'<div id="NewsArticleID".*?(?=<div class="footer-site">)', lambda m: intro, html, count=1, flags=re.S)
    return re.sub(r"<!--手机端 --->.*(?=</body>)", "", _ARTICLE_TAGS.sub("", html), count=1, flags=re.S)


def test_the_headers_today_line_dates_no_row_when_class_names_mean_nothing() -> None:
    """`今天：<span>2024年2月22日 星期四</span><a>自治区人民政府网</a>`: with its classes it is the header's; with meaningless
    classes (tests/sites/mutate.py's `classes`) it read as a row dated 2024-02-22 (gxjy: 12 static pages, hubs and empty
    columns read as columns last updated then, a false long-stale veto)."""
    from tests.sites.mutate import scramble_markup
    html = scramble_markup(_static(_FCG).encode("utf-8")).decode("utf-8")
    assert "2024年2月22日" in html and 'class="site-date"' not in html
    facts = extract_page(html, "http://www.fcgs.gov.cn/csgk/")
    assert not [i for i in facts.list_items if i.date == "2024-02-22"]


def test_the_related_box_headed_with_a_colon_is_found_when_class_names_mean_nothing() -> None:
    """`<div id="relfile"><p class="article-file bold">关联文件：</p><div><ul class="about-list"></ul>`, filled by script.
    Before, without its id the box was unseen: related_slot "none", so a document's interpretation link read as absent."""
    from tests.sites.mutate import scramble_markup
    html = scramble_markup(_FCG.encode("utf-8")).decode("utf-8")
    assert 'id="relfile"' not in html
    facts = extract_page(html, _URL)
    assert (facts.kind, facts.related_slot, facts.related_links) == ("document", "script_unobserved", [])
