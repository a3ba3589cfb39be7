"""Seeds a running kollega for the load test: members (created by the CLI),
one group with all of them, a thread of 50 posts, and an API token per
member, written as a Lua table for wrk."""
import json, subprocess, sys, urllib.request

base, members, binary, out = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
PASSWORD = "a long load-test password"

def call(method, path, body=None, token=None):
    req = urllib.request.Request(base + path, method=method,
                                 data=json.dumps(body).encode() if body is not None else None,
                                 headers={"Content-Type": "application/json",
                                          **({"Authorization": "Bearer " + token} if token else {})})
    with urllib.request.urlopen(req) as r:
        return json.loads(r.read() or b"null")

def login(email):
    return call("POST", "/api/v1/auth/login", {"email": email, "password": PASSWORD})["token"]

admin = login("admin@load.test")
group = call("POST", "/api/v1/groups", {"name": "Load test group"}, admin)["id"]
tokens = []
for i in range(members):
    email = f"member{i}@load.test"
    subprocess.run([binary, "user", "add", "--email", email, "--name", f"Dr Load {i}",
                    "--role", "member", "--password-stdin"], input=PASSWORD + "\n",
                   text=True, check=True, capture_output=True)
    call("POST", f"/api/v1/groups/{group}/members", {"email": email}, admin)
    tokens.append(login(email))
thread = call("POST", f"/api/v1/groups/{group}/threads",
              {"title": "Trött kvinna", "body": "Normala prover, sover dåligt. Hur går ni vidare?",
               "kind": "case"}, tokens[0])["id"]
for i in range(49):
    call("POST", f"/api/v1/threads/{thread}/posts",
         {"body": f"Svar nummer {i}: har du frågat om sömnen och stressen på jobbet?"}, tokens[i % members])
# Replies go to a second thread, so the one being read keeps its size.
write = call("POST", f"/api/v1/groups/{group}/threads",
             {"title": "Under last", "body": "Här skriver alla under testet.", "kind": "case"},
             tokens[1 % members])["id"]
with open(out, "w") as f:
    f.write("return { thread = %s, write = %s, tokens = {%s} }\n" % (
        json.dumps(thread), json.dumps(write), ",".join(json.dumps(t) for t in tokens)))
