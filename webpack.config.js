/**
 * Builds the task pane and the ribbon's function file into dist/, and serves them on
 * https://localhost:3000 for sideloading. `npm run build` runs this in production mode after the
 * command line is compiled into dist/node, so cleaning dist/ leaves that folder alone.
 */
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const zlib = require("zlib");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { productionUrl, toProductionManifest } = require("./scripts/manifest-urls.js");
const { localScripts } = require("./scripts/page-scripts.js");

const DEV_SERVER_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");

/**
 * Every script of the built pane parses as ES2019: the oldest Chromium and Safari webviews Office still
 * uses for Microsoft 365, Office 2021 and later, and Excel on the web. Trident and EdgeHTML (Office 2019
 * and older) get a message instead, from taskpane.html's own check (see webview-check.js).
 */
const PANE_TARGET = "es2019";

/** No single script of the pane may be over this, gzipped: it loads inside Excel on slow office links. */
const GZIP_BUDGET_BYTES = 250 * 1024;

/**
 * What the pane fetches before it first shows, gzipped, may not pass this: the page's scripts, the
 * chunks the entry needs at once and the chunk of the host it runs on (below). The steps opened later,
 * the step menu, the template, the roll-up and the file reader come as chunks of their own and are not
 * counted. React DOM alone is about 60 KiB of it (README, "Size").
 */
const FIRST_LOAD_BUDGET_BYTES = 160 * 1024;

/**
 * The chunks src/taskpane/index.tsx loads before the pane shows, one per host (their webpackChunkName):
 * the Excel adapter inside Excel, the sample and the open-file bar anywhere else. The first load is
 * counted for each, and the larger must fit the budget.
 */
const HOST_CHUNKS = { excel: "excel-host", preview: "preview-host" };

/** Lists the pane's first-load scripts for `npm run bench` (scripts/bench/bundle.js reads it). */
const FIRST_LOAD_MANIFEST = "first-load.json";

/**
 * The dev certificates office-addin-dev-certs writes (scripts/start.js makes them). They are read
 * directly: its getHttpsServerOptions() also insists the CA is trusted, which needs sudo on Linux.
 */
function devCertificates() {
  const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
  const paths = Object.fromEntries(Object.entries(files).map(([k, name]) => [k, path.join(CERT_DIR, name)]));
  if (!Object.values(paths).every((file) => fs.existsSync(file))) return undefined;
  return Object.fromEntries(Object.entries(paths).map(([k, file]) => [k, fs.readFileSync(file)]));
}

const kib = (bytes) => (bytes / 1024).toFixed(1);

/**
 * Webpack's own size hints count raw bytes; Office loads the pane over the network compressed, so the
 * budget that matters is the gzipped size. Any script over its budget, or a first load over its own,
 * fails the production build.
 */
class GzipBudgetPlugin {
  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("GzipBudgetPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "GzipBudgetPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          const gzipped = (name) => {
            if (assets[name]) return zlib.gzipSync(assets[name].buffer(), { level: 9 }).length;
            compilation.errors.push(
              new WebpackError(`taskpane.html loads ${name}, which the build does not make`),
            );
            return 0;
          };
          for (const name of Object.keys(assets)) {
            if (!name.endsWith(".js")) continue;
            const size = gzipped(name);
            if (size > GZIP_BUDGET_BYTES) {
              compilation.errors.push(
                new WebpackError(
                  `${name} is ${kib(size)} KiB gzipped, over the ${kib(GZIP_BUDGET_BYTES)} KiB budget`,
                ),
              );
            }
          }

          const manifest = firstLoad(compilation);
          if (manifest.missing.length > 0) {
            compilation.errors.push(
              new WebpackError(
                `No chunk named ${manifest.missing.join(", ")}: ` +
                  "src/taskpane/index.tsx and HOST_CHUNKS in webpack.config.js disagree",
              ),
            );
            return;
          }
          for (const [host, files] of Object.entries(manifest.hosts)) {
            const scripts = [...manifest.initial, ...files];
            const total = scripts.reduce((sum, name) => sum + gzipped(name), 0);
            if (total > FIRST_LOAD_BUDGET_BYTES) {
              compilation.errors.push(
                new WebpackError(
                  `The pane's first load in ${host} (${scripts.join(", ")}) is ${kib(total)} KiB gzipped, ` +
                    `over the ${kib(FIRST_LOAD_BUDGET_BYTES)} KiB budget`,
                ),
              );
            }
          }
          const { initial, hosts, later } = manifest;
          const listing = { initial, hosts, later, budget: FIRST_LOAD_BUDGET_BYTES };
          compilation.emitAsset(
            FIRST_LOAD_MANIFEST,
            new sources.RawSource(`${JSON.stringify(listing, null, 2)}\n`),
          );
        },
      );
    });
  }
}

/**
 * The pane's scripts, as loaded: `initial` before anything runs (the scripts taskpane.html names, with
 * webview-check.js, and every chunk the entry needs at once), `hosts` the host's chunks, fetched next
 * and before the pane shows, and `later` what each import() fetches when the user gets to it (a step,
 * the template, the file reader).
 */
function firstLoad(compilation) {
  const scripts = (group) => group.getFiles().filter((name) => name.endsWith(".js"));
  const page = compilation.getAsset("taskpane.html");
  const named = page ? localScripts(page.source.source().toString()) : [];
  const initial = [...new Set([...named, ...scripts(compilation.entrypoints.get("taskpane"))])];
  const hostNames = Object.values(HOST_CHUNKS);
  const hosts = {};
  const missing = [];
  for (const [host, chunkName] of Object.entries(HOST_CHUNKS)) {
    const group = compilation.namedChunkGroups.get(chunkName);
    if (group) hosts[host] = scripts(group).filter((name) => !initial.includes(name));
    else missing.push(chunkName);
  }
  const later = {};
  for (const group of compilation.chunkGroups) {
    if (group.isInitial() || hostNames.includes(group.name)) continue;
    const files = scripts(group).filter((name) => !initial.includes(name));
    const name = group.name ?? group.chunks.map((chunk) => chunk.id).join("+");
    if (files.length > 0) later[name] = [...new Set([...(later[name] ?? []), ...files])];
  }
  return { initial, hosts, later, missing };
}

module.exports = (env, options) => {
  const dev = options.mode === "development";
  // The production build needs the address it will be served from (see scripts/manifest-urls.js):
  // ADDIN_PRODUCTION_URL=https://… npm run build, or npm run build -- --env addinUrl=https://….
  const productionBase = dev ? undefined : productionUrl(env.addinUrl || process.env.ADDIN_PRODUCTION_URL);

  // Only the dev server's live reload needs a websocket; the shipped pane connects nowhere but itself.
  const connectSrc = dev ? "'self' ws: wss:" : "'self'";

  let server = "http";
  if (env.WEBPACK_SERVE) {
    const certificates = devCertificates();
    if (certificates) {
      server = { type: "https", options: certificates };
    } else {
      console.warn(
        `\n!! No dev certificates in ${CERT_DIR}: serving plain http://localhost:${DEV_SERVER_PORT}.\n` +
          "!! Excel will not load the add-in over http; run `npm start` (or `npx office-addin-dev-certs install`).\n",
      );
    }
  }

  return {
    // Webpack's own runtime and the minifier keep to ES2019 too: left alone, the minifier turns
    // `a != null ? a : b` back into `a ?? b`.
    target: ["web", PANE_TARGET],
    // Eval-based source maps would need 'unsafe-eval' in the pane's CSP; production ships none at all.
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      download: "./src/download/download.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // The entry keeps its name (taskpane.html and commands.html name it); the chunks it fetches
      // later are named by content, so a pane still open on an older build never runs a newer chunk.
      // The dev server's hot reload wants them by name alone.
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: { keep: /^node[\\/]/ },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      // ExcelJS's browser build is one prebuilt bundle: nothing in it for webpack to resolve.
      noParse: /exceljs[\\/]dist[\\/]exceljs\.min\.js$/,
      rules: [
        {
          // Core, the Office.js host and the document writer do nothing on import: a file of theirs
          // nothing in a chunk uses stays out of that chunk, so the summary's layout and painting, the
          // memo, the template and the document travel with the steps that use them, not with the
          // pane's first load.
          test: /[\\/]src[\\/](core|hosts[\\/]officejs|hosts[\\/]docx)[\\/]/,
          sideEffects: false,
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: [
            // The pane's own makeStyles calls become precomputed class names at build time, as Fluent
            // UI's packages already ship theirs, so the pane does not carry Griffel's CSS engine
            // (https://griffel.js.org/react/ahead-of-time-compilation/introduction). It reads what
            // ts-loader made of the file (loaders run last to first).
            { loader: "@griffel/webpack-loader" },
            {
              loader: "ts-loader",
              options: {
                configFile: path.resolve(__dirname, "tsconfig.json"),
                transpileOnly: false,
                // Type-check what the bundle imports, not every test and script in tsconfig's include.
                onlyCompileBundledFiles: true,
                // tsconfig.json says commonjs for jest and the command line; ES modules let webpack
                // drop the unused parts of Fluent UI.
                compilerOptions: { module: "es2020", target: PANE_TARGET, sourceMap: dev },
              },
            },
          ],
        },
        {
          // React and Fluent UI ship newer syntax (?. ??) than the oldest webviews Office still uses
          // for the pane parse: their files are brought down to the same target, without type checks.
          test: /\.m?js$/,
          include: /node_modules/,
          // ExcelJS's browser build (its package.json "browser" field) is ES5 already.
          exclude: /exceljs[\\/]dist/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: path.resolve(__dirname, "tsconfig.json"),
              compilerOptions: { allowJs: true, checkJs: false, module: "es2020", target: PANE_TARGET },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { connectSrc },
      }),
      new HtmlWebpackPlugin({
        filename: "download.html",
        template: "./src/download/download.html",
        chunks: ["download"],
      }),
      // The manifest's SupportUrl and LearnMoreUrl: a page of text in Thai and English, with no script.
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/help/help.html",
        chunks: [],
        inject: false,
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        templateParameters: { connectSrc },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/webview-check.js", to: "webview-check.js" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            // The repository's manifest points at the dev server; the built one at the hosting site.
            transform: dev
              ? undefined
              : (content) => toProductionManifest(content.toString("utf8"), productionBase),
          },
        ],
      }),
      ...(dev ? [] : [new GzipBudgetPlugin()]),
    ],
    performance: {
      hints: dev ? false : "warning",
      // Raw sizes, about four times the gzipped ones: the real limit is GzipBudgetPlugin's.
      maxAssetSize: 4 * GZIP_BUDGET_BYTES,
      maxEntrypointSize: 4 * GZIP_BUDGET_BYTES,
    },
    devServer: {
      port: DEV_SERVER_PORT,
      server,
      hot: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      client: { overlay: { errors: true, warnings: false } },
      // office.js from npm, for local tests that cannot reach Microsoft's CDN. The pages themselves
      // always load the CDN copy, as Office requires.
      static: [
        {
          directory: path.resolve(__dirname, "node_modules/@microsoft/office-js/dist"),
          publicPath: "/office-js",
          watch: false,
        },
      ],
    },
  };
};
