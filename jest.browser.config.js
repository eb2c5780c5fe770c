/**
 * The browser test: builds the pane, serves dist/ on 127.0.0.1 and drives it in Chromium, in preview
 * mode and against the fake Excel. Kept apart from the unit tests (jest.config.js ignores test/browser).
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/browser"],
  testMatch: ["**/*.test.ts"],
  // Transpile only, as the unit tests (see jest.config.js).
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  testTimeout: 60_000,
  maxWorkers: 1,
};
