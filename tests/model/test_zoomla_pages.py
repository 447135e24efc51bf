"""Zoomla!逐浪CMS pages (the zoomla sample site's first-contact misreadings, as general patterns).

Markup of Zoomla's V4 templates (zoomla/CMS-Publish `Template/V4`, read with the library tools): every template opens
`<body id="header">` (the stock `通用资讯子栏目列表页.html`, `默认信息模型内容页v3.html`); an article
(`两列式标准内容页.html`) ends with a `div#about` box headed `<span>相关文章</span>` over the `ul` the label 相关文章列表输出
fills, empty for an article without related ones, beside a `<SCRIPT src="/Common/GetHits.aspx?id=…">` hit counter. The
pages are the sample site's (tests/sites/zoomla.py). Fail on 9b2a53c: the crawl took the whole `<body id="header">` for
page chrome, never rendered an article whose 相关文章 box is empty, read the newest article of a column (下一篇文章：没有了)
and the tagged ones as hubs (`发表于：` was no date label), and the model, seeing that empty box on a page with
scripts, left the 规范性文件 without 解读 and the one whose 解读 links nothing undecided ("由脚本加载")."""

from __future__ import annotations

import pytest

from govaudit.crawl.render_need import RELATED_BOX_EMPTY, render_reason
from govaudit.htmlpage import parse_html
from govaudit.model import relations
from govaudit.model.extract.page import extract_page
from tests.factories import SITE, document
from tests.sites import zoomla


@pytest.fixture(scope="module")
def site():
    return zoomla.build()


def test_a_body_named_header_is_no_chrome_for_the_render_decision(site) -> None:
    """An empty 相关文章 box on an article asks for a browser whatever `<body>`'s id says: the id names the page."""
    doc = next(e.url for e in site.key if e.family == "interpretations" and e.probe == "no-interp")
    html = site.lookup(doc, "").body.decode("utf-8")
    assert '<body id="header">' in html and "<span>相关文章</span>\n<ul>\n</ul>" in html
    assert render_reason(html, parse_html(html), "document", False) == RELATED_BOX_EMPTY
    # the same box inside a real header region stays chrome: no render for it
    boxed = html.replace('<div id="about">', '<div class="header"><div id="about">').replace("</ul>\n</div>\n</div>\n<div class=\"clearfix\">",
                                                                                             "</ul>\n</div>\n</div></div>\n<div class=\"clearfix\">", 1)
    assert render_reason(boxed, parse_html(boxed), "document", False) is None


def test_neighbours_named_after_a_zoomla_prev_next_label_are_not_what_an_interpretation_explains() -> None:
    """`<span id="asc">上一篇文章：<a>《X办法》政策解读</a></span>` (两列式标准内容页's 上一篇文章/下一篇文章 labels) names the
    解读 column's neighbours: no mention of X. The text is the rendered page text the sample site's 一图读懂 page gave."""
    own, prev_, next_ = ("泓江县农村住房建设管理办法", "泓江县建筑垃圾处置管理办法", "泓江县保障性住房配租管理办法")
    docs = [document(f"Item/{n}.aspx", f"泓江县住房和城乡建设局关于印发《{name}》的通知")
            for n, name in ((357, own), (358, prev_), (356, next_))]
    docs.append(document("Item/362.aspx", f"一图读懂《{own}》", kind="interpretation"))
    text = (f"一图读懂《{own}》 发表于：2026-06-15 浏览数：135 一、起草背景 县住建局组织起草了《{own}》。 打印编辑：住房和城乡建设局办公室 "
            f"上一篇文章：《{prev_}》政策解读 下一篇文章：《{next_}》政策解读 相关文章")
    rels = relations.interpretations(docs, {SITE + "Item/362.aspx": text})
    assert [(r.document_url, r.direction) for r in rels] == [(SITE + "Item/357.aspx", "unlinked")]


@pytest.mark.parametrize("which", ["newest", "tagged", "interpretation"])
def test_an_article_is_dated_by_its_fabiaoyu_label(site, which: str) -> None:
    """`<div class="myAbbr"> <span id="CreateTime">发表于：2026-11-18</span> <span id="Hits">浏览数：<SCRIPT …>`: 发表于 labels
    the article's date. The newest article of its column (下一篇文章：没有了) and one with a 相关文章 list were hubs."""
    url = {"newest": "/Item/348.aspx", "tagged": "/Item/301.aspx", "interpretation": "/Item/362.aspx"}[which]
    html = site.lookup(url, "").body.decode("utf-8")
    assert '<span id="CreateTime">发表于：' in html
    page = extract_page(html, "http://www.hongjiang.gov.cn" + url)
    assert (page.kind, page.pub_date_source) == ("document", "visible")
    assert page.pub_date == {"newest": "2025-04-22", "tagged": "2026-11-18", "interpretation": "2026-06-15"}[which]


def _zoomla_list(node: int, name: str, rows: int, attrs: str = "") -> str:
    """A one-page list (通用资讯子栏目列表页.html with 响应式列表分页v3): « and » both link page 1 as the pager writes it,
    `NodePage_1.aspx`, and so does the active number 1. The trail's classes renamed (as the `classes` mutation does):
    read by its shape, it is the trail of the page its last step links, so the copy shows none and no other page."""
    items = "".join(f'<li class="list-group-item"><a href="/Item/{node * 10 + i}.aspx" title="{name}第{i}条信息" target="_blank"{attrs}'
                    f' style="">{name}第{i}条信息</a><span class="pull-right">2025-0{4 - i}-1{i}</span></li>' for i in range(rows))
    first = f"/Class_{node}/NodePage_1.aspx"
    return (f'<!DOCTYPE HTML><html><head><meta charset="utf-8"><title>{name}_泓江县住房和城乡建设局</title></head><body id="header">'
            '<ul class="navbar-nav"><li class="nav-item" id="Menu0"><a class="nav-link" href="/">首页</a></li></ul>'
            f'<div class="bs-header"><div class="container"><h1>{name}</h1></div></div><main role="main"><div class="mySites">'
            '<nav role="navigation"><ol class="c7e1"><li class="c3a0"><a href="/">首页</a></li>'
            f'<li><a href="/Class_{node}/NodePage.aspx">{name}</a></li></ol></nav></div><div class="list-group margin_top20">'
            f'<div class="n_lis"><ul class="list-group">{items}</ul><div class="clearfix"></div>'
            '<div class="center-block text-center" id="pageDiv" totalPage="1"><ul class="pagination pagination-sm">'
            f'<li><a href="{first}"{attrs}>&laquo;</a></li><li class="active"><a href="{first}"{attrs}>1</a></li>'
            f'<li><a href="{first}"{attrs}>&raquo;</a></li></ul></div></div></div></main>'
            '<div class="home_footer"><p>版权所有：泓江县住房和城乡建设局</p></div></body></html>')


def _zoomla_article(gid: int, title: str, day: str) -> str:
    return (f'<!DOCTYPE HTML><html><head><meta charset="utf-8"><title>{title}</title></head><body id="header">'
            f'<div class="myContent_l"><h1>{title}</h1><div class="myAbbr"><span id="CreateTime">发表于：{day}</span></div>'
            f'<div class="myContent"><p>{title}的正文，记述工作的经过和成效，内容较长以便识别为文章。</p></div></div></body></html>')


def test_a_one_page_lists_page_one_copy_that_only_its_pager_links_is_that_list(tmp_path) -> None:
    """« and » beside the numbers of Zoomla's pager link the first and the last page: on a one-page list both name
    `NodePage_1.aspx`, which the number `1` names too. A page a pager numbers is that page, so the copy (its links'
    attributes differing, as the `links` mutation left them) is page 1 again, never page 2 of the list, nor a column of
    its own that only pagers link (undecided: every one-page list of the sample site under the 20 mutations)."""
    from tests.model.loopback import HTML, crawl_and_build
    name = "行业资讯"
    pages = {"/": (200, HTML, '<html><head><meta charset="utf-8"><title>泓江县住房和城乡建设局</title></head><body>'
                   f'<ul><li><a href="/Class_4/NodePage.aspx">{name}</a></li></ul></body></html>'),
             "/Class_4/NodePage.aspx": (200, HTML, _zoomla_list(4, name, 3)),
             "/Class_4/NodePage_1.aspx": (200, HTML, _zoomla_list(4, name, 3, ' rel="noopener"'))}
    pages |= {f"/Item/{40 + i}.aspx": (200, HTML, _zoomla_article(40 + i, f"{name}第{i}条信息", f"2025-0{4 - i}-1{i}")) for i in range(3)}
    model, base = crawl_and_build(pages, tmp_path)
    columns = {c.url.removeprefix(base.rstrip("/")): c for c in model.columns}
    assert list(columns) == ["/Class_4/NodePage.aspx"]
    (column,) = columns.values()
    assert (column.state, column.newest_date, column.note) == ("listed", "2025-04-10", None)
