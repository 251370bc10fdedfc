"""The shape of a person's own record (个人信息副本), built by app.services.person_record
and laid out by app.render.person_record_document."""

from __future__ import annotations

from dataclasses import dataclass

from app.reports.case_file import CaseFile


@dataclass(frozen=True)
class HistorySection:
    title: str  # the record, as a person knows it
    lines: tuple[tuple[str, str, str, str, str], ...]  # when, laptop, field, old, new


@dataclass(frozen=True)
class PersonRecord:
    file: CaseFile
    histories: tuple[HistorySection, ...]
    photos: tuple[tuple[str, bytes], ...]  # title, image bytes (JPEG or PNG)
    documents: tuple[str, ...]  # attachments not printed here: PDFs, files not on hand
