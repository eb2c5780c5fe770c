/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  testPathIgnorePatterns: ["/node_modules/", "/test/browser/"],
  // Many tests run the whole command on real workbooks; on a busy 2-core machine 5 s is too tight.
  // Speed is measured by `npm run bench`, never by a test's time limit.
  testTimeout: 30_000,
  // Coverage counts the product's code only, not tests, fakes or scripts.
  collectCoverageFrom: ["src/**/*.{ts,tsx}"],
};
