import type { DataSource } from "typeorm";
import type { ApolloServer } from "@apollo/server";
import { createContext, type Context } from "../context";
import { toGlobalId } from "../shared/relay/global-id";
import { Viewer } from "../auth/viewer";
import { seedAuthorities, seedLegalActs, seedServices } from "../../seeds";
import type { SeedService } from "../../seeds/types";
import { SECTION_NAMES } from "../standards/content/standard-content";

/**
 * Loads seeds/ through the GraphQL API (the same validation as any client), so a
 * seed that the API would reject cannot be loaded. Idempotent: authorities are
 * matched by name, legal acts by their requisites, services by registry number.
 */
export async function loadSeeds(ds: DataSource, apollo: ApolloServer<Context>): Promise<number> {
  // one loader at a time (replicas starting together, parallel test files): a session lock on its own connection
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    await runner.query("SELECT pg_advisory_lock(hashtext('service-standard-registry:seeds'))");
    return await loadAll(ds, apollo);
  } finally {
    await runner.query("SELECT pg_advisory_unlock(hashtext('service-standard-registry:seeds'))").catch(() => undefined);
    await runner.release();
  }
}

async function loadAll(ds: DataSource, apollo: ApolloServer<Context>): Promise<number> {
  const gql = graphqlClient(ds, apollo);
  const authorityIds = new Map<string, string>();
  for (const a of seedAuthorities) {
    const found: { id: string; oktmo: string | null }[] = await ds.query("SELECT id, oktmo FROM authority WHERE name = $1 AND level = $2 LIMIT 1", [a.name, a.level]);
    if (found.length) {
      authorityIds.set(a.key, toGlobalId("Authority", found[0].id));
      if (a.oktmo && !found[0].oktmo) {
        // loaded by an earlier version of the seeds, without its code
        const data = await gql(
          `mutation($id: ID!, $input: AuthorityUpdateInput!) { authorityUpdate(id: $id, input: $input) { authority { id } userErrors { code field message } } }`,
          { id: authorityIds.get(a.key), input: { oktmo: a.oktmo } },
        );
        payload(data, "authorityUpdate", `authority ${a.key}`);
      }
      continue;
    }
    const parentId = a.parentKey ? authorityIds.get(a.parentKey) : undefined;
    const data = await gql(
      `mutation($input: AuthorityInput!) { authorityCreate(input: $input) { authority { id } userErrors { code field message } } }`,
      { input: { name: a.name, shortName: a.shortName, level: a.level, oktmo: a.oktmo, parentId } },
    );
    authorityIds.set(a.key, payload(data, "authorityCreate", `authority ${a.key}`).authority.id);
  }

  const actIds = new Map<string, string>();
  for (const act of seedLegalActs) {
    const found: { id: string }[] = await ds.query(
      "SELECT id FROM legal_act WHERE type = $1 AND issuer = $2 AND number = $3 AND date = $4 LIMIT 1",
      [act.type, act.issuer, act.number, act.date],
    );
    if (found.length) {
      actIds.set(act.key, toGlobalId("LegalAct", found[0].id));
      continue;
    }
    const { key: _key, ...input } = act;
    const data = await gql(
      `mutation($input: LegalActInput!) { legalActCreate(input: $input) { legalAct { id } userErrors { code field message } } }`,
      { input },
    );
    actIds.set(act.key, payload(data, "legalActCreate", `legal act ${act.key}`).legalAct.id);
  }

  let loaded = 0;
  for (const service of seedServices) {
    const exists = await ds.query("SELECT 1 FROM service WHERE registry_number = $1", [service.registryNumber]);
    if (exists.length) continue;
    await loadService(gql, service, resolver(actIds, authorityIds));
    loaded += 1;
  }
  return loaded;
}

export async function loadSeedsIfEmpty(ds: DataSource, apollo: ApolloServer<Context>): Promise<number> {
  const [{ count }] = await ds.query("SELECT count(*)::int AS count FROM service");
  return count === 0 ? loadSeeds(ds, apollo) : 0;
}

type Gql = (query: string, variables: Record<string, unknown>) => Promise<Record<string, any>>;

async function loadService(gql: Gql, service: SeedService, resolve: (value: unknown) => unknown): Promise<void> {
  const created = await gql(
    `mutation($input: ServiceCreateInput!) {
       serviceCreate(input: $input) { service { id draft { id revision } } userErrors { code field message } }
     }`,
    {
      input: {
        registryNumber: service.registryNumber,
        name: service.name,
        authorityId: resolve(`authority:${service.authorityKey}`),
        level: service.level,
        kind: service.kind,
      },
    },
  );
  const serviceId = payload(created, "serviceCreate", `service ${service.registryNumber}`).service.id;
  let draft = created.serviceCreate.service.draft as { id: string; revision: number };
  for (const [index, version] of service.versions.entries()) {
    const what = `version ${index + 1} of ${service.registryNumber}`;
    if (index > 0) {
      const opened = await gql(
        `mutation($id: ID!) { standardDraftCreate(serviceId: $id) { standardVersion { id revision } userErrors { code field message } } }`,
        { id: serviceId },
      );
      draft = payload(opened, "standardDraftCreate", what).standardVersion;
    }
    // every section is given: absent ones are cleared, so the version is exactly the seed
    const input = Object.fromEntries(SECTION_NAMES.map((s) => [s, resolve(version.content[s] ?? null)]));
    const updated = await gql(
      `mutation($id: ID!, $input: StandardContentInput!, $rev: Int!) {
         standardDraftUpdate(id: $id, input: $input, expectedRevision: $rev) { standardVersion { id } userErrors { code field message } }
       }`,
      { id: draft.id, input, rev: draft.revision },
    );
    payload(updated, "standardDraftUpdate", what);
    if (!version.effectiveFrom || !version.approvingActKey) break;
    const submitted = await gql(`mutation($id: ID!) { standardDraftSubmit(id: $id) { standardVersion { id } userErrors { code field message } } }`, { id: draft.id });
    payload(submitted, "standardDraftSubmit", what);
    const published = await gql(
      `mutation($id: ID!, $input: StandardVersionPublishInput!) { standardVersionPublish(id: $id, input: $input) { standardVersion { id } userErrors { code field message } } }`,
      {
        id: draft.id,
        input: { effectiveFrom: version.effectiveFrom, changeNote: version.changeNote, approvingActId: resolve(`act:${version.approvingActKey}`) },
      },
    );
    payload(published, "standardVersionPublish", what);
  }
}

/** Replaces `act:<key>` and `authority:<key>` markers with the global ids of the loaded records. */
function resolver(actIds: Map<string, string>, authorityIds: Map<string, string>) {
  const resolve = (value: unknown): unknown => {
    if (typeof value === "string") {
      const m = /^(act|authority):(.+)$/.exec(value);
      if (!m) return value;
      const id = (m[1] === "act" ? actIds : authorityIds).get(m[2]);
      if (!id) throw new Error(`seed refers to unknown ${m[1]} "${m[2]}"`);
      return id;
    }
    if (Array.isArray(value)) return value.map(resolve);
    if (value !== null && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v)]));
    }
    return value;
  };
  return resolve;
}

function graphqlClient(ds: DataSource, apollo: ApolloServer<Context>): Gql {
  return async (query, variables) => {
    const response = await apollo.executeOperation({ query, variables }, { contextValue: createContext(ds, Viewer.system("seed")) });
    if (response.body.kind !== "single") throw new Error("unexpected incremental response");
    const { data, errors } = response.body.singleResult;
    if (errors?.length) throw new Error(`seed operation failed: ${JSON.stringify(errors)}`);
    return data as Record<string, any>;
  };
}

function payload(data: Record<string, any>, field: string, what: string) {
  const result = data[field];
  if (result.userErrors.length > 0) throw new Error(`seed ${what} rejected: ${JSON.stringify(result.userErrors)}`);
  return result;
}
