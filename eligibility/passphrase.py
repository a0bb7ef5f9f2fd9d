"""Where the command line gets a store's passphrase (interchange contract, "Command line").

In order: ``--passphrase-file FILE`` when given, else the ``SECONDLOOK_PASSPHRASE`` environment variable,
else a prompt on the terminal (never echoed). An explicit flag wins over the environment because it is
the more deliberate choice for that one command. Scripts without a terminal must use one of the first
two; a missing passphrase then fails with a sentence saying how to give one, instead of hanging.

The passphrase is asked for only when the store is encrypted (``needs_passphrase``), so a variable set
for one store does not get in the way of a plain one.
"""

from __future__ import annotations

import getpass
import os
import stat
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from eligibility.store.crypto import check_new_passphrase, is_encrypted
from eligibility.store.errors import WeakPassphrase

ENV_VAR = "SECONDLOOK_PASSPHRASE"

Prompt = Callable[[str], str]


class PassphraseError(ValueError):
    """No usable passphrase could be had; the message says how to give one."""


def needs_passphrase(store_path: Path) -> bool:
    return Path(store_path).exists() and is_encrypted(Path(store_path))


def read_passphrase_file(path: Path) -> str:
    """The first line of ``path`` without its line ending (an editor's trailing newline is not part of it).

    On POSIX the file must not be readable by group or others: a passphrase others can read protects
    nothing, and failing loudly teaches the fix (``chmod 600``), as ssh does for private keys.
    """
    path = Path(path)
    try:
        info = path.stat()
        raw = path.read_bytes()
    except FileNotFoundError:
        raise PassphraseError(f"The passphrase file {path} does not exist.") from None
    except OSError as exc:
        raise PassphraseError(f"The passphrase file {path} cannot be read ({exc.strerror}).") from None
    if os.name == "posix" and stat.S_IMODE(info.st_mode) & 0o077:
        raise PassphraseError(f"The passphrase file {path} can be read by other users. Make it private "
                              f"(chmod 600 {path}) and try again.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise PassphraseError(f"The passphrase file {path} is not UTF-8 text.") from None
    first = text.splitlines()[0] if text else ""
    if not first:
        raise PassphraseError(f"The passphrase file {path} is empty.")
    return first


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def get_passphrase(*, passphrase_file: Path | None = None, env: Mapping[str, str] | None = None,
                   prompt: Prompt | None = None, interactive: bool | None = None,
                   label: str = "the store") -> str:
    """The passphrase to open an existing encrypted store."""
    if passphrase_file is not None:
        return read_passphrase_file(passphrase_file)
    environment = os.environ if env is None else env
    value = environment.get(ENV_VAR)
    if value:
        return value
    if interactive if interactive is not None else _interactive():
        answer = (prompt or getpass.getpass)(f"Passphrase for {label}: ")
        if not answer:
            raise PassphraseError("No passphrase was entered.")
        return answer
    raise PassphraseError(f"{label[:1].upper()}{label[1:]} is encrypted. Give its passphrase with "
                          f"--passphrase-file FILE or the {ENV_VAR} environment variable, or run the command "
                          "in a terminal to be asked for it.")


def get_new_passphrase(*, passphrase_file: Path | None = None, env: Mapping[str, str] | None = None,
                       prompt: Prompt | None = None, interactive: bool | None = None) -> str:
    """A passphrase for a new store (``init --encrypt``) or a rekey: checked, and typed twice at a prompt."""
    if passphrase_file is not None or (env if env is not None else os.environ).get(ENV_VAR):
        chosen = get_passphrase(passphrase_file=passphrase_file, env=env, interactive=False)
        _check(chosen, None)
        return chosen
    if not (interactive if interactive is not None else _interactive()):
        raise PassphraseError(f"Give the new passphrase with --passphrase-file FILE or the {ENV_VAR} environment "
                              "variable, or run the command in a terminal to be asked for it.")
    ask = prompt or getpass.getpass
    chosen = ask("New passphrase (at least 10 characters): ")
    _check(chosen, ask("Type it again: "))
    return chosen


def _check(passphrase: str, confirmation: str | None) -> None:
    try:
        check_new_passphrase(passphrase, confirmation=confirmation)
    except WeakPassphrase as exc:
        raise PassphraseError(str(exc)) from None
