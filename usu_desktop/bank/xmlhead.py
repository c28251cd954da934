"""Where an XML statement file's root element is and what namespace it has, decided from its head.

libxml2 releases differ in how far they read ahead before reporting the first element (2.14 reports a
broken tag further on before the root's `start` event), so the root is found here by walking the prolog
ourselves — XML declaration, comments, processing instructions — and parsing the root's start tag alone.
A DOCTYPE (how XML bombs and external-entity reads start) is refused wherever it is met, never read.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path
from typing import BinaryIO

from lxml import etree

from usu_desktop.bank.statement import StatementError

# Every parse of a statement file: entities unresolved, no DTD, no network, no huge trees.
PARSER_OPTS = {"resolve_entities": False, "no_network": True, "load_dtd": False, "huge_tree": False,
               "remove_comments": True, "remove_pis": True}
_DECLARATION_BYTES = re.compile(rb"<!\s*(DOCTYPE|ENTITY|ELEMENT|ATTLIST)", re.IGNORECASE)
_DECLARATION = re.compile(r"<!\s*(DOCTYPE|ENTITY|ELEMENT|ATTLIST)", re.IGNORECASE)
_PROLOG_LIMIT = 1 << 20  # a root element that starts later than this is not a statement file
_CHUNK = 65536
_NAME_START = re.compile(r"[A-Za-z_\u00c0-\uffff]")
_SPACE = " \t\r\n"


def _decoder_for(first: bytes) -> codecs.IncrementalDecoder:
    """UTF-16/32 from the byte-order mark or the zero bytes around the first '<'; otherwise latin-1,
    which reads every ASCII-compatible encoding's markup (tag names and namespace URIs are ASCII)."""
    for bom, name in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                      (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
                      (codecs.BOM_UTF8, "utf-8-sig")):
        if first.startswith(bom):
            return codecs.getincrementaldecoder(name)(errors="replace")
    if first.startswith(b"<\x00") and not first.startswith(b"<\x00\x00"):
        return codecs.getincrementaldecoder("utf-16-le")(errors="replace")
    if first.startswith(b"\x00<"):
        return codecs.getincrementaldecoder("utf-16-be")(errors="replace")
    return codecs.getincrementaldecoder("latin-1")()


class _Head:
    """The decoded beginning of a file, read on in chunks as far as the prolog needs (1 MB at most)."""

    def __init__(self, fh: BinaryIO) -> None:
        raw = fh.read(_CHUNK)
        self.fh, self.read, self.decoder = fh, len(raw), _decoder_for(raw)
        self.text = self.decoder.decode(raw)

    def fill(self, upto: int) -> None:
        while len(self.text) < upto and self.read < _PROLOG_LIMIT:
            more = self.fh.read(_CHUNK)
            if not more:
                return
            self.read += len(more)
            self.text += self.decoder.decode(more)

    def find(self, marker: str, start: int) -> int:
        """Index of `marker` at or after `start`, reading on as needed; -1 if it never comes."""
        while True:
            found = self.text.find(marker, start)
            size = len(self.text)
            if found >= 0:
                return found
            self.fill(size + 1)
            if len(self.text) == size:
                return -1

    def line(self, pos: int) -> int:
        return self.text.count("\n", 0, pos) + 1


def _root_start_tag(path: str | Path) -> tuple[str, int]:
    """The root element's start tag as text, and its line, found by walking the prolog ourselves.

    The prolog (XML declaration, comments, processing instructions, white space) is skipped; a DOCTYPE
    raises xml_forbidden, anything else before the root not_xml. Only this much is read, so the answer
    never depends on how far a parser reads ahead before it reports its first event."""
    file = str(path)
    with open(path, "rb") as fh:
        head = _Head(fh)
        pos = 0
        while True:
            head.fill(pos + 64)
            while pos < len(head.text) and head.text[pos] in _SPACE:
                pos += 1
                head.fill(pos + 64)
            text = head.text
            line = head.line(pos)
            if pos >= len(text) or text[pos] != "<":
                raise StatementError("not_xml", file=file, line=line)
            if text.startswith("<?", pos):
                end, skip = head.find("?>", pos + 2), 2
            elif text.startswith("<!--", pos):
                end, skip = head.find("-->", pos + 4), 3
            elif _DECLARATION.match(text, pos):
                raise StatementError("xml_forbidden", file=file, line=line, field="DOCTYPE")
            elif text.startswith("<!", pos) or not _NAME_START.match(text, pos + 1):
                raise StatementError("not_xml", file=file, line=line)
            else:
                end = _tag_end(head, pos)
                if end < 0:
                    raise StatementError("not_xml", file=file, line=line)
                return head.text[pos:end + 1], line
            if end < 0:
                raise StatementError("not_xml", file=file, line=line)
            pos = end + skip


def _tag_end(head: _Head, start: int) -> int:
    """Index of the '>' that closes the start tag at `start` (a '>' inside a quoted value skipped)."""
    pos, quote = start + 1, ""
    while True:
        if pos >= len(head.text):
            head.fill(pos + _CHUNK)
            if pos >= len(head.text):
                return -1
        ch = head.text[pos]
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "\"'":
            quote = ch
        elif ch == ">":
            return pos
        elif ch == "<":
            return -1
        pos += 1


def root_namespace(path: str | Path) -> str:
    """The root element's namespace ('' for none); StatementError for a DOCTYPE, non-XML or a broken root.

    The root's start tag, found by `_root_start_tag`, is parsed alone (closed right after it), so a
    mistake later in the file is never reported before the root is known, on any libxml2."""
    file = str(path)
    with open(path, "rb") as fh:
        first = fh.read(_CHUNK)
    found = _DECLARATION_BYTES.search(first)
    if found:  # refuse before libxml2 reads a single declaration, wherever it stands in the first bytes
        line = first[:found.start()].count(b"\n") + 1
        raise StatementError("xml_forbidden", file=file, line=line, field="DOCTYPE")
    tag, line = _root_start_tag(path)
    name = tag[1:].split(None, 1)[0].split("/")[0].rstrip(">")
    closed = tag if tag.endswith("/>") else f"{tag}</{name}>"
    try:
        root = etree.fromstring(closed.encode("utf-8"), etree.XMLParser(**PARSER_OPTS))
    except etree.XMLSyntaxError as exc:
        raise StatementError("not_xml", file=file, line=line, detail=str(exc)) from None
    return etree.QName(root).namespace or ""
