/**
 * Catch-all wordings (D-10): an item of an exhaustive list that does not name a document or a
 * ground but opens the list to anything else. Built from the wording of real regulations (the
 * stored pages cited in test/completeness/catch-all.test.ts), in two halves:
 *
 * Open (a catch-all):
 *  - a generic head — «иные / другие / прочие документы (сведения, основания, случаи,
 *    материалы)»: «иные документы, предусмотренные законодательством Российской Федерации»,
 *    «прочие документы», «другие документы, необходимые для рассмотрения заявления»,
 *    «иные основания, установленные федеральными законами»;
 *  - plain «документы (сведения, основания), предусмотренные (установленные)
 *    законодательством / нормативными правовыми актами» — a class named only by the law
 *    that provides it;
 *  - «в (иных) случаях, предусмотренных законодательством (федеральными законами)»;
 *  - an open ending: «… и другие», «и прочие», «и иные», «и т. п.», «и т. д.», «и др.», «и пр.»;
 *  - a demand at discretion: «по требованию (усмотрению) органа».
 *
 * Closed (the standard legal wording of one kind of document, not a catch-all):
 *  - «паспорт или иной документ, удостоверяющий личность», «иной документ, подтверждающий
 *    полномочия представителя», «иные документы, подтверждающие право …»: a generic head
 *    defined by what the document proves (удостоверяющий, подтверждающий, устанавливающий,
 *    содержащий …) names a class, not "anything";
 *  - a specific document or ground that merely refers to the law for its form or procedure:
 *    «исправления, не заверенные в порядке, установленном законодательством Российской
 *    Федерации», «установленный законодательством Российской Федерации запрет …»,
 *    «документ, подтверждающий полномочия представителя в соответствии с законодательством
 *    Российской Федерации».
 */

const WORD_END = "(?![а-яё])";
const GENERIC_ADJ = "(?:ин|друг|проч)(?:ые|ых|ое|ие|ие|их|ими|ой|ая|ого|ий|ому|ым|ую)";
const GENERIC_NOUN = "(?:документ|сведени|основани|случа|материал|бумаг|информаци)";
/** A participle that defines the class of a document by what it proves or holds. */
const DEFINING = "(?:удостоверяющ|подтверждающ|устанавливающ|удостоверяющ|содержащ|свидетельствующ|дающ|выдаваем|выданн)";
const LAW = "(?:законодательств|федеральн\\S*\\s+закон|закон\\S*\\s+(?:российской|субъекта)|нормативн\\S*\\s+правов|правов\\S*\\s+акт)";

/** «иные документы», «других сведений», «прочие основания» — not followed by a defining participle. */
const GENERIC_HEAD = new RegExp(
  `(?<![а-яё])${GENERIC_ADJ}\\s+${GENERIC_NOUN}[а-яё]*(?![а-яё])(?!\\s*,?\\s*(?:\\([^)]*\\)\\s*,?\\s*)?${DEFINING})`,
  "iu",
);

/** «документы, предусмотренные законодательством Российской Федерации» as the whole (or the start of) an item. */
const CLASS_BY_LAW = new RegExp(
  `(?:^|[;:]\\s*|(?:а\\s+также|и)\\s+)(?:документы|сведения|основания|материалы)\\s*,?\\s*(?:предусмотренн|установленн|определённ|определенн|требуем|необходим)\\S*\\s+(?:\\S+\\s+){0,3}?${LAW}`,
  "iu",
);

/** «в иных случаях, предусмотренных законодательством», «в случаях, установленных федеральными законами». */
const CASES_BY_LAW = new RegExp(
  `(?<![а-яё])в\\s+(?:(?:ин|друг)(?:ых|ом)\\s+)?случа(?:ях|е)\\s*,?\\s*(?:предусмотренн|установленн)\\S*\\s+(?:\\S+\\s+){0,2}?${LAW}`,
  "iu",
);

/** «…, СНИЛС и другие», «и т. п.», «и т.д.», «и др.», «и пр.» at the end of an item (or before a generic noun). */
const OPEN_ENDING = new RegExp(
  `(?<![а-яё])и\\s+(?:(?:другие|другое|других|прочие|прочее|прочих|иные|иное|иных)${WORD_END}(?=\\s*(?:${GENERIC_NOUN}[а-яё]*)?\\s*[.;,)]*\\s*$)|т\\.\\s*[пд]\\.|(?:др|пр)\\.\\s*$|так\\s+далее|тому\\s+подобное)`,
  "iu",
);

/** «по требованию органа», «по усмотрению должностного лица». */
const AT_DISCRETION = /(?<![а-яё])по\s+(?:требованию|усмотрению)(?![а-яё])(?!\s+заявител)/iu;

const OPEN = [GENERIC_HEAD, CLASS_BY_LAW, CASES_BY_LAW, OPEN_ENDING, AT_DISCRETION];

export function isCatchAll(text: string | null | undefined): boolean {
  if (typeof text !== "string") return false;
  const normal = text.replace(/\s+/g, " ").replace(/ё/giu, (c) => (c === "Ё" ? "Е" : "е"));
  return OPEN.some((re) => re.test(normal));
}
