"""Bad input, file by file: each gets the message the user sees beside it (and in `spacereader check`), the rest
of the library keeps working, and nothing hangs. Static cases live in tests/data/bad/; the ones that are big or
need the operating system are made here. Every load and render runs under a hang guard: a generous limit that
only a real hang reaches, never a measure of speed."""

from __future__ import annotations

import os
import shutil
import signal
import sys
import tempfile
import threading
import tracemalloc
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

import spacereader.core.library as library_module
import spacereader.core.render as render_module
from spacereader.core.articles import load_article
from spacereader.core.filenames import shown
from spacereader.core.library import load_library
from spacereader.core.links import classify
from spacereader.core.pages import article_page
from spacereader.core.profile_page import profile_page
from tests.helpers import write
from tests.html_safety import parse, text_of, unsafe

DATA = Path(__file__).parent.parent / "data" / "bad"
HANG_GUARD = 20  # seconds; every case takes well under one
PLAIN = "the article is shown as plain text"


def finishes_within(seconds: float, function: Callable, *args, **kwargs):
    """Call it with an alarm set: if it still runs after `seconds`, the test fails instead of stalling the suite.
    SIGALRM interrupts Python code, a blocked system call and the regular-expression engine alike (a thread could
    not: a regex holds the interpreter while it runs)."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        return function(*args, **kwargs)  # no alarms here: only a hang would show, as a stalled suite

    def hung(signum, frame):
        pytest.fail(f"{function.__name__} still running after {seconds} s: it hangs")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return function(*args, **kwargs)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@dataclass
class Case:
    name: str
    make: Callable[[Path], Path]  # makes the bad file in the library folder, returns its path
    messages: list[str]  # the problems shown beside the file, as `Problem.short()` words them
    shows: list[str] = field(default_factory=list)  # text the reader page must still show
    page_messages: list[str] = field(default_factory=list)  # problems found only when the page is made
    web_links: int = 0  # links to the web the page must hold (so formatted, not fallen back to plain text)


def copied(name: str) -> Callable[[Path], Path]:
    return lambda root: Path(shutil.copy(DATA / name, root / name))


def written(name: str, text: str) -> Callable[[Path], Path]:
    return lambda root: write(root / name, text)


def sparse(root: Path) -> Path:
    path = root / "huge.md"
    with open(path, "wb") as file:
        file.truncate(100 * 1024 * 1024)  # 100 MB that take no disk space
    return path


def symlink(name: str, target: str) -> Callable[[Path], Path]:
    def make(root: Path) -> Path:
        (root / name).symlink_to(target)
        return root / name
    return make


def raw_name(name: bytes) -> Callable[[Path], Path]:
    def make(root: Path) -> Path:
        path = Path(os.fsdecode(os.fsencode(root) + b"/" + name))
        path.write_text("---\ntitle: An odd name\n---\nThe text is fine.\n", encoding="utf-8")
        return path
    return make


FRONT = "---\ntitle: Generated\n---\n"  # the body starts on line 4
STATIC = {
    "empty.md": ["error: the file is empty"],
    "binary.md": ["error: not a text file (it contains binary data)"],
    "cp1252.md": ["warning: line 2: not valid UTF-8; read as Windows-1252 (cp1252)"],
    "utf16.md": ["warning: encoded as UTF-16; save it as UTF-8"],
    "utf16-no-bom.md": ["warning: encoded as UTF-16 (with no byte-order mark); save it as UTF-8"],
    "bom.md": [],
    "crlf.md": [],
    "lone-cr.md": [],
    "unclosed-front-matter.md": ["error: line 1: front matter opened with `---` is never closed (add a `---` line after it)"],
    "not-a-mapping.md": ["error: line 2: front matter is ignored: it must be `key: value` lines, not a list"],
    "wrong-types.md": ["warning: line 3: `tags` should be a list of words, not 5; it is ignored",
                       "error: line 4: `date` is not an ISO date or date-time (like 2021-03-14): 'yesterday'"],
    "alias-bomb.md": ["error: line 4: front matter is ignored: it uses YAML aliases (*name), which SpaceReader does not expand"],
}
SHOWS = {
    "cp1252.md": ["Réseaux sociaux à bord", "L’été 2021"],
    "utf16.md": ["Écrit par le Bloc-notes", "Un article enregistré en UTF-16."],
    "utf16-no-bom.md": ["UTF-16 without a byte-order mark", "Saved by an old tool."],
    "bom.md": ["Starts with a byte-order mark", "The BOM is not part of the text."],
    "crlf.md": ["Windows line endings", "First paragraph.", "Second paragraph."],
    "lone-cr.md": ["Classic Mac line endings", "First paragraph.", "Second paragraph."],
    "wrong-types.md": ["Wrong types", "Text."],
}
LINKS = "".join(f"[link {i}](https://example.org/{i}) " for i in range(10_000))
CASES = [Case(name.removesuffix(".md"), copied(name), messages, SHOWS.get(name, [])) for name, messages in STATIC.items()] + [
    Case("100-MB-file", sparse, ["error: file is too large (104.9 MB; the limit is 8 MB)"]),
    Case("20000-nested-quotes", written("quotes.md", FRONT + "> " * 20_000 + "deep\n"),
         [f"warning: line 4: quotes and lists nested 20000 deep (the limit is 50); {PLAIN}"], ["> > > deep"]),
    Case("20000-nested-lists", written("lists.md", FRONT + "- " * 20_000 + "deep\n"),
         [f"warning: line 4: quotes and lists nested 20000 deep (the limit is 50); {PLAIN}"], ["- - - deep"]),
    Case("lists-nested-by-indentation", written("indented.md", FRONT + "".join("    " * i + f"- level {i}\n" for i in range(60))),
         [f"warning: line 54: quotes and lists nested 51 deep (the limit is 50); {PLAIN}"], ["- level 59"]),
    Case("20000-nested-brackets", written("brackets.md", FRONT + "[" * 20_000 + "x" + "]" * 20_000 + "\n"),
         [f"warning: line 4: more than 50 `[` brackets nested or left open in a paragraph; {PLAIN}"]),
    Case("20000-nested-html-tags", written("divs.md", FRONT + "<div>" * 20_000 + "deep" + "</div>" * 20_000 + "\n"),
         [f"warning: line 4: more than 50 HTML tags nested or left open; {PLAIN}"], ["<div><div>"]),
    Case("nested-html-tables", written("tables.md", FRONT + "<table><tr><td>" * 9 + "x" + "</td></tr></table>" * 9 + "\n"),
         [], page_messages=[f"warning: tables nested 9 deep (the limit is 8); {PLAIN}"]),
    Case("20000-ampersands", written("amps.md", FRONT + "& " * 20_000 + "\n"),
         [f"warning: line 4: more than 10,000 `&` characters (or no-break spaces) in a paragraph; {PLAIN}"]),
    Case("1-MB-line", written("long-line.md", FRONT + "Chris Hadfield " + "orbit " * 175_000 + "\n"), [], ["orbit orbit orbit"]),
    Case("1-MB-heading", written("heading.md", "# A " + "{ " * 500_000 + "\n\nText.\n"), [], ["A { { {", "Text."]),
    Case("20000-unclosed-links", written("unclosed.md", FRONT + "[x](" * 20_000 + "\n"),
         [f"warning: line 4: more than 50 `[` brackets nested or left open in a paragraph; {PLAIN}"], ["[x]([x]("]),
    Case("10000-links", written("links.md", FRONT + LINKS + "\n"), [], ["link 9999"], web_links=10_000),
    Case("symlink-loop", symlink("loop.md", "loop.md"), ["error: cannot be read: a symbolic link that leads back to itself"]),
    Case("symlink-to-nothing", symlink("dangling.md", "nowhere.md"), ["error: cannot be read: no such file (moved or deleted?)"]),
    Case("name-with-spaces", written("a name with spaces.md", "---\ntitle: Spaces\n---\nFine.\n"), [], ["Fine."]),
    Case("name-with-newline", raw_name(b"new\nline.md"), ["warning: the file name holds a line break or another invisible "
                                                         "control character (it shows as new\\nline.md); rename the file"]),
]
if sys.platform.startswith("linux"):  # other systems refuse such names
    CASES.append(Case("name-not-utf-8", raw_name(b"caf\xe9.md"),
                      ["warning: the file name is not valid UTF-8 (it shows as caf\\xe9.md); rename the file"]))


def library_with_good_article(folder: Path) -> Path:
    root = folder / "library"
    root.mkdir()
    shutil.copy(DATA / "good.md", root / "good.md")
    return root


def page_of(library, article) -> str:
    return finishes_within(HANG_GUARD, article_page, article, library.profiles_of(article), library.matcher, root=library.root)


def assert_the_rest_works(library) -> None:
    good = library.article(library.root / "good.md")
    assert good is not None and good.problems == []
    page = page_of(library, good)
    assert "Chris Hadfield sang Space Oddity aboard the station." in text_of(page)
    assert ("a", {"class": "astronaut", "href": "astronaut:chris-hadfield"}) in parse(page).tags


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_each_bad_file_gets_its_message_and_the_library_keeps_working(tmp_path, monkeypatch, case):
    # The formatting deadline protects a reader, not this test: a busy machine must not turn a page into plain text
    # here (the deadline has a test of its own). The hang guard still stops a real hang.
    monkeypatch.setattr(render_module, "RENDER_SECONDS", HANG_GUARD * 0.75)
    root = library_with_good_article(tmp_path)
    bad = case.make(root)
    library = finishes_within(HANG_GUARD, load_library, root)
    article = library.article(library.root / bad.name)
    assert article is not None  # listed, with its message, not left out
    assert [p.short() for p in article.problems] == case.messages
    for problem in article.problems:  # `spacereader check`: one line, naming the file
        assert problem.path == article.path
        assert str(problem).startswith(f"{shown(article.path)}:") and "\n" not in str(problem)
    page = page_of(library, article)
    assert unsafe(page, library.root) == []
    for text in case.messages + case.page_messages + case.shows:
        assert text in text_of(page)
    assert ('class="plain-text"' in page) == any(PLAIN in message for message in case.messages + case.page_messages)
    links = [attrs for tag, attrs in parse(page).tags if tag == "a" and attrs.get("href", "").startswith("https://example.org/")]
    assert len(links) == case.web_links and all(link.get("class") == "external" for link in links)
    assert_the_rest_works(library)


def test_the_whole_bad_folder_opens_as_one_library():
    library = finishes_within(HANG_GUARD, load_library, DATA)
    assert {a.path.name for a in library.articles} == {"good.md", *STATIC}
    for name, messages in STATIC.items():
        assert [p.short() for p in library.article(library.root / name).problems] == messages, name
    assert_the_rest_works(library)


def test_the_alias_bomb_is_refused_without_being_expanded():
    tracemalloc.start()
    try:
        article = finishes_within(HANG_GUARD, load_article, DATA / "alias-bomb.md")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert article.has_errors
    assert peak < 10_000_000  # expanded, its 9**10 "lol"s would take far more memory than any machine has


def test_a_100_MB_file_is_refused_without_being_read(tmp_path):
    path = sparse(tmp_path)
    tracemalloc.start()
    try:
        article = finishes_within(HANG_GUARD, load_article, path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [p.short() for p in article.problems] == ["error: file is too large (104.9 MB; the limit is 8 MB)"]
    assert peak < 10_000_000


def to_folder(path: Path) -> None:
    path.unlink()
    path.mkdir()


def to_pipe(path: Path) -> None:
    path.unlink()
    os.mkfifo(path)  # opening a pipe to read waits for a writer: reading it blindly would hang forever


@pytest.mark.parametrize(("change", "message"), [
    (Path.unlink, "error: cannot be read: no such file (moved or deleted?)"),
    (to_folder, "error: not a regular file (a pipe, device or folder)"),
    pytest.param(to_pipe, "error: not a regular file (a pipe, device or folder)",
                 marks=pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")),
], ids=["deleted", "replaced-by-a-folder", "replaced-by-a-pipe"])
def test_a_file_that_changes_between_the_scan_and_the_reading(tmp_path, monkeypatch, change, message):
    root = library_with_good_article(tmp_path)
    path = write(root / "fleeting.md", "---\ntitle: Fleeting\n---\nHere now.\n")
    scan = library_module.scan

    def scan_then_change(folder):
        found = scan(folder)
        change(path)
        return found

    monkeypatch.setattr(library_module, "scan", scan_then_change)
    library = finishes_within(HANG_GUARD, load_library, root)
    article = library.article(library.root / "fleeting.md")
    assert [p.short() for p in article.problems] == [message]
    assert message in text_of(page_of(library, article))
    assert_the_rest_works(library)


@contextmanager
def as_nobody():
    """Root may read any file whatever its mode: for the length of the block act as `nobody` (the effective ids
    only, so that root comes back after), and the kernel refuses what it refuses everyone."""
    if os.name != "posix" or os.geteuid() != 0:
        yield
        return
    os.setegid(65534)
    os.seteuid(65534)
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_file_that_may_not_be_read():
    with tempfile.TemporaryDirectory() as folder:
        os.chmod(folder, 0o755)  # `nobody` must reach the library, just not the one file
        root = library_with_good_article(Path(folder))
        write(root / "secret.md", "---\ntitle: Secret\n---\nHidden.\n").chmod(0)
        with as_nobody():
            library = finishes_within(HANG_GUARD, load_library, root)
            article = library.article(library.root / "secret.md")
            page = page_of(library, article)
            assert_the_rest_works(library)
    assert [p.short() for p in article.problems] == ["error: cannot be read: permission denied"]
    assert "Hidden." not in text_of(page) and "permission denied" in text_of(page)


def test_a_folder_that_links_back_to_itself_does_not_trap_the_scan(tmp_path):
    root = library_with_good_article(tmp_path)
    (root / "again").symlink_to(root)
    (root / "deeper").mkdir()
    (root / "deeper" / "up").symlink_to(root)
    library = finishes_within(HANG_GUARD, load_library, root)
    assert [a.path.name for a in library.articles] == ["good.md"]
    assert_the_rest_works(library)


def outside_and_inside_links(tmp_path: Path) -> Path:
    secret = write(tmp_path / "private" / "notes.md", "---\ntitle: Private notes\n---\nMy bank password.\n")
    root = library_with_good_article(tmp_path)
    (root / "notes.md").symlink_to(secret)
    (root / "again.md").symlink_to(root / "good.md")  # a link to an article of the library is fine
    return root


def test_a_symbolic_link_to_a_file_outside_the_library_is_not_read(tmp_path):
    root = outside_and_inside_links(tmp_path)
    article = load_article(root / "notes.md", root)
    secret = (tmp_path / "private" / "notes.md").resolve()
    assert [p.short() for p in article.problems] == [
        f"error: a symbolic link to a file outside the library ({secret}); it is not read"]
    assert article.body == "" and article.title == "notes"
    inside = load_article(root / "again.md", root)
    assert inside.problems == [] and inside.title == "Hadfield's Space Oddity"


def test_the_library_does_not_read_a_symbolic_link_to_a_file_outside_it(tmp_path):
    root = outside_and_inside_links(tmp_path)
    library = load_library(root)
    page = page_of(library, library.article(library.root / "notes.md"))
    assert "My bank password." not in text_of(page)


def test_formatting_that_takes_too_long_stops_and_the_text_shows_plain(tmp_path, monkeypatch):
    monkeypatch.setattr(render_module, "RENDER_SECONDS", 0.5)
    root = library_with_good_article(tmp_path)
    # Python's HTML parser, under Python-Markdown, takes time growing with the square of unclosed tags: minutes here
    write(root / "slow.md", FRONT + "<a " * 100_000 + "\n")
    library = finishes_within(HANG_GUARD, load_library, root)
    article = library.article(library.root / "slow.md")
    assert article.problems == []  # nothing a reading of the file can see
    page = page_of(library, article)
    assert f"warning: took more than 0.5 seconds to format; {PLAIN}" in text_of(page)
    assert "<a <a <a" in text_of(page) and unsafe(page, library.root) == []
    assert_the_rest_works(library)


def test_nesting_the_limits_do_not_see_is_shown_plain_not_a_crash(tmp_path):
    root = library_with_good_article(tmp_path)
    write(root / "emphasis.md", FRONT + "*a " * 2000 + "x" + " a*" * 2000 + "\n")  # Python-Markdown recurses per level
    library = finishes_within(HANG_GUARD, load_library, root)
    page = page_of(library, library.article(library.root / "emphasis.md"))
    assert f"warning: too deeply nested to format; {PLAIN}" in text_of(page)
    assert_the_rest_works(library)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="other systems refuse names that are not UTF-8")
def test_an_article_whose_name_is_not_utf_8_opens_from_its_astronauts_profile(tmp_path):
    root = library_with_good_article(tmp_path)
    path = raw_name(b"caf\xe9.md")(root)
    path.write_text("---\ntitle: Café\n---\nChris Hadfield was there.\n", encoding="utf-8")
    library = finishes_within(HANG_GUARD, load_library, root)
    page = profile_page(library.book.get("chris-hadfield"), library.mentioned_in("chris-hadfield"))
    hrefs = [attrs["href"] for tag, attrs in parse(page).tags if tag == "a" and attrs.get("href", "").startswith("article:")]
    assert {Path(classify(href).value) for href in hrefs} == {library.root / "good.md", library.root / path.name}


def test_a_page_lists_the_first_hundred_problems_and_says_how_many_more(tmp_path):
    root = library_with_good_article(tmp_path)
    write(root / "broken.md", FRONT + "".join(f"[page {i}](missing-{i}.md)\n\n" for i in range(1_500)))
    library = finishes_within(HANG_GUARD, load_library, root)
    article = library.article(library.root / "broken.md")
    assert len(article.problems) == 1_500  # `spacereader check` lists every one
    page = page_of(library, article)
    assert len([tag for tag, _ in parse(page).tags if tag == "li"]) == 101 and "… and 1,400 more" in text_of(page)
