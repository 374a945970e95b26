/**
 * OKTMO codes (ОК 033-2013) as territories. A code reads left to right: 2 digits — the
 * subject of the Federation (56 Пензенская область), the 3rd — the kind of municipal
 * area or an autonomous okrug inside an oblast (719 Ямало-Ненецкий АО), up to the 5th —
 * the municipal district or urban okrug (56701 город Пенза), up to the 8th — the
 * settlement, up to the 11th — the populated place (56701000001 г Пенза). Zeros at the
 * end of a level mean "the whole of the level above": 56000000 is the whole subject.
 */
const LEVELS = [2, 3, 5, 8, 11];

/** The significant prefix of a code: its trailing all-zero levels dropped (56000000 → 56, 56701000 → 56701). */
export function oktmoPrefix(code: string): string {
  let prefix = code;
  for (;;) {
    const i = LEVELS.indexOf(prefix.length);
    if (i <= 0 || !/^0+$/.test(prefix.slice(LEVELS[i - 1]))) return prefix;
    prefix = prefix.slice(0, LEVELS[i - 1]);
  }
}

/**
 * What a territory filter matches: codes inside the territory (they begin with its
 * prefix) and the codes of the territories that contain it — its settlement, district
 * or okrug, autonomous okrug and subject — as an authority may store them (8 or 11 digits).
 */
export function oktmoTerritory(code: string): { inside: string; containing: string[] } {
  const inside = oktmoPrefix(code);
  const containing = new Set<string>();
  for (const level of LEVELS) {
    if (level >= inside.length) break;
    const head = inside.slice(0, level);
    containing.add(head.padEnd(8, "0"));
    containing.add(head.padEnd(11, "0"));
  }
  return { inside, containing: [...containing].filter((c) => !c.startsWith(inside)) };
}
