// Prints the size of what a browser downloads to run the islands: the wasm
// and its JS glue, raw, gzip -9 and brotli (quality 11, as a CDN or
// tower-http's precompressed files would serve them).
import { readFileSync } from "node:fs";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

const dir = process.argv[2] ?? "target/site/pkg";
const rows = ["linli.wasm", "linli.js"].map((name) => {
  const bytes = readFileSync(`${dir}/${name}`);
  return {
    name,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
});
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const fmt = (n) => n.toLocaleString("en-US").padStart(10);
console.log(`${"".padEnd(12)}${"raw".padStart(10)}${"gzip".padStart(10)}${"brotli".padStart(10)}`);
for (const r of [...rows, { name: "total", ...total }]) console.log(`${r.name.padEnd(12)}${fmt(r.raw)}${fmt(r.gzip)}${fmt(r.brotli)}`);
