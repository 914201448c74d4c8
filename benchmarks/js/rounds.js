// The timing that both JavaScript sides of compare.sh use, the same as tlkit's Throughput: a
// warm-up that alternates encoding and decoding, then each direction in rounds of about one second
// (whole passes), the two directions' rounds in turn, and the median round of each.
"use strict";

const now = () => Number(process.hrtime.bigint()) / 1e9;
let sink = 0;

/** Runs both passes in turn for `seconds`. */
function warmUp(seconds, encodeAll, decodeAll) {
  const end = now() + seconds;
  while (now() < end) {
    sink += encodeAll();
    sink += decodeAll();
  }
}

/** One round of `pass`: whole passes for about a second; returns passes per second. */
function round(pass) {
  const start = now();
  let t;
  let n = 0;
  do {
    sink += pass();
    n++;
    t = now();
  } while (t < start + 1);
  return n / (t - start);
}

/**
 * Times each pass of `passes` ({ what: pass }, one pass over `objects` messages of `totalBytes`
 * bytes) in `rounds` rounds, one round of each in turn, prints a line for people for each and
 * returns { what: { mbps, objps } } of their medians.
 */
function interleaved(side, passes, rounds, totalBytes, objects) {
  const names = Object.keys(passes);
  const perSecond = Object.fromEntries(names.map((w) => [w, []]));
  for (let r = 0; r < rounds; r++) {
    for (const w of names) perSecond[w].push(round(passes[w]));
  }
  return Object.fromEntries(
    names.map((w) => [w, report(side, w, perSecond[w], rounds, totalBytes, objects)]));
}

function report(side, what, perSecond, rounds, totalBytes, objects) {
  perSecond.sort((a, b) => a - b);
  const median = rounds % 2 === 1 ? perSecond[(rounds - 1) / 2]
    : (perSecond[rounds / 2 - 1] + perSecond[rounds / 2]) / 2;
  const mbps = median * totalBytes / 1e6;
  const objps = median * objects;
  console.log(`${side} ${what}: ${mbps.toFixed(1)} MB/s, ${objps.toFixed(0)} objects/s (median of ${rounds}`
    + ` rounds; rounds from ${(perSecond[0] * totalBytes / 1e6).toFixed(1)} to`
    + ` ${(perSecond[rounds - 1] * totalBytes / 1e6).toFixed(1)} MB/s)`);
  if (sink === 0.5) console.log(""); // keeps the passes observable
  return { mbps, objps };
}

module.exports = { warmUp, interleaved };
