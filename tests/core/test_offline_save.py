"""Saving a full article: what is kept of a real-like page, and every way the web can fail, against a server on
127.0.0.1 serving pages we wrote. No real network."""

import json
import shutil
import ssl
import subprocess

import pytest

from spacereader import __version__
from spacereader.core.articles import Article
from spacereader.core.fetch import FetchFailed, FetchLimits, fetch_image
from spacereader.core.offline import save_all, save_full_article
from spacereader.core.saved import SavedCopies
from spacereader.core.settings import load_settings
from tests.web_server import HUGE_BYTES, PAGES, WebServer

QUICK = FetchLimits(connect_seconds=0.5, total_seconds=5)


@pytest.fixture
def web():
    with WebServer() as server:
        yield server


@pytest.fixture
def store(tmp_path):
    return SavedCopies(tmp_path / "saved")


def saved(web, store, route, **options):
    article = Article(PAGES / "news.html", "T", full_article=web.base + route)
    return save_full_article(article, store, limits=options.pop("limits", QUICK), **options)


def test_a_news_page_keeps_the_article_and_none_of_the_rest(web, store):
    outcome = saved(web, store, "/news")
    assert outcome.saved, outcome.failure
    html = store.page_html(outcome.copy.url)
    for kept in ("seven windows of the cupola", "A new way to talk about spaceflight", "ARTICLEEND"):
        assert kept in html
    for dropped in ("COOKIECONSENT", "NAVLINK", "ADVERT", "RELATED", "COMMENTTEXT", "FOOTER", "<script", "dataLayer"):
        assert dropped not in html
    copy = store.get(web.base + "/news")
    assert (copy.title, copy.author, copy.date) == ("Astronaut posts the first selfie from the station's cupola",
                                                    "Jane Reporter", "2026-05-12")
    assert copy.site == "127.0.0.1" and copy.fetched_at is not None
    assert "<h1" not in html  # the title is the header's, not repeated in the text


def test_links_in_the_copy_go_to_the_web_and_images_show_as_their_alt_text(web, store):
    html = store.page_html(saved(web, store, "/news").copy.url)
    assert f'href="{web.base}/2025/earlier-story"' in html
    assert "<img" not in html and "[The Earth seen from the cupola]" in html  # nothing fetched but the page


def test_a_page_in_iso_8859_1_reads_right_whether_the_server_or_the_page_says_it(web, store):
    for route in ("/latin1", "/latin1-meta"):
        html = store.page_html(saved(web, store, route).copy.url)
        assert "Baïkonour" in html and "devenir ingénieur" in html
        assert store.get(web.base + route).author == "Camille Laurent"


def test_a_gzipped_page_is_read(web, store):
    assert saved(web, store, "/gzip").saved


def test_a_redirect_chain_is_followed_with_no_cookie_kept(web, store):
    outcome = saved(web, store, "/r1")
    assert outcome.saved, outcome.failure
    assert outcome.copy.final_url == web.base + "/news"
    assert web.paths() == ["/r1", "/r2", "/r3", "/news"]
    assert all("Cookie" not in headers for _, headers in web.requests)
    assert all(headers["User-Agent"].startswith(f"SpaceReader/{__version__}") for _, headers in web.requests)


def test_more_than_five_redirects_are_refused(web, store):
    outcome = saved(web, store, "/loop/0")
    assert outcome.failure == "more than 5 redirects"
    assert len(web.requests) == 6  # the first request and five redirects, not one more


@pytest.mark.parametrize(("route", "message"), [
    ("/to-file", "the page redirects to file:///etc/passwd, which is not a web address"),
    ("/missing", "the page is not there (HTTP 404)"),
    ("/broken", "the site failed to send the page (HTTP 500)"),
    ("/silent", "no answer from 127.0.0.1 in time (0.5 s)"),
    ("/paper.pdf", "the link leads to a PDF document, not a web page: open it in your browser"),
    ("/huge-declared", "the page is larger than 5 MB"),
    ("/menu-only", "no article text was found on the page"),
])
def test_each_failure_says_why_in_one_line_and_is_recorded(web, store, route, message):
    outcome = saved(web, store, route)
    assert outcome.failure == message
    recorded = store.get(web.base + route)
    assert recorded.failure == message and recorded.page is None
    assert store.all() == [recorded]


def test_a_50_mb_page_is_cut_off_at_the_cap(web, store):
    outcome = saved(web, store, "/huge")
    assert outcome.failure == "the page is larger than 5 MB"
    assert web.huge_bytes_sent < HUGE_BYTES  # the rest was never read


def test_a_server_that_is_not_there_is_said(store):
    with WebServer() as gone:
        base = gone.base
    outcome = save_full_article(Article(__file__, "T", full_article=base + "/news"), store, limits=QUICK)
    assert outcome.failure == "127.0.0.1 refused the connection"


def test_images_are_kept_only_when_asked_and_within_the_caps(web, store):
    assert "<img" not in store.page_html(saved(web, store, "/pictures").copy.url) and web.paths() == ["/pictures"]
    outcome = saved(web, store, "/pictures", images=True)
    html = store.page_html(outcome.copy.url)
    assert html.count('<img src="images/1.png" alt="The Earth') == 2  # the same image fetched once, shown twice
    assert "[A huge picture]" in html  # over 2 MB
    assert [p.name for p in (outcome.copy.folder / "images").iterdir()] == ["1.png"]
    assert sorted(web.paths()[1:]) == ["/img/big.png", "/img/earth.png", "/pictures"]


def test_an_svg_image_is_never_kept(web):
    with pytest.raises(FetchFailed, match="not an image SpaceReader shows"):
        fetch_image(web.base + "/img/drawing.svg")  # it can hold scripts and links


def test_a_failed_save_keeps_the_earlier_good_copy(web, store, monkeypatch):
    first = saved(web, store, "/news")
    good = store.page_html(first.copy.url)
    web.shutdown()  # from now on nothing answers
    web.server_close()
    again = save_full_article(first.article, store, limits=QUICK)
    assert again.failure
    assert store.page_html(first.copy.url) == good
    kept = store.get(first.copy.url)
    assert kept.fetched_at == first.copy.fetched_at and kept.failure == again.failure


@pytest.fixture
def https_web(tmp_path):
    """The same server behind TLS with a certificate no authority signed."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl makes the test certificate")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "2",
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"], check=True, capture_output=True)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    with WebServer(context) as server:
        yield server


def test_a_certificate_that_cannot_be_verified_is_refused(https_web, store):
    url = https_web.base.replace("http:", "https:") + "/news"
    outcome = save_full_article(Article(PAGES / "news.html", "T", full_article=url), store, limits=QUICK)
    assert outcome.failure == "the certificate of 127.0.0.1 could not be verified"


def test_only_web_addresses_are_fetched(store):
    outcome = save_full_article(Article(__file__, "T", full_article="file:///etc/passwd"), store)
    assert outcome.failure == "only http and https addresses are fetched, not file:///etc/passwd"


def test_saving_a_library_makes_exactly_one_request_per_article(web, store, tmp_path):
    articles = [Article(tmp_path / f"{n}.md", f"A{n}", full_article=f"{web.base}/news?n={n}") for n in range(4)]
    articles.append(Article(tmp_path / "none.md", "No link"))
    seen = []
    outcomes = save_all(articles, store, limits=QUICK, on_outcome=lambda o, done, total: seen.append((done, total)))
    assert [o.saved for o in outcomes] == [True] * 4
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert web.connections == 4 and len(web.requests) == 4


def test_saving_stops_between_two_articles_when_asked(web, store, tmp_path):
    articles = [Article(tmp_path / f"{n}.md", f"A{n}", full_article=f"{web.base}/news?n={n}") for n in range(4)]
    outcomes = save_all(articles, store, limits=QUICK, stop=lambda: len(web.requests) >= 2)
    assert len(outcomes) == 2 and len(store.all()) == 2


def test_a_copy_can_be_deleted(web, store):
    outcome = saved(web, store, "/news")
    store.delete(outcome.copy.url)
    assert store.get(outcome.copy.url) is None and store.all() == []


def test_keeping_images_is_remembered_only_as_true_or_false(tmp_path):
    path = tmp_path / "settings.json"
    for value, kept in ((True, True), (1, False), ("yes", False)):
        path.write_text(json.dumps({"offline_images": value}), encoding="utf-8")
        assert load_settings(path).offline_images is kept
