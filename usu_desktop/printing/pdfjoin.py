"""Joining PDFs by copying each object's bytes, renumbered, instead of parsing it into objects.

Why: pypdf's merge turns every number, name, array and dictionary of every part into a
Python object - about 1,000 per invoice, all tracked by the cyclic collector. During a
batch of hundreds the collector's passes over them (on the GUI thread in the app, see
tasks/gc.py; on the worker with automatic collection) froze the window for 50-250 ms.

Our parts are ReportLab files: one classic xref table, one trailer, no encryption, no
object streams, a flat page tree with the page attributes on the pages. For such a part
`PdfJoiner.add` copies the objects its pages use, rewriting only the object headers and
the "N G R" references outside strings and streams; stream data is copied untouched, so
every page shows and extracts exactly as in its part. A part of any other shape (another
producer, an incremental update, inherited page attributes) is first rewritten by pypdf
into that shape - pypdf writes a classic xref table and puts inherited attributes on the
pages - so anything pypdf reads can still be joined, only not as cheaply.

The joined file is written as the parts come (to a file or a BytesIO): a batch never
holds more than one part in memory.
"""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Iterable
from typing import Protocol

_TAIL = 1024
_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_VERSION = re.compile(rb"%PDF-(\d\.\d)")
_XREF_HEAD = re.compile(rb"xref\s+")
_SUBSECTION = re.compile(rb"(\d+)\s+(\d+)\s*?(?:\r\n|\r|\n)")
_ENTRY = re.compile(rb"(\d{10}) (\d{5}) ([nf])(?: \r| \n|\r\n)")
_TRAILER = re.compile(rb"\s*trailer\s*<<(.*)>>\s*startxref", re.S)
_OBJ_HEAD = re.compile(rb"\s*(\d+)\s+(\d+)\s+obj(?![\w#])")
_REF = rb"(\d+)\s+(\d+)\s+R(?![\w.#])"
# What matters in an object before its stream: literal strings (skipped; one holding
# unescaped parentheses is not ours), comments (skipped), references, and where the
# dictionary ends. Names and numbers never look like "N G R" thanks to the lookbehind.
_SCAN = re.compile(rb"(\((?:[^\\()]++|\\.)*+\))|(\()|%[^\r\n]*|(?<![\w.+\-#/])" + _REF
                   + rb"|(?<![\w/#])(stream|endobj)(?![\w#])", re.S)
_TYPE = re.compile(rb"/Type\s*/(Pages|Page|Catalog)(?![\w#])")
_KIDS = re.compile(rb"/Kids\s*\[([^\]]*)\]")
_INHERITED = re.compile(rb"/(Resources|MediaBox|CropBox|Rotate)(?![\w#])")
_TRAILER_REF = rb"\s+(\d+)\s+(\d+)\s+R"
_REFUSED_TRAILER = re.compile(rb"/(Prev|Encrypt|XRefStm)(?![\w#])")
_ONE_DOCUMENT_ONLY = re.compile(rb"/(?:Title|Subject)\s*(?:\((?:[^\\()]++|\\.)*+\)|<[0-9A-Fa-f\s]*>)")


class Writable(Protocol):
    """Where the joined PDF goes: a file, a BytesIO, output.AtomicFile."""

    def write(self, data: bytes, /) -> int: ...


class NotJoinable(ValueError):
    """The part is not of the simple shape `PdfJoiner` copies directly."""


class _Object:
    """One object of a part: its bytes, where its dictionary ends, and its references."""

    __slots__ = ("body", "data", "head_end", "refs")

    def __init__(self, data: bytes, head_end: int, body: int,
                 refs: list[tuple[int, int, int, bytes]]) -> None:
        self.data = data  # from "N G obj" to the next object (stream and endobj included)
        self.body = body  # just after "N G obj"
        self.head_end = head_end  # where "stream" or "endobj" starts: refs lie before it
        self.refs = refs  # (start, end, object number, the name just before it)


def _scan(data: bytes, body: int) -> tuple[int, list[tuple[int, int, int, bytes]]]:
    refs: list[tuple[int, int, int, bytes]] = []
    for m in _SCAN.finditer(data, body):
        if m.group(2) is not None:
            raise NotJoinable("string with nested parentheses")
        if m.group(5) is not None:
            return m.start(), refs
        if m.group(3) is not None:
            before = data[max(body, m.start() - 40):m.start()].rstrip()
            slash = before.rfind(b"/")
            key = before[slash:] if slash >= 0 and not any(c in b" \t\r\n[]<>()" for c in before[slash:]) \
                else b""
            refs.append((m.start(), m.end(), int(m.group(3)), key))
    raise NotJoinable("object without endobj")


def _objects(data: bytes) -> tuple[dict[int, _Object], bytes, int, int | None]:
    """The in-use objects of a one-section classic-xref PDF, its version, its Root and Info."""
    version = _VERSION.match(data)
    tail = _STARTXREF.search(data, max(0, len(data) - _TAIL))
    if version is None or tail is None:
        raise NotJoinable("no header or no startxref")
    xref = int(tail.group(1))
    head = _XREF_HEAD.match(data, xref)
    if head is None:
        raise NotJoinable("not a classic xref table")
    pos = head.end()
    offsets: list[tuple[int, int]] = []  # (offset, number)
    while (sub := _SUBSECTION.match(data, pos)) is not None:
        first, count = int(sub.group(1)), int(sub.group(2))
        pos = sub.end()
        for number in range(first, first + count):
            entry = _ENTRY.match(data, pos)
            if entry is None:
                raise NotJoinable("bad xref entry")
            pos = entry.end()
            if entry.group(3) == b"n":
                offsets.append((int(entry.group(1)), number))
    trailer = _TRAILER.match(data, pos)
    if trailer is None:
        raise NotJoinable("no trailer")
    text = trailer.group(1)
    if _REFUSED_TRAILER.search(text):
        raise NotJoinable("incremental update or encryption")
    root = re.search(rb"/Root" + _TRAILER_REF, text)
    info = re.search(rb"/Info" + _TRAILER_REF, text)
    if root is None:
        raise NotJoinable("no Root")
    offsets.sort()
    objects: dict[int, _Object] = {}
    for i, (offset, number) in enumerate(offsets):
        end = offsets[i + 1][0] if i + 1 < len(offsets) else xref
        obj_head = _OBJ_HEAD.match(data, offset)
        if end > xref or obj_head is None or int(obj_head.group(1)) != number:
            raise NotJoinable(f"object {number} is not where the xref says")
        chunk = data[offset:end]
        body = obj_head.end() - offset
        head_end, refs = _scan(chunk, body)
        objects[number] = _Object(chunk, head_end, body, refs)
    return objects, version.group(1), int(root.group(1)), int(info.group(1)) if info else None


def _pages(objects: dict[int, _Object], root: int) -> tuple[list[int], set[int]]:
    """The part's leaf pages in order, and its page-tree nodes (Pages objects and the Catalog)."""
    catalog = objects.get(root)
    if catalog is None:
        raise NotJoinable("no catalog")
    top = [number for _s, _e, number, key in catalog.refs if key == b"/Pages"]
    if len(top) != 1:
        raise NotJoinable("catalog without one /Pages")
    pages: list[int] = []
    nodes = {root}
    stack = [top[0]]
    while stack:
        number = stack.pop()
        obj = objects.get(number)
        if obj is None or number in nodes or number in pages:
            raise NotJoinable("broken page tree")
        head = obj.data[obj.body:obj.head_end]
        kind = _TYPE.search(head)
        if kind is not None and kind.group(1) == b"Page":
            pages.append(number)
            continue
        if kind is None or kind.group(1) != b"Pages" or _INHERITED.search(head):
            raise NotJoinable("page tree node of an unknown kind or with inherited attributes")
        kids = _KIDS.search(head)
        if kids is None:
            raise NotJoinable("page tree node without /Kids")
        nodes.add(number)
        stack.extend(reversed([int(n) for n, _g in re.findall(_REF, kids.group(1))]))
    return pages, nodes


class PdfJoiner:
    """Appends the pages of whole PDFs to one PDF written to `out`; call `finish()` once at the end."""

    def __init__(self, out: Writable) -> None:
        self._out = out
        self._pos = 0
        self._offsets: dict[int, int] = {}
        self._pages_root, self._catalog = 1, 2
        self._next = 3
        self._kids: list[int] = []
        self._info: bytes | None = None
        self._header_version = b""
        self._version = b""
        self._digest = hashlib.md5(usedforsecurity=False)

    @property
    def page_count(self) -> int:
        return len(self._kids)

    def _write(self, data: bytes) -> None:
        self._out.write(data)
        self._pos += len(data)

    def add(self, data: bytes) -> int:
        """Append every page of the PDF `data`; returns how many pages it had."""
        try:
            objects, version, root, info = _objects(data)
            pages, nodes = _pages(objects, root)
            order = self._reachable(objects, pages, nodes)
        except NotJoinable:
            data = _normalised(data)  # any PDF pypdf reads, into the shape above
            objects, version, root, info = _objects(data)
            pages, nodes = _pages(objects, root)
            order = self._reachable(objects, pages, nodes)
        if not self._header_version:
            self._header_version = self._version = version
            self._write(b"%PDF-" + version + b"\n%\xe2\xe3\xcf\xd3\n")
        self._version = max(self._version, version)
        if self._info is None and info is not None and info in objects and not objects[info].refs:
            obj = objects[info]
            self._info = _ONE_DOCUMENT_ONLY.sub(b"", obj.data[obj.body:obj.head_end])  # keep Author...
        renumber = {old: self._next + i for i, old in enumerate(order)}
        self._next += len(order)
        page_set = set(pages)
        for old in order:
            obj = objects[old]
            new = renumber[old]
            self._offsets[new] = self._pos
            pieces = [b"%d 0 obj" % new]
            at = obj.body
            for start, end, number, key in obj.refs:
                target = self._pages_root if key == b"/Parent" and old in page_set else renumber[number]
                pieces += (obj.data[at:start], b"%d 0 R" % target)
                at = end
            pieces.append(obj.data[at:])
            self._write(b"".join(pieces))
        self._kids.extend(renumber[p] for p in pages)
        self._digest.update(data[-_TAIL:])
        return len(pages)

    @staticmethod
    def _reachable(objects: dict[int, _Object], pages: list[int], nodes: set[int]) -> list[int]:
        """The objects the pages use, in the part's order; the page tree itself stays behind."""
        seen = set(pages)
        page_set = set(pages)
        stack = list(pages)
        while stack:
            number = stack.pop()
            for _s, _e, ref, key in objects[number].refs:
                if key == b"/Parent" and number in page_set:
                    continue
                if ref in nodes:
                    raise NotJoinable("an object refers to the page tree")
                if ref not in objects:
                    raise NotJoinable("reference to a missing object")
                if ref not in seen:
                    seen.add(ref)
                    stack.append(ref)
        return sorted(seen)

    def finish(self) -> None:
        """Write the page tree, the catalog, the xref table and the trailer."""
        if not self._kids:
            raise ValueError("nothing to join")
        kids = b" ".join(b"%d 0 R" % n for n in self._kids)
        self._offsets[self._pages_root] = self._pos
        self._write(b"%d 0 obj\n<< /Type /Pages /Count %d /Kids [ %s ] >>\nendobj\n"
                    % (self._pages_root, len(self._kids), kids))
        self._offsets[self._catalog] = self._pos
        # a later part of a newer version: say so in the catalog (the header is written already)
        version = b" /Version /" + self._version if self._version > self._header_version else b""
        self._write(b"%d 0 obj\n<< /Type /Catalog /Pages %d 0 R%s >>\nendobj\n"
                    % (self._catalog, self._pages_root, version))
        info = b""
        if self._info is not None:
            number = self._next
            self._next += 1
            self._offsets[number] = self._pos
            self._write(b"%d 0 obj\n%s\nendobj\n" % (number, self._info.strip()))
            info = b" /Info %d 0 R" % number
        xref = self._pos
        rows = [b"xref\n0 %d\n0000000000 65535 f \n" % self._next]
        rows += [b"%010d 00000 n \n" % self._offsets[n] for n in range(1, self._next)]
        ident = self._digest.hexdigest().encode()
        rows.append(b"trailer\n<< /Size %d /Root %d 0 R%s /ID [<%s><%s>] >>\nstartxref\n%d\n%%%%EOF\n"
                    % (self._next, self._catalog, info, ident, ident, xref))
        self._write(b"".join(rows))


def _normalised(data: bytes) -> bytes:
    """`data` rewritten by pypdf: one classic xref table, inherited attributes on the pages."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(data)))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def join_pdfs(parts: Iterable[bytes]) -> bytes:
    """The pages of all `parts`, in order, as one PDF."""
    out = io.BytesIO()
    joiner = PdfJoiner(out)
    for data in parts:
        joiner.add(data)
    joiner.finish()
    return out.getvalue()
