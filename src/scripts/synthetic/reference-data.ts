import { GovernmentLevel } from "../../shared/enums";
import { LegalActType, isFederalActType, isTaxCode } from "../../legal-acts/legal-act.entity";
import { Rng } from "./prng";
import { FEDERAL_ACTS } from "./federal-acts";
import {
  CITY_DISTRICTS,
  DISTRICT_ADJ_GEN,
  FEDERAL_BODIES,
  REGIONAL_BODIES,
  REGIONS,
  SETTLEMENT_ADJ_GEN,
  type Domain,
  type FederalBody,
  type Region,
} from "./territories";

/**
 * The reference data of a synthetic registry: a hierarchy of authorities (federal bodies
 * with their territorial bodies, regional governments with their ministries, municipal
 * districts and city okrugs with settlements under them, all with OKTMO codes) and a few
 * hundred legal acts (federal laws and decrees, acts of federal bodies, regional laws and
 * acts, municipal acts) that approve the regulations. Everything is drawn from stream 0
 * of the seed, so it is the same on every run.
 */
export interface AuthorityRow {
  id: string;
  name: string;
  shortName: string | null;
  level: GovernmentLevel;
  oktmo: string | null;
  parentId: string | null;
  fourEyes: boolean;
  createdAt: string;
}

export interface ActRow {
  id: string;
  type: LegalActType;
  issuer: string;
  number: string;
  date: string;
  title: string;
  url: string | null;
}

export interface Body {
  row: AuthorityRow;
  domains: Domain[];
  /** "на территории ..." phrase for municipal service names. */
  territory?: string;
  /** The acts approving its regulations, oldest first. */
  acts: ActRow[];
}

export interface RegionData {
  region: Region;
  government: AuthorityRow;
  bodies: Body[];
  /** Territorial bodies of federal bodies in the region, by federal body short name. */
  territorial: Map<string, Body>;
  capital: Body;
  districts: Body[];
  settlements: Body[];
  mfcName: string;
}

export interface FederalData {
  body: FederalBody;
  central: Body;
}

export interface ReferenceData {
  authorities: AuthorityRow[];
  acts: ActRow[];
  federalActs: Map<string, ActRow>;
  federal: FederalData[];
  regions: RegionData[];
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

export function randomDate(rng: Rng, from: string, to: string): string {
  const a = Date.parse(from);
  const b = Date.parse(to);
  return iso(new Date(a + Math.floor(rng.next() * ((b - a) / 86_400_000 + 1)) * 86_400_000));
}

function actUrl(rng: Rng, regionCode: string, date: string): string | null {
  if (rng.chance(0.25)) return null;
  const code = regionCode.padStart(4, "0") + date.replace(/-/g, "") + String(rng.int(1, 9999)).padStart(4, "0");
  return `http://publication.pravo.gov.ru/document/${code}`;
}

export function buildReferenceData(seed: number): ReferenceData {
  const rng = new Rng(seed, 0);
  const authorities: AuthorityRow[] = [];
  const acts: ActRow[] = [];
  const authority = (name: string, shortName: string | null, level: GovernmentLevel, oktmo: string | null, parentId: string | null): AuthorityRow => {
    const row: AuthorityRow = {
      id: rng.uuid(),
      name,
      shortName,
      level,
      oktmo,
      parentId,
      fourEyes: rng.chance(0.85),
      createdAt: `${randomDate(rng, "2015-01-12", "2016-06-30")}T0${rng.int(6, 9)}:${String(rng.int(10, 59))}:00.000Z`,
    };
    authorities.push(row);
    return row;
  };
  const act = (type: LegalActType, issuer: string, number: string, date: string, title: string, regionCode: string): ActRow => {
    const row: ActRow = { id: rng.uuid(), type, issuer, number, date, title, url: actUrl(rng, regionCode, date) };
    acts.push(row);
    return row;
  };

  const federalActs = new Map<string, ActRow>();
  for (const spec of FEDERAL_ACTS) {
    federalActs.set(spec.key, act(spec.type, spec.issuer, spec.number, spec.date, spec.title, "1"));
  }

  const federal: FederalData[] = FEDERAL_BODIES.map((body) => {
    const row = authority(body.name, body.shortName, GovernmentLevel.FEDERAL, null, null);
    const actsOfBody = [
      act(LegalActType.FEDERAL_BODY_ACT, body.name, String(rng.int(100, 999)), randomDate(rng, "2013-01-15", "2015-06-30"),
        `Об утверждении административных регламентов ${body.shortName} по предоставлению государственных услуг`, "1"),
      act(LegalActType.FEDERAL_BODY_ACT, body.name, String(rng.int(100, 999)), randomDate(rng, "2019-02-01", "2021-06-30"),
        `О внесении изменений в административные регламенты ${body.shortName} по предоставлению государственных услуг`, "1"),
      act(LegalActType.FEDERAL_BODY_ACT, body.name, String(rng.int(100, 999)), randomDate(rng, "2023-01-15", "2025-03-31"),
        `Об утверждении административных регламентов ${body.shortName} по предоставлению государственных услуг в новой редакции`, "1"),
    ];
    return { body, central: { row, domains: body.domains, acts: actsOfBody } };
  });

  const regions: RegionData[] = REGIONS.map((region) => {
    const base8 = region.prefix.padEnd(8, "0");
    const government = authority(`Правительство ${region.gen}`, null, GovernmentLevel.REGIONAL, base8, null);
    const regionCode = region.prefix.slice(0, 2);
    const lawNumber = () => (region.lawSuffix ? `${rng.int(10, 180)}-${region.lawSuffix}` : String(rng.int(100, 900)));
    act(LegalActType.REGIONAL_LAW, `Законодательное собрание ${region.gen}`, lawNumber(), randomDate(rng, "2004-11-01", "2012-12-28"),
      `О мерах социальной поддержки отдельных категорий граждан, проживающих на территории ${region.gen}`, regionCode);
    const regionalActs = [
      act(LegalActType.REGIONAL_ACT, `Правительство ${region.gen}`, `${rng.int(100, 999)}-п`, randomDate(rng, "2014-02-01", "2015-11-30"),
        `Об утверждении административных регламентов предоставления государственных услуг исполнительными органами ${region.gen}`, regionCode),
      act(LegalActType.REGIONAL_ACT, `Правительство ${region.gen}`, `${rng.int(100, 999)}-п`, randomDate(rng, "2020-03-01", "2023-06-30"),
        `О внесении изменений в административные регламенты предоставления государственных услуг исполнительными органами ${region.gen}`, regionCode),
    ];

    const bodies: Body[] = rng.sample(REGIONAL_BODIES, rng.int(6, 10)).map((t) => ({
      row: authority(t.name.replace("{gen}", region.gen), t.short ? t.short.replace("{gen}", region.gen) : null, GovernmentLevel.REGIONAL, base8, government.id),
      domains: t.domains,
      acts: regionalActs,
    }));

    const territorial = new Map<string, Body>();
    for (const fed of federal) {
      if (!fed.body.territorial) continue;
      const [name, short] = fed.body.territorial;
      const row = authority(name.replace("{dat}", region.dat), short.replace("{dat}", region.dat), GovernmentLevel.FEDERAL, base8, fed.central.row.id);
      territorial.set(fed.body.shortName, { row, domains: fed.body.domains, acts: fed.central.acts });
    }

    // The administrative centre: a city okrug (code 7xx), with its own regulations.
    const capitalName = region.city ? `Правительство ${region.gen}` : `Администрация городского округа город ${region.capital}`;
    const capitalOktmo = region.city ? base8 : region.prefix.length === 3 ? `${region.prefix}71000` : `${region.prefix}701000`;
    const capitalRow = region.city
      ? government
      : authority(capitalName, `Администрация г. ${region.capital}`, GovernmentLevel.MUNICIPAL, capitalOktmo, government.id);
    const capitalActs = [
      act(LegalActType.MUNICIPAL_ACT, capitalName, String(rng.int(100, 3999)), randomDate(rng, "2014-03-01", "2015-12-25"),
        "Об утверждении административных регламентов предоставления муниципальных услуг", regionCode),
      act(LegalActType.MUNICIPAL_ACT, capitalName, String(rng.int(100, 3999)), randomDate(rng, "2021-02-01", "2024-06-30"),
        "О внесении изменений в административные регламенты предоставления муниципальных услуг", regionCode),
    ];
    const capital: Body = { row: capitalRow, domains: [], territory: region.city ? `города ${region.capital}` : `городского округа город ${region.capital}`, acts: capitalActs };

    const districts: Body[] = [];
    const settlements: Body[] = [];
    if (region.city) {
      for (const [i, d] of rng.sample(CITY_DISTRICTS, rng.int(6, 10)).entries()) {
        const oktmo = `${region.prefix}3${String(10 + i * 3).padStart(2, "0")}000`.slice(0, 8);
        const row = authority(`Местная администрация внутригородского муниципального образования ${d} муниципальный округ`, `МА МО ${d}`, GovernmentLevel.MUNICIPAL, oktmo, government.id);
        districts.push({ row, domains: [], territory: `внутригородского муниципального образования ${d}`, acts: capitalActs });
      }
    } else {
      const districtCount = rng.int(6, 12);
      const names = rng.sample(DISTRICT_ADJ_GEN, districtCount);
      for (const [i, adj] of names.entries()) {
        // municipal districts are 6xx; prefixes of 3 digits (autonomous okrugs) leave 2 digits
        const code = String(604 + i * 3);
        const oktmo = (region.prefix.length === 3 ? `${region.prefix}${code.slice(1)}` : `${region.prefix}${code}`).padEnd(8, "0");
        const row = authority(`Администрация ${adj} муниципального района ${region.gen}`, `Администрация ${adj} района`, GovernmentLevel.MUNICIPAL, oktmo, government.id);
        const district: Body = { row, domains: [], territory: `${adj} муниципального района`, acts: regionalActs };
        districts.push(district);
        for (const [j, sAdj] of rng.sample(SETTLEMENT_ADJ_GEN, rng.int(2, 4)).entries()) {
          const settlementOktmo = `${oktmo.slice(0, 5)}4${String(10 + j * 3).padStart(2, "0")}101`;
          const sRow = authority(`Администрация ${sAdj} сельского поселения ${adj} муниципального района`, `Администрация ${sAdj} сельсовета`, GovernmentLevel.MUNICIPAL, settlementOktmo, row.id);
          settlements.push({ row: sRow, domains: [], territory: `${sAdj} сельского поселения`, acts: regionalActs });
        }
      }
    }
    const mfcName = `Государственное автономное учреждение «Многофункциональный центр предоставления государственных и муниципальных услуг ${region.gen}»`;
    return { region, government, bodies, territorial, capital, districts, settlements, mfcName };
  });

  return { authorities, acts, federalActs, federal, regions };
}

/** Facts the completeness rules need about each cited act, by global id. */
export function actFacts(acts: readonly ActRow[], gid: (id: string) => string): Map<string, { type: LegalActType; federal: boolean; taxCode: boolean }> {
  return new Map(acts.map((a) => [gid(a.id), { type: a.type, federal: isFederalActType(a.type), taxCode: isTaxCode(a) }]));
}
