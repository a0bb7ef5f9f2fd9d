"""The store's own errors: callers never see sqlite3 or sqlite-utils exceptions."""


class StoreError(Exception):
    """A problem with the case store, worded for the person using the app."""


class RecordNotFound(StoreError):
    pass


class StoreLocked(StoreError):
    """Another program (or another window of this one) has the store open for writing."""


class WrongPassphrase(StoreError):
    pass


class NotAStore(StoreError):
    """The file exists but is not a Second Look store (or is encrypted and no passphrase was given)."""


class StoreTooNew(StoreError):
    """The store was written by a newer version of Second Look than this one."""


class StoreCorrupt(StoreError):
    pass


class PassphraseRequired(StoreError):
    """The store is encrypted and was opened without a passphrase: ask for one, then open it again."""


class WeakPassphrase(StoreError):
    """A new passphrase that does not meet the rules (see ``crypto.check_new_passphrase``)."""
