"""帝国 EmpireCMS serves a class's list and its articles at dynamic addresses beside (or instead of)
the generated static pages. Real addresses quoted in public scrapers: the dynamic list
`http://cstm.cdstm.cn/e/action/ListInfo/?classid=90`, its later pages
`http://cstm.cdstm.cn/e/action/ListInfo/index.php?page=1&classid=90&totalnum=227` (the pager adds the
record total `totalnum`; `page` counts from 0), an article `http://www.tzcourt.gov.cn/e/action/ShowInfo.php?
classid=82&id=3161` whose static page the CMS also generates."""

from __future__ import annotations

from govaudit.model import footers
from govaudit.model.classify import directory_alias, list_page
from govaudit.model.extract.footer import FooterFacts
from govaudit.model.types import Evidence


def test_record_total_names_no_list() -> None:
    later = list_page("http://cstm.cdstm.cn/e/action/ListInfo/index.php?page=1&classid=90&totalnum=227")
    assert later.key == "http://cstm.cdstm.cn/e/action/ListInfo/index.php?classid=90"
    assert directory_alias(later.key) == list_page("http://cstm.cdstm.cn/e/action/ListInfo/?classid=90").key


def test_template_example_is_the_static_address() -> None:
    bare = FooterFacts(site_id_code="3310000001", meta_site_id_code=None, jiucuo_sitecode=None, icp=None,
                       psb="浙公网安备 33100202000001号", conac=False, sponsor="台州市中级人民法院")
    pages = [("article", bare, Evidence("http://www.tzcourt.gov.cn/e/action/ShowInfo.php?classid=82&id=3161")),
             ("article", bare, Evidence("http://www.tzcourt.gov.cn/ktgg/2016-05-10/3161.html"))]
    (group,) = footers.template_footers(pages)
    assert group.evidence.url == "http://www.tzcourt.gov.cn/ktgg/2016-05-10/3161.html"
    assert group.pages == 2
