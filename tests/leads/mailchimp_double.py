"""A local stand-in for the Mailchimp Marketing API, spoken to over real HTTP.

It implements what Aimant uses (member upsert, tags, delete-permanent, batches
and their results archive, ping), answers with the recorded sample bodies in
tests/leads/samples/responses/, and can be told to fail the next requests.
"""

import copy
import hashlib
import io
import json
import re
import tarfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

SAMPLES = Path(__file__).parent / "samples" / "responses"


def sample(name):
    return json.loads((SAMPLES / name).read_text())


MEMBER = re.compile(r"^/3\.0/lists/(?P<list>[^/]+)/members/(?P<hash>[0-9a-f]{32})(?P<rest>/.*)?$")
BATCH = re.compile(r"^/3\.0/batches/(?P<id>[^/]+)$")
ARCHIVE = re.compile(r"^/archives/(?P<id>[^/]+)\.tar\.gz$")


class MailchimpDouble:
    """State of the fake audience plus the failures to play on the next requests."""

    def __init__(self, list_id="4e7c9a1f3b"):
        self.list_id = list_id
        self.members = {}  # subscriber hash -> member dict
        self.tags = {}  # subscriber hash -> set of active tag names
        self.forgotten = set()  # hashes deleted permanently
        self.batches = {}
        self.requests = []  # (method, path, parsed JSON body or None)
        self.failures = []  # "500", "429", "timeout", consumed one per request
        self.timeout_seconds = 2.0
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self.server.daemon_threads = True
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def base_url(self):
        host, port = self.server.server_address
        return f"http://{host}:{port}"

    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self.server.shutdown()
        self.server.server_close()

    def fail_next(self, *modes):
        self.failures.extend(modes)

    def paths(self, method=None):
        return [path for m, path, _ in self.requests if method is None or m == method]

    # The API ---------------------------------------------------------------

    def upsert(self, list_id, email_hash, body):
        """PUT on a member: the answer (status, body) Mailchimp would give."""
        if list_id != self.list_id:
            return 404, {"title": "Resource Not Found", "status": 404, "detail": "", "instance": ""}
        email = (body.get("email_address") or "").lower()
        if hashlib.md5(email.encode()).hexdigest() != email_hash:  # noqa: S324
            return 400, {"title": "Invalid Resource", "status": 400, "detail": "", "instance": ""}
        if email_hash in self.forgotten:
            error = sample("member-upsert-400-forgotten-email.json")
            error["detail"] = error["detail"].replace("oliver.hughes@example.com", email)
            return 400, error
        existing = self.members.get(email_hash)
        wanted = body.get("status") if existing else body.get("status_if_new")
        if (
            existing
            and existing["status"] in {"unsubscribed", "cleaned"}
            and wanted == "subscribed"
            and existing.get("compliance")
        ):
            return 400, sample("member-upsert-400-compliance-state.json")
        member = copy.deepcopy(existing) if existing else sample("member-upsert-200.json")
        member.update(
            id=email_hash,
            email_address=email,
            status=wanted,
            list_id=list_id,
            language=body.get("language", member.get("language", "")),
        )
        member["merge_fields"] = {**member.get("merge_fields", {}), **body.get("merge_fields", {})}
        self.members[email_hash] = member
        return 200, member

    def update_tags(self, email_hash, body):
        if email_hash not in self.members:
            return 404, {"title": "Resource Not Found", "status": 404, "detail": "", "instance": ""}
        active = self.tags.setdefault(email_hash, set())
        for tag in body.get("tags", []):
            if tag.get("status") == "active":
                active.add(tag["name"])
            else:
                active.discard(tag["name"])
        return 204, None

    def delete_permanent(self, email_hash):
        if email_hash not in self.members:
            return 404, {"title": "Resource Not Found", "status": 404, "detail": "", "instance": ""}
        del self.members[email_hash]
        self.tags.pop(email_hash, None)
        self.forgotten.add(email_hash)
        return 204, None

    def dispatch(self, method, path, body):
        match = MEMBER.match(path)
        if match:
            rest = match["rest"] or ""
            if method == "PUT" and not rest:
                return self.upsert(match["list"], match["hash"], body or {})
            if method == "POST" and rest == "/tags":
                return self.update_tags(match["hash"], body or {})
            if method == "POST" and rest == "/actions/delete-permanent":
                return self.delete_permanent(match["hash"])
        if method == "GET" and path == "/3.0/ping":
            return 200, {"health_status": "Everything's Chimpy!"}
        if method == "POST" and path == "/3.0/batches":
            return self.start_batch(body or {})
        match = BATCH.match(path)
        if method == "GET" and match and match["id"] in self.batches:
            return 200, self.batches[match["id"]]["status"]
        return 404, {"title": "Resource Not Found", "status": 404, "detail": path, "instance": ""}

    def start_batch(self, body):
        """Run the operations at once but answer "pending", as Mailchimp does."""
        batch_id = f"b{len(self.batches) + 1:09d}"
        results = []
        for operation in body.get("operations", []):
            op_body = json.loads(operation["body"]) if operation.get("body") else None
            code, answer = self.dispatch(operation["method"], "/3.0" + operation["path"], op_body)
            results.append(
                {
                    "status_code": code,
                    "operation_id": operation.get("operation_id", ""),
                    "response": json.dumps(answer) if answer is not None else "",
                }
            )
        created = sample("batch-create-200.json")
        created["id"] = batch_id
        status = sample("batch-status-200-finished.json")
        status.update(
            id=batch_id,
            total_operations=len(results),
            finished_operations=len(results),
            errored_operations=sum(1 for r in results if r["status_code"] >= 400),
            response_body_url=f"{self.base_url}/archives/{batch_id}.tar.gz",
        )
        self.batches[batch_id] = {"status": status, "results": results}
        return 200, created

    def archive(self, batch_id):
        buffer = io.BytesIO()
        with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
            data = json.dumps(self.batches[batch_id]["results"]).encode()
            info = tarfile.TarInfo(f"{batch_id}/results-0.json")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
        return buffer.getvalue()

    def _handler_class(self):
        double = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _answer(self, code, body=None, headers=None, raw=None, content_type=None):
                payload = raw if raw is not None else b""
                if body is not None:
                    payload = json.dumps(body).encode()
                    content_type = content_type or "application/json; charset=utf-8"
                if code >= 400 and body is not None:
                    content_type = "application/problem+json; charset=utf-8"
                self.send_response(code)
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                if content_type:
                    self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def _handle(self, method):
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                body = json.loads(raw) if raw else None
                path = self.path.split("?")[0]
                archive = ARCHIVE.match(path)
                if archive:
                    return self._answer(
                        200, raw=double.archive(archive["id"]), content_type="application/x-tar"
                    )
                if not (self.headers.get("Authorization") or "").startswith("Basic "):
                    return self._answer(401, {"title": "API Key Missing", "status": 401})
                with double.lock:
                    double.requests.append((method, path, body))
                    failure = double.failures.pop(0) if double.failures else None
                if failure == "timeout":
                    time.sleep(double.timeout_seconds)
                    return self._answer(504, {"title": "Gateway Timeout", "status": 504})
                if failure == "500":
                    return self._answer(500, {"title": "Internal Server Error", "status": 500})
                if failure == "429":
                    return self._answer(
                        429, sample("error-429-too-many-requests.json"), {"Retry-After": "7"}
                    )
                with double.lock:
                    code, answer = double.dispatch(method, path, body)
                return self._answer(code, answer)

            def do_GET(self):
                self._handle("GET")

            def do_POST(self):
                self._handle("POST")

            def do_PUT(self):
                self._handle("PUT")

        return Handler


@pytest.fixture(name="mailchimp_double")
def mailchimp_double_fixture(settings, db):
    """Mailchimp configured against a fresh local double (short timeout, no batch wait)."""
    double = MailchimpDouble().start()
    settings.MAILCHIMP_API_KEY = "0f3c9a7d2e4b6f8a1c5e7d9b3a2f4c6e-us21"
    settings.MAILCHIMP_SERVER_PREFIX = "us21"
    settings.MAILCHIMP_LIST_ID = double.list_id
    settings.MAILCHIMP_API_HOST = f"{double.base_url}/3.0"
    settings.MAILCHIMP_TIMEOUT = 1
    settings.MAILCHIMP_BATCH_POLL_SECONDS = 0
    yield double
    double.stop()
