"""The document heading (thể thức) of the two document styles, as HTML for QTextDocument; no Qt here.

- Party (Hướng dẫn 36-HD/VPTW): left the superior body (regular) and the issuing body (bold) in capitals,
  with a "*" below; right "ĐẢNG CỘNG SẢN VIỆT NAM" in bold, underlined; the place-date line in italics.
- State (Nghị định 30/2020/NĐ-CP): left the superior body (regular) and the issuing body (bold) with a
  short rule below; right "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (bold) and "Độc lập - Tự do - Hạnh phúc"
  (bold) with a rule as long as the motto; the place-date line in italics.
The signature block differs the same way (T/M … for the Party, TM. … for the State).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape

from ..store.settings import Settings

PARTY, STATE = "party", "state"
PARTY_NAME = "ĐẢNG CỘNG SẢN VIỆT NAM"
NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
BLANK = "……………………"
RULE_IMAGE = "nxdesk-rule.png"  # the document builder supplies a 1×1 black image under this name


def place_date(place: str, when: date) -> str:
    """ "Như Xuân, ngày 08 tháng 10 năm 2024": days below 10 and months 1, 2 take a leading zero."""
    month = f"{when.month:02d}" if when.month <= 2 else str(when.month)
    return f"{place.strip() or BLANK}, ngày {when.day:02d} tháng {month} năm {when.year}"


def _upper(text: str) -> str:
    return " ".join(text.split()).upper()


@dataclass(frozen=True)
class Heading:
    """The heading's texts for one document style (already in the printed case)."""

    style: str
    parent_body: str
    issuing_body: str
    right_lines: tuple[str, ...]
    place_date: str
    signer_left: str
    signer_right: tuple[str, ...]
    preparer_name: str = ""
    signer_name: str = ""


def heading_for(settings: Settings, when: date) -> Heading:
    """The texts of the heading and signature block for ``settings``' document style."""
    style = settings.document_style
    parent = _upper(settings.parent_body)
    issuing = _upper(settings.issuing_body) or BLANK
    if style == STATE:
        right = (NATION, MOTTO)
        signer = ("TM. ỦY BAN NHÂN DÂN", _upper(settings.signer_title) or "CHỦ TỊCH")
    else:
        right = (PARTY_NAME,)
        signer = ("T/M BAN THƯỜNG VỤ", _upper(settings.signer_title) or "BÍ THƯ")
    return Heading(
        style,
        parent,
        issuing,
        right,
        place_date(settings.place, when),
        "NGƯỜI LẬP BIỂU",
        signer,
        " ".join(settings.preparer_name.split()),
        " ".join(settings.signer_name.split()),
    )


def heading_html(h: Heading, size_pt: float = 13) -> str:
    """The two-column heading table: issuing body on the left, national/party line and place-date right."""

    def rule(width_px: int) -> str:  # a black line drawn as an image (QTextDocument's <hr> is hairline grey)
        return (
            f'<div style="margin-top: 4px; font-size: 2pt">'
            f'<img src="{RULE_IMAGE}" width="{width_px}" height="1"/></div>'
        )

    left = []
    if h.parent_body:
        left.append(f"<div>{escape(h.parent_body)}</div>")
    left.append(f"<div><b>{escape(h.issuing_body)}</b></div>")
    if h.style == STATE:
        left.append(rule(90))
        right = (
            f"<div><b>{escape(h.right_lines[0])}</b></div>"
            f"<div style='font-size: {size_pt + 1}pt'><b>{escape(h.right_lines[1])}</b></div>" + rule(235)
        )
    else:
        left.append("<div>*</div>")
        right = f"<div style='font-size: {size_pt + 1}pt'><b><u>{escape(h.right_lines[0])}</u></b></div>"
    right += f"<div style='margin-top: 10px'><i>{escape(h.place_date)}</i></div>"
    return (
        f'<table width="100%" cellspacing="0" cellpadding="0" style="font-size: {size_pt}pt">'
        f'<tr><td width="42%" align="center" valign="top">{"".join(left)}</td>'
        f'<td width="58%" align="center" valign="top">{right}</td></tr></table>'
    )


def signature_html(h: Heading, size_pt: float = 13) -> str:
    """The signature block: người lập biểu on the left, the signing office on the right."""
    right = "".join(f"<div><b>{escape(line)}</b></div>" for line in h.signer_right)
    return (
        f'<table width="100%" cellspacing="0" cellpadding="0" '
        f'style="font-size: {size_pt}pt; margin-top: 12px">'
        f'<tr><td width="42%" align="center" valign="top"><div><b>{escape(h.signer_left)}</b></div></td>'
        f'<td width="58%" align="center" valign="top">{right}</td></tr>'
        "<tr><td>&nbsp;<br>&nbsp;<br>&nbsp;<br>&nbsp;</td><td>&nbsp;</td></tr>"  # room to sign and seal
        f'<tr><td align="center"><b>{escape(h.preparer_name)}</b></td>'
        f'<td align="center"><b>{escape(h.signer_name)}</b></td></tr></table>'
    )
