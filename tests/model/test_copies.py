"""One document at two addresses (博达 VSB `/info/1041/4012.htm` and `content.jsp?urltype=news.
NewsContentUrl&wbtreeid=1041&wbnewsid=4012`): one document at the static address, with the links
of both, and links to the dynamic copy lead to it; documents that only share a title stay apart."""

from __future__ import annotations

from dataclasses import replace

from govaudit.model import relations
from govaudit.model.copies import merge_copies
from tests.factories import SITE, document

STATIC, DYNAMIC = "info/1041/4012.htm", "content.jsp?urltype=news.NewsContentUrl&wbtreeid=1041&wbnewsid=4012"
INTERP = "info/1043/4096.htm"
TITLE = "鹤川县人民政府关于印发《鹤川县中小企业扶持资金管理办法》的通知"
META = {"索引号": "115226350095871234/2026-00035", "发文字号": "鹤府规〔2026〕8号"}
BODY = "各乡（镇）人民政府，县政府各部门： 现将《鹤川县中小企业扶持资金管理办法》印发给你们，请认真贯彻执行。"


def _docs(dynamic_body: str = BODY) -> tuple[list, dict[str, str]]:
    docs = [document(STATIC, TITLE, metadata=META, links_to=[SITE + INTERP]),
            document(DYNAMIC, TITLE, metadata=META, links_to=[SITE + INTERP]),
            # the interpretation's 相关文件 link uses the dynamic address
            document(INTERP, "一图读懂《鹤川县中小企业扶持资金管理办法》", kind="interpretation", links_to=[SITE + DYNAMIC])]
    texts = {SITE + STATIC: BODY, SITE + DYNAMIC: dynamic_body, SITE + INTERP: "一、起草背景 二、主要内容 三、政策措施"}
    return docs, texts


def test_a_document_at_its_static_and_dynamic_address_is_one_document_linked_both_ways() -> None:
    docs, texts = _docs()
    merged = merge_copies(docs, lambda url: texts.get(url, ""))
    assert [d.url for d in merged] == [SITE + STATIC, SITE + INTERP]
    assert merged[1].links_to == [SITE + STATIC]
    (rel,) = relations.interpretations(merged, texts)
    assert (rel.document_url, rel.direction) == (SITE + STATIC, "both")


def test_documents_that_only_share_a_title_stay_apart() -> None:
    docs, texts = _docs(dynamic_body=BODY.replace("中小企业扶持资金", "中小企业发展专项资金"))
    reads: list[str] = []
    merged = merge_copies(docs, lambda url: reads.append(url) or texts.get(url, ""))
    assert merged == docs
    assert SITE + INTERP not in reads  # body texts are read only for documents sharing a title


def test_a_notice_cross_posted_at_two_static_addresses_stays_in_both_columns() -> None:
    # TRS and VSB sites post one notice to 通知公告 and 政策文件: two columns' documents, not copies
    other = "info/1052/4013.htm"
    docs = [document(STATIC, TITLE, metadata=META), document(other, TITLE, metadata=META)]
    texts = {SITE + STATIC: BODY, SITE + other: BODY}
    assert merge_copies(docs, lambda url: texts.get(url, "")) == docs
    # with a dynamic copy beside them, which static one it copies is unknown: nothing is merged
    docs.append(document(DYNAMIC, TITLE, metadata=META))
    texts[SITE + DYNAMIC] = BODY
    assert merge_copies(docs, lambda url: texts.get(url, "")) == docs


def test_a_redirect_and_its_target_are_one_document_whatever_their_addresses() -> None:
    # /zwgk/a.html 301 -> /zwgk/2026/a_1.html: one fetch indexed at both (one WARC record)
    old, new = document("zwgk/a.html", TITLE, metadata=META), document("zwgk/2026/a_1.html", TITLE, metadata=META)
    new = replace(new, evidence=old.evidence)
    linking = document(INTERP, "一图读懂《鹤川县中小企业扶持资金管理办法》", kind="interpretation", links_to=[new.url])
    merged = merge_copies([new, old, linking], lambda url: "")  # no body text needed: the record says it
    assert [d.url for d in merged] == [old.url, linking.url] and merged[1].links_to == [old.url]


def test_a_redirect_fetched_apart_from_its_target_is_one_document() -> None:
    """WordPress's shortlink answers 301 to the post's permalink; fetched after the permalink it is a second fetch (its own
    WARC record) read off the permalink's answer. Where both addresses are static (a site moved to another CMS's scheme:
    tests/sites/mutate.py's `addresses`), the query rule cannot tell which is the copy: the redirect's final address does.
    Before, two documents: the interpretation, linking the shortlink, was reported not linked from the permalink's."""
    permalink = document("c/58517a/2026/5/8/fecfdb11.shtml", TITLE, metadata=META, links_to=[SITE + INTERP])
    permalink = replace(permalink, evidence=replace(permalink.evidence, record="crawl.warc.gz#173974"))
    short = document("c/158fcf/2026/11/20/37d4028c.shtml", TITLE, metadata=META, links_to=[SITE + INTERP])
    short = replace(short, evidence=replace(short.evidence, url=permalink.url, record="crawl.warc.gz#418278"))
    linking = document(INTERP, "一图读懂《鹤川县中小企业扶持资金管理办法》", kind="interpretation", links_to=[short.url])
    merged = merge_copies([permalink, short, linking], lambda url: BODY if url != SITE + INTERP else "")
    assert [d.url for d in merged] == [permalink.url, linking.url] and merged[1].links_to == [permalink.url]


# 万户 ezEIP serves a document at one script with or without its column parameter: aosong.com links
# `/en/Products/info.aspx?itemid=2301&lcid=139` and `/en/Products/info.aspx?itemid=2257` (lcid left out).
EZ_LISTED, EZ_BARE = "xxgk/info.aspx?itemid=2301&lcid=31", "xxgk/info.aspx?itemid=2301"
EZ_INTERP = "xxgk/info.aspx?itemid=2308&lcid=32"


def test_one_script_with_and_without_its_column_parameter_is_one_document() -> None:
    docs = [document(EZ_BARE, TITLE, metadata=META),  # a home page block's link
            document(EZ_LISTED, TITLE, metadata=META, links_to=[SITE + EZ_INTERP]),
            document(EZ_INTERP, "一图读懂《鹤川县中小企业扶持资金管理办法》", kind="interpretation", links_to=[SITE + EZ_LISTED])]
    texts = {SITE + EZ_BARE: BODY, SITE + EZ_LISTED: BODY, SITE + EZ_INTERP: "一、起草背景 二、主要内容 三、政策措施"}
    merged = merge_copies(docs, lambda url: texts.get(url, ""))
    assert [d.url for d in merged] == [SITE + EZ_LISTED, SITE + EZ_INTERP]  # kept at the column's own address
    (rel,) = relations.interpretations(merged, texts)
    assert (rel.document_url, rel.direction) == (SITE + EZ_LISTED, "both")


def test_one_script_in_two_columns_stays_in_both() -> None:
    other = "xxgk/info.aspx?itemid=2301&lcid=33"  # the same item cross-posted to another category
    docs = [document(EZ_LISTED, TITLE, metadata=META), document(other, TITLE, metadata=META)]
    texts = {SITE + EZ_LISTED: BODY, SITE + other: BODY}
    assert merge_copies(docs, lambda url: texts.get(url, "")) == docs


def test_copies_at_two_static_looking_addresses_of_one_column_are_one_document_at_the_listed_one() -> None:
    # Jspxcms's script copy `/info/1281.jspx` of the generated `/gfxwj/1281.html`, both served at the
    # numeric `/show/N.html` scheme: nothing in the addresses says which is the alias, but only one is a row
    # of the column's list; the 解读's 相关文件 link names the other
    listed, alias = "show/1010.html", "show/1058.html"
    interp = "show/1095.html"
    docs = [replace(document(listed, TITLE, metadata=META), column_url=SITE + "list/12.html"),
            replace(document(alias, TITLE, metadata=META), column_url=SITE + "list/12.html"),
            document(interp, "《人才公寓分配管理办法》解读", kind="interpretation", links_to=[SITE + alias])]
    texts = {SITE + listed: BODY, SITE + alias: BODY, SITE + interp: "一、起草背景 二、主要内容 三、政策措施"}
    merged = merge_copies(docs, lambda url: texts.get(url, ""), frozenset({SITE + listed}))
    assert [d.url for d in merged] == [SITE + listed, SITE + interp]
    assert merged[1].links_to == [SITE + listed]
    # listed in two columns (cross-posted), or in none: each stays a document of its own
    assert merge_copies(docs, lambda url: texts.get(url, ""), frozenset({SITE + listed, SITE + alias})) == docs
    assert merge_copies(docs, lambda url: texts.get(url, ""), frozenset()) == docs
    apart = [replace(docs[0]), replace(docs[1], column_url=SITE + "list/13.html"), docs[2]]
    assert merge_copies(apart, lambda url: texts.get(url, ""), frozenset({SITE + listed})) == apart
