/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  testPathIgnorePatterns: ["/node_modules/", "/test/browser/"],
  // Coverage counts the product's code only, not tests, fakes or scripts.
  collectCoverageFrom: ["src/**/*.{ts,tsx}"],
};
