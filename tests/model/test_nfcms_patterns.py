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
