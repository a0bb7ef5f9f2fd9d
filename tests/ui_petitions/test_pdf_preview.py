"""The preview: pages and navigation, zoom, and nothing written to disk."""

from __future__ import annotations

import pytest

from tests.ui_petitions.conftest import make_pdf
from ui.petitions.pdf_preview import PdfLoadError, PdfPreview


@pytest.fixture
def preview(qtbot):
    widget = PdfPreview()
    qtbot.addWidget(widget)
    widget.resize(700, 800)
    widget.show()
    return widget


def test_pages_and_navigation(preview, tmp_path):
    data = make_pdf(tmp_path / "three.pdf", pages=3).read_bytes()
    assert preview.load_bytes(data) == 3
    assert preview.page_count == 3 and preview.page_box.maximum() == 3
    assert preview.page_count_label.text() == "of 3"
    assert not preview.prev_button.isEnabled() and preview.next_button.isEnabled()
    preview.next_button.click()
    assert preview.current_page == 1 and preview.page_box.value() == 2
    preview.last_button.click()
    assert preview.current_page == 2 and not preview.next_button.isEnabled()
    preview.page_box.setValue(1)
    assert preview.current_page == 0


def test_zoom_steps_and_fit_modes(preview, tmp_path):
    from PySide6.QtPdfWidgets import QPdfView

    preview.load_bytes(make_pdf(tmp_path / "one.pdf").read_bytes())
    preview.set_zoom(1.0)
    preview.zoom_in_button.click()
    assert preview.zoom == pytest.approx(1.1)
    assert preview.zoom_label.text() == "110 %"
    preview.zoom_out_button.click()
    preview.zoom_out_button.click()
    assert preview.zoom == pytest.approx(0.9)
    preview.fit_page_button.click()
    assert preview.view.zoomMode() is QPdfView.ZoomMode.FitInView and preview.fit_page_button.isChecked()
    preview.fit_width_button.click()
    assert preview.view.zoomMode() is QPdfView.ZoomMode.FitToWidth


def test_clear_forgets_the_document(preview, tmp_path):
    preview.load_bytes(make_pdf(tmp_path / "one.pdf").read_bytes())
    preview.clear()
    assert not preview.has_document and preview.page_count == 0
    assert preview.placeholder.isVisible() and not preview.next_button.isEnabled()


def test_bytes_that_are_not_a_pdf_are_refused(preview):
    with pytest.raises(PdfLoadError):
        preview.load_bytes(b"not a pdf")
    assert not preview.has_document
