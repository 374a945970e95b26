import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 4150);

/**
 * Browser tests of the web workspace against the real server (node dist/src/main.js) and
 * a real PostgreSQL (the embedded server of the jest tests, its own database), in Debian's
 * Chromium: Playwright's own browser download is not used. One worker: the flows share
 * one database and follow each other (admin → registrar → approver).
 */
export default defineConfig({
  testDir: "e2e",
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 180_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  outputDir: "test-results/artifacts",
  globalSetup: "./e2e/global-setup.ts",
  globalTeardown: "./e2e/global-teardown.ts",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "ru-RU",
    timezoneId: "Europe/Moscow",
    viewport: { width: 1280, height: 900 },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      // without the background-networking flags Chromium keeps dialling Google's hosts on a closed network
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
});
