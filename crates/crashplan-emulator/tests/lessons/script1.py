# Lesson 1: List of users. Ported to Python 3 (stdlib only) from the CrashPlan PRO REST API
# reference; the only other change is that host and port come from CP_HOST and CP_PORT.
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
def getUsers():
        # We supply HTTP authentication headers in advance.
        # And while the "Accept" header below is not strictly required
        # (JSON is the default encoding for the CrashPlan API)
        # it's good practice to explicitly include it.
    headers = {"Authorization":getAuthHeader(cpc_username,cpc_password),"Accept":"application/json"}
    try:
        conn = http.client.HTTPSConnection(cpc_host,cpc_port)
        conn.request("GET","/rest/users",None,headers)
        data = conn.getresponse().read()
        conn.close()
        return json.loads(data)
    except http.client.HTTPException as inst:
        print("Exception: %s" % inst)
        return None
    except ValueError as inst:
        print("Exception decoding JSON: %s" % inst)
        return None
for u in getUsers()["users"]:
    print(str(u["email"]))
