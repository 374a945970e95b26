import { evaluate } from "../../src/completeness/evaluate";
import { diffContent } from "../../src/history/diff";
import { buildContentModel } from "../../src/history/content-model";
import { getSchema } from "../../src/schema";
import { requirementsOf } from "../../src/variants/requirements";
import { Channel } from "../../src/standards/content/enums";
import { ctxFor } from "../completeness/fixtures";
import { goldenWithVariants, variant } from "../variants/fixtures";
import { DGIZO_REGISTRATION_TEXT, SOURCES } from "./real-texts";

/*
 * The fidelity changes inside variants (Decree 1228): a variant's registration terms may be
 * one term for every channel (the per-channel rule accepts it on the variant's view), two
 * different terms for one channel of a variant are reported on the variant's path, a
 * variant says how a representative applies, and a variant carries its own wording.
 */

const KEY = "v-self-legal";
const issues = (damage: (c: any) => void) => {
  const c = goldenWithVariants() as any;
  damage(c);
  return evaluate(c, ctxFor()).issues;
};

describe("variants hold what real texts say", () => {
  it("one registration term for every channel of a variant: no term per channel is asked for", () => {
    const found = issues((c) => {
      const v = variant(c, KEY);
      v.registrationTerms = [{ key: `${KEY}-reg-all`, allChannels: true, term: { value: 1, unit: "WORKING_DAYS" } }];
      v.wording = [{ key: `${KEY}-w`, text: DGIZO_REGISTRATION_TEXT, url: SOURCES.dgizoRegistration.url }];
    });
    expect(found.filter((i) => i.element === "ART14_1_11")).toEqual([]);
  });

  it("two different registration terms for one channel of a variant are reported on the variant's path", () => {
    const found = issues((c) => {
      variant(c, KEY).registrationTerms.push({ key: `${KEY}-reg-mfc-2`, channel: Channel.MFC, sameDay: true });
    });
    expect(found.filter((i) => i.rule === "REGISTRATION_TERM_CONFLICT")).toEqual([
      expect.objectContaining({ element: "ART14_1_11", severity: "ERROR", path: ["variants", KEY, "registrationTerms", `${KEY}-reg-mfc-2`] }),
    ]);
  });

  it("a variant's way of applying through a representative: its own, checked on its view, and in its requirements", () => {
    const found = issues((c) => {
      variant(c, KEY).representation = [{ key: `${KEY}-rep`, channels: [Channel.POST], allowed: true }];
    });
    expect(found.filter((i) => i.rule === "REPRESENTATION_CHANNEL_NOT_LISTED")).toEqual([
      expect.objectContaining({ element: "ART14_2_1", severity: "WARNING", path: ["variants", KEY, "representation", `${KEY}-rep`, "channels", "POST"] }),
    ]);
    const c = goldenWithVariants() as any;
    variant(c, KEY).representation = [{ key: `${KEY}-rep`, channels: [Channel.EPGU], allowed: true, authorityDocumentKeys: ["doc-power-of-attorney"] }];
    expect(requirementsOf(c, variant(c, KEY)).representation).toEqual([expect.objectContaining({ key: `${KEY}-rep`, channels: [Channel.EPGU] })]);
  });

  it("a change of a variant's wording is one change of that variant", async () => {
    const model = buildContentModel(await getSchema());
    const before = goldenWithVariants() as any;
    const after = JSON.parse(JSON.stringify(before)); // (structuredClone gives objects of another realm under jest)
    variant(after, KEY).wording = [{ key: "w", clause: "п. 3.2.1", text: "Максимальный срок предоставления варианта […]" }];
    const changes = diffContent(model, before, after);
    expect(changes.map((c) => ({ path: c.path, kind: c.kind }))).toEqual([{ path: ["variants", KEY], kind: "CHANGED" }]);
  });
});
