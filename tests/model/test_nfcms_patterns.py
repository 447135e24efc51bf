"""Patterns the nfcms sample site (tests/sites/nfcms.py) exposed at first contact, pinned on real NFCMS markup."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from govaudit.model.extract.footer import extract_footer
from govaudit.model.extract.page import extract_page

REAL = Path(__file__).parent / "realpages"
# 广东省人民政府's article (mhxqwer/myzgd.gov.cn): header and footer only in JS strings that initPage() writes.
GD = (REAL / "gd-gov-cn_nfcms_article_footer-in-script-string.html").read_text(encoding="utf-8")
# The site's own sentence about itself (the page's description meta), as a 关于本网 page's text says it.
ABOUT = "广东省人民政府门户网站由广东省人民政府办公厅主办，南方新闻网、数字广东网络建设有限公司承办。"


def _with_body(text: str) -> str:
    return re.sub(r'(<div class="zw"[^>]*>).*?(<div class="fj")', lambda m: f"{m.group(1)}<p>　　{text}</p>{m.group(2)}",
                  GD, count=1, flags=re.S)


def test_a_sentence_about_the_site_is_no_footer_when_a_script_draws_the_footer() -> None:
    """关于本网 on a portal whose footer is a script string: the body's last sentence `…由…办公厅主办，…承办。` was read
    as the footer's 主办, so the page had a footer without ICP备 and 公网安备 (footer-identifiers failed the
    nfcms site's 关于我们 page); the footer is not in the page, so nothing is read from it."""
    facts = extract_page(_with_body(ABOUT), "http://www.gd.gov.cn/yw/content/post_100915.html").footer
    assert (facts.sponsor, facts.icp, facts.psb) == (None, None, None)


@pytest.mark.parametrize(("tail", "sponsor"), [
    ("联系我们 | 网站地图 本网站由榕岗区人民政府办公室主办 承办：榕岗区大数据中心", "榕岗区人民政府办公室"),
    ("主办单位：广东省人民政府办公厅", "广东省人民政府办公厅"),
    ("榕岗区人民政府办公室主办 地址：府前路1号", "榕岗区人民政府办公室"),
])
def test_footer_lines_without_labels_still_name_their_sponsor(tail: str, sponsor: str) -> None:
    """A footer line, not a sentence (no 。/， after 主办), is still read when no ICP备 or 网站标识码 is shown."""
    assert extract_footer("正文 " * 40 + tail, {}, (None, False)).sponsor == sponsor


# 广州市人民政府 通知公告 (tests/model/realpages/gz-gov-cn_nfcms_tzgg_list_comments-in-link.html): the list area
# `div.main_border > ul.news_list`, here empty and under class names no vocabulary knows (a template whose words
# are unknown); the trail as by.gov.cn writes it; a tool bar linking the page's 长者模式 (`?version=slh`, the query
# gd.gov.cn's initPage() reads).
EMPTY = ('<html><head><title>镇街动态-榕岗区人民政府门户网站</title></head><body>'
         '<div class="t1"><span onclick="aria.start()">无障碍版</span> {self_link}</div>'
         '<div class="c1"><div class="c2">当前位置：<a href="https://www.rg.gov.cn/">首页</a>&nbsp;&gt;&nbsp;'
         '<a href="https://www.rg.gov.cn/rg/index.html?link=ywdt">要闻动态</a>&nbsp;&gt;&nbsp;'
         '<a href="https://www.rg.gov.cn/ywdt/zjdt/">镇街动态</a></div></div>'
         '<div class="c3"><div class="c4"><span>镇街动态</span></div><ul class="c5">\n</ul></div></body></html>')
EMPTY_URL = "https://www.rg.gov.cn/ywdt/zjdt/"


@pytest.mark.parametrize("self_link", ['<a href="?version=slh">长者模式</a>', '<a href="index.html?version=slh">长者模式</a>'])
def test_a_link_to_the_page_in_another_view_leads_below_nothing(self_link: str) -> None:
    """An empty column under unknown class names is told by its empty container (PageFacts.empty_boxes); its
    link to itself with `?version=slh` was taken for a child below its folder (a hub's), so the container was not
    offered and the column never read as empty (nfcms under the classes mutation: the empty 镇街动态 missed)."""
    facts = extract_page(EMPTY.format(self_link=self_link), EMPTY_URL)
    assert "ul.c5<div.c3<body." in facts.empty_boxes


def test_a_link_to_a_child_folder_still_leads_below() -> None:
    """The boundary: a link under the page's folder to another list (`/ywdt/zjdt/xz/`) makes it a hub's page."""
    facts = extract_page(EMPTY.format(self_link='<a href="/ywdt/zjdt/xz/">乡镇动态</a>'), EMPTY_URL)
    assert facts.empty_boxes == ()
