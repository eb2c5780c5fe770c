/**
 * The scripts a page of the pane loads from its own folder, in order, from its HTML: what the page
 * fetches before anything of the pane runs. Used by the production build's first-load budget
 * (webpack.config.js) and by `npm run bench`.
 */
"use strict";

/** `src` quoted either way or, as the minified page writes it, unquoted; other sites' scripts left out. */
const SCRIPT_SRC = /<script\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;

function localScripts(html) {
  const found = [];
  for (const match of html.matchAll(SCRIPT_SRC)) {
    const src = match[1] ?? match[2] ?? match[3];
    if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(src)) continue;
    const file = src.replace(/^\.?\//, "").split(/[?#]/)[0];
    if (!found.includes(file)) found.push(file);
  }
  return found;
}

module.exports = { localScripts };
