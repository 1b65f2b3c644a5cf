#!/usr/bin/env python3
"""Compare the schema the SQLite migrations make with the one the PostgreSQL
migrations make, table by table, and try a few statements the app relies on
against both.

    tools/compare-schemas.py                  # throw-away PostgreSQL cluster
    tools/compare-schemas.py --host 127.0.0.1 --port 5432 --user postgres --dbname linli_empty
    tools/compare-schemas.py --host ... --dbname linli --no-apply --no-smoke   # an already-migrated database

Migrations are found as sqlx finds them: `server-fn/migrations` and every
`server-fn/src/<app>/migrations`; the SQLite files are `<dir>/sqlite/*.sql`
when that folder exists, else `<dir>/*.sql`; the PostgreSQL files are
`<dir>/postgres/*.sql`. All of them are applied in version order as one list
(each file in one transaction, as sqlx does).

Compared per table: column names and order, type (INTEGER~bigint, TEXT~text,
BLOB~bytea, REAL~double precision), NOT NULL, defaults, auto-assigned ids
(INTEGER PRIMARY KEY ~ identity), primary key, UNIQUE constraints, indexes
(name, unique, columns, WHERE), CHECKs and foreign keys; and that neither side
has triggers or views the other lacks.

Needs python3, psql and, for the throw-away cluster, initdb/pg_ctl
(default /usr/lib/postgresql/15/bin; as root the server runs as `postgres`).
Uses no Python packages beyond the standard library. Exit status 0: no
differences other than the known, explained ones.
"""

import argparse
import glob
import os
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FS, RS = "\x1f", "\x1e"

# ---------------------------------------------------------------- migrations


def migration_dirs():
    dirs = [os.path.join(ROOT, "server-fn", "migrations")]
    dirs += sorted(glob.glob(os.path.join(ROOT, "server-fn", "src", "*", "migrations")))
    return [d for d in dirs if os.path.isdir(d)]


def files_in(d):
    out = []
    for f in sorted(glob.glob(os.path.join(d, "*.sql"))):
        m = re.match(r"^(\d+)_(.+)\.sql$", os.path.basename(f))
        if m:
            out.append((int(m.group(1)), m.group(2), f))
    return out


def migrations():
    sq, pg = [], []
    for d in migration_dirs():
        s = os.path.join(d, "sqlite")
        sq += files_in(s if os.path.isdir(s) else d)
        pg += files_in(os.path.join(d, "postgres"))
    return sorted(sq), sorted(pg)


# ---------------------------------------------------------------- normalising


def strip_sql_comments(sql):
    out, i, n, q = [], 0, len(sql), None
    while i < n:
        c = sql[i]
        if q:
            out.append(c)
            if c == q:
                q = None
        elif c in "'\"":
            q = c
            out.append(c)
        elif sql.startswith("--", i):
            j = sql.find("\n", i)
            i = n if j < 0 else j
            continue
        elif sql.startswith("/*", i):
            j = sql.find("*/", i + 2)
            i = n if j < 0 else j + 2
            continue
        else:
            out.append(c)
        i += 1
    return "".join(out)


def norm_expr(e):
    """A comparable form of a CHECK / WHERE / DEFAULT expression."""
    if e is None:
        return None
    e = e.strip()
    e = re.sub(r"^CHECK\b\s*", "", e, flags=re.I)  # not the start of a column named check_…
    # PostgreSQL's casts: 'x'::text, (0)::bigint, ARRAY[...]::text[]
    e = re.sub(r"::\s*(text|bigint|integer|smallint|character varying|bytea|double precision|numeric)(\[\])?", "", e, flags=re.I)
    # PostgreSQL writes `x IN (a, b)` as `x = ANY (ARRAY[a, b])`
    e = re.sub(r"=\s*ANY\s*\(\s*\(?\s*ARRAY\s*\[(.*?)\]\s*\)?\s*\)", r" IN (\1)", e, flags=re.I | re.S)
    # SQLite keeps `x BETWEEN a AND b`; PostgreSQL gives `x >= a AND x <= b`
    e = re.sub(r"(\w+\s*\(\s*\w+\s*\)|\w+)\s+BETWEEN\s+(\S+)\s+AND\s+(\S+)", r"\1 >= \2 AND \1 <= \3", e, flags=re.I)
    # outside string literals: no parentheses, no spaces, one case
    parts = re.split(r"('(?:[^']|'')*')", e)
    for i in range(0, len(parts), 2):
        p = parts[i].replace("<>", "!=").replace("(", "").replace(")", "").replace('"', "")
        parts[i] = re.sub(r"\s+", "", p).lower()
    return "".join(parts)


def balanced(s, i):
    """s[i] == '('; the text inside the parentheses and the index after ')'."""
    depth, j, q = 0, i, None
    while j < len(s):
        c = s[j]
        if q:
            if c == q:
                q = None
        elif c in "'\"":
            q = c
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return s[i + 1 : j], j + 1
        j += 1
    raise ValueError("unbalanced parentheses in " + s)


def sqlite_checks(create_sql):
    sql = strip_sql_comments(create_sql)
    out = []
    for m in re.finditer(r"\bCHECK\s*\(", sql, flags=re.I):
        inner, _ = balanced(sql, m.end() - 1)
        out.append(inner)
    return out


TYPE_MAP = {"INTEGER": "bigint", "TEXT": "text", "BLOB": "bytea", "REAL": "double precision"}

# ---------------------------------------------------------------- SQLite side


def apply_sqlite(path, files, con=None):
    if con is None:
        con = sqlite3.connect(path, isolation_level=None)
        con.execute("PRAGMA foreign_keys = ON")  # sqlx's SqliteConnectOptions default
    for v, d, f in files:
        sql = open(f, encoding="utf-8").read()
        try:
            con.execute("BEGIN")
            # executescript would COMMIT first; run the statements one by one instead
            for stmt in split_sqlite(sql):
                con.execute(stmt)
            con.execute("COMMIT")
        except Exception as e:
            raise SystemExit(f"SQLite: {os.path.relpath(f, ROOT)} failed: {e}")
    return con


def split_sqlite(sql):
    buf, out = "", []
    for line in sql.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if strip_sql_comments(buf).strip():
                out.append(buf)
            buf = ""
    if strip_sql_comments(buf).strip():
        out.append(buf)
    return out


def sqlite_schema(con):
    tables = {}
    names = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name <> '_sqlx_migrations' ORDER BY name")]
    for t in names:
        create = con.execute("SELECT sql FROM sqlite_master WHERE type='table' AND name=?", (t,)).fetchone()[0]
        cols = con.execute(f'PRAGMA table_info("{t}")').fetchall()
        pk = [c[1] for c in sorted((c for c in cols if c[5] > 0), key=lambda c: c[5])]
        rowid_alias = len(pk) == 1 and any(c[1] == pk[0] and c[2].upper() == "INTEGER" for c in cols)
        autoinc = bool(re.search(r"\bAUTOINCREMENT\b", strip_sql_comments(create), re.I))
        columns = []
        for cid, name, typ, notnull, dflt, pkpos in cols:
            auto = rowid_alias and name == pk[0]
            columns.append({
                "name": name,
                "type": TYPE_MAP.get(typ.upper(), "?" + typ),
                "notnull": bool(notnull) or auto,
                "pk_null_quirk": bool(pkpos) and not notnull and not auto,
                "default": norm_expr(dflt),
                "default_raw": dflt,
                "auto": "autoincrement" if auto and autoinc else ("rowid" if auto else None),
            })
        uniques, indexes = [], {}
        for seq, iname, unique, origin, partial in con.execute(f'PRAGMA index_list("{t}")'):
            icols = [(r[2], r[3]) for r in con.execute(f'PRAGMA index_xinfo("{iname}")') if r[5]]
            colnames = tuple(c[0] for c in icols)
            if origin == "pk":
                continue
            if origin == "u":
                uniques.append(colnames)
                continue
            isql = con.execute("SELECT sql FROM sqlite_master WHERE type='index' AND name=?", (iname,)).fetchone()[0]
            where = None
            if partial:
                m = re.search(r"\bWHERE\b(.*)$", strip_sql_comments(isql), re.I | re.S)
                where = m.group(1).strip().rstrip(";")
            indexes[iname] = {"unique": bool(unique), "columns": colnames,
                              "desc": tuple(bool(c[1]) for c in icols),
                              "where": norm_expr(where), "where_raw": where}
        fks = {}
        for fid, seq, rtable, frm, to, on_upd, on_del, match in con.execute(f'PRAGMA foreign_key_list("{t}")'):
            fk = fks.setdefault(fid, {"from": [], "table": rtable, "to": [], "on_update": on_upd, "on_delete": on_del})
            fk["from"].append(frm)
            fk["to"].append(to)
        fklist = sorted((tuple(f["from"]), f["table"], tuple(f["to"]), f["on_update"].upper(), f["on_delete"].upper())
                        for f in fks.values())
        tables[t] = {
            "columns": columns,
            "pk": tuple(pk),
            "uniques": sorted(uniques),
            "indexes": indexes,
            "checks": sorted(norm_expr(c) for c in sqlite_checks(create)),
            "checks_raw": sqlite_checks(create),
            "fks": fklist,
        }
    others = sorted((r[0], r[1]) for r in con.execute(
        "SELECT type, name FROM sqlite_master WHERE type IN ('trigger','view')"))
    return tables, others


# ---------------------------------------------------------------- PostgreSQL side


class Pg:
    def __init__(self, host, port, user, dbname, psql="psql"):
        self.base = [psql, "-X", "-q", "-h", host, "-p", str(port), "-U", user, "-d", dbname]

    def file(self, path):
        r = subprocess.run(self.base + ["-1", "-v", "ON_ERROR_STOP=1", "-f", path], capture_output=True, text=True)
        return r.returncode, r.stderr.strip()

    def rows(self, sql):
        r = subprocess.run(self.base + ["-At", "-F", FS, "-R", RS, "-v", "ON_ERROR_STOP=1", "-c", sql],
                           capture_output=True, text=True)
        if r.returncode:
            raise RuntimeError(r.stderr.strip())
        return [rec.split(FS) for rec in _records(r.stdout)]

    def run(self, sql):
        """(ok, rows or error message) of one statement, in its own transaction."""
        r = subprocess.run(self.base + ["-At", "-F", FS, "-R", RS, "-P", "null=NULL", "-v", "ON_ERROR_STOP=1", "-c", sql],
                           capture_output=True, text=True)
        if r.returncode:
            return False, r.stderr.strip()
        return True, [tuple(rec.split(FS)) for rec in _records(r.stdout)]


def _records(out):
    # psql -At ends its output with a newline after the last record separator
    if out.endswith("\n"):
        out = out[:-1]
    return [rec for rec in out.split(RS) if rec != ""]


FKACT = {"a": "NO ACTION", "r": "RESTRICT", "c": "CASCADE", "n": "SET NULL", "d": "SET DEFAULT"}


def pg_schema(pg):
    pub = "n.nspname = 'public'"
    tables = {}
    for (t,) in pg.rows(f"""SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                            WHERE {pub} AND c.relkind IN ('r','p') AND c.relname <> '_sqlx_migrations' ORDER BY 1"""):
        tables[t] = {"columns": [], "pk": (), "uniques": [], "indexes": {}, "checks": [], "checks_raw": [], "fks": []}
    for t, num, name, typ, notnull, ident, dflt in pg.rows(f"""
            SELECT c.relname, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
                   a.attidentity, COALESCE(pg_get_expr(d.adbin, d.adrelid), E'\\x01')
            FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE {pub} AND c.relkind IN ('r','p') AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY c.relname, a.attnum"""):
        if t not in tables:
            continue
        dflt = None if dflt == "\x01" else dflt
        tables[t]["columns"].append({
            "name": name, "type": typ, "notnull": notnull == "t", "default": norm_expr(dflt), "default_raw": dflt,
            "auto": {"d": "identity by default", "a": "identity always"}.get(ident),
        })
    for t, name, typ, cols, rtable, rcols, upd, dele, deferrable, defn in pg.rows(f"""
            SELECT c.relname, con.conname, con.contype,
                   array_to_string(ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(n, o)
                       JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n ORDER BY k.o), ','),
                   COALESCE(rc.relname, ''),
                   array_to_string(ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(n, o)
                       JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n ORDER BY k.o), ','),
                   con.confupdtype, con.confdeltype, con.condeferrable, pg_get_constraintdef(con.oid)
            FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_class rc ON rc.oid = con.confrelid
            WHERE {pub} ORDER BY 1, 2"""):
        if t not in tables:
            continue
        cols = tuple(cols.split(",")) if cols else ()
        tb = tables[t]
        if typ == "p":
            tb["pk"] = cols
        elif typ == "u":
            tb["uniques"].append(cols)
        elif typ == "c":
            tb["checks"].append(norm_expr(defn))
            tb["checks_raw"].append(f"{name}: {defn}")
        elif typ == "f":
            if deferrable == "t":
                tb.setdefault("notes", []).append(f"foreign key {name} is DEFERRABLE")
            tb["fks"].append((cols, rtable, tuple(rcols.split(",")), FKACT[upd], FKACT[dele]))
        else:
            tb.setdefault("notes", []).append(f"constraint {name} of kind {typ}: {defn}")
    for t, iname, unique, primary, backs, cols, desc, where in pg.rows(f"""
            SELECT t.relname, i.relname, ix.indisunique, ix.indisprimary,
                   EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = ix.indexrelid AND c.contype IN ('p','u')),
                   array_to_string(ARRAY(SELECT pg_get_indexdef(ix.indexrelid, k, true)
                                         FROM generate_series(1, ix.indnkeyatts) k ORDER BY k), E'\\x02'),
                   array_to_string(ARRAY(SELECT (ix.indoption[k - 1] & 1)::text
                                         FROM generate_series(1, ix.indnkeyatts) k ORDER BY k), ','),
                   COALESCE(pg_get_expr(ix.indpred, ix.indrelid), '')
            FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace WHERE {pub} ORDER BY 1, 2"""):
        if t not in tables or backs == "t":
            continue
        tables[t]["indexes"][iname] = {
            "unique": unique == "t", "columns": tuple(c.strip('"') for c in cols.split("\x02")),
            "desc": tuple(d == "1" for d in desc.split(",")), "where": norm_expr(where) if where else None,
            "where_raw": where or None,
        }
    for tb in tables.values():
        tb["uniques"].sort()
        tb["checks"].sort()
        tb["fks"].sort()
    others = sorted([("trigger", r[0]) for r in pg.rows(
        "SELECT tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
        f"WHERE {pub} AND NOT t.tgisinternal")] + [("view", r[0]) for r in pg.rows(
        "SELECT viewname FROM pg_views WHERE schemaname = 'public'")])
    return tables, others


# ---------------------------------------------------------------- comparing


def compare(sq, pg):
    diffs, known = [], []
    sq_t, sq_o = sq
    pg_t, pg_o = pg
    for t in sorted(set(sq_t) - set(pg_t)):
        diffs.append(f"table {t}: only in SQLite")
    for t in sorted(set(pg_t) - set(sq_t)):
        diffs.append(f"table {t}: only in PostgreSQL")
    if sq_o != pg_o:
        diffs.append(f"triggers/views differ: SQLite {sq_o}, PostgreSQL {pg_o}")
    for t in sorted(set(sq_t) & set(pg_t)):
        a, b = sq_t[t], pg_t[t]
        an, bn = [c["name"] for c in a["columns"]], [c["name"] for c in b["columns"]]
        if an != bn:
            diffs.append(f"{t}: columns differ\n    SQLite:     {an}\n    PostgreSQL: {bn}")
        bcols = {c["name"]: c for c in b["columns"]}
        for ca in a["columns"]:
            cb = bcols.get(ca["name"])
            if not cb:
                continue
            n = f"{t}.{ca['name']}"
            if ca["type"] != cb["type"]:
                diffs.append(f"{n}: type SQLite {ca['type']} vs PostgreSQL {cb['type']}")
            if ca["notnull"] != cb["notnull"]:
                if ca.get("pk_null_quirk") and cb["notnull"]:
                    known.append(f"{n}: PRIMARY KEY without NOT NULL: SQLite would store a NULL key, PostgreSQL refuses it")
                else:
                    diffs.append(f"{n}: NOT NULL SQLite {ca['notnull']} vs PostgreSQL {cb['notnull']}")
            if ca["default"] != cb["default"]:
                diffs.append(f"{n}: default SQLite {ca['default_raw']!r} vs PostgreSQL {cb['default_raw']!r}")
            if bool(ca["auto"]) != bool(cb["auto"]) or cb["auto"] == "identity always":
                diffs.append(f"{n}: auto-assigned id SQLite {ca['auto']} vs PostgreSQL {cb['auto']}")
            elif ca["auto"] == "rowid":
                known.append(f"{n}: SQLite INTEGER PRIMARY KEY (no AUTOINCREMENT) may reuse the highest id after it is "
                             "deleted; the PostgreSQL identity never reuses one")
        if a["pk"] != b["pk"]:
            diffs.append(f"{t}: primary key SQLite {a['pk']} vs PostgreSQL {b['pk']}")
        if a["uniques"] != b["uniques"]:
            diffs.append(f"{t}: UNIQUE constraints SQLite {a['uniques']} vs PostgreSQL {b['uniques']}")
        if a["checks"] != b["checks"]:
            diffs.append(f"{t}: CHECKs differ\n    SQLite:     {a['checks_raw']}\n    PostgreSQL: {b['checks_raw']}")
        if a["fks"] != b["fks"]:
            diffs.append(f"{t}: foreign keys differ\n    SQLite:     {a['fks']}\n    PostgreSQL: {b['fks']}")
        for i in sorted(set(a["indexes"]) | set(b["indexes"])):
            ia, ib = a["indexes"].get(i), b["indexes"].get(i)
            if not ia or not ib:
                diffs.append(f"{t}: index {i} only in {'PostgreSQL' if ib else 'SQLite'}")
                continue
            for k in ("unique", "columns", "desc", "where"):
                if ia[k] != ib[k]:
                    ra = ia.get(k + "_raw", ia[k])
                    rb = ib.get(k + "_raw", ib[k])
                    diffs.append(f"{t}: index {i}: {k} SQLite {ra!r} vs PostgreSQL {rb!r}")
        for note in b.get("notes", []):
            diffs.append(f"{t}: {note}")
    return diffs, known


# ---------------------------------------------------------------- statements the app relies on

SMOKE = [
    # (what, sql, expected: 'ok' or an error class)
    ("a community, defaults", "INSERT INTO communities (id, kind, name_zh, address_zh, hotline) VALUES ('c1','city','一','地址','12345')", "ok"),
    ("grid with unknown community", "INSERT INTO grids (id, community_id, name_zh) VALUES ('g0','nope','x')", "foreign key"),
    ("a grid", "INSERT INTO grids (id, community_id, name_zh) VALUES ('g1','c1','网格')", "ok"),
    ("a building", "INSERT INTO buildings (id, community_id, grid_id, name_zh, floors) VALUES ('b1','c1','g1','楼',6)", "ok"),
    ("unit with area 0", "INSERT INTO units (id, building_id, number, floor, area_centi_m2) VALUES ('u0','b1','100',1,0)", "check"),
    ("a unit", "INSERT INTO units (id, building_id, number, floor, area_centi_m2) VALUES ('u1','b1','101',1,8850)", "ok"),
    ("same number twice", "INSERT INTO units (id, building_id, number, floor, area_centi_m2) VALUES ('u2','b1','101',1,8850)", "unique"),
    ("users, defaults", "INSERT INTO users (id, phone, community_id, created_at) VALUES ('p1','13900000001','c1',1), ('p2','13900000002','c1',1)", "ok"),
    ("default language", "SELECT preferred_lang FROM users WHERE id = 'p1'", "ok"),
    ("bad language", "INSERT INTO users (id, phone, community_id, created_at, preferred_lang) VALUES ('p3','1','c1',1,'fr')", "check"),
    ("missing NOT NULL", "INSERT INTO users (id, phone, community_id) VALUES ('p4','2','c1')", "not null"),
    ("community app, default enabled", "INSERT INTO community_apps (community_id, app, position) VALUES ('c1','shop',1) RETURNING enabled", "ok"),
    ("community app, any slug (0011)", "INSERT INTO community_apps (community_id, app, position) VALUES ('c1','library',2)", "ok"),
    ("community app, empty slug", "INSERT INTO community_apps (community_id, app, position) VALUES ('c1','',3)", "check"),
    ("community app, 33-character slug", "INSERT INTO community_apps (community_id, app, position) VALUES ('c1','" + "a" * 33 + "',3)", "check"),
    ("community app, 32 non-ASCII characters", "INSERT INTO community_apps (community_id, app, position) VALUES ('c1','" + "应" * 32 + "',4)", "ok"),
    ("auto id, RETURNING id", "INSERT INTO sms_outbox (phone, body, created_at) VALUES ('1','a',1) RETURNING id", "ok"),
    ("auto id again", "INSERT INTO sms_outbox (phone, body, created_at) VALUES ('1','b',1) RETURNING id", "ok"),
    ("family link, RETURNING id", "INSERT INTO family_links (elder_id, proxy_id, relation) VALUES ('p1','p2','daughter') RETURNING id, consent_at", "ok"),
    ("consent for link 1", "INSERT INTO consent_log (link_id, action, by_user, at) VALUES (1,'given','p1',1) RETURNING id", "ok"),
    ("consent for unknown link", "INSERT INTO consent_log (link_id, action, by_user, at) VALUES (99,'given','p1',1)", "foreign key"),
    ("rejects log, RETURNING id", "INSERT INTO pay_notice_rejects (provider, reason, size, at) VALUES ('?','malformed',10,1) RETURNING id", "ok"),
    ("an order", "INSERT INTO payment_orders (id, idem_key, fingerprint, unit_id, provider, amount_fen, state, created_at, updated_at, expires_at) VALUES ('o1','k1','f','u1','sandbox',100,'paid',1,1,2) RETURNING channel, visitor_hash, purpose_app", "ok"),
    ("order in unknown state", "INSERT INTO payment_orders (id, idem_key, fingerprint, unit_id, provider, amount_fen, state, created_at, updated_at, expires_at) VALUES ('o2','k2','f','u1','sandbox',100,'lost',1,1,2)", "check"),
    ("accepted notice", "INSERT INTO payment_notices (provider, notify_id, order_id, status, amount_fen, verdict, received_at) VALUES ('sandbox','n1','o1','paid',100,'accepted',1) RETURNING id", "ok"),
    ("same notice accepted again", "INSERT INTO payment_notices (provider, notify_id, order_id, status, amount_fen, verdict, received_at) VALUES ('sandbox','n1','o1','paid',100,'accepted',1)", "unique"),
    ("same notice, ON CONFLICT DO NOTHING", "INSERT INTO payment_notices (provider, notify_id, order_id, status, amount_fen, verdict, received_at) VALUES ('sandbox','n1','o1','paid',100,'accepted',1) ON CONFLICT DO NOTHING RETURNING id", "ok"),
    ("same notice, not accepted", "INSERT INTO payment_notices (provider, notify_id, order_id, status, amount_fen, verdict, received_at) VALUES ('sandbox','n1','o1','paid',100,'duplicate',1) RETURNING id", "ok-gap"),
    ("whole refund, defaults", "INSERT INTO refunds (order_id, amount_fen, reason, state, at) VALUES ('o1',100,'r','processing',1) RETURNING id, part, idem_key", "ok"),
    ("second whole refund under way", "INSERT INTO refunds (order_id, amount_fen, reason, state, at) VALUES ('o1',100,'r','processing',1)", "unique"),
    ("a part refund meanwhile", "INSERT INTO refunds (order_id, amount_fen, reason, state, part, idem_key, at) VALUES ('o1',10,'r','processing',1,'line-1',1) RETURNING id", "ok-gap"),
    ("another part refund", "INSERT INTO refunds (order_id, amount_fen, reason, state, part, idem_key, at) VALUES ('o1',10,'r','processing',1,'line-2',1) RETURNING id", "ok-gap"),
    ("the same part key again", "INSERT INTO refunds (order_id, amount_fen, reason, state, part, idem_key, at) VALUES ('o1',10,'r','failed',1,'line-1',1)", "unique"),
    ("part is 0 or 1", "INSERT INTO refunds (order_id, amount_fen, reason, state, part, at) VALUES ('o1',10,'r','failed',2,1)", "check"),
    ("reconciliation upsert", "INSERT INTO reconciliation_reports (day, provider, checked, differences, created_at) VALUES ('2026-01-01','sandbox',1,'[]',1) ON CONFLICT (day, provider) DO UPDATE SET checked = excluded.checked RETURNING checked, checked_by", "ok"),
    ("reconciliation upsert again", "INSERT INTO reconciliation_reports (day, provider, checked, differences, created_at) VALUES ('2026-01-01','sandbox',7,'[]',1) ON CONFLICT (day, provider) DO UPDATE SET checked = excluded.checked RETURNING checked", "ok"),
    ("a service category", "INSERT INTO service_categories (id, name_zh, position) VALUES ('sc','类',1)", "ok"),
    ("a service item", "INSERT INTO service_items (id, category_id, online, visit, position, data, updated_at) VALUES ('si','sc',1,1,1,'{}',1) RETURNING community_id", "ok"),
    ("a draft", "INSERT INTO applications (id, item_id, user_id, status, created_at, updated_at) VALUES ('a1','si','p1','draft',1,1) RETURNING answers", "ok"),
    ("a second draft", "INSERT INTO applications (id, item_id, user_id, status, created_at, updated_at) VALUES ('a2','si','p1','draft',1,1)", "unique"),
    ("draft upsert on the partial index", "INSERT INTO applications (id, item_id, user_id, status, answers, created_at, updated_at) VALUES ('a3','si','p1','draft','{\"x\":1}',2,2) ON CONFLICT (item_id, user_id) WHERE status = 'draft' DO UPDATE SET answers = excluded.answers, updated_at = excluded.updated_at RETURNING id, answers", "ok"),
    ("a submitted one beside the draft", "INSERT INTO applications (id, item_id, user_id, status, created_at, updated_at) VALUES ('a4','si','p1','submitted',1,1)", "ok"),
    ("position as a column", "SELECT app, position, enabled FROM community_apps WHERE position > 0 ORDER BY position", "ok"),
    ("a booking", "INSERT INTO visit_bookings (id, item_id, user_id, community_id, day, time, status, created_at) VALUES ('v1','si','p1','c1','2026-01-02','09:00','booked',1)", "ok"),
    ("a second booking at that time", "INSERT INTO visit_bookings (id, item_id, user_id, community_id, day, time, status, created_at) VALUES ('v2','si','p1','c1','2026-01-02','09:00','booked',1)", "unique"),
    ("a cancelled one at that time", "INSERT INTO visit_bookings (id, item_id, user_id, community_id, day, time, status, created_at) VALUES ('v3','si','p1','c1','2026-01-02','09:00','cancelled',1)", "ok"),
    ("keyword-like column names", "SELECT day, time, status FROM visit_bookings WHERE time = '09:00' AND status = 'booked' ORDER BY day, time", "ok"),
    ("a case, defaults", "INSERT INTO cases (id, kind, category, reporter_id, community_id, status, status_since, created_at, updated_at) VALUES ('k1','report','bin','p1','c1','submitted',1,1,1) RETURNING place_note, escalated, description", "ok"),
    ("rating 6", "UPDATE cases SET rating = 6 WHERE id = 'k1'", "check"),
    ("case event, RETURNING id", "INSERT INTO case_events (case_id, to_status, actor_id, at) VALUES ('k1','submitted','p1',1) RETURNING id, note", "ok"),
    ("photo, default held", "INSERT INTO photos (id, owner_id, file, thumb, width, height, bytes, created_at) VALUES ('ph','p1','f','t',1,1,1,1) RETURNING held", "ok"),
    ("store_meta once", "INSERT INTO store_meta (key, value) SELECT 'created_as', 'demo' ON CONFLICT (key) DO NOTHING", "ok"),
    ("store_meta twice", "INSERT INTO store_meta (key, value) SELECT 'created_as', 'production' ON CONFLICT (key) DO NOTHING", "ok"),
    ("store_meta kept", "SELECT value FROM store_meta", "ok"),
    ("inbox message, defaults", "INSERT INTO inbox (person, app, kind, level, text_key, dedupe_key, created_at, deliver_at) VALUES ('p1','linli','welcome','info','inbox-k','d1',1,1) RETURNING id, args, link, event, read_at, acknowledged_at", "ok"),
    ("the same dedupe key, ON CONFLICT DO NOTHING", "INSERT INTO inbox (person, app, kind, level, text_key, dedupe_key, created_at, deliver_at) VALUES ('p1','linli','welcome','info','inbox-k','d1',2,2) ON CONFLICT (person, dedupe_key) DO NOTHING RETURNING id", "ok"),
    ("the same dedupe key for another person", "INSERT INTO inbox (person, app, kind, level, text_key, dedupe_key, created_at, deliver_at) VALUES ('p2','linli','welcome','info','inbox-k','d1',1,1) RETURNING id", "ok-gap"),
    ("inbox level unknown", "INSERT INTO inbox (person, app, kind, level, text_key, dedupe_key, created_at, deliver_at) VALUES ('p1','linli','x','loud','inbox-k','d2',1,1)", "check"),
    ("inbox link to another site", "INSERT INTO inbox (person, app, kind, level, text_key, link, dedupe_key, created_at, deliver_at) VALUES ('p1','linli','x','info','inbox-k','//evil.example/','d3',1,1)", "check"),
    ("inbox link without a slash", "INSERT INTO inbox (person, app, kind, level, text_key, link, dedupe_key, created_at, deliver_at) VALUES ('p1','linli','x','info','inbox-k','https://evil.example/','d4',1,1)", "check"),
    # The hazard of explicit ids: SQLite goes on after the highest id, the
    # PostgreSQL identity does not know about it. Expected to differ.
    ("explicit id", "INSERT INTO sms_outbox (id, phone, body, created_at) VALUES (100,'1','c',1)", "ok"),
    ("auto id after an explicit one", "INSERT INTO sms_outbox (phone, body, created_at) VALUES ('1','d',1) RETURNING id", "ok-differs"),
]


def err_class(msg):
    m = msg.lower()
    for key, words in (("check", ("check constraint",)), ("unique", ("unique constraint", "duplicate key")),
                       ("foreign key", ("foreign key",)), ("not null", ("not null", "null value"))):
        if any(w in m for w in words):
            return key
    return "error: " + msg.splitlines()[0]


def smoke(sqcon, pg):
    bad = []
    for what, sql, expect in SMOKE:
        try:
            rows = [tuple("NULL" if v is None else str(v) for v in r) for r in sqcon.execute(sql).fetchall()]
            s = ("ok", rows)
        except sqlite3.Error as e:
            s = (err_class(str(e)), None)
        ok, res = pg.run(sql)
        p = ("ok", res) if ok else (err_class(res), None)
        want = "ok" if expect.startswith("ok") else expect
        line = f"  {what:45s} SQLite {s[0]} {s[1] if s[1] else ''} | PostgreSQL {p[0]} {p[1] if p[1] else ''}"
        fine = s[0] == want and p[0] == want and (s[1] == p[1] or expect in ("ok-differs", "ok-gap"))
        if expect == "ok-differs" and s[1] != p[1]:
            line += "   (expected to differ: explicit ids do not advance the identity)"
        if expect == "ok-gap" and s[1] != p[1]:
            line += "   (expected to differ: a refused insert uses up a PostgreSQL sequence value)"
        print(("   " if fine else "!! ") + line)
        if not fine:
            bad.append(what)
    return bad


# ---------------------------------------------------------------- migrations that change rows

# Rows put in after the migrations before DATA_AT, then the rest applied: what
# the data-changing migrations (0009's DELETE, 0011's copy, 0012's UPDATE, the
# defaults columns added later give existing rows) leave must be the same.
DATA_AT = 9
DATA_ROWS = """
INSERT INTO communities (id, kind, name_zh, address_zh, hotline) VALUES ('c2','city','二','地址','1'), ('c1','city','一','地址','1');
INSERT INTO community_apps (community_id, app, position, enabled) VALUES ('c1','pay',1,1), ('c1','gov',2,0), ('c2','me',1,1);
INSERT INTO grids (id, community_id, name_zh) VALUES ('g1','c1','网格');
INSERT INTO buildings (id, community_id, grid_id, name_zh, floors) VALUES ('b1','c1','g1','楼',6);
INSERT INTO units (id, building_id, number, floor, area_centi_m2) VALUES ('u1','b1','101',1,8850);
INSERT INTO users (id, phone, community_id, created_at) VALUES ('p1','13900000001','c1',1);
INSERT INTO bills (id, unit_id, kind, period, amount_fen, due_on, issued_at) VALUES ('b-1','u1','water','2026-01',100,'2026-02-01',1), ('b-2','u1','gas','2026-01',50,'2026-02-01',1);
INSERT INTO payment_orders (id, idem_key, fingerprint, unit_id, provider, amount_fen, state, created_at, updated_at, expires_at) VALUES ('o1','k1','f','u1','sandbox',150,'paid',1,1,2);
INSERT INTO payment_notices (provider, notify_id, order_id, status, amount_fen, verdict, received_at) VALUES
  ('sandbox','n1','o1','paid',150,'accepted',1), ('sandbox','n1','o1','paid',150,'duplicate',2), ('sandbox','n2','o1','paid',1,'bad-signature',3), ('sandbox','n3','o1','paid',150,'accepted',4);
INSERT INTO refunds (order_id, bill_id, amount_fen, reason, state, at) VALUES
  ('o1',NULL,150,'whole','succeeded',1), ('o1','b-1',100,'paid twice','succeeded',2), ('o1','b-2',50,'paid twice','processing',3);
INSERT INTO reconciliation_reports (day, provider, checked, differences, created_at) VALUES ('2026-01-01','sandbox',3,'[]',1);
INSERT INTO cases (id, kind, category, reporter_id, community_id, status, status_since, created_at, updated_at) VALUES ('k1','report','bin','p1','c1','submitted',1,1,1);
INSERT INTO photos (id, owner_id, case_id, file, thumb, width, height, bytes, created_at) VALUES ('ph1','p1','k1','f','t',1,1,1,1);
INSERT INTO service_categories (id, name_zh, position) VALUES ('sc','类',1);
INSERT INTO service_items (id, category_id, online, visit, position, data, updated_at) VALUES ('si','sc',1,1,1,'{}',1);
"""
DATA_QUERIES = [
    ("SELECT community_id, app, position, enabled FROM community_apps ORDER BY community_id, app", None),
    ("SELECT id, provider, notify_id, verdict FROM payment_notices ORDER BY id", None),
    ("SELECT id, bill_id, state, part, idem_key FROM refunds ORDER BY id", None),
    ("SELECT day, provider, checked, checked_by FROM reconciliation_reports", None),
    ("SELECT id, visitor_hash, purpose_app, purpose_ref, description, return_to FROM payment_orders", None),
    ("SELECT id, held FROM photos", None),
    ("SELECT id, community_id FROM service_items", None),
    ("SELECT id, position FROM communities ORDER BY id",
     "0013 (not a translation from this change): SQLite numbers existing communities by rowid, "
     "PostgreSQL has no insertion order and leaves them at 0; on PostgreSQL the table is empty when 0013 runs "
     "(migrations run before any seed), so only a database filled before 0013 would differ"),
    ("INSERT INTO refunds (order_id, amount_fen, reason, state, part, at) VALUES ('o1',1,'r','processing',1,5) RETURNING id", None),
]


def data_check(sq_files, pg_files, sqpath, pg):
    bad = []
    con = apply_sqlite(sqpath, [m for m in sq_files if m[0] < DATA_AT])
    con.execute("BEGIN")
    for stmt in split_sqlite(DATA_ROWS):
        con.execute(stmt)
    con.execute("COMMIT")
    apply_sqlite(sqpath, [m for m in sq_files if m[0] >= DATA_AT], con)
    for v, d, f in [m for m in pg_files if m[0] < DATA_AT]:
        rc, err = pg.file(f)
        if rc:
            raise SystemExit(err)
    with tempfile.NamedTemporaryFile("w", suffix=".sql", delete=False, encoding="utf-8") as t:
        t.write(DATA_ROWS)
    os.chmod(t.name, 0o644)
    rc, err = pg.file(t.name)
    os.unlink(t.name)
    if rc:
        raise SystemExit("PostgreSQL: the rows for the data check failed:\n" + err)
    for v, d, f in [m for m in pg_files if m[0] >= DATA_AT]:
        rc, err = pg.file(f)
        if rc:
            raise SystemExit(err)
    for sql, known in DATA_QUERIES:
        a = [tuple("NULL" if x is None else str(x) for x in r) for r in con.execute(sql).fetchall()]
        ok, b = pg.run(sql)
        same = ok and a == b
        mark = "   " if same else ("   (known) " if known else "!! ")
        print(f"{mark} {sql[:70]}\n        SQLite:     {a}\n        PostgreSQL: {b}")
        if not same and known:
            print("        " + known)
        elif not same:
            bad.append(sql)
    con.close()
    return bad


# ---------------------------------------------------------------- throw-away cluster


class Cluster:
    def __init__(self, bindir):
        self.bindir = bindir
        self.dir = tempfile.mkdtemp(prefix="linli-compare-pg-")
        self.root = os.geteuid() == 0
        if self.root:
            shutil.chown(self.dir, "postgres")
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        self.port = s.getsockname()[1]
        s.close()

    def sh(self, *args):
        if self.root:
            cmd = ["su", "postgres", "-c", " ".join(_q(a) for a in args)]
        else:
            cmd = list(args)
        r = subprocess.run(cmd, capture_output=True, text=True)
        if r.returncode:
            raise SystemExit(f"{args[0]} failed: {r.stderr or r.stdout}")

    def start(self):
        b = lambda x: os.path.join(self.bindir, x)
        # UTF8 so that length() counts characters as SQLite's does; C collation
        # so that text sorts by code point as SQLite's BINARY does.
        self.sh(b("initdb"), "-D", f"{self.dir}/pg", "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C")
        self.sh(b("pg_ctl"), "-D", f"{self.dir}/pg", "-w", "-l", f"{self.dir}/pg.log", "-o",
                f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1", "start")
        self.createdb("linli")

    def createdb(self, name):
        self.sh(os.path.join(self.bindir, "createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", name)

    def stop(self):
        try:
            self.sh(os.path.join(self.bindir, "pg_ctl"), "-D", f"{self.dir}/pg", "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)


def _q(s):
    return "'" + s.replace("'", "'\\''") + "'"


# ---------------------------------------------------------------- main


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pg-bin", default="/usr/lib/postgresql/15/bin")
    ap.add_argument("--host")
    ap.add_argument("--port", type=int, default=5432)
    ap.add_argument("--user", default="postgres")
    ap.add_argument("--dbname", default="linli")
    ap.add_argument("--no-apply", action="store_true", help="the PostgreSQL database is migrated already")
    ap.add_argument("--no-smoke", action="store_true", help="do not try the statements (they write rows)")
    ap.add_argument("-v", "--verbose", action="store_true", help="also list the known, explained differences")
    args = ap.parse_args()

    sq_files, pg_files = migrations()
    problems = []
    sk = [(v, d) for v, d, _ in sq_files]
    pk = [(v, d) for v, d, _ in pg_files]
    if sk != pk:
        problems.append(f"migration lists differ:\n    SQLite only:     {sorted(set(sk) - set(pk))}\n"
                        f"    PostgreSQL only: {sorted(set(pk) - set(sk))}")
    vs = [v for v, _ in pk]
    if len(vs) != len(set(vs)):
        problems.append("two PostgreSQL migrations share a version")
    print(f"{len(sq_files)} SQLite and {len(pg_files)} PostgreSQL migrations")

    cluster = None
    if args.host is None:
        cluster = Cluster(args.pg_bin)
        cluster.start()
        pg = Pg("127.0.0.1", cluster.port, "postgres", "linli")
    else:
        pg = Pg(args.host, args.port, args.user, args.dbname)
    tmp = tempfile.mkdtemp(prefix="linli-compare-sqlite-")
    try:
        sqcon = apply_sqlite(os.path.join(tmp, "linli.db"), sq_files)
        print("SQLite: all migrations applied")
        if not args.no_apply:
            for v, d, f in pg_files:
                rc, err = pg.file(f)
                if rc:
                    raise SystemExit(f"PostgreSQL: {os.path.relpath(f, ROOT)} failed:\n{err}")
            print("PostgreSQL: all migrations applied (each in one transaction, stopping at the first error)")
        diffs, known = compare(sqlite_schema(sqcon), pg_schema(pg))
        problems += diffs
        print(f"\nSchema: {len(diffs)} difference(s), {len(known)} known and explained")
        for d in diffs:
            print("  DIFF " + d)
        if args.verbose:
            for k in known:
                print("  known: " + k)
        if not args.no_smoke:
            print("\nStatements the app relies on:")
            bad = smoke(sqcon, pg)
            problems += [f"statement behaves differently: {b}" for b in bad]
        sqcon.close()
        if cluster:
            cluster.createdb("linli_data")
            print(f"\nRows through the migrations (put in before {DATA_AT:04}, the rest applied after):")
            bad = data_check(sq_files, pg_files, os.path.join(tmp, "data.db"),
                             Pg("127.0.0.1", cluster.port, "postgres", "linli_data"))
            problems += [f"rows differ after the migrations: {b}" for b in bad]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        if cluster:
            cluster.stop()
    for p in problems:
        if p not in diffs:
            print("!! " + p)
    print("\nRESULT: " + ("same schema in meaning" if not problems else f"{len(problems)} problem(s)"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
