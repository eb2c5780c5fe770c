import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import prettier from "eslint-config-prettier";
import globals from "globals";

/**
 * Import patterns for the given folders (or files) of src, both as a folder ("../officejs", its index)
 * and as any file under it ("../officejs/read"): the directions below must have no holes (test/build/importDirections.test.ts).
 */
const folders = (...names) => names.flatMap((name) => [`**/${name}`, `**/${name}/**`]);

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-results/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // The pane runs in webviews that parse ES2019 (test/browser/webview.test.ts checks the bundle); these
    // later runtime methods would throw there, and core and the adapters are bundled into the pane.
    files: ["src/**/*.{ts,tsx}"],
    rules: {
      // A function longer than a screen wants splitting; a warning, so it is seen, not a wall.
      "max-lines-per-function": ["warn", { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true }],
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "CallExpression[callee.property.name=/^(at|replaceAll|findLast|findLastIndex|toSorted|toReversed|toSpliced|hasOwn)$/]",
          message: "not in the ES2019 webviews Office uses: write it another way",
        },
        {
          selector: "CallExpression[callee.name='structuredClone']",
          message: "not in the ES2019 webviews Office uses",
        },
      ],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The engine stays pure: no host, UI or Node code in src/core.
    files: ["src/core/**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: folders("hosts", "officejs", "exceljs", "xlsx", "taskpane", "cli", "commands"),
              message: "core imports no host code",
            },
            {
              group: ["react", "react-*", "@fluentui/*", "office-*", "@microsoft/*"],
              message: "core is pure TypeScript",
            },
            { group: ["fs", "path", "node:*", "child_process", "os"], message: "core does not touch Node" },
          ],
        },
      ],
    },
  },
  {
    // The host contract and the preview host depend on core alone.
    files: ["src/hosts/planHost.ts", "src/hosts/previewHost.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                ...folders("officejs", "exceljs", "xlsx", "taskpane", "cli", "commands"),
                "react",
                "@fluentui/*",
              ],
              message: "the host contract and the preview depend on core only",
            },
          ],
        },
      ],
    },
  },
  {
    // The Office.js host paints core's layout; it imports neither the pane nor another host.
    files: ["src/hosts/officejs/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                ...folders("taskpane", "cli", "commands", "exceljs", "xlsx", "previewHost"),
                "react",
                "react-*",
                "@fluentui/*",
              ],
              message: "the Office.js host imports core and the host contract only",
            },
          ],
        },
      ],
    },
  },
  {
    // The ExcelJS reader and painter runs in the command line and in the browser: core, the host
    // contract and ExcelJS only, no Node API (bytes are Uint8Array, text comes through TextDecoder).
    files: ["src/hosts/exceljs/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: folders("taskpane", "officejs", "cli", "commands", "previewHost"),
              message: "the ExcelJS host imports core and the host contract only",
            },
            { group: ["react", "react-*", "@fluentui/*", "office-*", "@microsoft/*"], message: "no UI here" },
            {
              group: ["fs", "path", "node:*", "child_process", "os", "zlib", "crypto", "v8", "buffer"],
              message: "the ExcelJS host runs in the browser too: no Node API",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "Buffer", message: "use Uint8Array: the ExcelJS host runs in the browser too" },
        { name: "process", message: "the ExcelJS host runs in the browser too" },
        { name: "require", message: "the ExcelJS host runs in the browser too" },
      ],
    },
  },
  {
    // The plain .xlsx reader reads a workbook's parts without ExcelJS (the command line reads a plan with
    // it, and loads ExcelJS only to write a copy or for a file the reader leaves to it): core only, and
    // the problems a file can have (exceljs/problem.ts, which holds no ExcelJS code). No Node API either:
    // its bytes are Uint8Array, so the browser can share it.
    files: ["src/hosts/xlsx/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: folders("taskpane", "officejs", "docx", "cli", "commands", "previewHost", "planHost"),
              message: "the plain reader imports core only",
            },
            {
              // ExcelJS, the ExcelJS host (all of it but problem.ts) and its unzip.
              regex: "(^|/)(exceljs|jszip)(/(?!problem$).*)?$",
              message: "the plain reader reads without ExcelJS (exceljs/problem.ts holds no ExcelJS code)",
            },
            { group: ["react", "react-*", "@fluentui/*", "office-*", "@microsoft/*"], message: "no UI here" },
            {
              group: ["fs", "path", "node:*", "child_process", "os", "zlib", "crypto", "v8", "buffer"],
              message: "the plain reader runs in the browser too: no Node API",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "Buffer", message: "use Uint8Array: the plain reader runs in the browser too" },
        { name: "process", message: "the plain reader runs in the browser too" },
        { name: "require", message: "the plain reader runs in the browser too" },
      ],
    },
  },
  {
    // The report document's writer (the docx library) runs in the command line and in the browser:
    // core only, no Node API.
    files: ["src/hosts/docx/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: folders(
                "taskpane",
                "officejs",
                "exceljs",
                "xlsx",
                "cli",
                "commands",
                "previewHost",
                "planHost",
              ),
              message: "the document writer imports core only",
            },
            {
              group: ["fs", "path", "node:*", "child_process", "os", "zlib", "crypto", "buffer"],
              message: "the document writer runs in the browser too: no Node API",
            },
          ],
        },
      ],
    },
  },
  {
    // ExcelJS and docx are large: the pane loads the file host only when a file is opened, and the
    // document writer only when a document is asked for, through a dynamic import(), so the add-in's
    // first load stays small. Type imports are erased and allowed.
    files: ["src/taskpane/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [...folders("exceljs", "docx"), "exceljs/*", "docx/*"],
              allowTypeImports: true,
              message: "load the ExcelJS host and the document writer with import(), when they are needed",
            },
          ],
        },
      ],
    },
  },
  {
    // The pane: never the command line, whose code is Node's.
    files: ["src/taskpane/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: folders("cli", "commands"), message: "the pane does not import the command line" },
          ],
        },
      ],
    },
  },
  {
    // The ribbon's function file runs on its own, before and without the pane.
    files: ["src/commands/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: folders("taskpane", "cli", "exceljs", "xlsx", "previewHost"),
              message: "the ribbon's commands import core, the host contract and the Office.js host only",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/cli/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                ...folders("taskpane", "officejs", "planHost", "previewHost", "commands"),
                "react",
                "react-*",
                "@fluentui/*",
                "office-*",
                "@microsoft/*",
              ],
              message: "the command line imports core, the ExcelJS host and the plain reader only",
            },
          ],
        },
      ],
    },
  },
  prettier,
);
