// The timing that both JavaScript sides of compare.sh use, the same as tlkit's Throughput: a
// warm-up that alternates encoding and decoding, then each direction in rounds of about one second
// (whole passes), and the median round.
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

/**
 * Times `pass` (one pass over `objects` messages of `totalBytes` bytes) in `rounds` rounds, prints
 * a line for people and returns the median's MB/s and objects/s.
 */
function measure(side, what, pass, rounds, totalBytes, objects) {
  const perSecond = [];
  for (let r = 0; r < rounds; r++) {
    const start = now();
    let t;
    let n = 0;
    do {
      sink += pass();
      n++;
      t = now();
    } while (t < start + 1);
    perSecond.push(n / (t - start));
  }
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

module.exports = { warmUp, measure };
