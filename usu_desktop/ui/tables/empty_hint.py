"""EmptyHint: a quiet sentence in the middle of an empty table ("No payment links yet…").

An empty grid with only headers looks broken or still loading; the hint says that the list is
empty and what fills it. It follows the model (resets, inserted and removed rows).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel


class EmptyHint(QLabel):
    def __init__(self, view: QAbstractItemView, text: str) -> None:
        super().__init__(text, view.viewport())
        self.setObjectName("emptyHint")
        self.view = view
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self.update_visibility)
        view.viewport().installEventFilter(self)
        self.update_visibility()

    def update_visibility(self, *_args: object) -> None:
        self.setVisible(self.view.model().rowCount() == 0)
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        area = self.view.viewport().rect().adjusted(24, 24, -24, -24)
        self.setGeometry(area)
