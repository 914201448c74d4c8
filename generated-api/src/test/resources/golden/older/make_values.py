#!/usr/bin/env python3
"""Writes a JSON value (tlkit's dialect) of a constructor of an api.tl, every field filled.

  make_values.py SCHEMA NAME SEED  ->  one line: {"_": NAME, ...}

Every field is set, optional ones too, so that old bytes carry every field the layer had; a nested
boxed type gets its constructor with the fewest fields, to keep the objects small. Values are
deterministic in SEED. The bytes come from `tlc encode --schema SCHEMA` (README.md).
"""
import json, re, sys

def load(path):
    defs, types = {}, {}
    section = "types"
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if line.startswith("---functions---"): section = "functions"; continue
        if line.startswith("---types---"): section = "types"; continue
        m = re.match(r"^([\w.]+)#([0-9a-f]+) (.*)= ([\w.<> ]+);$", line)
        if not m or section != "types": continue
        name, params, result = m.group(1), m.group(3).split(), m.group(4).strip()
        if "{" in m.group(3): continue
        ps = [tuple(p.split(":", 1)) for p in params]
        defs[name] = (ps, result)
        types.setdefault(result, []).append(name)
    return defs, types

def value(t, defs, types, rnd, depth):
    m = re.match(r"^(?:flags\d*\.\d+\?)?(.*)$", t); t = m.group(1)
    v = re.match(r"^Vector<(.*)>$", t)
    if v: return [value(v.group(1), defs, types, rnd, depth + 1)] if depth < 4 else []
    if t == "int": return rnd(1000)
    if t == "long": return str(rnd(10**12) + 10**12)
    if t == "double": return 0.5
    if t == "string": return "text %d" % rnd(100)
    if t == "bytes": return "0102%02x" % rnd(256)
    if t == "int128": return "00" * 16
    if t == "int256": return "00" * 32
    if t == "Bool": return True
    if t == "true": return True
    cs = types.get(t)
    if not cs: raise SystemExit("no type " + t)
    best = min(cs, key=lambda c: (len(defs[c][0]), c))
    return obj(best, defs, types, rnd, depth + 1)

def obj(name, defs, types, rnd, depth):
    out = {"_": name}
    for n, t in defs[name][0]:
        if t == "#": continue
        out[n] = value(t, defs, types, rnd, depth)
    return out

if __name__ == "__main__":
    schema, name, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
    state = [seed]
    def rnd(n):
        state[0] = (state[0] * 1103515245 + 12345) % 2**31
        return state[0] % n
    defs, types = load(schema)
    print(json.dumps(obj(name, defs, types, rnd, 0), separators=(",", ":")))
