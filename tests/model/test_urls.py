"""govaudit.urls.normalize: its fast paths for relative links must agree with urllib's
urljoin on every form, cached or not (the crawler and the model both rely on it), once a backslash
before the query is read as browsers read it, as a slash (WHATWG URL; 万载's FineCMS trail `href="\\"`)."""

from __future__ import annotations

import itertools
import random
import re
from urllib.parse import urljoin

import pytest

from govaudit.urls import _normalize_absolute, _resolve_absolute, clear_caches, link_kind, normalize, resolve

BASES = [
    "http://www.pingtan.gov.cn/zwgk/zfxxgk/gwhwj/hzgfxwj/202510/t20251020_102272.htm",
    "https://A.Gov.CN:443/x/y/",
    "http://h:8080/a/b/index.html?q=1#frag",
    "http://h",
    "http://h?x=1",
    "http://h/a;p=1/b.html;q=2",
    "http://h/a//b/c.html",
    "HTTP://H/A/",
    "http://h/a/b/..",
    "http://h/a/./b/../c/",
    "https://user:pw@h/a/",
    "http://[::1]/a/b.html",
    "http://h:bad/a/",
    "http://[::1/a/",
    "ftp://h/a/",
    "http:///a/",
    "http:a/b.html",
    "http://h/%7E/a.html",
    "http://h/中文/页.html",
    "http://h\t/a/b.html",
    "file:///x/y.html",
]
URLS = [
    "a.html", "./a.html", "../a.html", "../../../../x/", "..", ".", "./", "../", "a/b/../../c",
    "a//b", "a/./b/.", "/", "/a", "/a//b/../c", "/..", "/../a", "/a?x=1&y=2", "a.html?", "?x", "#f",
    "a.html#f", "a;p=1", "//h2/x", "mailto:x@y", "javascript:void(0)", "a:b", "中文.html", "%E4%B8%AD.html",
    "a b.html", "a\tb.html", "index.html", "dir/index.htm", "./index.shtml?x", "  ./a.html  ", "\x01a.html",
    "\u3000a.html", "a\\b.html", "./202609/t20260903_108717.htm", "../sswzcwj/", "....//x", "a?b?c",
    "a?b:c", "/a?#", "data:image/png;base64,xx", "", "/cn/view/pages/ItemList.html?itemPId=923&itemId=933",
    "https://other.gov.cn/a/index.html", "HTTP://X.cn", "/a\nb",
]


def _browser(url: str) -> str:
    """`url` with the backslashes before its query or fragment made slashes."""
    found = re.search(r"[?#]", url)
    cut = found.start() if found else len(url)
    return url[:cut].replace("\\", "/") + url[cut:]


def _urllib(url: str, base: str) -> str | None | type[Exception]:
    """What normalize must return: urllib's urljoin (absolute http(s) URLs ignore the base),
    then the absolute normalisation."""
    url = _browser(url.strip())
    try:
        if url[:8].lower().startswith(("http://", "https://")):
            return _normalize_absolute(url)
        return _normalize_absolute(urljoin(base, url))
    except ValueError:
        return ValueError


def _normalize(url: str, base: str) -> str | None | type[Exception]:
    try:
        return normalize(url, base)
    except ValueError:
        return ValueError


@pytest.mark.parametrize("base", BASES)
def test_relative_forms_agree_with_urljoin_cold_and_cached(base: str):
    for url in URLS:
        clear_caches()
        expected = _urllib(url, base)
        assert _normalize(url, base) == expected, (url, base)  # cold
        assert _normalize(url, base) == expected, (url, base)  # from the caches


def test_random_relative_paths_agree_with_urljoin():
    pieces = ["a", "b.html", ".", "..", "", "index.html", "x y", "%2F", "中", "?q=1", "?", ":", ";", "#", "//", "\\"]
    rng = random.Random(4)
    for _ in range(20000):
        url = "/".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        if rng.random() < 0.3:
            url = "/" + url
        base = rng.choice(BASES)
        assert _normalize(url, base) == _urllib(url, base), (url, base)


def test_directory_cache_is_shared_by_pages_of_one_column():
    clear_caches()
    a = normalize("../gsgg/", "http://h/zwgk/tzgg/202601/t1.html")
    b = normalize("../gsgg/", "http://h/zwgk/tzgg/202601/t2.html")
    assert a == b == "http://h/zwgk/tzgg/gsgg/"


@pytest.mark.parametrize("url, kind", [
    ("http://h/a/b.pdf", "attachment"), ("http://h/a/B.DOCX?x=1", "attachment"), ("http://h/i.PNG", "image"),
    ("http://h/a.html", "page"), ("http://h/a.pdf.html", "page"), ("http://h/?f=a.pdf", "page"),
])
def test_link_kind_cached_and_uncached(url: str, kind: str):
    clear_caches()
    assert link_kind(url) == link_kind(url) == kind


def test_absolute_and_base_free_forms_unchanged():
    assert normalize("HTTP://WWW.A.gov.cn:80/x/index.htm#top") == "http://www.a.gov.cn/x/"
    assert normalize("https://a.gov.cn:8443/") == "https://a.gov.cn:8443/"
    assert normalize("a.html") is None and normalize("mailto:x@y") is None
    for url, base in itertools.product(["/x/index.jsp", "y/../index.shtml"], ["http://h/a/b.html"]):
        assert normalize(url, base) == _urllib(url, base)


@pytest.mark.parametrize("url, key", [
    ("http://h/col/col1229/index.html", "http://h/col/col1229/"),
    ("http://h/a/default.htm", "http://h/a/"),
    ("http://h/a/index.shtml?", "http://h/a/"),  # an empty query is no query
    # A query string names another resource than the folder's: the document name stays.
    ("http://h/col/col1229/index.html?uid=5001&pageNum=2", "http://h/col/col1229/index.html?uid=5001&pageNum=2"),
    ("http://h/a/index.jsp?page=3", "http://h/a/index.jsp?page=3"),
    ("http://h/a/default.html?pageIndex=2", "http://h/a/default.html?pageIndex=2"),
    ("http://h/a/myindex.html", "http://h/a/myindex.html"),
])
def test_default_document_dropped_only_without_query(url: str, key: str):
    clear_caches()
    assert normalize(url) == key


@pytest.mark.parametrize("url, base, linked", [
    ("index.html", "http://h/col/col1/index.html?uid=1&pageNum=2", "http://h/col/col1/index.html"),
    ("?uid=1&pageNum=3", "http://h/col/col1/index.html?uid=1&pageNum=2", "http://h/col/col1/index.html?uid=1&pageNum=3"),
    ("/a/index.shtml#top", "http://h/", "http://h/a/index.shtml"),
    ("HTTP://H:80/x/default.htm", "http://h/", "http://h/x/default.htm"),
])
def test_resolve_keeps_the_url_as_linked_and_normalize_is_its_key(url: str, base: str, linked: str):
    """Differential: resolve() is the URL to fetch, normalize() only its comparison key."""
    clear_caches()
    assert resolve(url, base) == linked
    assert normalize(url, base) == normalize(linked) == normalize(resolve(url, base))
    assert resolve(linked) == linked  # resolving twice changes nothing


def test_resolve_agrees_with_urljoin_on_every_form():
    """resolve()'s fast paths against urljoin: same absolute URL, document names kept."""
    for base in BASES:
        for url in URLS:
            clear_caches()
            stripped = _browser(url.strip())
            try:
                joined = stripped if stripped[:8].lower().startswith(("http://", "https://")) else urljoin(base, stripped)
                expected = _resolve_absolute(joined)
            except ValueError:
                expected = ValueError
            try:
                got = resolve(url, base)
            except ValueError:
                got = ValueError
            assert got == expected, (url, base)


def test_plain_absolute_fast_path_is_urlsplit():
    """_resolve_absolute and link_kind read plain http(s) URLs without urlsplit: same answers."""
    from urllib.parse import urlsplit

    from govaudit.urls import _path_of, _resolve_general

    heads = ["http://", "https://", "HTTP://", "hTtPs://", "ftp://", "http:", "http:/", "http:///", " http://", "\thttp://"]
    hosts = ["h", "WWW.A.gov.cn", "a_b.c-d.cn", "h:80", "h:8080", "H:443", "u:p@h", "[::1]", "[::1", "h\t", "Kı.cn",
             "ſ.cn", "中文.cn", ".", "", "h:x"]
    rests = ["", "/", "/a/b.html", "/a/INDEX.HTML", "?x=1", "#f", "/a?", "/a?#", "/a#x?y", "/a?x#y", "/a b.PDF ",
             "/a\tb", "/a\nb.doc", "/a\rb", "/a\x0bb", "//x/..", "/a.pdf?f=1", "?f=a.pdf", "/中.JPG", "/a\\b"]
    rng = random.Random(9)
    cases = [h + host + r for h in heads for host in hosts for r in rests]
    cases += ["".join(rng.choice(heads + hosts + rests) for _ in range(rng.randint(1, 5))) for _ in range(20000)]
    for url in cases:
        clear_caches()
        assert _resolve_absolute(url) == _resolve_general(url), repr(url)
        try:
            expected = urlsplit(url).path
        except ValueError:
            continue
        assert _path_of(url) == expected, repr(url)


def test_resolved_kind_is_link_kind_on_resolved_urls():
    """The interned link's kind is read off the URL resolve() returned without parsing it again."""
    from govaudit.urls import resolved_kind

    pieces = ["a", "b.PDF", "c.docx", "x.Jpg", ".png", "index.html", "..", ".", "", "?f=a.pdf", "?", "#f.doc", ";p=1.xls",
              "中.ZIP", "%2F.gif", "K.pdf", "İ.doc", "Σ", "a b.txt", "\t.rar"]
    hosts = ["http://h", "https://H.gov.cn:443", "http://h:8080", "http://u:p@h", "http://[::1]", "HTTP://Kı.cn", "http://a.doc"]
    rng = random.Random(12)
    seen = set()
    for _ in range(30000):
        ref = "/".join(rng.choice(pieces) for _ in range(rng.randint(1, 5)))
        base = rng.choice(hosts) + "/" + "/".join(rng.choice(pieces) for _ in range(rng.randint(0, 3)))
        for absolute in (resolve(ref, base), resolve(base + ref), normalize(ref, base)):
            if absolute is not None:
                assert resolved_kind(absolute) == link_kind(absolute), repr(absolute)
                seen.add(link_kind(absolute))
    assert seen == {"page", "attachment", "image"}


@pytest.mark.parametrize("url, key", [
    # Templates that join the site's address with a path: 太原市人民政府's menu (tests/model/realpages,
    # taiyuan-…museum-intro) links `https://www.taiyuan.gov.cn//xwzx.html`, 防城港's `http://www.fcgs.gov.cn//map.shtml`.
    ("https://www.taiyuan.gov.cn//xwzx.html", "https://www.taiyuan.gov.cn/xwzx.html"),
    ("http://www.fcgs.gov.cn//dbdh/lxwm//index.shtml", "http://www.fcgs.gov.cn/dbdh/lxwm/"),
    ("http://h//", "http://h/"),
    ("http://h:8080///a", "http://h:8080/a"),
    ("http://h/a//b.html?u=http://x//y", "http://h/a/b.html?u=http://x//y"),  # the query keeps its own
    ("http://h/a?u=http://x//y", "http://h/a?u=http://x//y"),
])
def test_runs_of_slashes_in_a_path_are_one_as_servers_read_them(url: str, key: str):
    """A server maps `/a//b.html` to the file `/a/b.html`: one page, one key; the link stays as linked."""
    clear_caches()
    assert normalize(url) == key
    assert resolve(url) == url.replace(":80/", "/")
