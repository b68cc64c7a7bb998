"""kg.pdf and PDF articles, on real PDFs made by the small PDF 1.4 writer below (no files checked in)."""
from __future__ import annotations

import hashlib
import struct

import pytest

from kg import article, pdf
from kg.errors import ArticleError

# --- a PDF 1.4 writer: catalog, pages, Helvetica, content streams, optional form and RC4 encryption ---

PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")
FILE_ID = bytes(range(16))
PERMISSIONS = -4  # everything allowed


def show(x: float, y: float, size: float, words: str) -> str:
    """Operators drawing one line of Helvetica text at (x, y)."""
    escaped = words.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return f"BT /F1 {size} Tf {x} {y} Td ({escaped}) Tj ET"


def _rc4(key: bytes, data: bytes) -> bytes:
    from pdfminer.arcfour import Arcfour

    return Arcfour(key).encrypt(data)


def _security(user: str, owner: str) -> tuple[bytes, str]:
    """The 40-bit file key and /Encrypt dictionary of the standard security handler, revision 2."""
    padded = lambda pw: (pw.encode("latin-1") + PAD)[:32]  # noqa: E731
    o = _rc4(hashlib.md5(padded(owner)).digest()[:5], padded(user))
    key = hashlib.md5(padded(user) + o + struct.pack("<i", PERMISSIONS) + FILE_ID).digest()[:5]
    u = _rc4(key, PAD)
    return key, f"<< /Filter /Standard /V 1 /R 2 /O <{o.hex()}> /U <{u.hex()}> /P {PERMISSIONS} >>"


def write_pdf(pages: list[list[str]], info: dict[str, str] | None = None, form: list[str] | None = None,
              password: tuple[str, str] | None = None) -> bytes:
    """A PDF with one page per operator list; pages may draw ``/Fm1 Do``, a form XObject drawing
    ``form``; ``password`` = (user, owner) encrypts strings and streams with RC4."""
    key, encrypt = _security(*password) if password else (None, "")
    seal = (lambda n, b: _rc4(hashlib.md5(key + n.to_bytes(3, "little") + b"\0\0").digest()[:10], b)) \
        if key else (lambda n, b: b)
    objs: dict[int, object] = {1: "<< /Type /Catalog /Pages 2 0 R >>",
                               3: "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"}
    resources = "/Font << /F1 3 0 R >>"
    if form is not None:
        objs[4] = ("/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >>", form)
        resources += " /XObject << /Fm1 4 0 R >>"
    n, kids = 5, []
    for ops in pages:
        objs[n] = ("", ops)
        objs[n + 1] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << {resources} >> "
                       f"/Contents {n} 0 R >>")
        kids.append(f"{n + 1} 0 R")
        n += 2
    objs[2] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    trailer = f"/Root 1 0 R /ID [<{FILE_ID.hex()}> <{FILE_ID.hex()}>]"
    if info:
        objs[n] = "<< " + " ".join(f"/{k} <{seal(n, v.encode('latin-1')).hex()}>" for k, v in info.items()) + " >>"
        trailer += f" /Info {n} 0 R"
    if password:
        objs[n + 1] = encrypt
        trailer += f" /Encrypt {n + 1} 0 R"
    return _serialise(objs, trailer, seal)


def _serialise(objs: dict[int, object], trailer: str, seal) -> bytes:
    """Objects (dictionaries, or (dictionary entries, stream lines)) with an exact xref table."""
    out, offsets = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"), {}
    for num in sorted(objs):
        body = objs[num]
        if isinstance(body, tuple):
            data = seal(num, "\n".join(body[1]).encode("latin-1"))
            body = f"<< {body[0]} /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream"
        offsets[num] = len(out)
        out += f"{num} 0 obj\n".encode() + (body if isinstance(body, bytes) else body.encode()) + b"\nendobj\n"
    xref, size = len(out), max(objs) + 1
    out += f"xref\n0 {size}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offsets[i]:010d} 00000 n \n".encode() if i in offsets else b"0000000000 65535 f \n"
                    for i in range(1, size))
    out += f"trailer\n<< /Size {size} {trailer} >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


# --- the report used throughout: two pages, a running header and footer, page numbers ---

HEADER = "Regional Security Review"
FOOTER = "Harbour Institute for Strategic Studies. All rights reserved."
WRAPPED = ["The ministry said on Monday that the coastal partners would expand joint secu-",
           "rity planning across the northern sea lanes, and that the next round of talks",
           "would open in the spring."]
PARAGRAPH = ("The ministry said on Monday that the coastal partners would expand joint security planning "
             "across the northern sea lanes, and that the next round of talks would open in the spring.")
QUOTE = '"We will deepen cooperation with Japan," said Defense Minister Jane Doe.'


def page(number: str, *lines: str) -> list[str]:
    return [show(72, 760, 9, HEADER), *lines, show(72, 36, 8, FOOTER), show(540, 36, 9, number)]


def report(**kwargs) -> bytes:
    first = page("Page 1 of 2", show(72, 700, 20, "Alliance Outlook"),
                 *(show(72, 660 - 14 * i, 11, line) for i, line in enumerate(WRAPPED)))
    second = page("2 | Regional Security Review", show(72, 700, 14, "Maritime Cooperation"),
                  show(72, 670, 11, QUOTE))
    return write_pdf([first, second], **kwargs)


def _kinds(art) -> list[tuple[str, str]]:
    return [(art.text[p.start:p.end], p.kind) for p in art.paragraphs]


def test_a_report_reads_one_line_per_paragraph_with_furniture_marked():
    data = report()
    art = article.parse(data, "outlook.pdf")
    assert _kinds(art) == [
        (HEADER, "furniture"),  # a running header is furniture the first time too
        ("Alliance Outlook", "title"),
        (PARAGRAPH, "body"),  # wrapped over three lines, "secu-" / "rity" joined
        (FOOTER, "furniture"),
        ("Page 1 of 2", "furniture"),
        (HEADER, "furniture"),
        ("Maritime Cooperation", "heading"),
        (QUOTE, "body"),
        (FOOTER, "furniture"),
        ("2 | Regional Security Review", "furniture"),
    ]
    assert art.text == "\n".join(text for text, _ in _kinds(art)) + "\n"
    assert art.sha256 == hashlib.sha256(data).hexdigest()
    assert art.title == "Alliance Outlook" and art.date is None


def test_offsets_refer_to_the_extracted_text():
    art = article.parse(report(), "outlook.pdf")
    assert [art.text[p.start:p.end] for p in art.paragraphs if p.kind == "body"] == [PARAGRAPH, QUOTE]
    readable = article.readable(art)
    assert len(readable) == len(art.text) and HEADER not in readable and QUOTE in readable


def test_read_finds_a_pdf_by_suffix_and_by_content(tmp_path):
    assert ".pdf" in article.SUFFIXES
    path = tmp_path / "outlook.pdf"
    path.write_bytes(report())
    assert article.read(path).text == article.parse(b"\n  " + report(), "saved-as.txt").text
    assert article.is_pdf(b"%PDF-1.7", "x.bin") and article.is_pdf(b"", "X.PDF")
    assert not article.is_pdf(b"A note on %PDF-1.4 headers.", "note.txt")


def test_text_gives_text_title_and_date():
    text, title, date = pdf.text(report(info={"Title": "Alliance  Outlook\n2030"}), "outlook.pdf")
    assert text.splitlines()[2] == PARAGRAPH
    assert (title, date) == ("Alliance Outlook 2030", None)


@pytest.mark.parametrize("title, expected", [
    ("Northern Sea Lanes Report", "Northern Sea Lanes Report"),
    ("   ", "Alliance Outlook"),
    ("Microsoft Word - outlook_final_v3.docx", "Alliance Outlook"),
    ("Untitled-2", "Alliance Outlook"),
])
def test_metadata_title_is_used_unless_a_placeholder(title, expected):
    assert article.parse(report(info={"Title": title}), "outlook.pdf").title == expected


def test_hyphens_at_line_ends():
    assert pdf._join(["joint secu-", "rity planning"]) == "joint security planning"
    assert pdf._join(["the Indo-", "Pacific region"]) == "the Indo-Pacific region"
    assert pdf._join(["talks -", "which resume"]) == "talks - which resume"
    assert pdf._join(["co\u00ad", "Operation"]) == "coOperation"


def test_a_heading_set_close_above_its_paragraph_stays_a_line_of_its_own():
    ops = [show(72, 714, 14, "Northern Sea Lanes"), show(72, 700, 10, "Patrols along the coast will double"),
           show(72, 688, 10, "next year, the ministry said.")]
    assert pdf.text(write_pdf([ops]), "x.pdf")[0] == (
        "Northern Sea Lanes\nPatrols along the coast will double next year, the ministry said.\n")


def test_text_inside_a_form_xobject_is_read():
    text, _, _ = pdf.text(write_pdf([["/Fm1 Do"]], form=[show(72, 700, 11, QUOTE)]), "form.pdf")
    assert text == QUOTE + "\n"


def test_an_encrypted_pdf_with_an_empty_user_password_is_read():
    art = article.parse(report(info={"Title": "Sealed Outlook"}, password=("", "owner")), "sealed.pdf")
    assert QUOTE in art.text.splitlines() and art.title == "Sealed Outlook"


# --- errors: one line, naming the file ---

def test_a_page_without_text_needs_ocr():
    data = write_pdf([["0.5 g 72 72 468 648 re f"]])
    with pytest.raises(ArticleError) as err:
        article.parse(data, "scan.pdf")
    assert str(err.value) == "scan.pdf: no text layer; run OCR first"


def test_an_encrypted_pdf_that_needs_a_password():
    with pytest.raises(ArticleError) as err:
        article.parse(report(password=("secret", "owner")), "locked.pdf")
    assert str(err.value) == "locked.pdf: encrypted PDF (needs a password)"


@pytest.mark.parametrize("data", [
    report()[:700],  # truncated
    report()[:-400],
    b"%PDF-1.4\n" + bytes(range(256)) * 8,
    b"This file only pretends to be a PDF.\n",
])
def test_a_broken_pdf_is_one_line_naming_the_file(tmp_path, data):
    path = tmp_path / "broken.pdf"
    path.write_bytes(data)
    with pytest.raises(ArticleError) as err:
        article.read(path)
    message = str(err.value)
    assert message.startswith(f"{path}: not a readable PDF (") and "\n" not in message


def test_an_empty_pdf_file_is_empty():
    with pytest.raises(ArticleError, match=r"^empty\.pdf: empty file$"):
        article.parse(b" \n", "empty.pdf")


# --- end to end, with the real model ---

@pytest.mark.model
def test_a_pdf_builds_into_the_graph(tmp_path):
    from kg import pipeline

    path = tmp_path / "outlook.pdf"
    path.write_bytes(report())
    result = pipeline.build([path], tmp_path / "out")
    assert [e.status for e in result.entries] == ["ok"]
    (ex,) = pipeline.extractions(tmp_path / "out")
    assert "country/JP" in {e.key for e in ex.entities}
    (claim,) = [c for c in ex.claims if "deepen cooperation with Japan" in c.text]
    assert claim.kind == "direct" and "jane-doe" in claim.speaker
    assert claim.evidence.text == QUOTE
    (entry,) = result.entries
    kept = (tmp_path / "out" / entry.text).read_text("utf-8")  # the extracted text, kept with the article
    assert entry.text == f"texts/{entry.sha256}.txt" and kept == article.read(path).text
    assert kept[claim.evidence.start:claim.evidence.end] == QUOTE
    assert not any("Harbour Institute" in e.name for e in ex.entities)  # the running footer is not read
    assert HEADER not in (tmp_path / "out" / "graph.ttl").read_text("utf-8")
    path.unlink()
    (tmp_path / "other.txt").write_text("Norway and Sweden agreed on Monday to share more data on the harbour.\n" * 3)
    pipeline.build([tmp_path / "other.txt"], tmp_path / "out")
    assert list((tmp_path / "out" / "texts").glob("*.txt")) == []  # the article is gone, and so is its text
