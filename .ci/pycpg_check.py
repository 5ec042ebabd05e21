"""pycpg 1.0.5, the official CrashPlan Python SDK, against the emulator: an independent client.

Usage: python pycpg_check.py BASE_URL USERNAME PASSWORD

Uses only pycpg's public API: the local-account login (which reads /api/v1/User/my), the user,
device and org listings (every page), a user by username, and a user's deactivation and
reactivation seen on a re-read. Exits non-zero, naming the check, on the first failure.
"""

import sys
from importlib.metadata import version

import pycpg.sdk


def check(condition, what):
    if not condition:
        sys.exit(f"pycpg check failed: {what}")
    print(f"ok: {what}")


def items(pages, key):
    return [item for page in pages for item in page[key]]


def main():
    url, username, password = sys.argv[1:4]
    check(version("pycpg") == "1.0.5", f"pycpg is 1.0.5 ({version('pycpg')})")
    sdk = pycpg.sdk.from_local_account(url, username, password)

    users = items(sdk.users.get_all(), "users")
    check(len(users) >= 5, f"users.get_all lists every user ({len(users)})")
    check(all(u["userUid"].isdigit() for u in users), "every user has a digit-string userUid")
    check(len({u["userUid"] for u in users}) == len(users), "userUids are distinct")
    small_pages = list(sdk.users.get_all(page_size=2))
    check(
        len(items(small_pages, "users")) == len(users),
        f"users.get_all with pages of 2 lists the same users ({len(small_pages)} pages)",
    )

    devices = items(sdk.devices.get_all(active=True, include_backup_usage=True), "computers")
    check(len(devices) >= 1, f"devices.get_all(active=True) lists devices ({len(devices)})")
    check(all(d["active"] for d in devices), "every listed device is active")
    check(
        all(isinstance(d.get("backupUsage"), list) for d in devices),
        "include_backup_usage=True gives every device its backupUsage",
    )
    user_uids = {u["userUid"] for u in users}
    check(all(d["userUid"] in user_uids for d in devices), "every device's userUid is a listed user's")

    orgs = items(sdk.orgs.get_all(), "orgs")
    check(len(orgs) >= 1, f"orgs.get_all lists orgs ({len(orgs)})")
    check(all(o["orgGuid"] and o["orgUid"] for o in orgs), "every org has an orgUid and orgGuid")

    target = next(u for u in users if u["username"] == "userone@testorg.org")
    found = sdk.users.get_by_username("userone@testorg.org")["users"]
    check(
        [u["userId"] for u in found] == [target["userId"]],
        "users.get_by_username finds exactly that user",
    )
    check(target["status"] == "Active", "the user starts active")

    sdk.users.deactivate(target["userId"])
    again = sdk.users.get_by_id(target["userId"])
    check(again["status"] == "Deactivated" and not again["active"], "users.deactivate: re-read shows Deactivated")
    inactive = items(sdk.users.get_all(active=False), "users")
    check(target["userId"] in [u["userId"] for u in inactive], "the deactivated user is listed with active=False")

    sdk.users.reactivate(target["userId"])
    again = sdk.users.get_by_uid(target["userUid"])
    check(again["status"] == "Active" and again["active"], "users.reactivate: re-read by uid shows Active")
    print("pycpg 1.0.5 against the emulator: every check passed")


if __name__ == "__main__":
    main()
