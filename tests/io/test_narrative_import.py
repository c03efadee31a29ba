"""Importing interviews from transcripts (.txt/.docx) and tables (.csv/.xlsx)."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

import pytest

from ccrt_coder.core.domain import NarratorRole, Span, StudySettings
from ccrt_coder.core.errors import InputError
from ccrt_coder.core.narratives import InterviewDraft, ReDraft
from ccrt_coder.io.narrative_import import read_narratives
from ccrt_coder.io.transcript_parser import parse_transcript

SETTINGS = StudySettings()
TRANSCRIPT = "Kontext 😊\nRE 1: mother (Helga), current\nSie sagte nein.\nRE 2: boss\nArbeit.\n"
HEADER = ["dyad", "narrator", "phase", "re", "other", "text", "other_name", "time_frame"]
GOOD_ROWS = [
    ["D01", "patient", "5", "2", "boss", "Er schrie 😊.", "", ""],
    ["D01", "patient", "5", "1", "Mother", "Sie sagte\nnein.", "Helga", "Current"],
    ["D01", "T", "15", "1", "patient", "Sie kam zu spät.", "", "here-and-now"],
]


def read(*paths: Path, **options) -> list[InterviewDraft]:
    return read_narratives(paths, settings=SETTINGS, **options)


def error_of(*paths: Path, **options) -> str:
    with pytest.raises(InputError) as caught:
        read(*paths, **options)
    return str(caught.value)


def write_csv(path: Path, rows: list[list[str]], *, delimiter: str = ",", encoding="utf-8"):
    with path.open("w", newline="", encoding=encoding) as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    import openpyxl

    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)
    return path


def write_docx(path: Path, paragraphs: list[str]) -> Path:
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    document.save(str(path))
    return path


# --- transcripts -------------------------------------------------------------------------------


def test_txt_with_metadata_from_the_file_name(tmp_path):
    path = tmp_path / "D01_patient_5.txt"
    path.write_text(TRANSCRIPT, encoding="utf-8")
    [draft] = read(path)
    assert draft.key == ("D01", NarratorRole.PATIENT, 5)
    assert (draft.text, draft.source, draft.patient, draft.therapist) == (
        TRANSCRIPT,
        "D01_patient_5.txt",
        None,
        None,
    )
    assert draft.res == (
        ReDraft(1, "mother", (Span(40, 55),), "Helga", "current"),
        ReDraft(2, "colleague/boss", (Span(67, 74),)),
    )


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("D-02-T-15.txt", ("D-02", NarratorRole.THERAPIST, 15)),
        ("Dyad 3 therapist 28.TXT", ("Dyad 3", NarratorRole.THERAPIST, 28)),
        ("d04_P_5.txt", ("d04", NarratorRole.PATIENT, 5)),
    ],
)
def test_file_name_patterns(tmp_path, name, key):
    path = tmp_path / name
    path.write_text(TRANSCRIPT, encoding="utf-8")
    assert read(path)[0].key == key


def test_options_win_over_the_file_name_and_carry_persons(tmp_path):
    path = tmp_path / "D01_patient_5.txt"
    path.write_bytes(TRANSCRIPT.replace("😊", "é").encode("cp1252"))
    [draft] = read(path, dyad="D09", narrator="T", phase="28", patient="P9", therapist="T1")
    assert draft.key == ("D09", NarratorRole.THERAPIST, 28)
    assert (draft.patient, draft.therapist) == ("P9", "T1")
    assert draft.text.startswith("Kontext é\n")


def test_missing_metadata_names_the_options(tmp_path):
    path = tmp_path / "interview.txt"
    path.write_text(TRANSCRIPT, encoding="utf-8")
    message = error_of(path, narrator=NarratorRole.PATIENT)
    assert message.startswith("interview.txt: cannot tell the dyad and phase from the file name")
    assert "give --dyad --phase" in message


def test_no_metadata_at_all(tmp_path):
    path = tmp_path / "notes.txt"
    assert error_of(path).startswith(
        "notes.txt: cannot tell the dyad, narrator and phase from the file name; "
        "give --dyad --narrator --phase (or name the file like D01_patient_5.txt)"
    )


def test_unknown_narrator_option(tmp_path):
    path = tmp_path / "D01_patient_5.txt"
    path.write_text(TRANSCRIPT, encoding="utf-8")
    message = error_of(path, narrator="client")
    assert message == (
        "D01_patient_5.txt: unknown narrator 'client' (use patient or therapist, or P/T)"
    )


def test_phase_not_in_the_study(tmp_path):
    path = tmp_path / "D01_patient_7.txt"
    path.write_text(TRANSCRIPT, encoding="utf-8")
    assert error_of(path) == "D01_patient_7.txt: unknown phase '7' (study phases: 5, 15, 28)"


def test_marker_errors_name_the_file_and_line(tmp_path):
    path = tmp_path / "D01_patient_5.txt"
    path.write_text("Intro\nRE 1: uncle\nText\n", encoding="utf-8")
    assert error_of(path).startswith("D01_patient_5.txt: line 2: unknown other person 'uncle'")


def test_real_docx_with_markers(tmp_path):
    paragraphs = ["Kontext 😊", "RE 1: mother (Helga), current", "Sie sagte nein.", "RE 2: boss"]
    path = write_docx(tmp_path / "D01_therapist_15.docx", [*paragraphs, "Arbeit."])
    [draft] = read(path)
    assert draft.key == ("D01", NarratorRole.THERAPIST, 15)
    assert draft.text == TRANSCRIPT.rstrip("\n")
    assert draft.res == parse_transcript(TRANSCRIPT, settings=SETTINGS, source="x")


def test_docx_that_is_a_zip_of_other_files(tmp_path):
    path = tmp_path / "D01_patient_5.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.txt", "hello")
    assert error_of(path) == "D01_patient_5.docx: not a Word document (.docx)"


def test_docx_that_is_plain_text(tmp_path):
    path = tmp_path / "D01_patient_5.docx"
    path.write_text(TRANSCRIPT, encoding="utf-8")
    assert error_of(path) == "D01_patient_5.docx: not a Word document (.docx)"


def test_docx_without_text(tmp_path):
    path = write_docx(tmp_path / "D01_patient_5.docx", ["", "  "])
    assert error_of(path) == "D01_patient_5.docx: the document has no text"


def test_unsupported_extensions(tmp_path):
    pdf, doc = tmp_path / "a.pdf", tmp_path / "b.doc"
    pdf.write_bytes(b"%PDF-1.4")
    doc.write_bytes(b"\xd0\xcf\x11\xe0")
    assert error_of(pdf) == (
        "a.pdf: unsupported file type '.pdf'; supported: .txt, .docx, .csv, .xlsx"
    )
    assert "b.doc: unsupported file type '.doc' (save it as .docx)" in error_of(doc)


def test_missing_and_binary_files(tmp_path):
    assert "D01_patient_5.txt: file not found" in error_of(tmp_path / "D01_patient_5.txt")
    binary = tmp_path / "D01_patient_5.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01")
    assert error_of(binary).startswith("D01_patient_5.txt: this is not a text file")


# --- tables ------------------------------------------------------------------------------------


def test_csv_table_builds_transcripts_like_txt(tmp_path):
    path = write_csv(tmp_path / "res.csv", [HEADER, *GOOD_ROWS])
    patient, therapist = read(path)
    assert patient.key == ("D01", NarratorRole.PATIENT, 5)
    assert patient.text == (
        "RE 1: mother (Helga), current\nSie sagte\nnein.\n\nRE 2: colleague/boss\nEr schrie 😊.\n\n"
    )
    assert patient.res == (
        ReDraft(1, "mother", (Span(30, 45),), "Helga", "current"),
        ReDraft(2, "colleague/boss", (Span(68, 80),)),
    )
    assert patient.res == parse_transcript(patient.text, settings=SETTINGS, source="x")
    assert therapist.key == ("D01", NarratorRole.THERAPIST, 15)
    assert therapist.res[0].time_frame == "here-and-now"
    assert therapist.source == "res.csv"


def test_csv_headers_ignore_case_and_spaces_and_semicolons_work(tmp_path):
    header = [" DYAD", "Narrator", "Phase ", "RE", "Other", "Text", "Other Name", "Time-Frame"]
    path = write_csv(
        tmp_path / "res.csv", [header, *GOOD_ROWS], delimiter=";", encoding="utf-8-sig"
    )
    assert [draft.key[1] for draft in read(path)] == [NarratorRole.PATIENT, NarratorRole.THERAPIST]


def test_csv_in_cp1252(tmp_path):
    rows = [HEADER, ["D01", "p", "5", "1", "mother", "Müller – café", "", ""]]
    path = write_csv(tmp_path / "res.csv", rows, encoding="cp1252")
    assert read(path)[0].text.endswith("Müller – café\n\n")


def test_xlsx_table_with_numbers_and_persons(tmp_path):
    header = [*HEADER, "patient", "therapist"]
    rows = [
        ["D01", "Patient", 5, 2.0, "friend", "B.", None, None, "P01", "T01"],
        ["D01", "patient", 5, 1, "mother", "A.", None, None, None, None],
        ["D02", "therapist", 28, 1, "patient", "C.", None, None, "P02", "T01"],
    ]
    path = write_xlsx(tmp_path / "res.xlsx", [header, *rows])
    first, second = read(path)
    assert (first.key, [re.number for re in first.res]) == (
        ("D01", NarratorRole.PATIENT, 5),
        [1, 2],
    )
    assert (first.patient, first.therapist, second.patient) == ("P01", "T01", "P02")


def test_table_missing_column(tmp_path):
    rows = [[c for c in HEADER if c != "text"], ["D01", "patient", 5, 1, "mother", "", ""]]
    message = error_of(write_xlsx(tmp_path / "res.xlsx", rows))
    assert message.startswith("res.xlsx: row 1: missing column(s) 'text' in the header")


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        (["D01", "client", "5", "1", "mother", "A."], "unknown narrator 'client'"),
        (["D01", "patient", "7", "1", "mother", "A."], "unknown phase '7' (study phases: 5, 15"),
        (["D01", "patient", "5", "1", "mother", "  "], "empty text"),
        (["D01", "patient", "5", "1b", "mother", "A."], "RE number '1b' is not a whole number"),
        (["D01", "patient", "5", "1", "uncle", "A."], "unknown other person 'uncle'; known: mot"),
        (["", "patient", "5", "1", "mother", "A."], "empty dyad"),
        (["D01", "patient", "5", "1", "mother", "A.\nRE 2: boss"], "line 2 of the text looks"),
    ],
)
def test_table_row_errors(tmp_path, row, reason):
    good = ["D01", "patient", "5", "9", "mother", "fine"]
    path = write_csv(tmp_path / "res.csv", [HEADER[:6], good, row])
    assert error_of(path).startswith(f"res.csv: row 3: {reason}")


def test_table_duplicate_re(tmp_path):
    rows = [HEADER[:6], *(["D01", "P", "5", "1", "mother", "A."] for _ in range(2))]
    message = error_of(write_xlsx(tmp_path / "res.xlsx", rows))
    assert message == "res.xlsx: row 3: duplicate RE 1 of D01 / patient / phase 5 (first in row 2)"


def test_table_reports_all_row_errors_at_once(tmp_path):
    rows = [
        HEADER[:6],
        ["D01", "patient", "5", "1", "mother", "A."],
        ["D01", "client", "5", "2", "mother", "B."],
        [],
        ["D01", "patient", "99", "3", "mother", ""],
        ["D01", "patient", "5", "1", "father", "C."],
    ]
    lines = error_of(write_csv(tmp_path / "res.csv", rows)).splitlines()
    assert lines[0] == "res.csv: 4 problems:"
    assert lines[1].startswith("row 3: unknown narrator 'client'")
    assert lines[2].startswith("row 5: unknown phase '99'")
    assert lines[3] == "row 5: empty text"
    assert lines[4] == "row 6: duplicate RE 1 of D01 / patient / phase 5 (first in row 2)"


def test_table_person_codes_must_agree_per_dyad(tmp_path):
    rows = [
        [*HEADER[:6], "patient"],
        ["D01", "patient", "5", "1", "mother", "A.", "P01"],
        ["D01", "therapist", "5", "1", "patient", "B.", "P02"],
    ]
    message = error_of(write_csv(tmp_path / "res.csv", rows))
    assert message == "res.csv: row 3: patient 'P02' differs from 'P01' for dyad D01 in row 2"


def test_xlsx_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "res.xlsx"
    path.write_text("dyad,narrator\n", encoding="utf-8")
    assert error_of(path) == "res.xlsx: not a valid Excel workbook (.xlsx)"


# --- several files -----------------------------------------------------------------------------


def test_same_interview_in_two_files(tmp_path):
    txt = tmp_path / "D01_patient_5.txt"
    txt.write_text(TRANSCRIPT, encoding="utf-8")
    table = write_csv(tmp_path / "res.csv", [HEADER, *GOOD_ROWS])
    assert error_of(txt, table) == (
        "res.csv: interview D01 / patient / phase 5 is also in D01_patient_5.txt"
    )


def test_import_is_all_or_nothing(tmp_path):
    good = tmp_path / "D01_patient_5.txt"
    good.write_text(TRANSCRIPT, encoding="utf-8")
    bad = tmp_path / "D01_patient_15.txt"
    bad.write_bytes(b"")
    assert error_of(good, bad) == "D01_patient_15.txt: the file is empty"


def test_a_single_path_is_accepted(tmp_path):
    path = tmp_path / "D01_patient_5.txt"
    path.write_text(TRANSCRIPT, encoding="utf-8")
    assert [draft.dyad for draft in read_narratives(str(path), settings=SETTINGS)] == ["D01"]
