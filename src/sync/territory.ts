import { oktmoTerritory } from "../authorities/oktmo";
import { GovernmentLevel } from "../shared/enums";

/**
 * The catalogue's territory rule (issue 9: both ways) for the feed, the exports and the
 * webhooks, so that a portal filtering by a place sees in all of them what the catalogue
 * shows for it: bodies inside the territory, bodies whose territory contains it
 * (settlement, district, autonomous okrug, subject), and federal bodies without a code.
 */
export function servesTerritory(oktmo: string | null, level: string | null, territory: string): boolean {
  if (oktmo === null) return level === GovernmentLevel.FEDERAL;
  const { inside, containing } = oktmoTerritory(territory);
  return oktmo.startsWith(inside) || containing.includes(oktmo);
}

/**
 * The same rule in plain SQL over a column with a body's OKTMO and a column with its id
 * (for the level of a body without a code); the parameters are appended to `params`.
 */
export function territorySql(oktmoColumn: string, authorityIdColumn: string, territory: string, params: unknown[]): string {
  const { inside, containing } = oktmoTerritory(territory);
  params.push(`${inside}%`, containing, GovernmentLevel.FEDERAL);
  const [p, c, f] = [params.length - 2, params.length - 1, params.length].map((i) => `$${i}`);
  return `(${oktmoColumn} LIKE ${p} OR ${oktmoColumn} = ANY(${c}::text[])
    OR (${oktmoColumn} IS NULL AND EXISTS (SELECT 1 FROM authority fa WHERE fa.id = ${authorityIdColumn} AND fa.oktmo IS NULL AND fa.level = ${f}::government_level)))`;
}
