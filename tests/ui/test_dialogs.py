"""RecordingDialogs answers what screens ask, in order, and records what was shown."""

from __future__ import annotations

import os

from usu_desktop.ui.dialogs import RecordingDialogs


def test_pickers_and_questions_answer_from_their_queues() -> None:
    two = os.pathsep.join(["a.xml", "b.sta"])
    dialogs = RecordingDialogs.answering(confirms=[True], files=[two, "/tmp/x"], texts=["patient left", None])
    assert dialogs.confirm(None, "Cancel?", "Really?")
    assert not dialogs.confirm(None, "Again?", "Really?")  # queue empty: the default answer
    assert dialogs.open_files(None, "Import", "*.xml") == ["a.xml", "b.sta"]
    assert dialogs.choose_folder(None, "Folder") == "/tmp/x"
    assert dialogs.open_files(None, "Import", "*.xml") == []  # nothing chosen
    assert dialogs.ask_text(None, "Reason", "Why?") == "patient left"
    assert dialogs.ask_text(None, "Reason", "Why?") is None  # cancelled
    assert dialogs.kinds() == ["confirm", "confirm", "open_files", "choose_folder", "open_files", "ask_text",
                               "ask_text"]
