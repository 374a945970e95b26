import type { ComparedRow } from "./compare";
import type { StandardVersion } from "../standards/standard-version.entity";
import type { StandardComparison } from "./history.types";

/** The comparison as the schema shows it: one cell (value, outlier) per version. */
export function toComparison(result: { versions: StandardVersion[]; rows: ComparedRow[] }): StandardComparison {
  return {
    versions: result.versions,
    rows: result.rows.map((r) => ({ element: r.element, path: r.path, label: r.label, cells: r.values.map((value, i) => ({ value, outlier: r.outliers[i] })) })),
  };
}
