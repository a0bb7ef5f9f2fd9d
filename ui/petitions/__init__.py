"""The petitions part of the desktop app: generate, preview, save and record documents; exhibits; batches.

Integration points for the main window (each a few lines; nothing here reaches into the window):

One person (Documents ▸ Prepare a document…, or a button on the Documents tab)::

    from ui.petitions import open_generate_dialog
    saved = open_generate_dialog(self, store=self.store, settings=self.settings, person=person,
                                 determinations=self.engine.evaluate(person, self.as_of), as_of=self.as_of)
    if saved:
        self._show_person(person.person_id)   # the Documents tab lists the new records

  ``saved`` is a list of ``eligibility.store.StoredDocument``. The dialog lists what the document still
  needs before generating, opens the office-details editor, edits the narrative, generates in the
  background, previews (in memory only) and saves with Save As… (asking before replacing a file), then
  records person, kind, time, pack versions, file and SHA-256 in ``store`` (the window's own Store: the
  record is written on the main thread; the PDF work never touches the store).

A group (Documents ▸ Generate for a group…)::

    from ui.petitions import open_batch_dialog
    open_batch_dialog(self, open_store=self._open_worker_store, settings=self.settings, as_of=self.as_of,
                      programs=self.engine.programs if self.engine else {}, engine=self.engine)

  ``open_store`` must open a new Store on the calling (worker) thread, as ``MainWindow._open_worker_store``
  does. Returns the last run's ``BatchOutcome`` (or None).

Office details (Tools ▸ Office details…; the Settings dialog may keep its own copy of the fields)::

    from ui.petitions import edit_office_settings
    edit_office_settings(self, self.settings)          # True when saved

Documents tab: ``ExhibitsPanel`` is the exhibit list with Attach / Move up / Move down / Remove::

    from ui.petitions import ExhibitsPanel
    panel = ExhibitsPanel()
    panel.set_person(store, person_id)                 # on every person change; (None, None) to clear
    panel.exhibits_changed.connect(...)                # after each change the store accepted

Attached PDFs are copied to ``<user data dir>/exhibits`` (owner-only, random file names) and hashed.
"""

from ui.petitions.batch_dialog import BatchDialog, BatchOutcome, ExistingChoice, open_batch_dialog
from ui.petitions.exhibits_panel import ExhibitsPanel, reorder_exhibits
from ui.petitions.generate_dialog import GenerateDialog, open_generate_dialog, pack_versions
from ui.petitions.office_settings import OfficeSettingsDialog, OfficeSettingsForm, edit_office_settings
from ui.petitions.pdf_preview import PdfPreview

__all__ = [
    "BatchDialog", "BatchOutcome", "ExhibitsPanel", "ExistingChoice", "GenerateDialog", "OfficeSettingsDialog",
    "OfficeSettingsForm", "PdfPreview", "edit_office_settings", "open_batch_dialog", "open_generate_dialog",
    "pack_versions", "reorder_exhibits",
]
