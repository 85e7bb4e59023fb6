"""Bad input gets one line on stderr naming the file and the problem, exit
code 2, and never a traceback."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from conftest import SEED, run_cli
from toolkit.errors import InputError
from toolkit.inputs import decode

BAD_FILES = {
    "empty.txt": (b"", "file is empty"),
    "blank.txt": (b"  \n\t\n   \n", "only white space"),
    "binary.txt": (bytes(range(256)) * 4, "binary file"),
    "latin1.txt": ("Caf\u00e9 au lait, s'il vous pla\u00eet.".encode("latin-1"), "not valid UTF-8"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_file_gets_one_line_and_exit_2(tmp_path: Path, name: str) -> None:
    data, problem = BAD_FILES[name]
    path = tmp_path / name
    path.write_bytes(data)
    result = run_cli("summarize", str(path))
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert str(path) in lines[0] and problem in lines[0]


def test_missing_file(tmp_path: Path) -> None:
    result = run_cli("summarize", str(tmp_path / "nope.txt"))
    assert result.returncode == 2
    assert result.stderr.strip() == f"toolkit: error: {tmp_path / 'nope.txt'}: no such file"


def test_folder_without_text(tmp_path: Path) -> None:
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    result = run_cli("summarize", str(tmp_path))
    assert result.returncode == 2
    assert f"{tmp_path}: folder has no files matching" in result.stderr
    assert "Traceback" not in result.stderr


def test_one_bad_file_in_a_batch_keeps_the_others(tmp_path: Path) -> None:
    (tmp_path / "a-good.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "b-empty.txt").write_bytes(b"")
    result = run_cli("summarize", str(tmp_path), "--format", "json")
    assert result.returncode == 2
    records = [__import__("json").loads(line) for line in result.stdout.splitlines()]
    assert [("error" in r) for r in records] == [False, True]
    assert records[0]["quotes"] and records[1]["source"].endswith("b-empty.txt")
    assert "b-empty.txt: file is empty" in result.stderr


def test_stdin_dash(seed_text: str) -> None:
    result = run_cli("summarize", "-", "--format", "json", input=seed_text)
    assert result.returncode == 0, result.stderr
    assert __import__("json").loads(result.stdout)["source"] == "<stdin>"


def test_file_over_the_byte_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("Word and word. " * 1000, encoding="utf-8")
    result = run_cli("summarize", str(path), "--max-bytes", "1000")
    assert result.returncode == 2
    assert "1,000-byte limit" in result.stderr


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-32"])
def test_bom_decides_the_encoding(encoding: str) -> None:
    assert decode("Grüße aus Köln.".encode(encoding), "x") == "Grüße aus Köln."


def test_invalid_utf8_names_the_offset() -> None:
    with pytest.raises(InputError, match=r"x: not valid UTF-8 \(byte 0xff at offset 3\)"):
        decode(b"abc\xffdef", "x")


def test_utf16_with_bad_payload_is_an_input_error() -> None:
    with pytest.raises(InputError, match="despite its BOM"):
        decode(codecs.BOM_UTF16_LE + b"\x00\xd8", "x")
