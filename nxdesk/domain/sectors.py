"""The sectors (lĩnh vực) an office groups its targets in."""

from __future__ import annotations

STANDARD_SECTORS: tuple[str, ...] = (
    "Kinh tế",
    "Văn hóa - Xã hội",
    "Môi trường",
    "Quốc phòng - An ninh",
    "Xây dựng Đảng và hệ thống chính trị",
)
"""The five sectors of a Party congress resolution's targets, in their usual order."""
