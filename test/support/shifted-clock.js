"use strict";
/**
 * A clock a test can move, for child processes (`node -r ./test/support/shifted-clock.js …`):
 * `Date` runs `offset` milliseconds ahead of the real time, the offset read from the file named by
 * TEST_CLOCK_FILE at start and again on SIGUSR2. Only the process's idea of "now" moves (the
 * registry's today); PostgreSQL keeps its own clock. Used to cross midnight without waiting.
 */
const fs = require("node:fs");

const file = process.env.TEST_CLOCK_FILE;
if (file) {
  const RealDate = Date;
  let offset = 0;
  const read = () => {
    try {
      offset = Number(fs.readFileSync(file, "utf8").trim()) || 0;
    } catch {
      offset = 0;
    }
  };
  read();
  process.on("SIGUSR2", read);
  class ShiftedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...args);
    }
    static now() {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = ShiftedDate;
}
