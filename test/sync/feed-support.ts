import type { Harness } from "../support/harness";
import { createLegalAct, expectNoErrors } from "../support/factories";
import { DRAFT_CREATE, PUBLISH, SUBMIT, UPDATE, WITHDRAW } from "../support/standards";
import type { StandardContent } from "../../src/standards/content/standard-content";

export const CHANGES = `
  query($after: String, $first: Int, $filter: ChangeFilter) {
    changes(after: $after, first: $first, filter: $filter) {
      events { id cursor kind occurredAt serviceId registryNumber serviceName previousServiceName authorityId oktmo previousAuthorityId previousOktmo
               versionId versionNumber effectiveFrom effectiveTo contentHash inForceVersionId withdrawalReason reinstatedVersionId }
      endCursor hasMore
    }
  }`;

/** Publishes the next version of a service with `content` (optionally renamed) from `effectiveFrom`; returns its id. */
export async function publishNext(h: Harness, serviceId: string, content: StandardContent, effectiveFrom: string, actId?: string): Promise<string> {
  const draft = await h.gql(DRAFT_CREATE, { serviceId });
  expectNoErrors(draft, "standardDraftCreate");
  const id = draft.data.standardDraftCreate.standardVersion.id;
  expectNoErrors(await h.gql(UPDATE, { id, input: content, rev: 1 }), "standardDraftUpdate");
  expectNoErrors(await h.gql(SUBMIT, { id }), "standardDraftSubmit");
  const act = actId ?? (await createLegalAct(h, { type: "MUNICIPAL_ACT" })).id;
  const published = await h.gql(PUBLISH, { id, input: { effectiveFrom, approvingActId: act, changeNote: "Изменения" } });
  expectNoErrors(published, "standardVersionPublish");
  return id;
}

export async function withdraw(h: Harness, versionId: string, reason = "Регламент признан утратившим силу") {
  const res = await h.gql(WITHDRAW, { id: versionId, reason });
  expectNoErrors(res, "standardVersionWithdraw");
}

/** Reads the whole feed after `cursor` (page by page), as a portal would. */
export async function readAll(h: Harness, cursor: string | null, filter?: Record<string, unknown>, first = 50) {
  const events: any[] = [];
  for (;;) {
    const res = await h.gql(CHANGES, { after: cursor, first, filter });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    const page = res.data.changes;
    events.push(...page.events);
    cursor = page.endCursor;
    if (!page.hasMore) return { events, cursor: cursor! };
  }
}
