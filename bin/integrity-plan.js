#!/usr/bin/env node
// The command line is compiled by `npm run prepare` (run by `npm ci`) into dist/node.
require("../dist/node/cli/main.js").main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
