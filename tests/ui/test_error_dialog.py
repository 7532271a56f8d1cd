"""An unexpected error while the app runs: logged with its traceback, shown in a dialog, and the app goes on."""

import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from spacereader import logs
from spacereader.ui.errors import ErrorDialog, ErrorReporter

# pytest-qt would turn these errors into test failures; here they are what is tested, caught by the app's own hook.
pytestmark = pytest.mark.qt_no_exception_capture


@pytest.fixture
def reporter(qapp):
    reporter = ErrorReporter(logs.setup_logging())
    reporter.install()
    yield reporter
    reporter.uninstall()
    for dialog in open_dialogs():
        dialog.close()
    logs.close_logging()


def open_dialogs() -> list[ErrorDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible()]


def fail_in_a_slot(message: str) -> None:
    def lost_probe():
        raise ValueError(message)
    QTimer.singleShot(0, lost_probe)


def logged() -> str:
    return logs.log_file().read_text(encoding="utf-8")


def test_an_error_in_a_slot_shows_a_dialog_whose_details_can_be_copied(qtbot, reporter):
    fail_in_a_slot("the probe lost its way")
    qtbot.waitUntil(lambda: len(open_dialogs()) == 1)
    dialog = open_dialogs()[0]
    assert "Something went wrong" in dialog.body.text()
    assert "ValueError: the probe lost its way" in dialog.body.text()
    assert str(logs.log_file()) in dialog.body.text()
    QApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text()
    assert copied.startswith("SpaceReader ") and "PySide6" in copied
    assert "Traceback (most recent call last)" in copied and "in lost_probe" in copied
    assert dialog.isVisible()  # copying does not close it
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert open_dialogs() == []


def test_the_traceback_is_in_the_log_file(qtbot, reporter):
    fail_in_a_slot("the probe lost its way")
    qtbot.waitUntil(lambda: open_dialogs() != [])
    log = logged()
    assert "ERROR spacereader.ui.errors: unexpected error" in log
    assert "in lost_probe" in log and "ValueError: the probe lost its way" in log


def test_an_error_in_a_thread_reaches_the_dialog_too(qtbot, reporter):
    def background():
        raise OSError("disk on the far side of the Moon")
    worker = threading.Thread(target=background, name="indexer")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: open_dialogs() != [])
    assert "OSError: disk on the far side of the Moon" in open_dialogs()[0].body.text()
    assert "unexpected error in thread indexer" in logged()


def test_a_storm_of_errors_shows_one_dialog_that_counts_the_rest(qtbot, reporter):
    for _ in range(5):
        fail_in_a_slot("again")
    qtbot.waitUntil(lambda: logged().count("ValueError: again") == 5)
    [dialog] = open_dialogs()
    assert dialog.more.text() == "4 more errors since this one, also in the log."


def test_an_error_already_seen_is_only_logged_but_a_new_one_is_shown(qtbot, reporter):
    fail_in_a_slot("repeating")
    qtbot.waitUntil(lambda: open_dialogs() != [])
    open_dialogs()[0].close()
    fail_in_a_slot("repeating")  # same error, same place: a bug firing on every repaint must not reopen it for ever
    qtbot.waitUntil(lambda: logged().count("ValueError: repeating") == 2)
    assert open_dialogs() == []
    QTimer.singleShot(0, lambda: {}["missing key"])
    qtbot.waitUntil(lambda: open_dialogs() != [])
    assert "KeyError: 'missing key'" in open_dialogs()[0].body.text()


def test_without_a_log_file_the_dialog_says_so(qtbot, qapp):
    reporter = ErrorReporter(None)
    reporter.install()
    try:
        fail_in_a_slot("nowhere to write")
        qtbot.waitUntil(lambda: open_dialogs() != [])
        assert "The log file could not be written; Copy Details keeps them." in open_dialogs()[0].body.text()
    finally:
        reporter.uninstall()
        for dialog in open_dialogs():
            dialog.close()
