"""中网 Cicro WCM 网站群 pages the tool misread at first contact with the `cicro` sample family.

- Its 政务公开 catalogue lists are served only by `/info/iList.jsp?node_id=…&tm_id=T`, paged by
  `&cur_page=N` (www.shaanxi.gov.cn: `/info/iList.jsp?node_id=GKszfbgt&file_head=…&tm_id=69&cur_page=N`,
  rows `div.gk_main > div.gk_list.right > table > tbody > tr > td > a`, the 文号 cell `td.textCenter`, the
  date the third cell, from a public Jsoup scraper; kqwww.fmmu.edu.cn's `info/iList\\.jsp\\?cat_id=10003&cur_page=\\d{1,3}`).
  `cur_page` was no page parameter: the pager's 首页 (`&cur_page=1`) was a second 政策解读 whose pages 2
  and 3 were unobserved, so a document without an interpretation stayed undecided.
- Its 政务公开 documents label validity 信息有效性 (the GKInfoBean field `gk_validity = "";//信息有效性`, the
  manager form's `<th>信息有效性：</th><td><select id="gk_validity">`, 373974360/cicroCms) and the signing
  date, generate_dtime, 签发日期 in that form (`<th>签发日期：</th><td><input id="generate_dtime">`,
  web/manager/cms/info/include/include_public_gk.jsp). 信息有效性 was read as no 有效性: every normative
  document failed normative-doc-validity.
"""

from __future__ import annotations

from pathlib import Path

from govaudit.model.classify import list_page
from govaudit.model.extract.page import extract_page
from tests.model.loopback import HTML, crawl_and_build

SITE = "http://www.site.test"
LIST = "/info/iList.jsp?node_id=GKszfbgt&tm_id=72"


def test_cur_page_is_the_page_number_of_a_cicro_list() -> None:
    lp = list_page(SITE + LIST + "&cur_page=2")
    assert (lp.key, lp.number, lp.style) == (SITE + LIST, 2, "query")
    assert list_page(SITE + LIST + "&cur_page=1").key == list_page(SITE + LIST).key


def _gk_list(page: int) -> str:
    rows = "".join(f'<tr><td><a href="/gk/zcjd/{40000 + 10 * page + i}.htm" target="_blank" title="关于《某区第{10 * page + i}号办法》的解读">'
                   f'关于《某区第{10 * page + i}号办法》的解读</a></td><td class="textCenter"></td><td>2026-{11 - page:02d}-{20 - i:02d}</td></tr>'
                   for i in range(6))
    go = lambda k: f"{LIST}&amp;cur_page={k}"  # noqa: E731
    pager = (f'<div class="page">共18条&nbsp;每页6条&nbsp;页次：{page}/3&nbsp;'
             + ("首页&nbsp;上一页" if page == 1 else f'<a href="{go(1)}">首页</a>&nbsp;<a href="{go(page - 1)}">上一页</a>')
             + (f'&nbsp;<a href="{go(page + 1)}">下一页</a>&nbsp;<a href="{go(3)}">尾页</a>' if page < 3 else "&nbsp;下一页&nbsp;尾页")
             + "</div>")
    return ('<html><head><meta charset="utf-8"><title>政策解读-某区人民政府</title></head><body>'
            '<div class="nav"><a href="/">首页</a> <a href="/gk/index.htm">政务公开</a></div>'
            f'<div class="gk_main"><div class="gk_tree left"><ul><li><a href="{LIST}">政策解读</a></li></ul></div>'
            f'<div class="gk_list right"><div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/gk/index.htm">政务公开</a> &gt; '
            f'<a href="{LIST}">政策解读</a></div><table width="100%"><tbody><tr class="head"><th>名称</th><th>文号</th><th>发布日期</th></tr>'
            f'{rows}</tbody></table>{pager}</div></div>'
            '<div class="footer">主办：某区人民政府办公室 网站标识码：1407050008</div></body></html>')


def _doc(n: int) -> str:
    return ('<html><head><meta charset="utf-8"><title>关于《某区办法》的解读</title></head><body>'
            f'<div class="info_title"><h1>关于《某区第{n}号办法》的解读</h1></div><div class="info_source">发布时间：2026-09-01 10:20</div>'
            f'<div class="info_content" id="info_content"><p>{"一、起草背景。二、主要内容。三、政策亮点。" * 8}</p></div>'
            '<div class="footer">主办：某区人民政府办公室 网站标识码：1407050008</div></body></html>')


def test_a_cicro_catalogue_list_paged_by_cur_page_is_one_column(tmp_path: Path) -> None:
    pages = {"/": (200, HTML, f'<html><head><meta charset="utf-8"><title>某区人民政府</title></head><body><a href="{LIST}">政策解读</a></body></html>')}
    for k in (1, 2, 3):
        pages[LIST + (f"&cur_page={k}" if k > 1 else "")] = (200, HTML, _gk_list(k))
    pages[LIST + "&cur_page=1"] = pages[LIST]
    for k in (1, 2, 3):
        for i in range(6):
            pages[f"/gk/zcjd/{40000 + 10 * k + i}.htm"] = (200, HTML, _doc(10 * k + i))
    model, base = crawl_and_build(pages, tmp_path / "out")
    (column,) = model.columns
    assert column.url == base + LIST.lstrip("/")
    assert len(column.items) == 18 and not column.pages_unobserved


GK_TABLE = ('<table class="gk_xxgk"><tr><td class="t">索引号：</td><td class="c">11140705MB1958322X/2026-00023</td>'
            '<td class="t">发布机构：</td><td class="c">某区人民政府</td></tr>'
            '<tr><td class="t">文号：</td><td class="c">某政规发〔2026〕12号</td><td class="t">{date_label}：</td><td class="c">2026-10-25</td></tr>'
            '<tr><td class="t">发布日期：</td><td class="c">2026-10-28</td><td class="t">信息有效性：</td><td class="c">有效</td></tr></table>')


def _normative(date_label: str) -> str:
    return ('<html><head><meta charset="utf-8"><title>某区人民政府关于印发《某区停车管理办法》的通知</title></head><body>'
            f'{GK_TABLE.format(date_label=date_label)}<div class="info_title"><h1>某区人民政府关于印发《某区停车管理办法》的通知</h1></div>'
            '<div class="info_source">发布时间：2026-10-28 10:20</div><div class="info_content" id="info_content">'
            f'<p>{"现将《某区停车管理办法》印发给你们，请认真贯彻执行。" * 6}</p></div></body></html>')


def test_cicro_metadata_labels_xinxi_youxiaoxing_and_qianfa_riqi() -> None:
    for label in ("生成日期", "签发日期"):
        facts = extract_page(_normative(label), SITE + "/gk/gfxwj/41328.htm")
        assert facts.metadata["有效性"] == "有效"
        assert facts.metadata["发文字号"] == "某政规发〔2026〕12号"
        assert facts.metadata["成文日期"] == "2026-10-25", label
