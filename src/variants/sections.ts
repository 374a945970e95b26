import { StandardElement } from "../completeness/elements";

/**
 * The sections of the content added by Decree 1228, beside the 23 elements of Art. 14: the
 * element their changes are filed under (profiling describes the applicants, ART14_2_1; a
 * variant is what a result is obtained by, ART14_1_3) and their Russian title.
 */
export const DECREE_SECTIONS: Record<"profiling" | "variants", { element: StandardElement; title: string }> = {
  profiling: { element: StandardElement.ART14_2_1, title: "Профилирование заявителя" },
  variants: { element: StandardElement.ART14_1_3, title: "Варианты предоставления услуги" },
};
