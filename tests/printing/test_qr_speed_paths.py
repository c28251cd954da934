"""The quick QR paths (table Reed-Solomon, precomputed data placement) give exactly the modules
qrcode itself computes, for every version we print and for every data mode it picks."""

from __future__ import annotations

import qrcode
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from qrcode import util
from qrcode.constants import ERROR_CORRECT_M

from usu_desktop.printing import qr

from .pdfcheck import qr_payloads


def _version(data: bytes) -> int:
    return next(v for v, cap in enumerate(qr._BYTES_M, start=1) if len(data) <= cap)


def _reference(payload: str) -> tuple[tuple[bool, ...], ...]:
    data = payload.encode()
    code = qrcode.QRCode(version=_version(data), error_correction=ERROR_CORRECT_M, border=0,
                         mask_pattern=qr.QR_MASK)
    code.add_data(data, optimize=0)
    code.make(fit=False)
    return tuple(tuple(bool(m) for m in row) for row in code.modules)


@settings(max_examples=150, deadline=None)
@given(data=st.binary(max_size=331))
def test_codewords_equal_qrcodes_own(data: bytes) -> None:
    version = _version(data)
    expected = util.create_data(version, ERROR_CORRECT_M, [util.QRData(data, mode=util.MODE_8BIT_BYTE)])
    assert qr.codewords(data, version) == expected


_TEXT = st.text(st.sampled_from(list("abcXYZ0129 \n€ءپ:/.-")), min_size=1, max_size=160)


@settings(max_examples=120, deadline=None)
@given(payload=st.one_of(_TEXT, st.text(st.sampled_from(list("0123456789")), min_size=1, max_size=200),
                         st.text(st.sampled_from(list("ABC 0123$%*+-./:")), min_size=1, max_size=200)))
def test_modules_equal_qrcodes_own(payload: str) -> None:
    assume(len(payload.encode()) <= qr.EPC_MAX_BYTES)  # the fast paths cover EPC payloads (version 13-M)
    assert qr.qr_matrix.__wrapped__(payload) == _reference(payload)


def test_a_drawn_epc_code_still_decodes() -> None:
    from usu_desktop.printing.documents import render_invoice
    from usu_desktop.printing.samples import sample_invoice

    doc = sample_invoice("en", 2)
    [payload] = qr_payloads(render_invoice(doc))
    assert payload.startswith(b"BCD\n002\n1\nSCT\n") and b"RF54NV2026000123" in payload
