import type { Harness } from "./harness";
import { unique } from "./harness";

/** Records created through the API, each owned by the test that made it. */
export async function createAuthority(h: Harness, input: Record<string, unknown> = {}) {
  const res = await h.gql(
    `mutation($input: AuthorityInput!) { authorityCreate(input: $input) { authority { id name level oktmo } userErrors { code field message } } }`,
    { input: { name: `Администрация ${unique()}`, level: "MUNICIPAL", oktmo: "45000000", ...input } },
  );
  expectNoErrors(res, "authorityCreate");
  return res.data!.authorityCreate.authority as { id: string; name: string; level: string; oktmo: string | null };
}

export async function createLegalAct(h: Harness, input: Record<string, unknown> = {}) {
  const res = await h.gql(
    `mutation($input: LegalActInput!) { legalActCreate(input: $input) { legalAct { id type number date title federal } userErrors { code field message } } }`,
    {
      input: {
        type: "FEDERAL_LAW",
        issuer: "Государственная Дума",
        number: `${unique()}-ФЗ`,
        date: "2010-07-27",
        title: `Об организации предоставления услуг ${unique()}`,
        ...input,
      },
    },
  );
  expectNoErrors(res, "legalActCreate");
  return res.data!.legalActCreate.legalAct as { id: string; number: string; title: string };
}

export async function createService(h: Harness, input: Record<string, unknown> = {}) {
  const authorityId = input.authorityId ?? (await createAuthority(h)).id;
  const res = await h.gql(
    `mutation($input: ServiceCreateInput!) {
       serviceCreate(input: $input) { service { id registryNumber name kind draft { id revision status } } userErrors { code field message } }
     }`,
    { input: { registryNumber: unique("T"), name: `Услуга ${unique()}`, ...input, authorityId } },
  );
  expectNoErrors(res, "serviceCreate");
  return res.data!.serviceCreate.service as {
    id: string;
    registryNumber: string;
    name: string;
    kind: string;
    draft: { id: string; revision: number; status: string };
  };
}

export function expectNoErrors(res: { data?: any; errors?: unknown[] }, field: string) {
  if (res.errors?.length) throw new Error(`${field}: ${JSON.stringify(res.errors)}`);
  const errors = res.data?.[field]?.userErrors;
  if (errors?.length) throw new Error(`${field}: ${JSON.stringify(errors)}`);
}
