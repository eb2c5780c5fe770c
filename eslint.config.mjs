import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import prettier from "eslint-config-prettier";
import globals from "globals";

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
              group: ["**/excel/**", "**/taskpane/**", "**/cli/**", "**/commands/**"],
              message: "core imports no host code",
            },
            {
              group: ["react", "react-*", "@fluentui/*", "exceljs", "office-*", "@microsoft/*"],
              message: "core is pure TypeScript",
            },
            { group: ["fs", "path", "node:*", "child_process", "os"], message: "core does not touch Node" },
          ],
        },
      ],
    },
  },
  {
    // The host contract is shared by the pane and the Excel adapter; it depends on core alone.
    files: ["src/host/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "**/excel/**",
                "**/taskpane/**",
                "**/cli/**",
                "**/commands/**",
                "react",
                "@fluentui/*",
                "exceljs",
              ],
              message: "the host contract depends on core only",
            },
          ],
        },
      ],
    },
  },
  {
    // The two hosts paint core's layout; neither imports the pane or the other host.
    files: ["src/excel/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/taskpane/**", "**/cli/**", "react", "react-*", "@fluentui/*", "exceljs"],
              message: "the Excel adapter imports core and the host contract only",
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
                "**/taskpane/**",
                "**/excel/**",
                "**/host/**",
                "react",
                "react-*",
                "@fluentui/*",
                "office-*",
                "@microsoft/*",
              ],
              message: "the command line imports core only",
            },
          ],
        },
      ],
    },
  },
  prettier,
);
