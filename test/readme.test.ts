import fs from "node:fs";
import path from "node:path";
import { startHarness, type Harness } from "./support/harness";

/** What README.md states is true of the running registry. */
const README = fs.readFileSync(path.join(__dirname, "..", "README.md"), "utf8");

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe("README.md", () => {
  it("states the number of completeness rules that completenessRules lists", async () => {
    const stated = /(\d+) pure rules/.exec(README);
    expect(stated).not.toBeNull();
    const res = await h.gql(`{ completenessRules { code } }`);
    expect(Number(stated![1])).toBe(res.data.completenessRules.length);
  });
});
