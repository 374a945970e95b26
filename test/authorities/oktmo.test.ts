import { oktmoPrefix, oktmoTerritory } from "../../src/authorities/oktmo";

describe("OKTMO territories", () => {
  it("drop the trailing all-zero levels of a code", () => {
    expect(oktmoPrefix("56000000")).toBe("56");
    expect(oktmoPrefix("56000000000")).toBe("56");
    expect(oktmoPrefix("56701000")).toBe("56701");
    expect(oktmoPrefix("56701000001")).toBe("56701000001");
    expect(oktmoPrefix("71900000")).toBe("719"); // Ямало-Ненецкий автономный округ inside Тюменская область
    expect(oktmoPrefix("5670")).toBe("5670"); // a bare beginning stays as typed
  });

  it("list the codes of the territories that contain a place: its district or okrug, autonomous okrug and subject", () => {
    const salekhard = oktmoTerritory("71951000001");
    expect(salekhard.inside).toBe("71951000001");
    expect(salekhard.containing).toEqual(expect.arrayContaining(["71000000", "71900000", "71951000", "71951000000"]));
    expect(salekhard.containing.every((c) => /^(\d{8}|\d{11})$/.test(c))).toBe(true);
    expect(oktmoTerritory("56").containing).toEqual([]);
    expect(oktmoTerritory("56000000")).toEqual({ inside: "56", containing: [] });
  });
});
