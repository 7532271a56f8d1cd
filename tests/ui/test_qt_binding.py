"""The Qt binding we run on must not corrupt Python's memory: PySide6 6.12.0 dropped a reference to None on
every call of a method returning nothing, and on Python 3.11 the app then died after a few thousand calls."""

import sys

import pytest
from PySide6.QtCore import QTimer


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on: its reference count is a "
                    "constant, so a binding that drops references to it can be neither seen here nor harm")
def test_calls_that_return_nothing_keep_none_alive(qtbot):
    timer = QTimer()
    before = sys.getrefcount(None)
    for _ in range(2000):
        timer.setInterval(5)
    assert sys.getrefcount(None) > before - 100  # with the bug it falls by 2000
