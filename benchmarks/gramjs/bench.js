// GramJS's side of benchmarks/compare.sh: encodes and decodes the golden corpus with GramJS
// (npm `telegram`, 2.26.22, TL layer 198) and prints throughput in MB/s (10^6 bytes) and objects/s,
// measured as tlkit's side (dev.tlkit.bench.CorpusThroughput) measures it.
//
//   node bench.js GRAMJS_DIR VECTORS_JSONL HANDLED_OUT [--warmup SECONDS] [--rounds N] [--verify-only]
//
// GRAMJS_DIR holds node_modules/telegram. Every vector's `value` is built into a GramJS object with
// `new Api.X({...})`, once, outside the timed loops: snake_case keys become GramJS's camelCase
// field names, long becomes a big-integer (`bigInt`, what GramJS 2.26 reads and writes), int128 and
// int256 the big-integer GramJS's reader makes of their little-endian bytes, bytes a Buffer. Then,
// before anything is timed, each vector is checked: `obj.getBytes()` must equal the vector's hex,
// and `new BinaryReader(buf).tgReadObject()` must read every byte and give an object whose bytes
// are the hex again. The 0-based line numbers of the vectors that pass are written to HANDLED_OUT,
// so that tlkit times the same corpus; the others are counted and listed on stderr.
//
// One pass encodes every object with `obj.getBytes()`, or decodes every buffer with
// `new BinaryReader(buf).tgReadObject()`. After a warm-up that alternates the two, each is timed
// in rounds of about one second (whole passes), the two directions' rounds in turn, and the median
// round of each is reported. The last line printed is one RESULT line of key=value pairs for
// scripts.
"use strict";

const { warmUp, interleaved } = require("../js/rounds.js");
const fs = require("fs");
const path = require("path");

function usage() {
  console.error("usage: node bench.js GRAMJS_DIR VECTORS_JSONL HANDLED_OUT"
    + " [--warmup SECONDS] [--rounds N] [--verify-only]");
  process.exit(2);
}

const [gramjsDir, vectorsFile, handledOut, ...rest] = process.argv.slice(2);
if (!handledOut) usage();
let warmupSeconds = 15;
let rounds = 10;
let verifyOnly = false;
for (let i = 0; i < rest.length; i++) {
  if (rest[i] === "--warmup") warmupSeconds = Number(rest[++i]);
  else if (rest[i] === "--rounds") rounds = Number(rest[++i]);
  else if (rest[i] === "--verify-only") verifyOnly = true;
  else usage();
}

const modules = path.resolve(gramjsDir, "node_modules");
const load = (m) => require(path.join(modules, m));
const version = load("telegram/package.json").version;
const { Api } = load("telegram/tl");
const { BinaryReader } = load("telegram/extensions/BinaryReader");
const { tlobjects, LAYER } = load("telegram/tl/AllTLObjects");
const { parseTl, fromLine, variableSnakeToCamelCase } = load("telegram/tl/generationHelpers");
const { readBigIntFromBuffer } = load("telegram/Helpers");
const bigInt = load("big-integer");
const apiTl = load("telegram/tl/apiTl.js");
const schemaTl = load("telegram/tl/schemaTl.js");
void Api; // loading telegram/tl builds the classes and applies GramJS's own patches

// GramJS's definitions, as its classes use them: by constructor id, and by TL name.
const byId = new Map();
const byName = new Map();
for (const content of [apiTl, schemaTl]) {
  for (const def of parseTl(content, LAYER)) {
    byId.set(def.constructorId, def);
  }
  // parseTl turns `string` into `bytes` in the auth-key definitions; the vectors keep the schema's
  // `string` (text), so remember where that happened. fromLine alone does no such rewrite.
  let isFunction = false;
  for (let line of content.split("\n")) {
    const comment = line.indexOf("//");
    line = (comment === -1 ? line : line.slice(0, comment)).trim();
    if (!line) continue;
    const section = line.match(/---(\w+)---/);
    if (section) {
      isFunction = section[1] === "functions";
      continue;
    }
    let raw;
    try {
      raw = fromLine(line, isFunction);
    } catch (e) {
      continue; // vector#1cb5c415, which GramJS skips too
    }
    const def = byId.get(raw.constructorId);
    if (!def) continue; // boolTrue & co., which GramJS handles in its core
    def.textArgs = new Set(Object.keys(raw.argsConfig)
      .filter((k) => raw.argsConfig[k].type === "string"));
    const tlName = line.split(/[#\s]/)[0];
    if (!byName.has(tlName)) byName.set(tlName, []);
    byName.get(tlName).push(def);
  }
}

function definition(tlName, expectedType) {
  const defs = byName.get(tlName);
  if (!defs) throw new Error(`GramJS has no definition named ${tlName}`);
  return defs.find((d) => d.result === expectedType) || defs[0];
}

function convert(value, arg, def, argName) {
  if (arg.isVector) {
    return value.map((v) => convert(v, { ...arg, isVector: false }, def, argName));
  }
  switch (arg.type) {
    case "int":
    case "double":
    case "Bool":
    case "true":
      return value;
    case "long":
      return bigInt(value);
    case "int128":
    case "int256":
      return readBigIntFromBuffer(Buffer.from(value, "hex"), true, true);
    case "string":
      return value;
    case "bytes":
      return def.textArgs.has(argName) ? Buffer.from(value, "utf8") : Buffer.from(value, "hex");
    default:
      return build(value, arg.type);
  }
}

function build(value, expectedType) {
  const def = definition(value._, expectedType);
  const cls = tlobjects[def.constructorId];
  if (!cls) throw new Error(`GramJS has no class for ${value._}`);
  const args = {};
  for (const key of Object.keys(value)) {
    if (key === "_") continue;
    const name = variableSnakeToCamelCase(key);
    const arg = def.argsConfig[name];
    if (!arg) throw new Error(`${value._}: GramJS has no field ${name} (${key})`);
    args[name] = convert(value[key], arg, def, name);
  }
  return new cls(args);
}

// GramJS reports a value of the wrong type with console.error and goes on: count those as failures.
let complaints = 0;
const consoleError = console.error;
console.error = () => { complaints++; };

const lines = fs.readFileSync(vectorsFile, "utf8").split("\n");
const objects = [];
const buffers = [];
const handled = [];
const failures = [];
for (let i = 0; i < lines.length; i++) {
  if (!lines[i].trim()) continue;
  const vector = JSON.parse(lines[i]);
  const fail = (why) => failures.push(`${vector.name}: ${why}`);
  complaints = 0;
  let obj;
  try {
    obj = build(vector.value, undefined);
    const hex = obj.getBytes().toString("hex");
    if (hex !== vector.hex) {
      fail(`getBytes() gives ${hex.slice(0, 48)}..., not ${vector.hex.slice(0, 48)}...`);
      continue;
    }
  } catch (e) {
    fail(`cannot build or encode: ${e.message}`);
    continue;
  }
  const buf = Buffer.from(vector.hex, "hex");
  try {
    const reader = new BinaryReader(buf);
    const decoded = reader.tgReadObject();
    if (reader.tellPosition() !== buf.length) {
      fail(`tgReadObject() read ${reader.tellPosition()} of ${buf.length} bytes`);
      continue;
    }
    if (decoded.getBytes().toString("hex") !== vector.hex) {
      fail("the decoded object encodes to other bytes");
      continue;
    }
  } catch (e) {
    fail(`cannot decode: ${e.message}`);
    continue;
  }
  if (complaints > 0) {
    fail(`GramJS complained ${complaints} times about field types`);
    continue;
  }
  objects.push(obj);
  buffers.push(buf);
  handled.push(i);
}
console.error = consoleError;
fs.writeFileSync(handledOut, handled.join("\n") + "\n");
const totalBytes = buffers.reduce((n, b) => n + b.length, 0);
console.log(`gramjs: GramJS ${version} (layer ${LAYER}) on node ${process.version}: handles ${handled.length}`
  + ` of ${handled.length + failures.length} vectors; ${objects.length} objects, ${totalBytes} bytes per pass`);
for (const f of failures) console.error(`gramjs: excluded from both sides: ${f}`);
if (verifyOnly) process.exit(0);

function encodeAll() {
  let n = 0;
  for (let i = 0; i < objects.length; i++) n += objects[i].getBytes().length;
  return n;
}
function decodeAll() {
  let n = 0;
  for (let i = 0; i < buffers.length; i++) {
    n += new BinaryReader(buffers[i]).tgReadObject().CONSTRUCTOR_ID;
  }
  return n;
}

warmUp(warmupSeconds, encodeAll, decodeAll);
const { encode, decode } = interleaved("gramjs", { encode: encodeAll, decode: decodeAll }, rounds, totalBytes, objects.length);
console.log(`RESULT side=gramjs objects=${objects.length} bytes=${totalBytes} excluded=${failures.length}`
  + ` encode_mbps=${encode.mbps.toFixed(3)} encode_objps=${encode.objps.toFixed(1)}`
  + ` decode_mbps=${decode.mbps.toFixed(3)} decode_objps=${decode.objps.toFixed(1)}`);
