import { createHash } from "node:crypto";
import type { Harness } from "./harness";
import { createAuthority, createLegalAct, createService, expectNoErrors } from "./factories";
import { ACT, ACTS, goldenStandard } from "../completeness/fixtures";
import type { StandardContent } from "../../src/standards/content/standard-content";
import { today } from "../../src/shared/dates";

/**
 * The golden complete standard of the completeness tests (or another fixture built on it),
 * with its fake act and authority ids replaced by records created in the database.
 */
export async function completeContent(h: Harness, authorityId?: string, fixture: () => StandardContent = goldenStandard): Promise<StandardContent> {
  const ids = new Map<string, string>();
  for (const [fake, meta] of ACTS) {
    const title = meta.taxCode ? "Налоговый кодекс Российской Федерации (часть вторая)" : `Акт ${fake}`;
    ids.set(fake, (await createLegalAct(h, { type: meta.type, title })).id);
  }
  ids.set("authority-city-administration", authorityId ?? (await createAuthority(h)).id);
  // the pure-rule fixture uses readable keys; the API accepts [A-Za-z0-9_.:-]{1,64}
  const apiKey = (key: string) => (/^[A-Za-z0-9_.:-]{1,64}$/.test(key) ? key : `k-${createHash("sha1").update(key).digest("hex").slice(0, 20)}`);
  const replace = (value: unknown): unknown => {
    if (typeof value === "string") return ids.get(value) ?? value;
    if (Array.isArray(value)) return value.map(replace);
    if (value && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === "key" && typeof v === "string" ? apiKey(v) : replace(v)]));
    }
    return value;
  };
  return replace(fixture()) as StandardContent;
}

export { ACT };

export const UPDATE = `
  mutation($id: ID!, $input: StandardContentInput!, $rev: Int!) {
    standardDraftUpdate(id: $id, input: $input, expectedRevision: $rev) { standardVersion { id revision status } userErrors { code field message } }
  }`;
export const SUBMIT = `mutation($id: ID!) { standardDraftSubmit(id: $id) { standardVersion { id status } userErrors { code field message } } }`;
export const RETURN = `mutation($id: ID!, $remarks: String!) { standardDraftReturn(id: $id, remarks: $remarks) { standardVersion { id status reviewRemarks revision } userErrors { code field message } } }`;
export const PUBLISH = `
  mutation($id: ID!, $input: StandardVersionPublishInput!) {
    standardVersionPublish(id: $id, input: $input) {
      standardVersion { id status effectiveFrom effectiveTo changeNote approvingAct { id } publishedAt }
      userErrors { code field message }
    }
  }`;
export const WITHDRAW = `mutation($id: ID!, $reason: String!) { standardVersionWithdraw(id: $id, reason: $reason) { standardVersion { id status effectiveTo withdrawalReason } userErrors { code field message } } }`;
export const DRAFT_CREATE = `mutation($serviceId: ID!) { standardDraftCreate(serviceId: $serviceId) { standardVersion { id number status revision content { term { value unit } } } userErrors { code field message } } }`;

/** A service whose first version is published from `effectiveFrom`, with complete content. */
export async function publishedService(h: Harness, options: { effectiveFrom: string; content?: StandardContent; kind?: string; authorityId?: string }) {
  const authority = options.authorityId ? { id: options.authorityId } : await createAuthority(h);
  const content = options.content ?? (await completeContent(h, authority.id));
  const service = await createService(h, { authorityId: authority.id, kind: options.kind ?? "UNIFIED", ...(content.name?.fullName ? { name: content.name.fullName } : {}) });
  const act = await createLegalAct(h, { type: "MUNICIPAL_ACT", title: "Об утверждении административного регламента" });
  await publishContent(h, service.draft.id, service.draft.revision, content, options.effectiveFrom, act.id);
  return { authority, service, content, act, versionId: service.draft.id };
}

export async function publishContent(h: Harness, draftId: string, revision: number, content: unknown, effectiveFrom: string, actId: string) {
  const updated = await h.gql(UPDATE, { id: draftId, input: content, rev: revision });
  expectNoErrors(updated, "standardDraftUpdate");
  expectNoErrors(await h.gql(SUBMIT, { id: draftId }), "standardDraftSubmit");
  const published = await h.gql(PUBLISH, { id: draftId, input: { effectiveFrom, approvingActId: actId, changeNote: "Первая редакция" } });
  expectNoErrors(published, "standardVersionPublish");
  return published.data.standardVersionPublish.standardVersion;
}

/** The registry's today (its time zone) shifted by whole days, as YYYY-MM-DD. */
export function isoDate(offsetDays: number): string {
  const d = new Date(`${today()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offsetDays);
  return d.toISOString().slice(0, 10);
}

/**
 * A service whose first draft holds complete content (no completeness ERROR), ready
 * to be submitted for review: drafts with ERROR findings are refused at submission.
 */
export async function completeDraft(h: Harness, options: { authorityId?: string; kind?: string; content?: StandardContent } = {}) {
  const authority = options.authorityId ? { id: options.authorityId } : await createAuthority(h);
  const content = options.content ?? (await completeContent(h, authority.id));
  const service = await createService(h, { authorityId: authority.id, kind: options.kind ?? "UNIFIED", ...(content.name?.fullName ? { name: content.name.fullName } : {}) });
  const updated = await h.gql(UPDATE, { id: service.draft.id, input: content, rev: service.draft.revision });
  expectNoErrors(updated, "standardDraftUpdate");
  return { authority, service, content, draftId: service.draft.id, revision: updated.data.standardDraftUpdate.standardVersion.revision as number };
}

/** A draft submitted for review (complete content). */
export async function draftInReview(h: Harness, options: { authorityId?: string; kind?: string; content?: StandardContent } = {}) {
  const draft = await completeDraft(h, options);
  expectNoErrors(await h.gql(SUBMIT, { id: draft.draftId }), "standardDraftSubmit");
  return draft;
}
