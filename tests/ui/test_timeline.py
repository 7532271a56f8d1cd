"""The timeline: the same events as `spacereader timeline --json`, one mark each in the picture, following the
library's search, and a click opening the page of the event clicked."""

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from spacereader.cli import main
from spacereader.paths import bundled_library
from spacereader.ui.timeline_scene import EVENT_ROLE
from tests.helpers import article


@pytest.fixture
def library_dir(tmp_path) -> Path:
    root = tmp_path / "library"
    article(root, "proxima.md", "Thomas Pesquet flew Proxima.", "title: Proxima\ndate: 2021-11-17")
    article(root, "hadfield.md", "Chris Hadfield sang.", "title: Songs\ndate: 2023-05-12")
    return root


def shown_events(window):
    window.show_timeline()
    return [e.as_json() for e in window.timeline.events]


def test_the_timeline_shows_the_events_the_command_line_gives(window, library_dir, capsys):
    assert main(["timeline", str(library_dir), "--json"]) == 0
    assert shown_events(window) == json.loads(capsys.readouterr().out)


def test_it_follows_the_search(qtbot, window):
    everything = shown_events(window)
    window.tabs.setCurrentWidget(window.articles)
    qtbot.keyClicks(window.articles.search_box, "Proxima")
    qtbot.waitUntil(lambda: window.articles.listed_query == "Proxima")
    events = shown_events(window)
    assert [e["text"] for e in events if e["kind"] == "article"] == ["Proxima"]
    milestones = [e["text"] for e in events if e["kind"] == "milestone"]
    assert milestones and all("Proxima" in text for text in milestones)
    assert len(events) < len(everything)


def test_a_click_on_a_mark_opens_its_article_or_profile(qtbot, window, library_dir):
    window.show_timeline()
    view = window.timeline
    for kind, expected in (("article", "Proxima"), ("milestone", "Thomas Pesquet")):
        mark = next(m for m in view._marks if m.data(EVENT_ROLE).kind == kind
                    and "thomas-pesquet" in m.data(EVENT_ROLE).astronauts)
        view.centerOn(mark)
        point = view.mapFromScene(mark.sceneBoundingRect().center())
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
        window.wait_for_page()
        assert window.reader.toPlainText().startswith(expected)


def test_tab_goes_from_event_to_event_and_enter_opens_it(qtbot, window):
    window.show_timeline()
    view = window.timeline
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    first = view._marks[0].data(EVENT_ROLE)
    assert view.accessibleDescription().endswith(first.text)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    window.wait_for_page()
    assert window.reader.toPlainText().startswith(window.library.book.profiles[first.astronauts[0]].name)


def test_zoom_stretches_time(qtbot, window):
    window.show_timeline()
    view = window.timeline
    def spread():
        xs = [m.rect().center().x() for m in view._marks]
        return max(xs) - min(xs)
    before, height = spread(), view.scene().itemsBoundingRect().height()
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert spread() > before and view.scene().itemsBoundingRect().height() == height


def test_the_svg_picture_is_valid_xml_with_one_mark_per_event(tmp_path, capsys):
    out = tmp_path / "timeline.svg"
    assert main(["timeline", str(bundled_library()), "-o", str(out)]) == 0
    assert main(["timeline", str(bundled_library()), "--json"]) == 0
    events = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    circles = ET.parse(out).getroot().iter("{http://www.w3.org/2000/svg}circle")
    assert len(list(circles)) == len(events) > 50
    assert {e["kind"] for e in events} == {"article", "milestone"}
    assert any(e["social"] and e["date"].startswith("2009") for e in events)
