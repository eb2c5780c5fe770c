/**
 * Fluent UI's barrel as the unit tests load it (jest.config.js maps "@fluentui/react-components" here):
 * the same names, each package required when a test first uses one of its names. The real barrel
 * requires all of its ~55 packages at once (2.3 s in plain Node, more under Jest, and again in every
 * test file); the pane uses a dozen of them. Which package holds which name is read from the barrel's
 * own CommonJS build, so nothing is listed by hand. Webpack builds the pane from the real barrel.
 */
"use strict";
const fs = require("fs");
const path = require("path");

const barrel = path.join(
  path.dirname(require.resolve("@fluentui/react-components/package.json")),
  "lib-commonjs/index.cjs",
);
const text = fs.readFileSync(barrel, "utf8");
/** `const _reactbutton = require("@fluentui/react-button");` */
const packages = new Map(
  Array.from(text.matchAll(/const (_\w+) = require\("([^"]+)"\);/g), ([, local, name]) => [local, name]),
);
/** `get Button () { return _reactbutton.Button; }`, with comment lines in between at times. */
const names = Array.from(
  text.matchAll(/get\s+(?:\/\/[^\n]*\s*)*(\w+)\s*\(\)\s*\{\s*(?:\/\/[^\n]*\s*)*return\s+(_\w+)\.(\w+);/g),
);
if (packages.size === 0 || names.length === 0) throw new Error(`fluentLazy.cjs cannot read ${barrel}`);

Object.defineProperty(exports, "__esModule", { value: true });
for (const [, exported, local, name] of names) {
  const from = packages.get(local);
  if (from === undefined) throw new Error(`fluentLazy.cjs: ${exported} comes from an unknown ${local}`);
  Object.defineProperty(exports, exported, { enumerable: true, get: () => require(from)[name] });
}
