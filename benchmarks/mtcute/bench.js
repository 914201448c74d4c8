// mtcute's side of benchmarks/compare.sh: decodes and encodes one workload with mtcute's generated
// codec (npm @mtcute/tl 223.0.0 and @mtcute/tl-runtime 0.31.0, TL layer 223) and prints throughput
// in MB/s (10^6 bytes) and objects/s, measured as tlkit's side (dev.tlkit.bench.Throughput)
// measures it.
//
//   node bench.js MTCUTE_DIR WORKLOAD.bin HANDLED_OUT [--warmup SECONDS] [--rounds N]
//
// MTCUTE_DIR holds node_modules/@mtcute. WORKLOAD.bin is a file of dev.tlkit.bench.workload.Workloads:
// each message a 4-byte little-endian length, then its bytes. Before anything is timed, each
// message is decoded with TlBinaryReader.deserializeObject and the object encoded back with
// TlBinaryWriter.serializeObject: it must give the same bytes. The 0-based indexes of the messages
// that pass are written to HANDLED_OUT so that tlkit times the same ones; the others are counted
// and listed on stderr.
//
// One decode pass reads every message; one encode pass writes every decoded object (sizing it
// first, as serializeObject does). After a warm-up that alternates the two, each is timed in rounds
// of about one second (whole passes), the two directions' rounds in turn, and the median round of
// each is reported. The last line printed is one RESULT line of key=value pairs for scripts.
"use strict";

const { warmUp, interleaved } = require("../js/rounds.js");
const fs = require("fs");
const path = require("path");

function usage() {
  console.error("usage: node bench.js MTCUTE_DIR WORKLOAD.bin HANDLED_OUT [--warmup SECONDS] [--rounds N]");
  process.exit(2);
}

const [mtcuteDir, workloadFile, handledOut, ...rest] = process.argv.slice(2);
if (!handledOut) usage();
let warmupSeconds = 15;
let rounds = 10;
for (let i = 0; i < rest.length; i++) {
  if (rest[i] === "--warmup") warmupSeconds = Number(rest[++i]);
  else if (rest[i] === "--rounds") rounds = Number(rest[++i]);
  else usage();
}

const modules = path.resolve(mtcuteDir, "node_modules");
const load = (m) => require(path.join(modules, m));
const { TlBinaryReader, TlBinaryWriter } = load("@mtcute/tl-runtime/index.cjs");
const { __tlReaderMap } = load("@mtcute/tl/binary/reader.js");
const { __tlWriterMap } = load("@mtcute/tl/binary/writer.js");
const versions = ["@mtcute/tl", "@mtcute/tl-runtime", "@fuman/utils"]
  .map((p) => `${p} ${load(p + "/package.json").version}`).join(", ");

const file = fs.readFileSync(workloadFile);
const messages = [];
for (let pos = 0; pos < file.length;) {
  const n = file.readUInt32LE(pos);
  pos += 4;
  const own = new Uint8Array(n); // each message in a buffer of its own, from offset 0
  own.set(file.subarray(pos, pos + n));
  messages.push(own);
  pos += n;
}

const equal = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
const buffers = [];
const objects = [];
const handled = [];
let excluded = 0;
for (let i = 0; i < messages.length; i++) {
  try {
    const obj = TlBinaryReader.deserializeObject(__tlReaderMap, messages[i]);
    const again = TlBinaryWriter.serializeObject(__tlWriterMap, obj);
    if (!equal(again, messages[i])) {
      throw new Error(`${obj._} encodes back to other bytes`);
    }
    buffers.push(messages[i]);
    objects.push(obj);
    handled.push(i);
  } catch (e) {
    excluded++;
    console.error(`mtcute: message ${i} excluded from both sides: ${e.message}`);
  }
}
fs.writeFileSync(handledOut, handled.join("\n") + "\n");
const totalBytes = buffers.reduce((n, b) => n + b.length, 0);
console.log(`mtcute: ${versions} on node ${process.version}: handles ${handled.length} of`
  + ` ${messages.length} messages; ${totalBytes} bytes per pass`);

function decodeAll() {
  let n = 0;
  for (let i = 0; i < buffers.length; i++) {
    n += TlBinaryReader.deserializeObject(__tlReaderMap, buffers[i])._.length;
  }
  return n;
}
function encodeAll() {
  let n = 0;
  for (let i = 0; i < objects.length; i++) {
    n += TlBinaryWriter.serializeObject(__tlWriterMap, objects[i]).length;
  }
  return n;
}

warmUp(warmupSeconds, encodeAll, decodeAll);
const { decode, encode } = interleaved("mtcute", { decode: decodeAll, encode: encodeAll }, rounds, totalBytes, objects.length);
console.log(`RESULT side=mtcute objects=${objects.length} bytes=${totalBytes} excluded=${excluded}`
  + ` encode_mbps=${encode.mbps.toFixed(3)} encode_objps=${encode.objps.toFixed(1)}`
  + ` decode_mbps=${decode.mbps.toFixed(3)} decode_objps=${decode.objps.toFixed(1)}`);
