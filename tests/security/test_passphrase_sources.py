"""The CLI's passphrase sources: --passphrase-file, SECONDLOOK_PASSPHRASE, then a terminal prompt."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from eligibility.passphrase import (
    ENV_VAR,
    PassphraseError,
    get_new_passphrase,
    get_passphrase,
    needs_passphrase,
    read_passphrase_file,
)
from tests.security.factory import PASSPHRASE


def _secret_file(tmp_path: Path, content: bytes, mode: int = 0o600) -> Path:
    path = tmp_path / "pass.txt"
    path.write_bytes(content)
    path.chmod(mode)
    return path


class Prompts:
    """A terminal that answers from a list and remembers what it was asked."""

    def __init__(self, *answers: str) -> None:
        self.answers = list(answers)
        self.asked: list[str] = []

    def __call__(self, text: str) -> str:
        self.asked.append(text)
        return self.answers.pop(0)


def test_the_file_wins_over_the_environment(tmp_path):
    path = _secret_file(tmp_path, b"from the file phrase\n")
    assert get_passphrase(passphrase_file=path, env={ENV_VAR: "from the environment"}) == "from the file phrase"


def test_the_environment_is_used_without_a_file():
    prompt = Prompts()
    assert get_passphrase(env={ENV_VAR: PASSPHRASE}, prompt=prompt, interactive=True) == PASSPHRASE
    assert prompt.asked == []


def test_a_terminal_is_asked_when_nothing_else_gives_it():
    prompt = Prompts(PASSPHRASE)
    assert get_passphrase(env={}, prompt=prompt, interactive=True, label="cases.slstore") == PASSPHRASE
    assert prompt.asked == ["Passphrase for cases.slstore: "]


def test_without_a_terminal_the_error_says_how_to_give_it():
    with pytest.raises(PassphraseError, match="--passphrase-file FILE or the SECONDLOOK_PASSPHRASE"):
        get_passphrase(env={}, interactive=False)


def test_an_empty_prompt_answer_is_refused():
    with pytest.raises(PassphraseError, match="No passphrase"):
        get_passphrase(env={}, prompt=Prompts(""), interactive=True)


@pytest.mark.parametrize(("content", "expected"), [
    (b"phrase with spaces  \n", "phrase with spaces  "),
    (b"windows line ending\r\n", "windows line ending"),
    (b"\xef\xbb\xbfwith a BOM\n", "with a BOM"),
    (b"no newline at all", "no newline at all"),
    (b"first line\nsecond line\n", "first line"),
    ("naïve café\n".encode(), "naïve café"),
])
def test_the_file_gives_its_first_line_without_the_line_ending(tmp_path, content, expected):
    assert read_passphrase_file(_secret_file(tmp_path, content)) == expected


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_passphrase_file_others_can_read_is_refused(tmp_path):
    with pytest.raises(PassphraseError, match="chmod 600"):
        read_passphrase_file(_secret_file(tmp_path, b"readable by all\n", mode=0o644))


def test_missing_empty_and_binary_files_are_explained(tmp_path):
    with pytest.raises(PassphraseError, match="does not exist"):
        read_passphrase_file(tmp_path / "nope")
    with pytest.raises(PassphraseError, match="is empty"):
        read_passphrase_file(_secret_file(tmp_path, b"\n"))
    with pytest.raises(PassphraseError, match="not UTF-8"):
        read_passphrase_file(_secret_file(tmp_path, b"\xff\xfe\xfa garbage"))


def test_a_new_passphrase_is_typed_twice_and_checked():
    prompt = Prompts(PASSPHRASE, PASSPHRASE)
    assert get_new_passphrase(env={}, prompt=prompt, interactive=True) == PASSPHRASE
    assert len(prompt.asked) == 2
    with pytest.raises(PassphraseError, match="not the same"):
        get_new_passphrase(env={}, prompt=Prompts(PASSPHRASE, PASSPHRASE + "x"), interactive=True)
    with pytest.raises(PassphraseError, match="at least 10 characters"):
        get_new_passphrase(env={}, prompt=Prompts("short", "short"), interactive=True)
    with pytest.raises(PassphraseError, match="at least 10 characters"):
        get_new_passphrase(env={ENV_VAR: "short"})


def test_only_encrypted_stores_need_a_passphrase(enc_path, plain_store, tmp_path):
    assert needs_passphrase(enc_path)
    assert not needs_passphrase(plain_store.path)
    assert not needs_passphrase(tmp_path / "missing.slstore")
