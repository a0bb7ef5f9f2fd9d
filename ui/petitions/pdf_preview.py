"""A QtPdf preview of a generated document, held in memory only.

A petition names a person and their case, so the preview never writes the PDF anywhere: the bytes are
handed to QPdfDocument through a QBuffer. The only copy on disk is the one the user saves with Save As…
(which is stricter than a private temp file: there is nothing to clean up after a crash).
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.qt_compat import emit

_ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)


class PdfLoadError(ValueError):
    """The bytes handed to the preview are not a PDF QtPdf can show."""


class PdfPreview(QWidget):
    """Page navigation (first/previous/next/last, a page box) and zoom (in, out, fit width, whole page)."""

    loaded = Signal(int)  # page count
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Document preview"))
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("Document pages"))
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        self.first_button = self._tool("|◀", self.tr("First page"), self.first_page)
        self.prev_button = self._tool("◀", self.tr("Previous page (Page Up)"), self.previous_page)
        self.page_box = QSpinBox()
        self.page_box.setAccessibleName(self.tr("Page number"))
        self.page_box.setRange(0, 0)
        self.page_box.setKeyboardTracking(False)
        self.page_box.valueChanged.connect(lambda n: self.go_to_page(n - 1))
        self.page_count_label = QLabel()
        self.page_count_label.setAccessibleName(self.tr("Page count"))
        self.next_button = self._tool("▶", self.tr("Next page (Page Down)"), self.next_page)
        self.last_button = self._tool("▶|", self.tr("Last page"), self.last_page)
        self.zoom_out_button = self._tool("−", self.tr("Zoom out (Ctrl+-)"), self.zoom_out)
        self.zoom_label = QLabel()
        self.zoom_label.setAccessibleName(self.tr("Zoom"))
        self.zoom_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("400 %") + 8)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_in_button = self._tool("+", self.tr("Zoom in (Ctrl++)"), self.zoom_in)
        self.fit_width_button = self._tool(self.tr("Fit width"), self.tr("Fit the page width"), self.fit_width)
        self.fit_page_button = self._tool(self.tr("Whole page"), self.tr("Show whole pages"), self.fit_page)
        self.fit_width_button.setCheckable(True)
        self.fit_page_button.setCheckable(True)
        for w in (self.first_button, self.prev_button):
            bar.addWidget(w)
        bar.addWidget(QLabel(self.tr("Page")))
        bar.addWidget(self.page_box)
        bar.addWidget(self.page_count_label)
        for w in (self.next_button, self.last_button):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_width_button,
                  self.fit_page_button):
            bar.addWidget(w)

        self.placeholder = QLabel(self.tr("Generate the document to see it here."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.view, 1)

        self.view.viewport().installEventFilter(self)  # a fit mode's zoom changes with the width
        navigator = self.view.pageNavigator()
        navigator.currentPageChanged.connect(self._page_changed)
        self.view.zoomFactorChanged.connect(lambda _z: self._update_zoom_label())
        self.view.zoomModeChanged.connect(lambda _m: self._update_zoom_label())
        for keys, slot in ((QKeySequence.StandardKey.ZoomIn, self.zoom_in),
                           (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
                           (QKeySequence(Qt.Key.Key_PageDown), self.next_page),
                           (QKeySequence(Qt.Key.Key_PageUp), self.previous_page)):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._show_empty()

    def _tool(self, text: str, tip: str, slot: object) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip.split(" (")[0])
        button.clicked.connect(lambda _c=False: slot())  # type: ignore[operator]
        return button

    # ---- content ------------------------------------------------------------------------------------
    def load_bytes(self, data: bytes) -> int:
        """Show ``data``; returns the page count. Raises PdfLoadError when QtPdf cannot read it."""
        self.clear()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self.document.status() is not QPdfDocument.Status.Ready or self.document.pageCount() < 1:
            error = self.document.error()
            self.document.close()
            buffer.close()
            buffer.deleteLater()
            raise PdfLoadError(self.tr("The document could not be shown ({error}).").format(error=error.name))
        self._buffer = buffer
        self.placeholder.hide()
        self.view.show()
        self._set_enabled(True)
        self.page_box.blockSignals(True)
        self.page_box.setRange(1, self.document.pageCount())
        self.page_box.setValue(1)
        self.page_box.blockSignals(False)
        self.page_count_label.setText(self.tr("of {n}").format(n=self.document.pageCount()))
        self.go_to_page(0)
        self._update_nav()
        self._update_zoom_label()
        emit(self.loaded, self.document.pageCount())
        return self.document.pageCount()

    def clear(self, message: str = "") -> None:
        """Forget the document (and its bytes)."""
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setData(QByteArray())
            self._buffer.deleteLater()
            self._buffer = None
        self._show_empty(message)
        emit(self.cleared)

    def _show_empty(self, message: str = "") -> None:
        self.view.hide()
        self.placeholder.setText(message or self.tr("Generate the document to see it here."))
        self.placeholder.show()
        self.page_box.blockSignals(True)
        self.page_box.setRange(0, 0)
        self.page_box.blockSignals(False)
        self.page_count_label.setText("")
        self.zoom_label.setText("")
        self._set_enabled(False)

    def _set_enabled(self, on: bool) -> None:
        for w in (self.first_button, self.prev_button, self.page_box, self.next_button, self.last_button,
                  self.zoom_out_button, self.zoom_in_button, self.fit_width_button, self.fit_page_button):
            w.setEnabled(on)

    @property
    def page_count(self) -> int:
        return self.document.pageCount() if self.has_document else 0

    @property
    def has_document(self) -> bool:
        return self._buffer is not None

    # ---- navigation ---------------------------------------------------------------------------------
    @property
    def current_page(self) -> int:
        """0-based."""
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, index: int) -> None:
        if not self.has_document:
            return
        index = max(0, min(index, self.document.pageCount() - 1))
        self.view.pageNavigator().jump(index, QPointF(), self.view.pageNavigator().currentZoom())

    def first_page(self) -> None:
        self.go_to_page(0)

    def last_page(self) -> None:
        self.go_to_page(self.page_count - 1)

    def next_page(self) -> None:
        self.go_to_page(self.current_page + 1)

    def previous_page(self) -> None:
        self.go_to_page(self.current_page - 1)

    def _page_changed(self, index: int) -> None:
        if self.has_document:
            self.page_box.blockSignals(True)
            self.page_box.setValue(index + 1)
            self.page_box.blockSignals(False)
        self._update_nav()

    def _update_nav(self) -> None:
        if not self.has_document:
            return
        here, last = self.current_page, self.page_count - 1
        self.first_button.setEnabled(here > 0)
        self.prev_button.setEnabled(here > 0)
        self.next_button.setEnabled(here < last)
        self.last_button.setEnabled(here < last)

    # ---- zoom ---------------------------------------------------------------------------------------
    @property
    def zoom(self) -> float:
        return float(self.view.zoomFactor())

    def set_zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(_ZOOM_STEPS[0], min(factor, _ZOOM_STEPS[-1])))
        self._update_zoom_label()

    def zoom_in(self) -> None:
        current = self._effective_zoom()
        self.set_zoom(next((z for z in _ZOOM_STEPS if z > current + 0.001), _ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        current = self._effective_zoom()
        self.set_zoom(next((z for z in reversed(_ZOOM_STEPS) if z < current - 0.001), _ZOOM_STEPS[0]))

    def _effective_zoom(self) -> float:
        # In a fit mode QPdfView keeps zoomFactor at its last custom value; step from what is on screen.
        if self.view.zoomMode() is QPdfView.ZoomMode.Custom or not self.has_document:
            return self.zoom
        page = self.document.pagePointSize(max(self.current_page, 0))
        if page.width() <= 0:
            return self.zoom
        # Points are 1/72 in; QPdfView draws a 100 % page at the screen's logical DPI.
        shown = self.view.viewport().width() - 2 * self.view.documentMargins().left()
        return max(_ZOOM_STEPS[0], shown / (page.width() * self.logicalDpiX() / 72.0))

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._update_zoom_label()

    def fit_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self._update_zoom_label()

    def _update_zoom_label(self) -> None:
        if not self.has_document:
            self.zoom_label.setText("")
            return
        self.zoom_label.setText(f"{round(self._effective_zoom() * 100)} %")
        self.fit_width_button.setChecked(self.view.zoomMode() is QPdfView.ZoomMode.FitToWidth)
        self.fit_page_button.setChecked(self.view.zoomMode() is QPdfView.ZoomMode.FitInView)
        self.zoom_out_button.setEnabled(self._effective_zoom() > _ZOOM_STEPS[0] + 0.001)
        self.zoom_in_button.setEnabled(self._effective_zoom() < _ZOOM_STEPS[-1] - 0.001)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.has_document:
            self._update_zoom_label()
        return super().eventFilter(watched, event)

    def closeEvent(self, event: object) -> None:
        self.clear()
        super().closeEvent(event)  # type: ignore[arg-type]
