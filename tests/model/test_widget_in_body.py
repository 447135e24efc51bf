"""A side widget inside the body's block (随便看看, 点击排行) is no text of the body (bodytext.menu_cuts).

The markup is EyouCMS's stock view_article.htm as the eyou sample site writes it (tests/sites/eyou.py, from
weng-xianhu/eyoucms), every class name made meaningless: the article's block and the random 随便看看 box
sit in one unnamed block, so the body read holds the box. The box's titles name other
documents in 《…》, so the interpretation's body named a document it does not explain: under all 19
mutations (seed 0) it was paired with that document by title, which hid the document's own late
interpretation (a 15-day-late 解读 missed)."""

from __future__ import annotations

from govaudit.model.extract.page import extract_page

URL = "http://www.tanxi.gov.cn/zcjd/293.html"
BOX = ("檀溪镇党委开展主题党日活动", "檀溪镇人民政府关于印发《檀溪镇村干部考核办法》的通知", "石门村召开村民代表大会",
       "关于城乡居民医保参保缴费工作的通知", "檀溪镇推进和美乡村建设")


def _page() -> str:
    rows = "".join(f'<li class="x1d4481b9"><a href="/zwdt/{240 + k}.html" title="{t}" target="_blank">{t}</a></li>'
                   for k, t in enumerate(BOX))
    return ('<html><head><meta charset="utf-8"><title>图解：《檀溪镇农村建房管理办法》_檀溪镇人民政府</title></head><body>'
            '<header class="xd5718e19"><nav><ul><li><a href="/">首页</a></li><li><a href="/zcjd/">解读回应</a></li></ul></nav></header>'
            '<div class="x2ea2289a"><div class="xc93a3d85"><div class="x471d3ae2">'
            '<h1>图解：《檀溪镇农村建房管理办法》</h1><div class="x2fdb5296"><span>作者：党政办</span>'
            '<span>发布时间：2026-06-21</span></div><p>一、制定背景　为规范本镇农村建房管理工作，镇人民政府组织起草了'
            '《檀溪镇农村建房管理办法》。</p><p>二、主要内容　《办法》共四条，明确了适用范围、职责分工和施行日期。</p>'
            f'<div class="x8d18ba7b"><div class="xb7ff3249"><h2>随便看看</h2></div><ul class="x8845e0b8">{rows}</ul></div>'
            '</div></div></div><footer class="x9"><p>主办：檀溪镇人民政府 网站标识码：3301000088</p></footer></body></html>')


def test_a_random_box_in_the_body_block_is_no_body_text() -> None:
    facts = extract_page(_page(), URL)
    assert facts.kind == "document" and "《檀溪镇农村建房管理办法》" in facts.body_text
    assert "村干部考核办法" not in facts.body_text and "随便看看" not in facts.body_text
