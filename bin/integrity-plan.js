#!/usr/bin/env node
// The young generation of V8's heap stays at its first size instead of doubling up to 16 MB a half:
// the command line keeps nearly all it reads until it ends, so a larger young generation saves few
// collections and costs every page it touches afresh (measured on the bench's two-core machine: a
// 20,000-row workbook's run went from some 27,000 page faults to 19,000, and its time by a tenth).
// V8 reads the factor each time it would grow (SemiSpaceNewSpace::Grow, src/heap/new-spaces.cc); V8
// versions that refuse a factor under 2 raise it to 2, which is V8's own default. Node documents the
// call, and that some flags do nothing once V8 has started: https://nodejs.org/api/v8.html#v8setflagsfromstringflags
require("node:v8").setFlagsFromString("--semi-space-growth-factor=1");
// The command line is compiled by `npm run prepare` (run by `npm ci`) into dist/node.
require("../dist/node/cli/main.js").main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
