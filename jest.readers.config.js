/**
 * The tests through outside readers, apart from the unit tests (jest.config.js leaves both folders out):
 * test/browser builds the pane, serves dist/ on 127.0.0.1 and drives it in Chromium, in preview mode and
 * against the fake Excel; test/print has LibreOffice Calc and Writer open, recalculate and print what
 * the product wrote. Each starts a program of its own, seconds per file, so they run one file at a time.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/browser", "<rootDir>/test/print"],
  testMatch: ["**/*.test.ts"],
  // Transpile only, as the unit tests (see jest.config.js).
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  testTimeout: 60_000,
  maxWorkers: 1,
};
