from .downloads import Download, DownloadLink, PdfBuild
from .pages import GATE_FIELDS, WhitePaperIndexPage, WhitePaperPage

__all__ = [
    "GATE_FIELDS",
    "Download",
    "DownloadLink",
    "PdfBuild",
    "WhitePaperIndexPage",
    "WhitePaperPage",
]
