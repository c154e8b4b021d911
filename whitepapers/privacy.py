"""What white papers hold about a person: exported and erased through the leads hooks."""

from whitepapers.models import Download, DownloadLink


def export_downloads(contact):
    """The person's download links and downloads, for the data-subject export."""
    return {
        "White-paper downloads": [
            {
                "paper": download.paper_title,
                "when": download.downloaded_at,
                "through": download.channel,
                "personalised": download.personalised,
                "document_id": download.document_id,
            }
            for download in Download.objects.filter(contact=contact).order_by("downloaded_at")
        ],
        "White-paper links": [
            {
                "paper": link.paper_title,
                "created_at": link.created_at,
                "expires_at": link.expires_at,
                "personalised": link.personalised,
            }
            for link in DownloadLink.objects.filter(contact=contact).order_by("created_at")
        ],
    }


def erase_downloads(contact):
    """Delete the person's links, downloads and personalised copies (which bear their name)."""
    for link in DownloadLink.objects.filter(contact=contact).exclude(personalised_file=""):
        link.personalised_file.delete(save=False)
    Download.objects.filter(contact=contact).delete()
    DownloadLink.objects.filter(contact=contact).delete()
