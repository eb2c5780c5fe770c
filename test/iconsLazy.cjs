/**
 * Fluent UI's icons as the unit tests load them (jest.config.js maps "@fluentui/react-icons" here): the
 * same names, each of the ~60 chunks of icons (4 MB of code) required when a test first uses one of its
 * icons. The real index requires every chunk at once, in every test file that renders the pane; the pane
 * shows a handful of icons. Which chunk holds which icon is read from the chunks' own first line, and
 * every other module the index re-exports is required as the index does, so nothing is listed by hand.
 * Webpack builds the pane from the real package.
 */
"use strict";
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "../node_modules/@fluentui/react-icons/lib-cjs");
const index = fs.readFileSync(path.join(root, "index.cjs"), "utf8");
/** `tslib_1.__exportStar(require("./icons/chunk-0.cjs"), exports);` and the like. */
const starred = Array.from(index.matchAll(/__exportStar\(require\("\.\/([^"]+)"\)/g), ([, file]) => file);
/** `var wrapIcon_1 = require("./utils/wrapIcon.cjs");` */
const named = new Map(
  Array.from(index.matchAll(/var (\w+) = require\("\.\/([^"]+)"\);/g), ([, local, file]) => [local, file]),
);
/** `Object.defineProperty(exports, "wrapIcon", { ... return wrapIcon_1.wrapIcon; } });` */
const getters = Array.from(index.matchAll(/defineProperty\(exports, "(\w+)", \{[^}]*return (\w+)\.(\w+);/g));
const chunks = starred.filter((file) => /\/chunk-\d+\.cjs$/.test(file));
if (chunks.length === 0 || getters.length === 0)
  throw new Error(`iconsLazy.cjs cannot read ${root}/index.cjs`);

Object.defineProperty(exports, "__esModule", { value: true });
const define = (name, get) =>
  Object.defineProperty(exports, name, { enumerable: true, configurable: true, get });
for (const file of chunks) {
  const full = path.join(root, file);
  // A chunk first declares all it exports, in lines of `exports.A = exports.B = … = void 0;`.
  const declared = fs.readFileSync(full, "utf8").match(/^exports\..* = void 0;$/gm) ?? [];
  for (const line of declared)
    for (const [, name] of line.matchAll(/exports\.(\w+) =/g)) define(name, () => require(full)[name]);
}
for (const [, name, local, member] of getters) {
  const file = named.get(local);
  if (file === undefined) throw new Error(`iconsLazy.cjs: ${name} comes from an unknown ${local}`);
  define(name, () => require(path.join(root, file))[member]);
}
for (const file of starred.filter((candidate) => !chunks.includes(candidate))) {
  const module = require(path.join(root, file));
  for (const name of Object.keys(module)) if (name !== "__esModule") define(name, () => module[name]);
}
