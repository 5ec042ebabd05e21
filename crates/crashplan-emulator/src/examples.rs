// @generated from spec/crashplan-pro.yaml by `cargo xtask generate`; do not edit.
// Change the spec (or xtask/src/generate.rs) and run `cargo xtask generate` instead.

//! The examples of `spec/examples/` (each validated against the spec by `spec/check.py`).
/// `(name, JSON)` of every example, by file name without `.json`.
pub(crate) const EXAMPLES: &[(&str, &str)] = &[
    (
        "ArchiveRecordList.list-archive-records",
        "{\n  \"metadata\": {\n    \"count\": 2,\n    \"params\": {\n      \"userId\": \"240\",\n      \"daysBack\": \"2\"\n    },\n    \"timestamp\": \"2009-04-30T15:28:56.825-05:00\"\n  },\n  \"archiveRecords\": [\n    {\n      \"sourceId\": null,\n      \"targetId\": null,\n      \"userId\": 240,\n      \"orgId\": null,\n      \"selectedFiles\": 27240,\n      \"selectedBytes\": 15511731881,\n      \"todoFiles\": 0,\n      \"todoBytes\": 0,\n      \"archiveBytes\": 12179848763,\n      \"lastActivity\": \"2009-04-14T22:52:45.181-05:00\",\n      \"lastConnected\": \"2009-04-15T01:17:53.289-05:00\",\n      \"dailyChange\": 450852,\n      \"archiveBytesDeltaMonth\": 12757604,\n      \"creationDate\": \"2009-04-15T01:46:28.530-05:00\"\n    },\n    {\n      \"sourceId\": null,\n      \"targetId\": null,\n      \"userId\": 240,\n      \"orgId\": null,\n      \"selectedFiles\": 27272,\n      \"selectedBytes\": 15548641388,\n      \"todoFiles\": 0,\n      \"todoBytes\": 0,\n      \"archiveBytes\": 12179196493,\n      \"lastActivity\": \"2009-04-13T04:59:18.455-05:00\",\n      \"lastConnected\": \"2009-04-13T07:00:46.610-05:00\",\n      \"dailyChange\": 462021,\n      \"archiveBytesDeltaMonth\": 12488051,\n      \"creationDate\": \"2009-04-14T02:08:58.408-05:00\"\n    }\n  ]\n}\n",
    ),
    (
        "AuthTokenResponse.jwt-login",
        "{\n  \"data\": {\n    \"v3_user_token\": \"eyJhbGciOiJSUzI1NiIsImtpZCI6IjhmM2MyYTFlLTViN2QtNGM5YS05ZTJmLTFhNmIzZDRjNWU3ZiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMDI5Mzg0NzU2MTAyOTM4NDc1IiwiaXNzIjoiaHR0cHM6Ly9jb25zb2xlLnVzMS5jcmFzaHBsYW4uY29tIiwiYXVkIjoiY3Jhc2hwbGFuIiwidGVuYW50VWlkIjoiODc2NDM2MjM5NTE4Mzk2MDE5MSIsImlhdCI6MTcxODkwMDAwMCwiZXhwIjoxNzE4OTAxODAwfQ.1FVw-iZ3Tg3Abbd3xsN8d4cnLQItEG9p9eMrnuZgNlAL5oFDyY_u8cpK4Uz0ltNYQYSprBoqqlxyq7T3evuy8BelPi9albcebrvIilkm_4In-L_ueP3qOLFzhZvh8lLR6YVbw7a-K4XauODHtCtVuQYkXSAGwZX4KR19jz9s8iNUrgsvz41gFYo62Hyj6a__TrWufjFJ-i91Qot0SNJR9fTVeDB1fisYSiv2qWrrD_ZqN9xPzAAweiKcXmmku6cc322AUNsd8-ksW-lYPheRiZjLaYialcSYV7vSEtes89rv4aHATz6wCsybZpJC9mDl9YOjAf5T_PO1kODQUG7msQ\"\n  }\n}\n",
    ),
    (
        "ComputerDetail.get-computer-2",
        "{\n  \"id\": 2,\n  \"name\": \"c42-dhcp-191.c42\",\n  \"guid\": 343195742699662015,\n  \"status\": \"Active\",\n  \"alertStates\": [\n    \"OK\"\n  ],\n  \"userId\": 69,\n  \"mountPointId\": 1,\n  \"creationDate\": \"2008-10-29T14:23:58.779-05:00\",\n  \"modificationDate\": \"2008-10-29T14:23:59.738-05:00\",\n  \"osName\": \"Linux\",\n  \"osVersion\": \"2.6.31-14-generic\",\n  \"osArch\": \"i386\",\n  \"remoteAddress\": \"127.0.0.1\",\n  \"javaVersion\": \"1.6.0_0\",\n  \"timeZone\": \"SystemV/CST6CDT\",\n  \"version\": \"3.8.2010\",\n  \"serverBackupStats\": {\n    \"numberSelected\": 96,\n    \"selectedBytes\": 2247629,\n    \"percentComplete\": 100,\n    \"archiveBytes\": 706201,\n    \"compressionRate\": 68.6,\n    \"connected\": false,\n    \"lastBackup\": \"2010-03-30T18:36:10.221Z\",\n    \"lastConnected\": \"2010-03-30T18:35:50.133Z\"\n  }\n}\n",
    ),
    (
        "ComputerList.list-computers",
        "{\n  \"metadata\": {\n    \"count\": 1,\n    \"params\": {},\n    \"timestamp\": \"2008-10-29T14:44:13.820-05:00\"\n  },\n  \"computers\": [\n    {\n      \"id\": 2,\n      \"name\": \"c42-dhcp-191.c42\",\n      \"guid\": 343195742699662015,\n      \"status\": \"Active\",\n      \"alertStates\": [\n        \"OK\"\n      ],\n      \"userId\": 69,\n      \"mountPointId\": 1,\n      \"creationDate\": \"2008-10-29T14:23:58.779-05:00\",\n      \"modificationDate\": \"2008-10-29T14:23:59.738-05:00\"\n    }\n  ]\n}\n",
    ),
    (
        "ComputerUsageList.list-computer-usage",
        "{\n  \"metadata\": {\n    \"count\": 1,\n    \"params\": {\n      \"sourceGuid\": \"343195742699662015\"\n    },\n    \"timestamp\": \"2008-10-30T16:42:47.389-05:00\"\n  },\n  \"computerUsages\": [\n    {\n      \"sourceId\": 2,\n      \"sourceGuid\": 343195742699662015,\n      \"targetId\": 1,\n      \"targetGuid\": 42,\n      \"selectedFiles\": 0,\n      \"selectedBytes\": 0,\n      \"todoFiles\": 0,\n      \"todoBytes\": 0,\n      \"archiveBytes\": 0,\n      \"lastActivity\": null,\n      \"lastConnected\": \"2008-10-29T14:24:18.652-05:00\",\n      \"isUsing\": true,\n      \"creationDate\": \"2008-10-29T14:24:17.758-05:00\",\n      \"modificationDate\": \"2008-10-30T16:37:01.822-05:00\"\n    }\n  ]\n}\n",
    ),
    (
        "MountPointDetail.get-mount-point-1",
        "{\n  \"id\": 1,\n  \"name\": \"manifest\",\n  \"status\": \"ENABLED\",\n  \"type\": \"DIR\",\n  \"volumeLabel\": \"manifest\",\n  \"note\": null,\n  \"bytesPerSecond\": null,\n  \"creationDate\": \"2008-10-28T10:51:47.000-05:00\",\n  \"modificationDate\": \"2008-10-28T10:51:47.000-05:00\",\n  \"bytesTotal\": 99424124928,\n  \"bytesUsed\": 97548881920,\n  \"bytesFree\": 1875243008,\n  \"percentFree\": 1.9\n}\n",
    ),
    (
        "MountPointList.list-mount-points",
        "{\n  \"metadata\": {\n    \"count\": 1,\n    \"params\": {},\n    \"timestamp\": \"2008-10-29T14:33:05.487-05:00\"\n  },\n  \"mountPoints\": [\n    {\n      \"id\": 1,\n      \"name\": \"manifest\",\n      \"status\": \"ENABLED\",\n      \"type\": \"DIR\",\n      \"volumeLabel\": \"manifest\",\n      \"note\": null,\n      \"bytesPerSecond\": null,\n      \"creationDate\": \"2008-10-28T10:51:47.000-05:00\",\n      \"modificationDate\": \"2008-10-28T10:51:47.000-05:00\"\n    }\n  ]\n}\n",
    ),
    (
        "OAuthTokenResponse.api-client-token",
        "{\n  \"access_token\": \"eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJrZXktNzltdUd3OWk0MjQiLCJpc3MiOiJodHRwczovL2NvbnNvbGUudXMxLmNyYXNocGxhbi5jb20iLCJpYXQiOjE3MTg5MDAwMDAsImV4cCI6MTcxODkwMDkwMH0.bWFkZS11cC1zaWduYXR1cmUtbm90LWEtcmVhbC1jcmVkZW50aWFs\",\n  \"token_type\": \"bearer\",\n  \"expires_in\": 900\n}\n",
    ),
    (
        "OrgCreate.create-org-request",
        "{\n  \"name\": \"SubOrg5\",\n  \"parentId\": 2\n}\n",
    ),
    (
        "OrgDetail.create-org-response",
        "{\n  \"id\": 139,\n  \"name\": \"SubOrg5\",\n  \"status\": \"Active\",\n  \"creationDate\": \"2008-10-29T13:42:05.247-05:00\",\n  \"modificationDate\": \"2008-10-29T13:42:05.314-05:00\",\n  \"parentId\": 2\n}\n",
    ),
    (
        "OrgDetail.deactivate-org-response",
        "{\n  \"id\": 43,\n  \"name\": \"SubOrg1 deactivated 2008-10-28 14:58\",\n  \"status\": \"Deactivated\",\n  \"creationDate\": \"2008-10-28T10:58:47.632-05:00\",\n  \"modificationDate\": \"2008-10-28T14:58:36.516-05:00\",\n  \"parentId\": 2,\n  \"selectedFiles\": 0,\n  \"selectedBytes\": 0,\n  \"todoFiles\": 0,\n  \"todoBytes\": 0,\n  \"archiveBytes\": 78213557,\n  \"archiveBytesDelta\": 78213557,\n  \"archiveBytesDeltaMonth\": 78213557,\n  \"dailyChange\": 0\n}\n",
    ),
    (
        "OrgDetail.get-org-43",
        "{\n  \"id\": 43,\n  \"name\": \"SubOrg1\",\n  \"status\": \"Active\",\n  \"creationDate\": \"2008-10-28T10:58:47.632-05:00\",\n  \"modificationDate\": \"2008-10-30T16:37:02.083-05:00\",\n  \"parentId\": 2,\n  \"registrationKey\": \"8hj492h4w9pw8498\",\n  \"masterGuid\": null,\n  \"selectedFiles\": 5183,\n  \"selectedBytes\": 88879043,\n  \"todoFiles\": 0,\n  \"todoBytes\": 0,\n  \"archiveBytes\": 78213557,\n  \"archiveBytesDelta\": 78213557,\n  \"archiveBytesDeltaMonth\": 78213557,\n  \"dailyChange\": 0,\n  \"quota\": {\n    \"seats\": 10,\n    \"bytes\": 250\n  }\n}\n",
    ),
    (
        "OrgList.list-orgs",
        "{\n  \"metadata\": {\n    \"count\": 8,\n    \"params\": {},\n    \"timestamp\": \"2008-10-28T14:49:00.676-05:00\"\n  },\n  \"orgs\": [\n    {\n      \"id\": 2,\n      \"name\": \"PROServer Demo\",\n      \"status\": \"Active\",\n      \"parentId\": null,\n      \"registrationKey\": \"H9RH-JWCT-SJCM-WS8T\",\n      \"masterGuid\": null,\n      \"creationDate\": \"2008-10-28T10:51:47.000-05:00\",\n      \"modificationDate\": \"2008-10-28T10:51:47.000-05:00\"\n    },\n    {\n      \"id\": 3,\n      \"name\": \"PROServer Customer\",\n      \"status\": \"Active\",\n      \"parentId\": null,\n      \"registrationKey\": \"8HJ4-92H4-W9PW-8498\",\n      \"masterGuid\": null,\n      \"creationDate\": \"2008-10-28T10:51:47.000-05:00\",\n      \"modificationDate\": \"2008-10-28T10:51:47.000-05:00\"\n    },\n    {\n      \"id\": 42,\n      \"name\": \"CrashPlan\",\n      \"status\": \"Active\",\n      \"parentId\": null,\n      \"registrationKey\": \"2RU9-49RR-9K7T-R9TT\",\n      \"masterGuid\": null,\n      \"creationDate\": \"2008-10-28T10:51:47.000-05:00\",\n      \"modificationDate\": \"2008-10-28T10:51:47.000-05:00\"\n    },\n    {\n      \"id\": 43,\n      \"name\": \"SubOrg1\",\n      \"status\": \"Active\",\n      \"parentId\": 2,\n      \"registrationKey\": \"M9WP-2MH7-H8PJ-7SW4\",\n      \"masterGuid\": null,\n      \"creationDate\": \"2008-10-28T10:58:47.632-05:00\",\n      \"modificationDate\": \"2008-10-28T10:58:47.654-05:00\"\n    }\n  ]\n}\n",
    ),
    ("OrgUpdate.deactivate-org-request", "{\n  \"status\": \"Deactivated\"\n}\n"),
    (
        "ServerStats.get-server-stats",
        "{\n  \"currentArchiveBytes\": 37724715178678,\n  \"previousMonthArchiveBytes\": 43128889830903,\n  \"orgCount\": 1304,\n  \"seatCount\": 18642,\n  \"version\": \"10.29.2008\",\n  \"backupSessionCount\": 90,\n  \"connectedClientCount\": 4755,\n  \"hostName\": \"proserver.acme.com\",\n  \"hostPort\": 4242,\n  \"hostAddresses\": [\n    \"10.10.10.4\",\n    \"69.54.39.68\",\n    \"69.54.39.67\",\n    \"69.54.39.66\",\n    \"69.54.39.76\"\n  ],\n  \"hostMemoryTotal\": \"7.9 GB\",\n  \"hostMemoryFree\": \"44.3 MB\",\n  \"hostMemoryCached\": \"3.3 GB\",\n  \"engineMemoryTotal\": \"3.6 GB\",\n  \"engineMemoryFree\": \"2.1 GB\",\n  \"cpuUtilization\": \"29%\",\n  \"uptime\": \"1.5 hrs\",\n  \"uptimeMilliseconds\": 1225806954620,\n  \"load\": \"5.14, 4.38, 3.95\",\n  \"diskTotal\": \"89.2 GB\",\n  \"diskFree\": \"28.8 GB\",\n  \"diskUtilization\": \"68%\"\n}\n",
    ),
    (
        "UsageList.list-usages",
        "{\n  \"metadata\": {\n    \"count\": 1,\n    \"params\": {\n      \"orgId\": 23\n    },\n    \"timestamp\": \"2010-09-01T19:28:24.820-05:00\"\n  },\n  \"usages\": [\n    {\n      \"sourceId\": 2,\n      \"sourceGuid\": 343195742699662015,\n      \"sourceConnectedToServer\": true,\n      \"sourceLastConnectedToServer\": \"2010-09-01T19:20:59.738-05:00\",\n      \"sourceStatus\": \"Blocked,Active\",\n      \"sourceUserId\": 234,\n      \"sourceOrgId\": 23,\n      \"targetId\": 1,\n      \"targetGuId\": 345095742699645987,\n      \"selectedFiles\": 1513,\n      \"selectedBytes\": 19839461229438,\n      \"todoFiles\": 0,\n      \"todoBytes\": 0,\n      \"archiveBytes\": 1828461229332,\n      \"lastConnected\": \"2010-09-01T19:23:58.779-05:00\",\n      \"lastActivity\": \"2010-09-01T19:10:13.450-05:00\",\n      \"isUsing\": true,\n      \"alertStates\": []\n    }\n  ]\n}\n",
    ),
    (
        "UserCreate.create-user-request",
        "{\n  \"lastName\": \"Three\",\n  \"password\": \"userthree\",\n  \"orgId\": 43,\n  \"email\": \"userthree@testorg.org\",\n  \"firstName\": \"User\"\n}\n",
    ),
    (
        "UserDetail.create-user-response",
        "{\n  \"id\": 69,\n  \"status\": \"Active\",\n  \"email\": \"userthree@testorg.org\",\n  \"firstName\": \"User\",\n  \"lastName\": \"Three\",\n  \"orgId\": 43,\n  \"creationDate\": \"2008-10-29T14:08:06.141-05:00\",\n  \"modificationDate\": \"2008-10-29T14:08:06.172-05:00\"\n}\n",
    ),
    (
        "UserDetail.deactivate-user-response",
        "{\n  \"id\": 67,\n  \"status\": \"Deactivated\",\n  \"email\": \"userone@testorg.org\",\n  \"firstName\": \"User\",\n  \"lastName\": \"One\",\n  \"orgId\": 43,\n  \"creationDate\": \"2008-10-29T13:46:40.242-05:00\",\n  \"modificationDate\": \"2008-10-29T14:06:01.968-05:00\",\n  \"selectedFiles\": 0,\n  \"selectedBytes\": 0,\n  \"todoFiles\": 0,\n  \"todoBytes\": 0,\n  \"archiveBytes\": 78213557,\n  \"archiveBytesDelta\": 0,\n  \"archiveBytesDeltaMonth\": 0,\n  \"dailyChange\": 0,\n  \"quota\": {\n    \"bytes\": 150\n  }\n}\n",
    ),
    (
        "UserDetail.get-user-69",
        "{\n  \"id\": 69,\n  \"status\": \"Active\",\n  \"email\": \"userthree@testorg.org\",\n  \"firstName\": \"User\",\n  \"lastName\": \"Three\",\n  \"orgId\": 43,\n  \"creationDate\": \"2008-10-29T14:08:06.141-05:00\",\n  \"modificationDate\": \"2008-10-30T16:37:02.645-05:00\",\n  \"selectedFiles\": 5183,\n  \"selectedBytes\": 88879043,\n  \"todoFiles\": 0,\n  \"todoBytes\": 0,\n  \"archiveBytes\": 78213557,\n  \"archiveBytesDelta\": 0,\n  \"archiveBytesDeltaMonth\": 0,\n  \"dailyChange\": 0,\n  \"quota\": {\n    \"bytes\": 150\n  }\n}\n",
    ),
    (
        "UserList.list-users",
        "{\n  \"metadata\": {\n    \"count\": 3,\n    \"params\": {},\n    \"timestamp\": \"2008-10-29T14:39:44.825-05:00\"\n  },\n  \"users\": [\n    {\n      \"id\": 67,\n      \"status\": \"Active\",\n      \"email\": \"userone@testorg.org\",\n      \"firstName\": \"User\",\n      \"lastName\": \"One\",\n      \"orgId\": 43,\n      \"creationDate\": \"2008-10-29T13:46:40.242-05:00\",\n      \"modificationDate\": \"2008-10-29T14:06:02.123-05:00\"\n    },\n    {\n      \"id\": 68,\n      \"status\": \"Active\",\n      \"email\": \"usertwo@testorg.org\",\n      \"firstName\": \"User\",\n      \"lastName\": \"Two\",\n      \"orgId\": 43,\n      \"creationDate\": \"2008-10-29T13:47:11.796-05:00\",\n      \"modificationDate\": \"2008-10-29T13:51:06.943-05:00\"\n    },\n    {\n      \"id\": 69,\n      \"status\": \"Active\",\n      \"email\": \"userthree@testorg.org\",\n      \"firstName\": \"User\",\n      \"lastName\": \"Three\",\n      \"orgId\": 43,\n      \"creationDate\": \"2008-10-29T14:08:06.141-05:00\",\n      \"modificationDate\": \"2008-10-29T14:08:06.172-05:00\"\n    }\n  ]\n}\n",
    ),
    ("UserUpdate.deactivate-user-request", "{\n  \"status\": \"Deactivated\"\n}\n"),
];
