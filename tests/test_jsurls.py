"""Addresses in link scripts and navigation scripts (govaudit/jsurls.py), on markup real sites serve."""

from __future__ import annotations

import pytest

from govaudit.htmlvocab import page_number
from govaudit.jsurls import jump_menu, navigation_targets, option_address, script_link


@pytest.mark.parametrize("script, url", [
    # fzgg.tj.gov.cn's list rows (quoted by a public collector's tests)
    ("isDownLoad(this,'https://fzgg.tj.gov.cn/xxfb/tzggx/202609/t20260911_7372816.html')",
     "https://fzgg.tj.gov.cn/xxfb/tzggx/202609/t20260911_7372816.html"),
    # fgw.ln.gov.cn's 慧点 CMS pager
    ("queryArticleByCondition(this,'/fgw/zc/zxzc/be842d3c-2.shtml')", "/fgw/zc/zxzc/be842d3c-2.shtml"),
    ("window.open('/a/b/12345.html','_blank','width=800,height=600')", "/a/b/12345.html"),
    ("javascript:window.open(\"../xxgk/202601/t20260105_88.html\")", "../xxgk/202601/t20260105_88.html"),
    ("location.href='detail.jsp?id=8812'", "detail.jsp?id=8812"),
])
def test_the_one_address_a_link_script_opens(script, url):
    assert script_link(script) == url


@pytest.mark.parametrize("script", [
    None, "", "void(0)", "javascript:void(0);",
    "jumpTo(this,'7','1')",  # arguments, not an address
    "openDetail('8812')",
    # a share widget builds its address by concatenation: no address of its own
    "window.open('http://service.weibo.com/share/share.php?url='+encodeURIComponent(location.href))",
    "show('/a/1.html'); show('/a/2.html')",  # two addresses: which one the visitor gets is not known
    "location.href='#top'",
])
def test_no_address_when_the_script_names_none_or_several(script):
    assert script_link(script) is None


def test_navigation_targets_read_assignments_and_calls_in_order():
    script = """if(/iPhone|Android/i.test(navigator.userAgent)){window.location.href="/m/index.html"}
                else { location.replace('/col/col1/index.html'); } top.location = "/col/col1/index.html";"""
    assert navigation_targets(script) == ["/m/index.html", "/col/col1/index.html"]
    assert navigation_targets(' location.href="/col/col91477/index.html";') == ["/col/col91477/index.html"]


@pytest.mark.parametrize("script", [
    "location.href = location.pathname + '?page=2'",  # computed
    "location.href = '/list_' + n + '.html'",  # concatenated
    "location.href='javascript:;'",
    "var href = '/a.html';",  # no navigation
])
def test_navigation_targets_are_literals_only(script):
    assert navigation_targets(script) == []


def test_an_address_assigned_to_the_location_needs_no_file_name():
    assert script_link("location.href='?page=2'") == "?page=2"
    assert script_link("location.href=encodeURI('/a/index_2.jhtml');") == "/a/index_2.jhtml"  # JEECMS channel_2
    assert script_link("if(a){location.href='/x/1.html'}else{location.href='/x/2.html'}") is None


@pytest.mark.parametrize("onchange, jumps", [
    ("PageSelect_1_jumpMenu('self',this,0)", True),  # SiteServer stl:pageItem type="PageSelect" (StlPageItem.cs)
    ("MM_jumpMenu('parent',this,0)", True),  # Dreamweaver's link menus
    ("location.href=this.options[this.selectedIndex].value;", True),  # DedeCMS GetPageListST
    ("window.open(this.value)", True),
    # JEECMS channel_1 and an IIS portal build the address from the number: not the option's value
    ("if(this.value==1){location.href=encodeURI('/a/index.jhtml')}else{location.href=encodeURI('/a/index_'+this.value+'.jhtml')}",
     False),
    ("javascript:window.location='ShowClass.asp?ClassID=3&page='+this.value", False),
    ("location.href=this.value+'.html'", False),
    ("this.form.submit()", False),
    (None, False),
])
def test_a_jump_menu_opens_the_chosen_options_value(onchange, jumps):
    assert jump_menu(onchange) is jumps


def test_option_addresses_and_page_numbers():
    assert option_address(" /channels/12_2.html ") == "/channels/12_2.html"
    assert [option_address(v) for v in ("", "2", "javascript:;", "#")] == [None] * 4
    assert [page_number(t) for t in ("2", "[2]", "[ 12 ]", "下一页", "2页", "[2")] == [2, 2, 12, None, None, None]

