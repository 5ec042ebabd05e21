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
    ("DeviceDeactivation.deactivate-device-request", "{\n  \"id\": 90544\n}\n"),
    (
        "DeviceList.list-devices-with-backup-usage",
        "{\n  \"metadata\": {\n    \"timestamp\": \"2025-12-01T10:06:44.512Z\",\n    \"params\": {\n      \"pgNum\": \"1\",\n      \"pgSize\": \"100\",\n      \"incBackupUsage\": \"true\",\n      \"active\": \"true\"\n    }\n  },\n  \"data\": {\n    \"totalCount\": 2,\n    \"computers\": [\n      {\n        \"computerId\": 88120,\n        \"name\": \"ada-thinkpad\",\n        \"osHostname\": \"ADA-THINKPAD\",\n        \"guid\": \"1043017702251888104\",\n        \"type\": \"COMPUTER\",\n        \"status\": \"Active\",\n        \"active\": true,\n        \"blocked\": false,\n        \"alertState\": 0,\n        \"alertStates\": [\n          \"OK\"\n        ],\n        \"userId\": 4107,\n        \"userUid\": \"1042870315662904117\",\n        \"orgId\": 2214,\n        \"orgUid\": \"1042869877140322901\",\n        \"computerExtRef\": \"NW-LT-0917\",\n        \"notes\": null,\n        \"parentComputerId\": null,\n        \"parentComputerGuid\": null,\n        \"lastConnected\": \"2025-12-01T10:01:55.730Z\",\n        \"osName\": \"win\",\n        \"osVersion\": \"10.0.22631\",\n        \"osArch\": \"amd64\",\n        \"address\": \"10.40.3.118:4242\",\n        \"remoteAddress\": \"198.51.100.23\",\n        \"javaVersion\": \"17.0.9\",\n        \"modelInfo\": null,\n        \"timeZone\": \"Europe/Paris\",\n        \"version\": 1525200006822,\n        \"productVersion\": \"11.4.1\",\n        \"buildVersion\": 12,\n        \"creationDate\": \"2023-02-14T09:30:02.114Z\",\n        \"modificationDate\": \"2025-12-01T10:01:55.730Z\",\n        \"loginDate\": \"2025-11-30T07:45:19.008Z\",\n        \"service\": \"CrashPlan\",\n        \"backupUsage\": [\n          {\n            \"targetComputerGuid\": \"1038210442716503001\",\n            \"targetComputerName\": \"CrashPlan Cloud US East\",\n            \"targetComputerType\": \"SERVER\",\n            \"selectedFiles\": 184220,\n            \"selectedBytes\": 301558441982,\n            \"todoFiles\": 412,\n            \"todoBytes\": 2284010233,\n            \"archiveBytes\": 288104557120,\n            \"billableBytes\": 301558441982,\n            \"lastBackup\": \"2025-12-01T09:58:10.442Z\",\n            \"lastCompletedBackup\": \"2025-12-01T03:12:47.019Z\",\n            \"lastConnected\": \"2025-12-01T10:01:55.730Z\",\n            \"lastMaintenanceDate\": \"2025-11-29T22:40:18.261Z\",\n            \"using\": true,\n            \"alertState\": 0,\n            \"alertStates\": [\n              \"OK\"\n            ],\n            \"percentComplete\": 99.2,\n            \"storePointId\": 10442,\n            \"storePointName\": \"use1-store-07\",\n            \"serverGuid\": \"1038210442716503118\",\n            \"serverName\": \"use1-node-3\",\n            \"archiveGuid\": \"1043017759914002311\",\n            \"archiveFormat\": \"ARCHIVE_V2\",\n            \"activity\": {\n              \"connected\": true,\n              \"backingUp\": true,\n              \"restoring\": false,\n              \"timeRemainingInMs\": 1840000,\n              \"remainingFiles\": 412,\n              \"remainingBytes\": 2284010233\n            },\n            \"sendRateAverage\": 0\n          }\n        ]\n      },\n      {\n        \"computerId\": 90544,\n        \"name\": \"bram-macbook\",\n        \"osHostname\": \"UNKNOWN\",\n        \"guid\": \"1051938011470259617\",\n        \"type\": \"COMPUTER\",\n        \"status\": \"Active, Deauthorized\",\n        \"active\": true,\n        \"blocked\": false,\n        \"alertState\": 2,\n        \"alertStates\": [\n          \"CriticalConnectionAlert\"\n        ],\n        \"userId\": 4388,\n        \"userUid\": \"1051937720480016642\",\n        \"orgId\": 2231,\n        \"orgUid\": \"1049001846377311758\",\n        \"computerExtRef\": null,\n        \"notes\": \"Returned to IT.\",\n        \"parentComputerId\": 81002,\n        \"parentComputerGuid\": \"1049550332018870441\",\n        \"lastConnected\": \"2025-09-12T17:22:40.515Z\",\n        \"osName\": \"mac\",\n        \"osVersion\": \"14.6.1\",\n        \"osArch\": \"aarch64\",\n        \"address\": \"192.168.1.24:4242\",\n        \"remoteAddress\": \"203.0.113.77\",\n        \"javaVersion\": \"17.0.9\",\n        \"modelInfo\": null,\n        \"timeZone\": \"America/Chicago\",\n        \"version\": 1525200006822,\n        \"productVersion\": \"11.3.0\",\n        \"buildVersion\": 41,\n        \"creationDate\": \"2023-06-01T12:30:44.900Z\",\n        \"modificationDate\": \"2025-10-28T08:15:37.442Z\",\n        \"loginDate\": \"2025-09-12T16:02:13.339Z\",\n        \"service\": \"CrashPlan\",\n        \"backupUsage\": []\n      }\n    ]\n  }\n}\n",
    ),
    (
        "DeviceResponse.get-device-by-guid",
        "{\n  \"metadata\": {\n    \"timestamp\": \"2025-12-01T10:07:02.091Z\",\n    \"params\": {\n      \"idType\": \"guid\"\n    }\n  },\n  \"data\": {\n    \"computerId\": 88120,\n    \"name\": \"ada-thinkpad\",\n    \"osHostname\": \"ADA-THINKPAD\",\n    \"guid\": \"1043017702251888104\",\n    \"type\": \"COMPUTER\",\n    \"status\": \"Active\",\n    \"active\": true,\n    \"blocked\": false,\n    \"alertState\": 0,\n    \"alertStates\": [\n      \"OK\"\n    ],\n    \"userId\": 4107,\n    \"userUid\": \"1042870315662904117\",\n    \"orgId\": 2214,\n    \"orgUid\": \"1042869877140322901\",\n    \"computerExtRef\": \"NW-LT-0917\",\n    \"notes\": null,\n    \"parentComputerId\": null,\n    \"parentComputerGuid\": null,\n    \"lastConnected\": \"2025-12-01T10:01:55.730Z\",\n    \"osName\": \"win\",\n    \"osVersion\": \"10.0.22631\",\n    \"osArch\": \"amd64\",\n    \"address\": \"10.40.3.118:4242\",\n    \"remoteAddress\": \"198.51.100.23\",\n    \"javaVersion\": \"17.0.9\",\n    \"modelInfo\": null,\n    \"timeZone\": \"Europe/Paris\",\n    \"version\": 1525200006822,\n    \"productVersion\": \"11.4.1\",\n    \"buildVersion\": 12,\n    \"creationDate\": \"2023-02-14T09:30:02.114Z\",\n    \"modificationDate\": \"2025-12-01T10:01:55.730Z\",\n    \"loginDate\": \"2025-11-30T07:45:19.008Z\",\n    \"service\": \"CrashPlan\"\n  }\n}\n",
    ),
    (
        "DeviceUpdate.rename-device-request",
        "{\n  \"name\": \"ada-thinkpad-2025\",\n  \"notes\": \"Renamed after the motherboard swap.\",\n  \"computerExtRef\": \"NW-LT-0917\"\n}\n",
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
        "RoleList.list-roles",
        "{\n  \"data\": [\n    {\n      \"roleId\": \"desktop-user\",\n      \"roleName\": \"Desktop User\",\n      \"creationDate\": \"2019-01-10T20:29:51.343Z\",\n      \"modificationDate\": \"2024-03-02T11:20:05.117Z\",\n      \"permissionIds\": []\n    },\n    {\n      \"roleId\": \"customer-cloud-admin\",\n      \"roleName\": \"Customer Cloud Admin\",\n      \"creationDate\": \"2019-01-10T20:29:51.330Z\",\n      \"modificationDate\": \"2024-03-02T11:20:05.002Z\",\n      \"permissionIds\": [\n        \"admin.org.read\",\n        \"admin.user.write\"\n      ],\n      \"numberOfUsers\": 3\n    }\n  ]\n}\n",
    ),
    (
        "ServerStats.get-server-stats",
        "{\n  \"currentArchiveBytes\": 37724715178678,\n  \"previousMonthArchiveBytes\": 43128889830903,\n  \"orgCount\": 1304,\n  \"seatCount\": 18642,\n  \"version\": \"10.29.2008\",\n  \"backupSessionCount\": 90,\n  \"connectedClientCount\": 4755,\n  \"hostName\": \"proserver.acme.com\",\n  \"hostPort\": 4242,\n  \"hostAddresses\": [\n    \"10.10.10.4\",\n    \"69.54.39.68\",\n    \"69.54.39.67\",\n    \"69.54.39.66\",\n    \"69.54.39.76\"\n  ],\n  \"hostMemoryTotal\": \"7.9 GB\",\n  \"hostMemoryFree\": \"44.3 MB\",\n  \"hostMemoryCached\": \"3.3 GB\",\n  \"engineMemoryTotal\": \"3.6 GB\",\n  \"engineMemoryFree\": \"2.1 GB\",\n  \"cpuUtilization\": \"29%\",\n  \"uptime\": \"1.5 hrs\",\n  \"uptimeMilliseconds\": 1225806954620,\n  \"load\": \"5.14, 4.38, 3.95\",\n  \"diskTotal\": \"89.2 GB\",\n  \"diskFree\": \"28.8 GB\",\n  \"diskUtilization\": \"68%\"\n}\n",
    ),
    (
        "TodayError.active-legal-hold",
        "{\n  \"data\": [\n    {\n      \"name\": \"ACTIVE_LEGAL_HOLD\",\n      \"description\": null\n    }\n  ]\n}\n",
    ),
    (
        "TodayError.user-duplicate",
        "{\n  \"data\": [\n    {\n      \"name\": \"USER_DUPLICATE\",\n      \"description\": \"A user with this username already exists.\"\n    }\n  ]\n}\n",
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
    (
        "UserRolesUpdate.set-user-roles-request",
        "{\n  \"roleIds\": [\n    \"desktop-user\",\n    \"customer-cloud-admin\"\n  ]\n}\n",
    ),
    ("UserUpdate.deactivate-user-request", "{\n  \"status\": \"Deactivated\"\n}\n"),
    (
        "V1OrgList.list-orgs-v1",
        "{\n  \"metadata\": {\n    \"timestamp\": \"2025-12-01T10:08:19.338Z\",\n    \"params\": {\n      \"pgNum\": \"1\",\n      \"pgSize\": \"500\"\n    }\n  },\n  \"data\": {\n    \"totalCount\": 2,\n    \"orgs\": [\n      {\n        \"orgId\": 2214,\n        \"orgUid\": \"1042869877140322901\",\n        \"orgGuid\": \"5f0d2a7e-91c4-4b8e-a6d3-2c7b18e40f61\",\n        \"orgName\": \"Northwind Engineering\",\n        \"orgExtRef\": \"CC-4100\",\n        \"notes\": null,\n        \"status\": \"Active\",\n        \"active\": true,\n        \"blocked\": false,\n        \"parentOrgId\": 2201,\n        \"parentOrgUid\": \"1042869001557730114\",\n        \"parentOrgGuid\": \"0b6f7c1d-3e2a-4f59-8d10-7a9e6c5b4d32\",\n        \"type\": \"ENTERPRISE\",\n        \"creationDate\": \"2023-02-14T08:55:10.620Z\",\n        \"modificationDate\": \"2025-08-19T13:02:51.774Z\",\n        \"registrationKey\": \"7QKD-M4RT-2XWP-HV9C\"\n      },\n      {\n        \"orgId\": 2231,\n        \"orgUid\": \"1049001846377311758\",\n        \"orgGuid\": \"c2a84e10-6b7d-4f3e-9a15-d08f3b61e7a9\",\n        \"orgName\": \"Northwind Field Sales\",\n        \"orgExtRef\": null,\n        \"notes\": \"Regional sales laptops.\",\n        \"status\": \"Active\",\n        \"active\": true,\n        \"blocked\": false,\n        \"parentOrgId\": 2201,\n        \"parentOrgUid\": \"1042869001557730114\",\n        \"parentOrgGuid\": \"0b6f7c1d-3e2a-4f59-8d10-7a9e6c5b4d32\",\n        \"type\": \"ENTERPRISE\",\n        \"creationDate\": \"2023-05-30T15:41:27.009Z\",\n        \"modificationDate\": \"2025-10-28T08:15:37.442Z\",\n        \"registrationKey\": \"9MWL-C3JF-8RTB-Q2ZN\"\n      }\n    ]\n  }\n}\n",
    ),
    (
        "V1OrgResponse.get-current-org",
        "{\n  \"metadata\": {\n    \"timestamp\": \"2025-12-01T10:08:40.001Z\",\n    \"params\": {}\n  },\n  \"data\": {\n    \"orgId\": 2214,\n    \"orgUid\": \"1042869877140322901\",\n    \"orgGuid\": \"5f0d2a7e-91c4-4b8e-a6d3-2c7b18e40f61\",\n    \"orgName\": \"Northwind Engineering\",\n    \"orgExtRef\": \"CC-4100\",\n    \"notes\": null,\n    \"status\": \"Active\",\n    \"active\": true,\n    \"blocked\": false,\n    \"parentOrgId\": 2201,\n    \"parentOrgUid\": \"1042869001557730114\",\n    \"parentOrgGuid\": \"0b6f7c1d-3e2a-4f59-8d10-7a9e6c5b4d32\",\n    \"type\": \"ENTERPRISE\",\n    \"creationDate\": \"2023-02-14T08:55:10.620Z\",\n    \"modificationDate\": \"2025-08-19T13:02:51.774Z\",\n    \"registrationKey\": \"7QKD-M4RT-2XWP-HV9C\"\n  }\n}\n",
    ),
    (
        "V1UserCreate.create-user-v1-request",
        "{\n  \"orgUid\": \"1042869877140322901\",\n  \"username\": \"chiara.lindqvist@northwind.example\",\n  \"email\": \"chiara.lindqvist@northwind.example\",\n  \"password\": \"correct-horse-battery-41\",\n  \"firstName\": \"Chiara\",\n  \"lastName\": \"Lindqvist\",\n  \"notes\": \"Joins the platform team on 2026-01-05.\"\n}\n",
    ),
    (
        "V1UserList.list-users-v1",
        "{\n  \"metadata\": {\n    \"timestamp\": \"2025-12-01T10:04:11.207Z\",\n    \"params\": {\n      \"pgNum\": \"1\",\n      \"pgSize\": \"2\",\n      \"incRoles\": \"true\"\n    }\n  },\n  \"data\": {\n    \"totalCount\": 2,\n    \"users\": [\n      {\n        \"userId\": 4107,\n        \"userUid\": \"1042870315662904117\",\n        \"status\": \"Active\",\n        \"username\": \"ada.moreau@northwind.example\",\n        \"email\": \"ada.moreau@northwind.example\",\n        \"firstName\": \"Ada\",\n        \"lastName\": \"Moreau\",\n        \"quotaInBytes\": -1,\n        \"orgId\": 2214,\n        \"orgUid\": \"1042869877140322901\",\n        \"orgName\": \"Northwind Engineering\",\n        \"orgType\": \"ENTERPRISE\",\n        \"userExtRef\": \"E-20417\",\n        \"notes\": null,\n        \"active\": true,\n        \"blocked\": false,\n        \"emailPromo\": false,\n        \"invited\": false,\n        \"usernameIsAnEmail\": true,\n        \"passwordReset\": false,\n        \"localAuthenticationOnly\": false,\n        \"creationDate\": \"2023-02-14T09:12:44.318Z\",\n        \"modificationDate\": \"2025-11-03T16:40:02.905Z\",\n        \"licenses\": [],\n        \"roles\": [\n          \"Desktop User\",\n          \"Customer Cloud Admin\"\n        ]\n      },\n      {\n        \"userId\": 4388,\n        \"userUid\": \"1051937720480016642\",\n        \"status\": \"Deactivated\",\n        \"username\": \"bram.okafor@northwind.example\",\n        \"email\": \"bram.okafor@northwind.example\",\n        \"firstName\": \"Bram\",\n        \"lastName\": \"Okafor\",\n        \"quotaInBytes\": 536870912000,\n        \"orgId\": 2231,\n        \"orgUid\": \"1049001846377311758\",\n        \"orgName\": \"Northwind Field Sales\",\n        \"orgType\": \"ENTERPRISE\",\n        \"userExtRef\": null,\n        \"notes\": \"Left in October; archive on hold.\",\n        \"active\": false,\n        \"blocked\": true,\n        \"emailPromo\": false,\n        \"invited\": false,\n        \"usernameIsAnEmail\": true,\n        \"passwordReset\": false,\n        \"localAuthenticationOnly\": true,\n        \"creationDate\": \"2023-06-01T12:00:09.051Z\",\n        \"modificationDate\": \"2025-10-28T08:15:37.442Z\",\n        \"licenses\": [],\n        \"roles\": [\n          \"Desktop User\"\n        ]\n      }\n    ]\n  }\n}\n",
    ),
    (
        "V1UserResponse.get-user-by-uid",
        "{\n  \"metadata\": {\n    \"timestamp\": \"2025-12-01T10:05:30.884Z\",\n    \"params\": {\n      \"idType\": \"uid\"\n    }\n  },\n  \"data\": {\n    \"userId\": 4107,\n    \"userUid\": \"1042870315662904117\",\n    \"status\": \"Active\",\n    \"username\": \"ada.moreau@northwind.example\",\n    \"email\": \"ada.moreau@northwind.example\",\n    \"firstName\": \"Ada\",\n    \"lastName\": \"Moreau\",\n    \"quotaInBytes\": -1,\n    \"orgId\": 2214,\n    \"orgUid\": \"1042869877140322901\",\n    \"orgName\": \"Northwind Engineering\",\n    \"orgType\": \"ENTERPRISE\",\n    \"userExtRef\": \"E-20417\",\n    \"notes\": null,\n    \"active\": true,\n    \"blocked\": false,\n    \"emailPromo\": false,\n    \"invited\": false,\n    \"usernameIsAnEmail\": true,\n    \"passwordReset\": false,\n    \"localAuthenticationOnly\": false,\n    \"creationDate\": \"2023-02-14T09:12:44.318Z\",\n    \"modificationDate\": \"2025-11-03T16:40:02.905Z\",\n    \"licenses\": []\n  }\n}\n",
    ),
    (
        "V1UserUpdate.update-user-v1-request",
        "{\n  \"email\": \"ada.moreau@northwind-eng.example\",\n  \"quotaInBytes\": 1099511627776,\n  \"notes\": \"Quota raised for the CAD archive.\"\n}\n",
    ),
    (
        "V3Customer.get-customer",
        "{\n  \"tenantUid\": \"1042868990017265001\",\n  \"name\": \"Northwind Traders\",\n  \"registrationKey\": \"4HCT-PXW2-9KDM-R7QA\",\n  \"deploymentModel\": \"PUBLIC\",\n  \"maintenanceMode\": false\n}\n",
    ),
    ("V3LoginConfiguration.local-2fa", "{\n  \"loginType\": \"LOCAL_2FA\"\n}\n"),
    (
        "V3Org.get-org-v3",
        "{\n  \"orgId\": 2214,\n  \"orgUid\": \"1042869877140322901\",\n  \"orgGuid\": \"5f0d2a7e-91c4-4b8e-a6d3-2c7b18e40f61\",\n  \"orgName\": \"Northwind Engineering\",\n  \"orgExtRef\": \"CC-4100\",\n  \"notes\": null,\n  \"status\": \"Active\",\n  \"active\": true,\n  \"blocked\": false,\n  \"parentOrgId\": 2201,\n  \"parentOrgUid\": \"1042869001557730114\",\n  \"parentOrgGuid\": \"0b6f7c1d-3e2a-4f59-8d10-7a9e6c5b4d32\",\n  \"type\": \"ENTERPRISE\",\n  \"creationDate\": \"2023-02-14T08:55:10.620Z\",\n  \"modificationDate\": \"2025-08-19T13:02:51.774Z\",\n  \"registrationKey\": \"7QKD-M4RT-2XWP-HV9C\",\n  \"classification\": \"BASIC\",\n  \"externalId\": \"1042869877140322901\",\n  \"hierarchyCounts\": {},\n  \"configInheritanceCounts\": {},\n  \"deactivationDate\": null,\n  \"settings\": {\n    \"maxSeats\": null,\n    \"maxBytes\": null,\n    \"archiveHoldDays\": 90,\n    \"warnInDays\": 3,\n    \"alertInDays\": 5\n  },\n  \"settingsInherited\": {\n    \"maxSeats\": \"\",\n    \"maxBytes\": \"\"\n  },\n  \"settingsSummary\": {\n    \"maxSeats\": \"\",\n    \"maxBytes\": \"\"\n  }\n}\n",
    ),
    (
        "V3OrgCreate.create-org-v3-request",
        "{\n  \"orgName\": \"Northwind Research\",\n  \"orgExtRef\": \"CC-4180\",\n  \"notes\": \"Lab machines.\",\n  \"parentOrgGuid\": \"0b6f7c1d-3e2a-4f59-8d10-7a9e6c5b4d32\"\n}\n",
    ),
    (
        "V3OrgUpdate.update-org-v3-request",
        "{\n  \"orgName\": \"Northwind Engineering (EU)\",\n  \"notes\": \"Moved to the Paris office.\"\n}\n",
    ),
    ("V3UserActivate.activate-user-v3-request", "{\n  \"unblock\": true\n}\n"),
    ("V3UserDeactivate.deactivate-user-v3-request", "{\n  \"block\": true\n}\n"),
    ("V3UserMove.move-user-v3-request", "{\n  \"orgId\": 2231\n}\n"),
];
