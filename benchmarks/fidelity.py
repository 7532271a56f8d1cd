"""How closely pages read Markdown as CommonMark and GitHub do: the GFM spec's examples, section by section.

    python benchmarks/fidelity.py [--failures SECTION]

An example passes when our page has the structure the spec gives it: the same tags in the same order and the
same text, attributes aside (ids, classes, code highlighting). "Before" is Python-Markdown as SpaceReader set it
up before it read Markdown once (its defaults with tables, fences, footnotes); "now" is the page's reading today.
A benchmark, not a test: it asserts nothing; the README keeps its results.
"""

from __future__ import annotations

import argparse
import json
import sys
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import markdown

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from spacereader.core.commonmark import for_python_markdown  # noqa: E402
from spacereader.core.document import read_document  # noqa: E402
from spacereader.core.render import markdown_converter  # noqa: E402

EXAMPLES = HERE / "data" / "gfm-spec-examples.json"
BEFORE = {"extensions": ["toc", "tables", "fenced_code", "footnotes", "attr_list", "codehilite", "sane_lists"],
          "extension_configs": {"codehilite": {"guess_lang": False, "css_class": "codehilite"}}}
_WRAPPERS = {"codehilite", "highlight"}  # the highlighter's own boxes around <pre>


class Shape(HTMLParser):
    """A page as tags and text: what a reader sees the structure to be."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.items: list[str] = []
        self._skipped: list[bool] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        wrapper = tag == "div" and bool(_WRAPPERS & set((dict(attrs).get("class") or "").split()))
        if tag != "span" and not wrapper:
            self.items.append(f"<{tag}>")
        if tag == "div":
            self._skipped.append(wrapper)

    def handle_startendtag(self, tag, attrs):
        self.items.append(f"<{tag}>")

    def handle_endtag(self, tag):
        if tag == "div" and self._skipped and self._skipped.pop():
            return
        if tag != "span":
            self.items.append(f"</{tag}>")

    def handle_data(self, data):
        text = " ".join(unescape(data).split())
        if text:
            if self.items and self.items[-1].startswith("text:"):
                self.items[-1] += " " + text
            else:
                self.items.append("text:" + text)


def page_now(source: str) -> str:
    return markdown_converter().convert(for_python_markdown(read_document(source)))


def page_before(source: str) -> str:
    return markdown.Markdown(**BEFORE).convert(source)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--failures", metavar="SECTION", help="print the examples of this section that fail now")
    args = parser.parse_args()
    examples = json.loads(EXAMPLES.read_text(encoding="utf-8"))["examples"]
    totals: dict[str, list[int]] = {}
    for example in examples:
        expected = Shape(example["html"]).items
        counts = totals.setdefault(example["section"], [0, 0, 0])
        counts[0] += 1
        counts[1] += Shape(page_before(example["markdown"])).items == expected
        now = Shape(page_now(example["markdown"])).items
        counts[2] += now == expected
        if args.failures == example["section"] and now != expected:
            print(f"--- spec line {example['line']}\n{example['markdown']}--- expected\n{example['html']}--- now\n"
                  f"{page_now(example['markdown'])}\n")
    print("| section | examples | before | now |\n|---|---:|---:|---:|")
    for section, (count, before, now) in totals.items():
        print(f"| {section} | {count} | {before / count:.0%} | {now / count:.0%} |")
    count, before, now = (sum(column) for column in zip(*totals.values(), strict=True))
    print(f"| **all** | {count} | {before / count:.0%} | {now / count:.0%} |")


if __name__ == "__main__":
    main()
