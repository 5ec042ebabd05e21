# Lesson 3: Disk usage for each user. Ported to Python 3 (stdlib only) from the CrashPlan PRO
# REST API reference; the only other change is that host and port come from CP_HOST and CP_PORT.
import json
import http.client
import base64
import os

cpc_host = os.environ.get("CP_HOST", "localhost")
cpc_port = int(os.environ.get("CP_PORT", "4285"))
cpc_username = "admin"
cpc_password = "admin"

def getAuthHeader(u,p):

    # Compute base64 representation of the authentication token.
    token = base64.b64encode(('%s:%s' % (u,p)).encode()).decode()
    return "Basic %s" % token

def getUsers(orgid):

    # We supply HTTP authentication headers in advance.  And while the "Accept" header
    # below is not strictly required (JSON is the default encoding for the CrashPlan API)
    # it's good practice to explicitly include it.
    headers = {"Authorization":getAuthHeader(cpc_username,cpc_password),"Accept":"application/json"}

    try:
        conn = http.client.HTTPSConnection(cpc_host,cpc_port)
        conn.request("GET","/rest/users",None,headers)
        data = conn.getresponse().read()
        conn.close()
        userlist = json.loads(data)["users"]
    except http.client.HTTPException as inst:
        print("Exception in HTTP operations: %s" % inst)
        return None
    except ValueError as inst:
        print("Exception decoding JSON: %s" % inst)
        return None
    else:
        # The list we compute above will return all users for all orgs.  We're only interested
        # in users who belong to the org with an ID matching our input argument.  Also make sure
        # to limit ourselves to active users only.
        return [u for u in userlist if u["orgId"] == orgid if u["status"] == "Active"]

def getUser(userid):

    headers = {"Authorization":getAuthHeader(cpc_username,cpc_password),"Accept":"application/json"}

    try:
        conn = http.client.HTTPSConnection(cpc_host,cpc_port)
        conn.request("GET","/rest/users/%s" % userid,None,headers)
        data = conn.getresponse().read()
        conn.close()
        return json.loads(data)
    except http.client.HTTPException as inst:
        print("Exception in HTTP operations: %s" % inst)
        return None
    except ValueError as inst:
        print("Exception decoding JSON: %s" % inst)
        return None

# We now have a list of users in our target org.  For each of these users, retrieve user detail
# information and check to see how many bytes they're using.
users = getUsers(43)
for user in users:

    detail = getUser(user["id"])
    print("Disk usage for user %s %s (%s): %i bytes" % (detail["firstName"],detail["lastName"],detail["email"],detail["archiveBytes"]))
    if detail["archiveBytes"] > (1024 * 1024 * 10):
        print("User %s has exceeded 10M limit" % detail["email"])
