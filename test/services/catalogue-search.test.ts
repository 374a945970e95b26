import { buildTsQuery, searchWords } from "../../src/services/catalogue-search";

describe("the portal search query", () => {
  it("requires every word, matches the last one as a prefix and expands synonyms", () => {
    const synonyms = new Map([["загс", ["запись актов гражданского состояния", "брак"]]]);
    expect(buildTsQuery(searchWords("ЗАГС Екатеринбург"), synonyms)).toBe("('загс' | ('запись' & 'актов' & 'гражданского' & 'состояния') | 'брак') & 'екатеринбург':*");
    expect(buildTsQuery(searchWords("разрешение на строит"), new Map())).toBe("'разрешение' & 'на' & 'строит':*");
    // a one- or two-letter last word is matched whole
    expect(buildTsQuery(searchWords("справка о"), new Map())).toBe("'справка' & 'о'");
  });

  it("widens step by step: the words as typed, the last as a prefix, every word as a prefix and long ones shortened (отдых, участок)", () => {
    expect(buildTsQuery(searchWords("земельный участок"), new Map(), "exact")).toBe("'земельный' & 'участок'");
    expect(buildTsQuery(searchWords("земельный участок"), new Map(), "typing")).toBe("'земельный' & 'участок':*");
    expect(buildTsQuery(searchWords("земельный участок"), new Map(), "broad")).toBe("('земельный':* | 'земельн':*) & ('участок':* | 'участ':*)");
    expect(buildTsQuery(searchWords("отдых детей"), new Map(), "broad")).toBe("'отдых':* & 'детей':*");
  });

  it("excludes words written with a minus, and finds nothing to look for in punctuation", () => {
    expect(buildTsQuery(searchWords("справка -платная"), new Map())).toBe("'справка':* & !'платная'");
    expect(buildTsQuery(searchWords("!!! ???"), new Map())).toBeNull();
    expect(buildTsQuery(searchWords("-всё"), new Map())).toBeNull();
  });

  it("splits on anything but letters and digits and quotes what it keeps", () => {
    expect(searchWords("«Выдача» ГПЗУ/ИЖС, 2024 г.").map((w) => w.word)).toEqual(["выдача", "гпзу", "ижс", "2024", "г"]);
    expect(buildTsQuery(searchWords("o'brien"), new Map())).toBe("'o' & 'brien':*");
  });
});
