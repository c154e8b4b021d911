"""A real HTTP server on localhost that plays a CRM receiving Aimant's webhook."""

import hashlib
import hmac
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class WebhookReceiver:
    """Verifies each request's signature like a CRM would, and records the events.

    `responses` is a list of ``(status, delay_seconds)`` used in turn; when it
    runs out, requests get 200 at once.
    """

    def __init__(self, secret):
        self.secret = secret
        self.responses = []
        self.requests = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                timestamp = self.headers.get("X-Aimant-Timestamp", "")
                expected = hmac.new(
                    receiver.secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256
                ).hexdigest()
                signed = hmac.compare_digest(
                    self.headers.get("X-Aimant-Signature", ""), f"sha256={expected}"
                )
                status, delay = receiver.responses.pop(0) if receiver.responses else (200, 0)
                if not signed:
                    status = 401
                receiver.requests.append(
                    {
                        "signed": signed,
                        "event_id": self.headers.get("X-Aimant-Event-Id"),
                        "event": self.headers.get("X-Aimant-Event"),
                        "json": json.loads(body),
                        "status": status,
                    }
                )
                time.sleep(delay)
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(json.dumps({"received": status == 200}).encode())

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks/aimant"

    def __enter__(self):
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()

    def unique_events(self):
        """What a CRM de-duplicating on the event id keeps."""
        seen = {}
        for request in self.requests:
            if request["signed"] and request["status"] == 200:
                seen.setdefault(request["event_id"], request)
        return list(seen.values())
