"""The command line: the app by default, and list, search, profiles, render, check and screenshot for authors and scripts."""

from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
import sys
from pathlib import Path

from spacereader import __version__
from spacereader.core.filenames import shown
from spacereader.core.searchtext import HIT_END, HIT_START

COMMANDS = ("list", "search", "profiles", "render", "check", "save", "screenshot", "timeline")


class CommandError(Exception):
    """A command called on something it cannot work with: said in one line, exit status 2."""


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in COMMANDS:
        args = _command_parser().parse_args(argv)
        try:
            return args.handler(args)
        except CommandError as exc:
            print(f"spacereader {argv[0]}: {exc}", file=sys.stderr)
            return 2
        except BrokenPipeError:  # the reader of our output left early (`| head`): not our error to report
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 0
    args = _app_parser().parse_args(argv)
    if args.path is not None and not args.path.exists():
        print(f"spacereader: {args.path}: no such file or folder", file=sys.stderr)
        return 2
    if _no_display():
        print("spacereader: no display to open a window on (DISPLAY and WAYLAND_DISPLAY are unset).\n"
              "Run it on a desktop, or draw the window to a file: spacereader screenshot out.png", file=sys.stderr)
        return 2
    from spacereader.ui.app import run  # Qt only for the GUI

    return run(args.path)


def _no_display() -> bool:
    """On Linux without a display Qt would abort with a cryptic message; a platform chosen by hand is trusted."""
    return (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"))


def _app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="spacereader", description="A desktop reader for articles about space and the people who go there.",
        epilog=f"commands: {', '.join(COMMANDS)} (spacereader COMMAND --help)")
    parser.add_argument("--version", action="version", version=f"spacereader {__version__}")
    parser.add_argument("path", nargs="?", type=Path, help="a library folder or an article file (default: the last library)")
    return parser


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="spacereader")
    commands = parser.add_subparsers(required=True)
    library_help = "library folder (default: the bundled library)"

    listing = commands.add_parser("list", help="the articles of a library")
    listing.add_argument("path", nargs="?", type=Path, help=library_help)
    listing.add_argument("--json", action="store_true", help="a JSON array instead of a table")
    listing.set_defaults(handler=_list)

    search = commands.add_parser(
        "search", help="articles matching a query, best first; exit 1 when none does",
        description='Words match as prefixes, ignoring case and accents; "quoted words" match as a phrase.')
    search.add_argument("query")
    search.add_argument("path", nargs="?", type=Path, help=library_help)
    search.add_argument("--json", action="store_true", help="a JSON array of {path, title, score, snippet}")
    search.add_argument("--limit", type=_positive, default=20, help="at most this many results (default 20)")
    search.add_argument("--tag", default="", help="only articles with this tag")
    search.add_argument("--astronaut", default="", help="only articles mentioning this astronaut (a profile id)")
    search.add_argument("--lang", default="", help="only articles in this language (fr, en, …)")
    search.add_argument("--since", type=int, metavar="YEAR", help="only articles from this year on")
    search.add_argument("--until", type=int, metavar="YEAR", help="only articles up to this year")
    search.set_defaults(handler=_search)

    profiles = commands.add_parser("profiles", help="the astronaut profiles and the articles that mention them")
    profiles.add_argument("path", nargs="?", type=Path, help=library_help)
    profiles.add_argument("--json", action="store_true")
    profiles.set_defaults(handler=_profiles)

    render = commands.add_parser("render", help="an article as a standalone HTML page, or a PDF")
    render.add_argument("file", type=Path)
    render.add_argument("-o", "--output", type=Path,
                        help="write here instead of standard output; a name ending in .pdf makes a PDF, as the app prints")
    render.add_argument("--link-images", action="store_true",
                        help="keep the article's images as links relative to it (default: inside the page, as data: URIs)")
    render.set_defaults(handler=_render)

    check = commands.add_parser(
        "check", help="problems in a library, one per line; exit 1 on any error",
        description="Exit status: 0 clean (warnings allowed), 1 an error (or a warning with --strict), 2 usage or "
                    "a path that cannot be read. An article silences rules with `lint-ignore: [rule-id, ...]`.")
    check.add_argument("path", nargs="?", type=Path, help=library_help + ", or one article")
    check.add_argument("--format", choices=("text", "json"), default="text",
                       help="text: FILE:LINE: severity: message [rule]; json: an array of objects")
    check.add_argument("--strict", action="store_true", help="warnings fail too (exit 1)")
    check.add_argument("--ignore", action="append", default=[], type=_rule_id, metavar="RULE",
                       help="do not report this rule (repeatable)")
    check.set_defaults(handler=_check)

    save = commands.add_parser(
        "save", help="save the full articles (their full_article pages) for offline reading; exit 1 if any failed",
        description="Fetches each article's full_article page (one request each, and nothing else) and keeps its "
                    "readable text under your data folder. The only command that uses the network.")
    save.add_argument("path", nargs="?", type=Path, help=library_help)
    save.add_argument("--article", type=Path, help="only this article (a path)")
    save.add_argument("--images", action="store_true",
                      help="keep the pages' images too: one more request each, at most 20 of 2 MB, 10 MB in all")
    save.set_defaults(handler=_save)

    shot = commands.add_parser("screenshot", help="draw the main window offscreen and save it as PNG")
    shot.add_argument("out", type=Path)
    shot.add_argument("path", nargs="?", type=Path, help=library_help + ", or the --article's folder")
    shot.add_argument("--article", type=Path, help="the article to show (a path)")
    shot.add_argument("--profile", help="the astronaut profile to show (an id)")
    shot.add_argument("--size", default="1280x820", help="WIDTHxHEIGHT (default 1280x820)")
    shot.add_argument("--theme", choices=("light", "sepia", "dark", "high-contrast"), default="light")
    shot.add_argument("--search", default="", help="type this into the search box first")
    shot.add_argument("--find", default="", help="find this in the article (the find bar open, its matches shown)")
    shot.add_argument("--language", choices=("en", "fr"), default="en", help="the interface's language (default en)")
    shot.add_argument("--saved-copy", action="store_true", help="show the --article's saved full article")
    shot.add_argument("--tab", choices=("articles", "timeline"), default="articles", help="the tab shown on the left")
    shot.add_argument("--card", metavar="ID", default="", help="the hover card of this astronaut's first link on the page")
    shot.set_defaults(handler=_screenshot)

    timeline = commands.add_parser("timeline", help="milestones and articles by date, as text, JSON or a picture")
    timeline.add_argument("path", nargs="?", type=Path, help=library_help)
    timeline.add_argument("--json", action="store_true", help="a JSON array of {date, kind, astronauts, text, path}")
    timeline.add_argument("-o", "--output", type=Path, help="draw it to OUT.svg or OUT.png instead")
    timeline.add_argument("--theme", choices=("light", "sepia", "dark"), default="light", help="the picture's colours")
    timeline.set_defaults(handler=_timeline)
    return parser


def _rule_id(text: str) -> str:
    from spacereader.core.rules import RULES

    if text not in RULES:
        raise argparse.ArgumentTypeError(f"no rule {text!r} (the README's rule table lists them)")
    return text


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not {text!r}")
    return int(text)


def _folder_of(path: Path | None) -> Path:
    from spacereader.paths import bundled_library

    path = path or bundled_library()
    if not path.exists():
        raise CommandError(f"{path}: no such file or folder")
    return path.parent if path.is_file() else path


def _library_at(path: Path | None):
    """Every article read from disk now: what `check` and `render` must see."""
    from spacereader.core.library import load_library

    return load_library(_folder_of(path))


def _indexed_rows(path: Path | None, profiles: bool = False) -> tuple[Path, list[tuple], object]:
    """The library's folder, its articles' index rows newest first (see core/listing.py) and, if asked, its
    profiles, after reading again only the files that changed: what `list` and `profiles` show. Without a usable
    index (busy in another SpaceReader, disk full), every file is read."""
    from spacereader.core.index import SearchIndex
    from spacereader.core.listing import newest_first

    folder = _folder_of(path).resolve()
    try:
        index = SearchIndex.at(folder)
        index.update()
        rows = index.rows()
    except (sqlite3.DatabaseError, OSError):
        from spacereader.core.indexrows import row_from_article

        library = _library_at(folder)
        return library.root, [row_from_article(a, library.mentions.get(a.path, ())) for a in library.articles], library.book
    book = index.profile_book() if profiles else None
    index.close()
    return folder, newest_first(rows), book


def _article_at(path: Path):
    """The library around an article file, and the article as the library sees it (checked against it)."""
    from spacereader.core.articles import is_article_file, load_article

    if not path.is_file():
        raise CommandError(f"{path}: no such file")
    if not is_article_file(path):
        raise CommandError(f"{path}: not a Markdown article (.md or .markdown)")
    library = _library_at(path)
    # the folder resolved but not the name, so a symlinked article is found under its own name
    article = library.article(path.parent.resolve() / path.name) or library.examine(load_article(path.resolve()))
    return library, article


def _list(args) -> int:
    from spacereader.core.listing import article_json, json_lines
    from spacereader.core.saved import SavedCopies

    folder, rows, _book = _indexed_rows(args.path)
    listed = [article_json(row) for row in rows]
    copies = SavedCopies().found([article["full_article"] for article in listed if article["full_article"]])
    for article in listed:
        article.update(_saved_fields(copies.get(article["full_article"])))
    if args.json:
        print(json_lines(listed))
        return 0
    from spacereader.core.indexkeys import path_of

    for row, article in zip(rows, listed, strict=True):
        day = article["date"][:10] if article["date"] else "no date"
        mark, name = "⚠ " if article["problems"] else "", shown(path_of(row[0]).relative_to(folder))
        print(f"{day:<10}  {article['lang'] or '--':<5}  {mark}{article['title']}  ({name})")
    return 0


def _saved_fields(copy) -> dict:
    page = copy.page if copy is not None else None
    return {"saved_copy": str(page) if page else None, "saved_at": copy.fetched_at.isoformat() if page else None}


def _save(args) -> int:
    from spacereader.core.offline import save_full_article
    from spacereader.core.saved import SavedCopies

    if args.article is not None:
        library, article = _article_at(args.article)
        articles = [article]
    else:
        library = _library_at(args.path)  # the network takes far longer than reading every file
        articles = [a for a in library.articles if a.full_article]
    store, failed = SavedCopies(), 0
    for done, article in enumerate(articles, start=1):
        _progress(f"saving {done} of {len(articles)}: {article.full_article}")
        outcome = save_full_article(article, store, images=args.images)
        failed += bool(outcome.failure)
        name = shown(article.path.relative_to(library.root)) if article.path.is_relative_to(library.root) else shown(article.path)
        print(f"failed  {name}: {outcome.failure}" if outcome.failure else f"saved   {name}  → {outcome.copy.page}")
    _progress("")
    if not articles:
        print("no article of the library has a full_article link", file=sys.stderr)
    _index_saved(library, [a.full_article for a in articles])
    return 1 if failed else 0


def _progress(text: str) -> None:
    """One line on a terminal, rewritten as the work goes on; nothing in a pipe or a log."""
    if sys.stderr.isatty():
        print(f"\r\033[K{text}", end="" if text else "\r", file=sys.stderr, flush=True)


def _index_saved(library, urls: list[str]) -> None:
    """Searched from now on: the index learns of the copies just saved (a command that keeps no index is no harm)."""
    from spacereader.core.index import SearchIndex

    try:
        index = SearchIndex(library)
        index.refresh_saved(urls)
        index.close()
    except (sqlite3.DatabaseError, OSError):
        pass  # the index is a cache: the next time it reads these articles it takes their copies


def _search(args) -> int:
    from spacereader.core.index import SearchIndex

    try:
        index = SearchIndex.at(_folder_of(args.path))
        index.update()  # only what changed is read; the rest is asked of the index, never made into articles
    except (sqlite3.DatabaseError, OSError) as exc:  # busy in another SpaceReader, disk full, …: not damage
        raise CommandError(f"the search index cannot be used now: {exc}") from None
    accept = None
    if args.tag or args.astronaut or args.lang or args.since is not None or args.until is not None:
        from spacereader.core.facets import Filters

        accept = index.accepting(Filters(args.tag, args.astronaut, args.lang, args.since, args.until).accepts)
    hits = index.search(args.query, args.limit, accept)
    index.close()
    bold = ("\033[1m", "\033[0m") if sys.stdout.isatty() and not args.json else ("**", "**")
    rows = [{"path": str(h.path), "title": h.title, "score": round(h.score, 3),
             "snippet": h.snippet.replace(HIT_START, bold[0]).replace(HIT_END, bold[1])} for h in hits]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for hit, row in zip(hits, rows, strict=True):
            print(f"{row['score']:6.2f}  {row['title']}  ({shown(hit.path.relative_to(index.root))})\n        {row['snippet']}")
    return 0 if hits else 1


def _profiles(args) -> int:
    from spacereader.core.listing import json_lines, mentioned_in

    _folder, rows, book = _indexed_rows(args.path, profiles=True)
    mentions = mentioned_in(rows)
    listed = [{
        "id": p.id, "name": p.name, "agency": p.agency, "nationality": p.nationality.get(),
        "missions": [m.name for m in p.missions], "source": str(p.source), "mentioned_in": mentions.get(p.id, []),
    } for p in book.sorted()]
    if args.json:
        print(json_lines(listed))
    else:
        for row in listed:
            count = len(row["mentioned_in"])
            print(f"{row['id']:<26}  {row['name']:<26}  {row['agency']:<6}  {count} article{'s' if count != 1 else ''}")
    for problem in book.problems:
        print(problem, file=sys.stderr)
    return 0


def _render(args) -> int:
    from spacereader.core.export import ExportRefused, export_article, exported_page

    library, article = _article_at(args.file)
    for problem in article.problems:
        print(problem, file=sys.stderr)
    if args.output is None:
        sys.stdout.write(exported_page(library, article, args.link_images))
        return 0
    try:
        if args.output.suffix.lower() == ".pdf":
            _render_pdf(library, article, args.output)
        else:
            export_article(library, article, args.output, args.link_images)
    except ExportRefused as exc:
        raise CommandError(str(exc)) from None
    except OSError as exc:
        raise CommandError(f"cannot write {args.output}: {exc.strerror or exc}") from None
    return 0


def _render_pdf(library, article, out: Path) -> None:
    """The article as the app prints it (the light theme, the default typography), drawn offscreen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from spacereader.core.export import refuse_articles
    from spacereader.ui.app import application
    from spacereader.ui.navigation import article_page_of
    from spacereader.ui.printing import write_pdf

    refuse_articles(out, article.path, "Choose a .pdf name")
    application()
    page = article_page_of(library, article.path)
    write_pdf(page.html, out, title=page.title, folder=article.path.parent, root=library.root)


def _check(args) -> int:
    from spacereader.core.linting import Options, article_report, as_json, as_line, exit_status, kept, library_report
    from spacereader.core.profiles import load_profile

    path, options = args.path, Options(frozenset(args.ignore), args.strict)
    if path is not None and path.exists() and not os.access(path, os.R_OK | (os.X_OK if path.is_dir() else 0)):
        raise CommandError(f"{path}: cannot be read (permission denied)")
    if path is not None and path.suffix.lower() in (".yaml", ".yml") and path.is_file():
        problems = load_profile(path)[1]
    elif path is not None and path.is_file() and path.suffix.lower() not in (".yaml", ".yml"):
        library, article = _article_at(path)
        problems = article_report(article, library)
    else:
        problems = library_report(_library_at(path))
    problems = kept(problems, options)
    for text in [as_json(problems)] if args.format == "json" else map(as_line, problems):
        print(text)
    return exit_status(problems, options)


def _screenshot(args) -> int:
    size = re.fullmatch(r"(\d{3,5})x(\d{3,5})", args.size.lower())
    if size is None:
        raise CommandError(f"--size must be WIDTHxHEIGHT in pixels, like 1280x820, not {args.size!r}")
    if args.path is not None and not args.path.exists():
        raise CommandError(f"{args.path}: no such file or folder")
    if args.article is not None:
        _article_at(args.article)
    from PySide6.QtCore import QSize

    from spacereader.ui.app import screenshot

    try:
        screenshot(args.out, args.path, args.article, args.profile, QSize(int(size[1]), int(size[2])), args.theme,
                   search=args.search, find=args.find, language=args.language, saved_copy=args.saved_copy,
                   tab=args.tab, card=args.card)
    except (ValueError, OSError) as exc:
        raise CommandError(str(exc)) from None
    print(args.out)
    return 0


def _timeline(args) -> int:
    from spacereader.core.index import indexed_library
    from spacereader.core.timeline import timeline_events

    library, _index = indexed_library(_folder_of(args.path).resolve())
    events = timeline_events(library)
    if args.output is not None:
        if args.output.suffix.lower() not in (".svg", ".png"):
            raise CommandError(f"{args.output}: the picture is drawn as .svg or .png")
        _draw_timeline(events, library, args.output, args.theme)
        print(args.output)
    elif args.json:
        print(json.dumps([e.as_json() for e in events], ensure_ascii=False, indent=2))
    else:
        for event in events:
            who = ", ".join(event.astronauts) if event.kind == "milestone" else shown(event.path.relative_to(library.root))
            print(f"{event.date:<10}  {event.kind:<9}  {who}  {event.text}")
    return 0


def _draw_timeline(events, library, out: Path, theme: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from spacereader.core.themes import theme_named
    from spacereader.ui.app import application
    from spacereader.ui.timeline_scene import build_scene, export_scene

    application()
    try:
        export_scene(build_scene(events, library, theme_named(theme)), out)
    except OSError as exc:
        raise CommandError(str(exc)) from None
