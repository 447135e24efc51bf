"""The patterns behind round 4's fixes (tests/model/test_realpages_saved4.py), with their boundaries."""

from __future__ import annotations

import pytest

from govaudit.model.extract.page import extract_page


def footer_icp(line: str) -> str | None:
    return extract_page(f"<html><body><div class='footer'>{line}</div></body></html>", "http://www.x.gov.cn/").footer.icp


@pytest.mark.parametrize(("line", "icp"), [
    # 太原市人民政府's footer (tests/model/realpages/taiyuan-gov-cn_static_museum-intro_no-date.html)
    ("<span>主办单位：太原市人民政府办公室</span><span>备案号：晋ICP备05003854</span>", "晋ICP备05003854号"),
    ("ICP备案：京ICP备05070218-1 技术支持", "京ICP备05070218-1号"),
    ("京ICP备05070218号-1", "京ICP备05070218号-1"),  # unchanged
    ("湘ICP备 12345号", "湘ICP备12345号"),  # a short number with its 号 still counts
])
def test_icp_number_with_or_without_its_hao(line: str, icp: str) -> None:
    assert footer_icp(line) == icp


@pytest.mark.parametrize("line", ["京ICP备 2019年启用", "ICP备案 12345 查询"])
def test_a_short_bare_number_after_icp_is_no_record(line: str) -> None:
    """Without 号 only a number of ICP record length (7 digits or more) is read as one."""
    assert footer_icp(line) is None
