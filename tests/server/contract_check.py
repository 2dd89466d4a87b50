#!/usr/bin/env python3
"""Contract check: every answer of steward-platform matches docs/openapi.yaml.

usage: contract_check.py STEWARD_PLATFORM_BIN OPENAPI_YAML

Starts the real server on a scratch database, drives every route and every error class
with urllib, and validates each answer against the operation's documented response for
that status (status documented, content type, body schema with $refs resolved, the
Retry-After header of 429). Request bodies it sends as valid ones are validated against
the request schemas (and each mutation's payload against its action's payload schema).
Exits 0 when everything matches, 1 otherwise (listing each mismatch).
"""
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

import yaml
from jsonschema import Draft202012Validator, FormatChecker
try:  # jsonschema >= 4.18 resolves $refs through `referencing`
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012
except ImportError:  # Debian 12 ships jsonschema 4.10, which still has RefResolver
    Registry = None
    from jsonschema import RefResolver

BASE = "urn:steward:openapi"
failures = []
checked = {"responses": 0, "entities": 0, "requests": 0}


def fail(message):
    failures.append(message)
    print("FAIL:", message, flush=True)


# ------------------------------------------------------------------ the document
spec = yaml.safe_load(open(sys.argv[2], encoding="utf-8"))
if Registry is not None:
    _ref_options = {"registry": Registry().with_resource(
        BASE, Resource.from_contents(spec, default_specification=DRAFT202012))}
else:
    _ref_options = {"resolver": RefResolver(base_uri=BASE, referrer=spec, store={BASE: spec})}
formats = FormatChecker()


@formats.checks("date-time", raises=ValueError)
def _date_time(value):
    # docs: timestamps are ISO 8601 in UTC with a Z.
    if not isinstance(value, str):
        return True
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z", value):
        raise ValueError(f"not a UTC timestamp with Z: {value!r}")
    datetime.datetime.fromisoformat(value[:19])
    return True


@formats.checks("date", raises=ValueError)
def _date(value):
    if isinstance(value, str):
        if not re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            raise ValueError(value)
        datetime.date.fromisoformat(value)
    return True


_validators = {}


def validator(pointer):
    if pointer not in _validators:
        _validators[pointer] = Draft202012Validator({"$ref": BASE + "#" + pointer},
                                                    format_checker=formats, **_ref_options)
    return _validators[pointer]


def errors_of(pointer, instance, limit=3):
    errs = sorted(validator(pointer).iter_errors(instance), key=lambda e: len(list(e.absolute_path)))
    return ["%s at /%s: %s" % (pointer.rsplit("/", 1)[-1], "/".join(map(str, e.absolute_path)), e.message[:300])
            for e in errs[:limit]]


def node(pointer):
    cur = spec
    for part in pointer.strip("/").split("/"):
        cur = cur[part.replace("~1", "/").replace("~0", "~")]
    return cur


def deref(pointer):
    """Follows OpenAPI reference objects (responses, parameters) to their target."""
    while isinstance(node(pointer), dict) and "$ref" in node(pointer):
        pointer = node(pointer)["$ref"][1:]
    return pointer


def esc(s):
    return s.replace("~", "~0").replace("/", "~1")


ENTITY_SCHEMA = {
    "member": "Member", "group": "Group", "tier": "Tier", "badge": "Badge", "points_entry": "PointsEntry",
    "moderation_item": "ModerationItem", "keyword_rule": "KeywordRule", "feedback": "Feedback",
    "campaign": "Campaign", "budget": "Budget", "metric_day": "MetricDay",
    "retention_cohort": "RetentionCohort", "audit_entry": "AuditEntry",
}
PAYLOAD_SCHEMA = {}
for line in node("/paths/~1v1~1mutations/post")["description"].splitlines():
    m = re.match(r"\| `(\w+)` \| `(\w+)` \| `(\w+)`", line)
    if m:
        PAYLOAD_SCHEMA[(m.group(1), m.group(2))] = m.group(3)
assert len(PAYLOAD_SCHEMA) == 32, PAYLOAD_SCHEMA


# ------------------------------------------------------------------ the server
class Server:
    def __init__(self, binary, db, extra):
        self.proc = subprocess.Popen([binary, "--db", db, "--port", "0", "--members", "300",
                                      "--today", "2026-11-20"] + extra,
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        deadline = time.time() + 120
        while time.time() < deadline:
            line = self.proc.stdout.readline()
            if not line:
                raise SystemExit("steward-platform exited before listening")
            m = re.search(r"listening on (http://\S+)", line)
            if m:
                self.url = m.group(1)
                return
        raise SystemExit("steward-platform did not start")

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


class Response:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    def json(self):
        return json.loads(self.body)


def http(server, method, path, body=None, token=None, raw=None, headers=None):
    data = raw if raw is not None else (json.dumps(body, ensure_ascii=False).encode() if body is not None else None)
    req = urllib.request.Request(server.url + path, data=data, method=method)
    req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    for k, v in (headers or {}).items():
        req.add_header(k, v)
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return Response(r.status, r.headers, r.read())
    except urllib.error.HTTPError as e:
        return Response(e.code, e.headers, e.read())


TEMPLATE = {"/v1/entities/": "/v1/entities/{entity}/{id}"}


def operation_for(path):
    path = urllib.parse.urlsplit(path).path
    if path.startswith("/v1/entities/") and path.count("/") == 4:
        path = "/v1/entities/{entity}/{id}"
    return path if path in spec["paths"] else None


def check(server, method, path, expect, body=None, token=None, raw=None, request_schema=True, note=""):
    """Sends a request and validates the answer against the document. `expect` is the status."""
    where = f"{method} {path[:80]} {note}".strip()
    if body is not None and request_schema:
        op = operation_for(path)
        rb = node(f"/paths/{esc(op)}/{method.lower()}").get("requestBody") if op else None
        if rb:
            pointer = deref(f"/paths/{esc(op)}/{method.lower()}/requestBody") + "/content/application~1json/schema"
            for e in errors_of(pointer, body):
                fail(f"{where}: the request the check sends is not valid: {e}")
            checked["requests"] += 1
        if op == "/v1/mutations":
            for m in body.get("mutations", []):
                schema = PAYLOAD_SCHEMA.get((m.get("entity"), m.get("action")))
                if schema:
                    for e in errors_of("/components/schemas/" + schema, m.get("payload")):
                        fail(f"{where}: payload of {m['entity']}.{m['action']} is not valid: {e}")
    r = http(server, method, path, body=body, token=token, raw=raw)
    checked["responses"] += 1
    if r.status != expect:
        fail(f"{where}: HTTP {r.status}, expected {expect}: {r.body[:200]!r}")
    ctype = (r.headers.get("Content-Type") or "").split(";")[0].strip()
    op = operation_for(path)
    opnode = node(f"/paths/{esc(op)}").get(method.lower()) if op else None
    if r.status == 500:
        fail(f"{where}: 500 is not part of the contract")
    if opnode is None:
        # Unknown route or method: a problem, not an operation of the document.
        pointer = "/components/schemas/Problem"
        if ctype != "application/problem+json":
            fail(f"{where}: Content-Type {ctype} for {r.status}")
    else:
        responses = opnode["responses"]
        if str(r.status) not in responses:
            fail(f"{where}: status {r.status} is not documented for {method} {op}")
            return r
        rp = deref(f"/paths/{esc(op)}/{method.lower()}/responses/{r.status}")
        content = node(rp).get("content", {})
        if ctype not in content:
            fail(f"{where}: Content-Type {ctype!r}, documented {list(content)}")
            return r
        pointer = f"{rp}/content/{esc(ctype)}/schema"
        for name, h in node(rp).get("headers", {}).items():
            value = r.headers.get(name)
            if value is None:
                fail(f"{where}: header {name} missing")
            elif name == "Retry-After" and not (value.isdigit() and int(value) >= 1):
                fail(f"{where}: Retry-After {value!r} is not whole seconds >= 1")
    try:
        doc = r.json()
    except ValueError:
        fail(f"{where}: body is not JSON: {r.body[:100]!r}")
        return r
    if r.status >= 400 and isinstance(doc, dict) and doc.get("status") != r.status:
        fail(f"{where}: problem status {doc.get('status')} differs from HTTP {r.status}")
    if path.startswith("/v1/changes") and r.status == 200:
        check_changes_page(where, doc)
    else:
        for e in errors_of(pointer, doc):
            fail(f"{where}: {e}")
    if path.startswith("/v1/snapshot") and r.status == 200:
        check_snapshot_rows(where, doc)
    if path.startswith("/v1/entities/") and r.status == 200 and doc.get("data") is not None:
        check_entity(where, doc["entity"], doc["data"])
    return r


def check_entity(where, entity, data):
    checked["entities"] += 1
    for e in errors_of("/components/schemas/" + ENTITY_SCHEMA[entity], data):
        fail(f"{where}: {entity} {data.get('id')}: {e}")


def check_changes_page(where, page):
    # The envelope against ChangesPage (with each data reduced to {id}, which the oneOf
    # accepts only as DeletedEntity), then each data against its entity's own schema,
    # which is stricter than the document's oneOf and much faster.
    light = dict(page)
    light["changes"] = [dict(c, data={"id": c.get("data", {}).get("id")}) if isinstance(c, dict) else c
                        for c in page.get("changes", [])]
    for e in errors_of("/components/schemas/ChangesPage", light):
        fail(f"{where}: {e}")
    for c in page.get("changes", []):
        if c.get("op") == "delete":
            for e in errors_of("/components/schemas/DeletedEntity", c.get("data")):
                fail(f"{where}: tombstone {c.get('entity')}/{c.get('id')}: {e}")
        elif c.get("entity") in ENTITY_SCHEMA:
            check_entity(where, c["entity"], c["data"])
            if c["data"].get("version") != c.get("version"):
                fail(f"{where}: {c['entity']}/{c['id']}: data.version differs from version")


def check_snapshot_rows(where, page):
    entity = page["entity"]
    schema = node("/components/schemas/" + ENTITY_SCHEMA[entity])
    if sorted(page["columns"]) != sorted(schema["properties"]):
        fail(f"{where}: {entity} columns {page['columns']} are not the schema's fields {sorted(schema['properties'])}")
    for row in page["rows"]:
        check_entity(where, entity, dict(zip(page["columns"], row)))


def mutation(entity, entity_id, action, base, payload=None, mid=None):
    return {"id": mid or str(uuid.uuid4()), "entity": entity, "entity_id": entity_id, "action": action,
            "base_version": base, "payload": payload if payload is not None else {}}


# ------------------------------------------------------------------ the drive
def drive(s):
    tokens = {}
    check(s, "GET", "/v1/health", 200)
    check(s, "GET", "/v1/health?x=1", 200)
    for user in ["manager", "moderator", "analyst", "lin", "chen"]:
        r = check(s, "POST", "/v1/auth/token", 200, body={"username": user, "password": "steward-demo"})
        tokens[user] = r.json()["access_token"]
    man, mod, ana, lin, chen = (tokens[u] for u in ["manager", "moderator", "analyst", "lin", "chen"])
    check(s, "POST", "/v1/auth/token", 401, body={"username": "manager", "password": "wrong"})
    check(s, "POST", "/v1/auth/token", 400, raw=b'{"username":')
    check(s, "POST", "/v1/auth/token", 422, raw=b'{"username":5,"password":"x"}')
    check(s, "POST", "/v1/auth/token", 422, raw=b'{"username":"manager"}')
    check(s, "POST", "/v1/auth/token", 413, raw=b'{"username":"' + b"x" * (4 * 1024 * 1024 + 1) + b'"}')
    for t in tokens.values():
        check(s, "GET", "/v1/me", 200, token=t)
    check(s, "GET", "/v1/me", 401)
    check(s, "GET", "/v1/me", 401, token="garbage")

    # Feed: a full replay, validated entity by entity.
    state, since = {}, 0
    while True:
        page = check(s, "GET", f"/v1/changes?since={since}&limit=2000", 200, token=ana).json()
        for c in page["changes"]:
            state[(c["entity"], c["id"])] = c
        since = page["next_since"]
        if not page["has_more"]:
            break
    live = lambda e, pred=lambda d: True: [k[1] for k, c in sorted(state.items())
                                           if k[0] == e and c["op"] == "upsert" and pred(c["data"])]
    check(s, "GET", "/v1/changes?since=999999999", 200, token=ana)
    check(s, "GET", "/v1/changes?limit=100000", 200, token=ana)
    for q in ["since=abc", "since=-1", "limit=x"]:
        check(s, "GET", "/v1/changes?" + q, 400, token=ana)
    check(s, "GET", "/v1/changes", 401)

    # Snapshot: every page (small pages cross entity boundaries).
    cursor, pages = None, 0
    while True:
        r = check(s, "GET", "/v1/snapshot?limit=997" + (f"&cursor={cursor}" if cursor else ""), 200, token=ana).json()
        pages += 1
        if not r["has_more"]:
            break
        cursor = r["next_cursor"]
    check(s, "GET", "/v1/snapshot?cursor=garbage", 400, token=ana)
    check(s, "GET", "/v1/snapshot?limit=abc", 400, token=ana)
    check(s, "GET", "/v1/snapshot", 401)

    # Entities: one of each kind, unknowns.
    for entity in ENTITY_SCHEMA:
        ids = live(entity)
        if ids:
            check(s, "GET", f"/v1/entities/{entity}/{urllib.parse.quote(ids[0], safe='')}", 200, token=ana)
        elif entity != "audit_entry":  # none before the first mutation
            fail(f"the seeded feed has no {entity}")
    check(s, "GET", "/v1/entities/member/999999999", 404, token=ana)
    check(s, "GET", "/v1/entities/widget/1", 404, token=ana)
    check(s, "GET", "/v1/entities/member/1", 401)

    # Mutations: every action applied (manager), refusals, conflicts, duplicates.
    items = live("moderation_item", lambda d: d["status"] == "pending" and d["claimed_by"] is None)
    members = live("member", lambda d: d["status"] == "active")
    feedback = live("feedback", lambda d: d["status"] != "resolved")
    groups, badges, tiers = live("group"), live("badge"), live("tier")
    ver = lambda e, i: http(s, "GET", f"/v1/entities/{e}/{urllib.parse.quote(i, safe='')}", token=man).json()["version"]
    post = lambda token, ms, expect=200, note="": check(s, "POST", "/v1/mutations", expect, body={"mutations": ms},
                                                        token=token, note=note)
    m1, m2, m3 = members[0], members[1], members[2]
    held = [b for b in badges if b not in state[("member", m1)]["data"]["badges"]][0]
    camp, rule, tier, quarter = str(uuid.uuid4()), str(uuid.uuid4()), "t-" + uuid.uuid4().hex[:8], "2098Q3"
    it = items[:8]
    fields = {"name": "合同", "type": "salon", "mode": "offline", "place": "杭州", "start_date": "2026-12-01",
              "end_date": "2026-12-02", "budget": 100.5,
              "goals": {"participants": 30, "new_members": 5, "conversions": 2, "revenue": 0}}
    batch = [
        mutation("moderation_item", it[0], "claim", ver("moderation_item", it[0]), {"minutes": 20}),
        mutation("moderation_item", it[0], "reject", ver("moderation_item", it[0]), {"reason": "spam"}),
        mutation("moderation_item", it[1], "approve", ver("moderation_item", it[1]), {}),
        mutation("moderation_item", it[2], "escalate", ver("moderation_item", it[2]), {"reason": "?"}),
        mutation("moderation_item", it[3], "hold", ver("moderation_item", it[3]), {"held": True}),
        mutation("moderation_item", it[4], "claim", ver("moderation_item", it[4]), {}),
        mutation("moderation_item", it[4], "release", ver("moderation_item", it[4]), {}),
        mutation("member", m1, "award_points", 1, {"points": 15, "reason": "契约"}),
        mutation("member", m1, "award_badge", ver("member", m1), {"badge_id": held}),
        mutation("member", m1, "revoke_badge", ver("member", m1), {"badge_id": held}),
        mutation("member", m1, "set_tier", ver("member", m1), {"tier": tiers[-1], "locked": True}),
        mutation("member", m1, "add_note", ver("member", m1), {"text": "note"}),
        mutation("member", m2, "mute", ver("member", m2), {"until": "2030-01-01T00:00:00Z", "reason": "x"}),
        mutation("member", m2, "unmute", ver("member", m2), {}),
        mutation("member", m3, "ban", ver("member", m3), {"reason": "abuse"}),
        mutation("member", m3, "unban", ver("member", m3), {}),
        mutation("group", groups[0], "add_admin", ver("group", groups[0]), {"member_id": m2}),
        mutation("group", groups[0], "remove_admin", ver("group", groups[0]), {"member_id": m2}),
        mutation("tier", tier, "create", 0, {"name": "Gold", "rules": {"op": "and", "conditions": [
            {"field": "points", "cmp": ">=", "value": 1e7}]}}),
        mutation("tier", tier, "update", 1, {"privileges": ["badge"]}),
        mutation("tier", tier, "reorder", 1, {"order": 1}),
        mutation("tier", tier, "delete", 1, {}),
        mutation("keyword_rule", rule, "create", 0, {"pattern": "加微信", "action": "flag"}),
        mutation("keyword_rule", rule, "update", 1, {"note": None, "label": "ads"}),
        mutation("campaign", camp, "create", 0, fields),
        mutation("campaign", camp, "update", 1, {"results": None, "notes": None}),
        mutation("campaign", str(uuid.uuid4()), "create", 0, {k: fields[k] for k in
                                                               ["name", "type", "mode", "start_date", "end_date"]}),
        mutation("keyword_rule", str(uuid.uuid4()), "create", 0, {"pattern": "defaults", "action": "hold"}),
        mutation("tier", "t-" + uuid.uuid4().hex[:8], "create", 0, {"name": "Defaults", "rules": {"op": "or", "conditions": []}}),
        mutation("budget", quarter, "create", 0, {"quarter": quarter, "amount": 5000}),
        mutation("budget", quarter, "update", 1, {"quarter": quarter, "amount": 6000, "notes": "Q3"}),
        mutation("feedback", feedback[0], "reply", ver("feedback", feedback[0]), {"body": "谢谢"}),
        mutation("feedback", feedback[0], "resolve", ver("feedback", feedback[0]), {}),
    ]
    results = post(man, batch, note="every action").json()["results"]
    for m, r in zip(batch, results):
        if r["status"] != "applied":
            fail(f"{m['entity']}.{m['action']}: {r}")
    post(man, batch, note="duplicates")
    post(man, [mutation("keyword_rule", rule, "delete", 2, {}), mutation("campaign", camp, "delete", 2, {}),
               mutation("budget", quarter, "delete", 2, {})], note="deletes")
    for e, i in [("keyword_rule", rule), ("campaign", camp), ("budget", quarter), ("tier", tier)]:
        check(s, "GET", f"/v1/entities/{e}/{i}", 200, token=ana, note="tombstone")
    # Refusals of each kind, and conflicts of each kind.
    post(mod, [mutation("member", m1, "award_points", 1, {"points": 5, "reason": "x"}),
               mutation("member", m1, "unmute", ver("member", m1), {}),
               mutation("campaign", str(uuid.uuid4()), "update", 1, {"cost": 1}),
               mutation("keyword_rule", str(uuid.uuid4()), "create", 0, {"pattern": "(", "is_regex": True, "action": "flag"})],
         note="rejected")
    post(man, [mutation("member", m1, "add_note", 9999, {"text": "x"}),
               mutation("campaign", camp, "create", 0, fields)], note="rejected 2")
    x, y = items[5], items[6]
    post(mod, [mutation("moderation_item", x, "reject", ver("moderation_item", x), {"reason": "ads"})])
    post(lin, [mutation("moderation_item", x, "approve", ver("moderation_item", x), {})], note="already-decided")
    post(lin, [mutation("moderation_item", x, "approve", 1, {})], note="conflict")
    post(lin, [mutation("moderation_item", y, "claim", ver("moderation_item", y), {})])
    post(mod, [mutation("moderation_item", y, "reject", ver("moderation_item", y), {"reason": "x"})], note="claimed")
    post(chen, [mutation("campaign", camp, "update", 1, {"cost": 3})], note="deleted by another")
    # Body-level errors.
    check(s, "POST", "/v1/mutations", 400, token=man, raw=b'{"mutations":[')
    check(s, "POST", "/v1/mutations", 422, token=man, raw=b'{"mutations":5}')
    check(s, "POST", "/v1/mutations", 422, token=man, raw=b'{"mutations":[{"entity":"member"}]}')
    check(s, "POST", "/v1/mutations", 401, body={"mutations": []})
    check(s, "POST", "/v1/mutations", 403, token=ana, body={"mutations": []})
    check(s, "POST", "/v1/mutations", 413, token=man, request_schema=False,
          body={"mutations": [mutation("member", m1, "add_note", 1, {"text": "x"}) for _ in range(501)]})
    check(s, "POST", "/v1/mutations", 413, token=man, raw=b'{"mutations":[],"p":"' + b"x" * (4 * 1024 * 1024) + b'"}')
    check(s, "GET", "/v1/mutations", 405, token=man)
    check(s, "POST", "/v1/health", 405, raw=b"{}")
    check(s, "GET", "/v1/nowhere", 404, token=man)
    check(s, "GET", "/v1/health", 200)

    # After all that: a full replay is still valid (tombstones, new entities, audit entries).
    since, audits = 0, []
    while True:
        page = check(s, "GET", f"/v1/changes?since={since}&limit=5000", 200, token=ana).json()
        audits += [c["id"] for c in page["changes"] if c["entity"] == "audit_entry"]
        since = page["next_since"]
        if not page["has_more"]:
            break
    if not audits:
        fail("no audit entries after the mutations")
    else:
        check(s, "GET", f"/v1/entities/audit_entry/{audits[-1]}", 200, token=ana)
    return tokens


def main():
    binary = sys.argv[1]
    tmp = tempfile.mkdtemp(prefix="steward-contract-")
    db = os.path.join(tmp, "platform.db")
    try:
        s = Server(binary, db, ["--rate-limit", "0"])
        try:
            drive(s)
        finally:
            s.stop()
        # The same database with a limit of 3 requests a second: 429 with Retry-After.
        s = Server(binary, db, ["--rate-limit", "3"])
        try:
            token = http(s, "POST", "/v1/auth/token", body={"username": "analyst", "password": "steward-demo"}).json()["access_token"]
            for path, tok in [("/v1/me", token), ("/v1/changes?limit=1", token), ("/v1/health", None)]:
                statuses = [http(s, "GET", path, token=tok).status for _ in range(8)]
                if 429 not in statuses:
                    fail(f"GET {path}: no 429 in a burst: {statuses}")
                check(s, "GET", path, 429, token=tok, note="rate limited")
        finally:
            s.stop()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"checked {checked['responses']} responses, {checked['entities']} entities, "
          f"{checked['requests']} request bodies; {len(failures)} mismatches")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
