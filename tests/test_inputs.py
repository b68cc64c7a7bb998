"""Which files a build reads, and why any other file found is not read (no model needed)."""
from pathlib import Path

import pytest

from kg import inputs
from kg.errors import InputError


def tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, "utf-8")
    return root


def test_a_missing_path_is_refused_naming_it_once(tmp_path):
    with pytest.raises(InputError) as e:
        inputs.find([tmp_path / "nope"], tmp_path / "out")
    assert str(e.value) == f"{tmp_path / 'nope'}: no such file or folder (nothing was built; {tmp_path / 'out'} is unchanged)"


def test_every_missing_path_is_named_on_its_own_line(tmp_path):
    tree(tmp_path, {"in/a.txt": "text"})
    with pytest.raises(InputError) as e:
        inputs.find([tmp_path / "in", tmp_path / "x", tmp_path / "y"], "out")
    assert [line.split(":")[0] for line in str(e.value).splitlines()] == [str(tmp_path / "x"), str(tmp_path / "y")]


def test_a_broken_symlink_is_a_missing_path(tmp_path):
    (tmp_path / "link.txt").symlink_to(tmp_path / "gone.txt")
    with pytest.raises(InputError, match="link.txt: no such file or folder"):
        inputs.find([tmp_path / "link.txt"], "out")


def test_an_empty_folder_is_refused(tmp_path):
    (tmp_path / "in" / "sub").mkdir(parents=True)
    with pytest.raises(InputError, match=r"in: no files found \(nothing was built"):
        inputs.find([tmp_path / "in"], "out")


def test_every_file_found_is_an_article_or_has_a_reason(tmp_path):
    root = tree(tmp_path / "in", {"a.txt": "x", "b.HTML": "x", "c.md": "x", "d.pdf": "x", "report.docx": "x",
                                  "photo.png": "x", "README": "x", ".hidden.txt": "x", ".git/objects/1": "x",
                                  ".git/objects/2": "x", "sub/e.text": "x", "sub/f.csv": "x"})
    found, other = inputs.find([root], tmp_path / "out")
    assert [Path(n).relative_to(root).as_posix() for n, _ in found] == ["a.txt", "b.HTML", "c.md", "d.pdf", "sub/e.text"]
    reasons = {Path(n).relative_to(root).as_posix(): r for n, r in other}
    assert reasons == {".git": "hidden folder (2 files), not read",
                       ".hidden.txt": "hidden file, not read",
                       "README": "unsupported format (no file suffix), not read",
                       "photo.png": "unsupported format (.png), not read",
                       "report.docx": "unsupported format (.docx), not read",
                       "sub/f.csv": "unsupported format (.csv), not read"}
    assert all(r.endswith(inputs.NOT_READ) for r in reasons.values())


def test_a_file_given_by_name_is_read_whatever_its_suffix(tmp_path):
    tree(tmp_path, {"page": "<html></html>"})
    found, other = inputs.find([tmp_path / "page"], "out")
    assert found == [(str(tmp_path / "page"), tmp_path / "page")] and other == []


def test_the_output_folder_inside_an_input_folder_is_not_read(tmp_path):
    root = tree(tmp_path / "in", {"a.txt": "x", "out/report.md": "x", "out/graph.ttl": "x"})
    found, other = inputs.find([root], root / "out")
    assert [Path(n).name for n, _ in found] == ["a.txt"]
    assert other == [(str(root / "out"), "the build's own output folder, not read")]


def test_a_folder_of_files_that_are_not_articles_is_not_empty(tmp_path):
    root = tree(tmp_path / "in", {"a.docx": "x"})
    found, other = inputs.find([root], "out")
    assert found == [] and len(other) == 1  # the build refuses it later, naming the file
