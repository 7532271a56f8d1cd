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
from spacereader.core.problems import shown
from spacereader.core.searchtext import HIT_END, HIT_START

COMMANDS = ("list", "search", "profiles", "render", "check", "screenshot")


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

    render = commands.add_parser("render", help="an article as a standalone HTML page")
    render.add_argument("file", type=Path)
    render.add_argument("-o", "--output", type=Path, help="write here instead of standard output")
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

    shot = commands.add_parser("screenshot", help="draw the main window offscreen and save it as PNG")
    shot.add_argument("out", type=Path)
    shot.add_argument("path", nargs="?", type=Path, help=library_help + ", or the --article's folder")
    shot.add_argument("--article", type=Path, help="the article to show (a path)")
    shot.add_argument("--profile", help="the astronaut profile to show (an id)")
    shot.add_argument("--size", default="1280x820", help="WIDTHxHEIGHT (default 1280x820)")
    shot.add_argument("--theme", choices=("light", "sepia", "dark"), default="light")
    shot.add_argument("--search", default="", help="type this into the search box first")
    shot.set_defaults(handler=_screenshot)
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


def _indexed_library_at(path: Path | None):
    """The library as the search index has it, after reading again only the files that changed: what `list` and
    `profiles` show. Without a usable index (busy in another SpaceReader, disk full), every file is read."""
    from spacereader.core.index import indexed_library

    folder = _folder_of(path)
    try:
        library, index = indexed_library(folder)
    except (sqlite3.DatabaseError, OSError):
        return _library_at(folder)
    index.close()
    return library


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
    library = _indexed_library_at(args.path)
    rows = [{
        "path": str(a.path), "title": a.title, "author": a.author,
        "date": a.date.isoformat() if a.date else None, "lang": a.lang, "tags": list(a.tags),
        "astronauts": list(library.mentions.get(a.path, ())), "full_article": a.full_article or None,
        "problems": [p.short() for p in a.problems],
    } for a in library.articles]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for article, row in zip(library.articles, rows, strict=True):
            day = article.day.isoformat() if article.day else "no date"
            mark = "⚠ " if row["problems"] else ""
            print(f"{day:<10}  {row['lang'] or '--':<5}  {mark}{row['title']}  ({shown(article.path.relative_to(library.root))})")
    return 0


def _search(args) -> int:
    from spacereader.core.facets import Filters
    from spacereader.core.index import SearchIndex
    from spacereader.core.library import empty_library

    try:
        index = SearchIndex(empty_library(_folder_of(args.path)))
        index.update()  # only what changed is read; the rest is asked of the index, never made into articles
    except (sqlite3.DatabaseError, OSError) as exc:  # busy in another SpaceReader, disk full, …: not damage
        raise CommandError(f"the search index cannot be used now: {exc}") from None
    library = index.library
    filters = Filters(args.tag, args.astronaut, args.lang, args.since, args.until)
    accept = None if filters == Filters() else index.accepting(filters.accepts)
    hits = index.search(args.query, args.limit, accept)
    index.close()
    bold = ("\033[1m", "\033[0m") if sys.stdout.isatty() and not args.json else ("**", "**")
    rows = [{"path": str(h.path), "title": h.title, "score": round(h.score, 3),
             "snippet": h.snippet.replace(HIT_START, bold[0]).replace(HIT_END, bold[1])} for h in hits]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for hit, row in zip(hits, rows, strict=True):
            print(f"{row['score']:6.2f}  {row['title']}  ({shown(hit.path.relative_to(library.root))})\n        {row['snippet']}")
    return 0 if hits else 1


def _profiles(args) -> int:
    library = _indexed_library_at(args.path)
    rows = [{
        "id": p.id, "name": p.name, "agency": p.agency, "nationality": p.nationality,
        "missions": [m.name for m in p.missions], "source": str(p.source),
        "mentioned_in": [str(a.path) for a in library.mentioned_in(p.id)],
    } for p in library.book.sorted()]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for row in rows:
            count = len(row["mentioned_in"])
            print(f"{row['id']:<26}  {row['name']:<26}  {row['agency']:<6}  {count} article{'s' if count != 1 else ''}")
    for problem in library.book.problems:
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
        export_article(library, article, args.output, args.link_images)
    except ExportRefused as exc:
        raise CommandError(str(exc)) from None
    except OSError as exc:
        raise CommandError(f"cannot write {args.output}: {exc.strerror or exc}") from None
    return 0


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
                   args.search)
    except (ValueError, OSError) as exc:
        raise CommandError(str(exc)) from None
    print(args.out)
    return 0
