/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // Transpile only: tsconfig.json sets isolatedModules, which ts-jest takes as transpile-only. Types are
  // checked once, by `npm run typecheck`, which `npm test` runs first; type-checking every file here
  // made the tests several times slower.
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  // Jest's default leaves a core idle on a two-core machine; the test files are independent.
  maxWorkers: "100%",
  // The tests through Chromium and LibreOffice run apart, by jest.readers.config.js.
  testPathIgnorePatterns: ["/node_modules/", "/test/browser/", "/test/print/"],
  // Fluent UI's barrel with each package loaded on first use: the real one loads all ~55 of them in every
  // test file that renders the pane (test/fluentLazy.cjs). The same names and values; webpack uses the real one.
  // Fluent UI's icons likewise, each chunk of icons loaded on first use (test/iconsLazy.cjs).
  moduleNameMapper: {
    "^@fluentui/react-components$": "<rootDir>/test/fluentLazy.cjs",
    "^@fluentui/react-icons$": "<rootDir>/test/iconsLazy.cjs",
  },
  // Many tests run the whole command on real workbooks; on a busy 2-core machine 5 s is too tight.
  // Speed is measured by `npm run bench`, never by a test's time limit.
  testTimeout: 30_000,
  // Coverage counts the product's code only, not tests, fakes or scripts.
  collectCoverageFrom: ["src/**/*.{ts,tsx}"],
};
