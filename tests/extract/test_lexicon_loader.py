from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from yuanzhi.errors import LexiconError
from yuanzhi.extract.lexicon_loader import LEXICON_DIR, load_lexicon


def copy_lexicon(tmp_path: Path) -> Path:
    target = tmp_path / "lexicon"
    shutil.copytree(LEXICON_DIR, target)
    return target


def test_package_lexicon_loads_every_file(lexicon):
    assert lexicon.titles["党委书记"] == "party"
    assert lexicon.titles["主任医师"] == "clinical"
    assert "欧阳" in lexicon.compound_surnames and "薛" in lexicon.surnames
    assert lexicon.org_kind("青川市人民医院") == "hospital"
    assert lexicon.org_kind("云岭健康集团") == "group"
    assert lexicon.org_kind("青川市卫生健康委员会") == "government"
    assert lexicon.org_kind("心血管内科") == "department"
    assert lexicon.patient_patterns and lexicon.event_cues and lexicon.partnership_cues


def test_bad_tsv_column_names_file_and_line(tmp_path):
    directory = copy_lexicon(tmp_path)
    path = directory / "titles.tsv"
    path.write_text(path.read_text(encoding="utf-8") + "总院长\n", encoding="utf-8")
    lines = path.read_text(encoding="utf-8").splitlines()
    with pytest.raises(LexiconError) as caught:
        load_lexicon(directory)
    assert f"titles.tsv:{len(lines)}:" in str(caught.value)
    assert "tab-separated" in str(caught.value)


def test_unknown_category_is_named(tmp_path):
    directory = copy_lexicon(tmp_path)
    path = directory / "org_kinds.tsv"
    path.write_text(path.read_text(encoding="utf-8") + "诊所\tclinic\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="clinic"):
        load_lexicon(directory)


def test_bad_regular_expression_is_named(tmp_path):
    directory = copy_lexicon(tmp_path)
    path = directory / "patient_patterns.txt"
    path.write_text(path.read_text(encoding="utf-8") + "(unclosed\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="patient_patterns.txt"):
        load_lexicon(directory)


def test_long_surname_and_missing_file(tmp_path):
    directory = copy_lexicon(tmp_path)
    (directory / "surnames.txt").write_text("# header\n王\n司马迁\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="surnames.txt:3"):
        load_lexicon(directory)
    (directory / "surnames.txt").unlink()
    with pytest.raises(LexiconError, match="missing"):
        load_lexicon(directory)


def test_non_chinese_word_is_rejected(tmp_path):
    directory = copy_lexicon(tmp_path)
    path = directory / "common_words.txt"
    path.write_text(path.read_text(encoding="utf-8") + "bad word!\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="common_words.txt"):
        load_lexicon(directory)
