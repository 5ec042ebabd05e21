#!/usr/bin/env python3
"""The peer users have today: the reference's Python approach (stdlib http.client + json),
paging through /rest/users one page at a time on one keep-alive connection.

usage: python_peer.py URL USERNAME PASSWORD PAGE_SIZE [OUT]
       python_peer.py --today-devices URL TOKEN PAGE_SIZE [OUT]
With OUT, writes every user as one JSON line into that file (what `cpctl --api pro3 users list
--format jsonl > OUT` does). The second form pages today's devices with their backup usage
(`GET /api/v1/Computer?incBackupUsage=true&pgNum=N&pgSize=PAGE_SIZE`, Bearer TOKEN, items in
`data.computers`), as `cpctl --api today devices list --inc-backup-usage --format jsonl`.
Prints one line: `<items> <seconds>`.
"""

import base64
import http.client
import json
import sys
import time
import urllib.parse


def users_2010(page: int, page_size: int) -> str:
    """The path of a page of 2010 users (pages from 1)."""
    return f"/rest/users?page={page}&pageSize={page_size}"


def devices_today(page: int, page_size: int) -> str:
    """The path of a page of today's devices with their backup usage (pages from 1)."""
    return f"/api/v1/Computer?incBackupUsage=true&pgNum={page}&pgSize={page_size}"


def main() -> int:
    args = sys.argv[1:]
    if args and args[0] == "--today-devices":
        url, token, page_size = args[1], args[2], int(args[3])
        authorization = f"Bearer {token}"
        path, items_of = devices_today, lambda answer: answer["data"]["computers"]
        out_arg = args[4] if len(args) > 4 else None
    else:
        url, username, password, page_size = args[0], args[1], args[2], int(args[3])
        basic = base64.b64encode(f"{username}:{password}".encode()).decode()
        authorization = f"Basic {basic}"
        path, items_of = users_2010, lambda answer: answer["users"]
        out_arg = args[4] if len(args) > 4 else None
    parts = urllib.parse.urlsplit(url)
    headers = {"Authorization": authorization, "Accept": "application/json"}
    conn_cls = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    conn = conn_cls(parts.hostname, parts.port)
    out = open(out_arg, "w", encoding="utf-8") if out_arg is not None else None
    start = time.perf_counter()
    items = 0
    page = 1
    while page <= 1_000_000:  # bounded
        conn.request("GET", path(page, page_size), None, headers)
        response = conn.getresponse()
        body = response.read()
        if response.status != 200:
            print(f"HTTP {response.status}: {body[:200]!r}", file=sys.stderr)
            return 1
        users = items_of(json.loads(body))
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
