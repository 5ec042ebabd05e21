#!/usr/bin/env python3
"""The peer users have today: the reference's Python approach (stdlib http.client + json),
paging through /rest/users one page at a time on one keep-alive connection.

usage: python_peer.py URL USERNAME PASSWORD PAGE_SIZE [OUT]
With OUT, writes every user as one JSON line into that file (what `cpctl users list
--format jsonl > OUT` does). Prints one line: `<items> <seconds>`.
"""

import base64
import http.client
import json
import sys
import time
import urllib.parse


def main() -> int:
    url, username, password, page_size = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    parts = urllib.parse.urlsplit(url)
    token = base64.b64encode(f"{username}:{password}".encode()).decode()
    headers = {"Authorization": f"Basic {token}", "Accept": "application/json"}
    conn_cls = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    conn = conn_cls(parts.hostname, parts.port)
    out = open(sys.argv[5], "w", encoding="utf-8") if len(sys.argv) > 5 else None
    start = time.perf_counter()
    items = 0
    page = 1
    while page <= 1_000_000:  # bounded
        conn.request("GET", f"/rest/users?page={page}&pageSize={page_size}", None, headers)
        response = conn.getresponse()
        body = response.read()
        if response.status != 200:
            print(f"HTTP {response.status}: {body[:200]!r}", file=sys.stderr)
            return 1
        users = json.loads(body)["users"]
        items += len(users)
        if out is not None:
            out.writelines(json.dumps(user, separators=(",", ":")) + "\n" for user in users)
        if len(users) < page_size:
            break
        page += 1
    elapsed = time.perf_counter() - start
    conn.close()
    if out is not None:
        out.close()
    print(f"{items} {elapsed:.6f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
