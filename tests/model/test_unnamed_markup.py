"""Pages of a CMS whose class and id words the model does not know: the real corpus pages with
every class/id value replaced by a meaningless name (tests/sites/mutate.scramble_markup, which
keeps the national embed codes' `_jiucuo_` names) must read as they read with their own names.

Before, a page whose body no class/id named had no body: the annual reports of pingtan.gov.cn
lost all six standard sections (the structure and tables rules failed them), kepu.gov.cn's and
gov.cn's articles read as hubs, cmse.gov.cn's article was titled by its footer's 友情链接. Now an
unnamed block of prose outside the chrome is the body (article.unnamed_article), and the heading
the <title> names, or the <title> shown as a block of its own, titles the page. With the corpus
pages scrambled, 14 of 20 read alike before, all 20 now."""

from __future__ import annotations

from pathlib import Path

import pytest

from govaudit.htmlpage import decode_html
from govaudit.model.extract.page import extract_page
from tests.sites.mutate import scramble_markup

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
URL = "https://www.example.gov.cn/zwgk/col/202601/t20260101_1.html"


def _read(raw: bytes):
    text, _ = decode_html(raw)
    return extract_page(text, URL)


def _reading(facts) -> tuple:
    return facts.kind, facts.title, facts.pub_date, (facts.annual_report or {}).get("sections"), \
        (facts.annual_report or {}).get("tables")


@pytest.mark.parametrize("path", [
    "pingtan/zwgk/zfxxgk/zfxxgknb/202603/105587_平潭综合实验区2025年度政府信息公开工作年度报告/page.html",
    "pingtan/zwgk/zfxxgk/zfxxgknb/202403/87885_平潭综合实验区2023年度政府信息公开工作年度报告/page.html",
    "pages/kepu-gov-cn_article.html",
    "pages/www-gov-cn_gongbao-2007-23_npc-decision_article.html",
    "pingtan/zwgk/zfxxgk/zfxxgkzn/202311/51587_平潭综合实验区政府信息公开指南/page.html",
    "pages/cmse-gov-cn_news-release_article.html",  # its only unnamed heading is the footer's 友情链接
], ids=["pingtan-report-2025", "pingtan-report-2023", "kepu-article", "govcn-gongbao", "pingtan-guide", "cmse-article"])
def test_a_real_page_reads_alike_with_unknown_class_names(path: str) -> None:
    raw = (CORPUS / path).read_bytes()
    named, unnamed = _read(raw), _read(scramble_markup(raw))
    assert named.kind == "document"
    assert _reading(unnamed) == _reading(named)
    assert len(unnamed.body_text) >= 0.5 * len(named.body_text)


def test_a_report_with_unknown_class_names_keeps_its_sections() -> None:
    raw = (CORPUS / "pingtan/zwgk/zfxxgk/zfxxgknb/202503/97791_平潭综合实验区2024年度政府信息公开工作年度报告/page.html").read_bytes()
    report = _read(scramble_markup(raw)).annual_report
    assert report is not None and report["sections"] == ["一", "二", "三", "四", "五", "六"]


def test_a_list_page_with_unknown_class_names_gets_no_body() -> None:
    """The fallback takes a block of prose, never a list: a list page stays bodiless."""
    raw = (CORPUS / "pingtan/zwgk/zfxxgk/zfxxgknb/_lists/index.html").read_bytes()
    facts = _read(scramble_markup(raw))
    assert facts.kind != "document" and facts.body_text == ""


def test_a_trail_drawn_in_table_cells_ends_with_its_last_separated_step() -> None:
    """fgw.zj.gov.cn's Hanweb trail (`<td>当前位置：</td><td><a>首页</a></td><td> &gt;<a>发展改革工作</a></td>…`)
    with its classes unknown reads as with them (its own page: the content follows the trail)."""
    raw = (CORPUS / "pages/fgw-zj-gov-cn_tzyx_article_2016-11-22.html").read_bytes()
    named, unnamed = _read(raw), _read(scramble_markup(raw))
    assert [name for name, _ in unnamed.breadcrumb] == [name for name, _ in named.breadcrumb]
    assert [name for name, _ in unnamed.breadcrumb][-1] == "投资运行"


# fgw.zj.gov.cn's trail as the corpus page writes it (its lines 149-154), here at the top of a page
# whose header and menu follow it, as the Hanweb sample site draws them; no class the model knows.
FGW_TRAIL = ('<table><tbody><tr><td>当前位置：</td><td><a href="/index.html">首页</a></td><td><table width="100%" '
             'cellspacing="0" cellpadding="0" border="0"><tbody><tr><td> &gt;<a href="/col/col1599522/index.html">发展改革工作'
             '</a></td><td> &gt;<a href="/col/col1620985/index.html">投资管理和项目推进</a></td><td> &gt;<a href='
             '"/col/col1621004/index.html">投资运行</a></td></tr></tbody></table></td></tr></tbody></table>')


def test_the_header_and_menu_after_a_table_cell_trail_are_not_its_steps() -> None:
    """Before, the trail ran on into the next blocks' links and its last menu item named every column
    of a scrambled Hanweb site without meta tags (走进青溪), so no column kept its class and the
    stale columns went unfound (hanweb, --mutate classes,metas: stale-columns recall 0.25)."""
    menu = "".join(f'<li><a href="/col/col{k}/index.html">{name}</a></li>'
                   for k, name in ((1, "首页"), (2, "新闻中心"), (3, "政务公开"), (4, "走进青溪")))
    html = (f'<html><head><title>投资运行</title></head><body><div class="q1">{FGW_TRAIL}</div><div class="q2"><img src="/logo.png">'
            f'<form action="/s"><input name="q"></form></div><div class="q3"><ul>{menu}</ul></div>'
            '<div class="q4"><ul><li><a href="/art/1.html">关于投资运行情况的通报</a><span>2026-09-01</span></li></ul></div></body></html>')
    facts = extract_page(html, "http://s/col/col1621004/index.html")
    assert [name for name, _ in facts.breadcrumb] == ["首页", "发展改革工作", "投资管理和项目推进", "投资运行"]


def test_an_unlinked_leaf_closing_a_two_link_trail_is_its_last_step() -> None:
    """`当前位置：<a>首页</a> &gt; <a>资讯中心</a> &gt; {{$title}}</div>` (a Laravel template's `crumbs` block
    kept in a public repository; gkml's documents write `&gt; <span>规范性文件</span></div>`) with no class
    the model knows: the unlinked leaf is the page's column. Before, a trail of two links then a block
    end ended at the links, and the column read as 政务公开: without meta tags a normative document
    was not known as one (gkml, --mutate classes,metas: normative-metadata recall 0.50)."""
    html = ('<html><head><title>某通知</title></head><body><div class="q1">当前位置：<a href="/index.html">首页</a> &gt; '
            '<a href="/gkmlpt/index.html">政务公开</a> &gt; <span>规范性文件</span></div><div class="q2"><table><tr>'
            '<td>索 引 号：</td><td>11440305MB2C91234X/2025-00107</td></tr></table><p><a href="/f.pdf">附件</a></p></div>'
            '</body></html>')
    assert extract_page(html, "http://s/gkmlpt/content/3/3054/post_3054345.html").breadcrumb[-1] == ("规范性文件", None)


def test_a_print_copy_of_an_unnamed_article_does_not_make_the_whole_page_its_body() -> None:
    """A 政策解读 page (gov.cn's article layout, every class meaningless) in a page-wide layout cell
    with a 点击排行 box of the site's newest documents, and a print copy of its title, info line and
    body before the footer (`<div class="function"><a href="javascript:window.print();">打印本页</a>`,
    `<!--startprint--><div id="printArea">` as public templates mark their print area; the mutation
    `copies`): each copy held under half of the cell's text, the cell was the body, and the box's
    《…》 names related every 解读 of the site to the documents it lists (govcn, all mutations but
    scripts, seed 10: a late interpretation missed). A block repeating an earlier one is a copy."""
    body = ('<div class="x5"><p>一、起草背景　为规范本市中小企业发展专项资金管理工作，市政府起草了《澜屿市中小企业发展专项资金管理办法》。</p>'
            '<p>二、主要内容　《办法》共三条，明确了适用范围和施行日期。</p><p>三、适用对象　会议要求，各地各部门要坚持以人民为中心的发展思想，'
            '聚焦高质量发展，压实工作责任，细化工作举措，加强督促检查，确保各项目标任务按期完成。</p></div>')
    info = '<div class="x4">2026-02-24 14:00 <span class="x6">来源：澜屿市人民政府办公室</span></div>'
    hot = "".join(f'<li><div class="tit"><a href="/zhengce/content/2026-0{k}/27/content_56018{k}0.htm">澜屿市人民政府关于印发《澜屿市{n}管理办法》的通知</a></div>'
                  f'<div class="time"><i>2026-0{k}-27</i></div></li>' for k, n in ((7, "城市养犬"), (8, "政府投资项目"), (9, "城市绿化")))
    page = ('<html><head><title>一图读懂《澜屿市中小企业发展专项资金管理办法》</title></head><body>'
            '<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td valign="top">'
            '<div class="x1"><span>2026年11月20日 星期五</span> <span>多云 15℃~24℃</span></div>'
            '<div class="x2"><a href="/">首页</a> &gt; <a href="/column/31202/0.htm">政策解读</a></div>'
            f'<div class="x3"><div><h1>一图读懂《澜屿市中小企业发展专项资金管理办法》</h1></div>{info}{body}'
            '<div class="x7"><h3>相关文件</h3><ul><li><a href="/zhengce/content/2026-02/22/content_5601950.htm">'
            '澜屿市人民政府关于印发《澜屿市中小企业发展专项资金管理办法》的通知</a></li></ul></div></div>'
            f'<div class="hot-news"><h2>点击排行</h2><ul>{hot}</ul></div>'
            '<div class="x8"><h2><span>友情链接</span></h2><select><option>政府网站</option>'
            '<option value="http://www.gov.cn">中华人民共和国中央人民政府门户网站</option></select></div>'
            '<div class="print-btn"><a href="javascript:window.print();">打印本页</a></div>'
            f'<!--startprint--><div id="printArea" class="print-only"><h1>一图读懂《澜屿市中小企业发展专项资金管理办法》</h1>{info}{body}</div><!--endprint-->'
            '<div class="x9"><p>主办单位：澜屿市人民政府办公室</p><p>闽ICP备05031822号</p></div></td></tr></table></body></html>')
    facts = extract_page(page, "http://s/zhengce/2026-02/24/content_5601957.htm")
    assert facts.body_text.startswith("一、起草背景") and "养犬" not in facts.body_text
