import { ContentType } from "./content-type";
import { GroundList } from "./common";
import { NestedField, NestedListField } from "../../shared/validation/fields";
import {
  DocumentsSection,
  FeeSection,
  IndicatorsSection,
  LegalBasesSection,
  OtherRequirementsSection,
  PremisesSection,
  ProviderSection,
  ProvisionTerm,
  QueueTimeSection,
  RegistrationTermsSection,
  ResultsSection,
  ServiceNameSection,
  SuspensionAndRefusalSection,
} from "./part1";
import { ApplicantsSection, AuxiliaryProcedure, ChannelsSection, FormsSection } from "./part2";
import { ProfilingSection, Variant } from "./variants";

/**
 * The standard of provision (ст. 14 Федерального закона № 210-ФЗ) as one document:
 * one section per element. In an update, every section present replaces the stored
 * one; an absent section is kept; null clears it. The variants of Decree 1228 and the
 * profiling that chooses between them sit beside these service-level values (variants.ts).
 */
@ContentType("StandardContent", "Содержание стандарта предоставления услуги: все элементы ст. 14 Федерального закона № 210-ФЗ. The content of a standard: every element of Art. 14.")
export class StandardContent {
  @NestedField(() => ServiceNameSection, "ART14_1_1 — наименование услуги. Service name.")
  name?: ServiceNameSection | null;

  @NestedField(() => ProviderSection, "ART14_1_2 — наименование органа, предоставляющего услугу. Providing body.")
  provider?: ProviderSection | null;

  @NestedField(() => ResultsSection, "ART14_1_3 — результат предоставления услуги. Results.")
  results?: ResultsSection | null;

  @NestedField(() => ProvisionTerm, "ART14_1_4 — срок предоставления услуги. Term of provision.")
  term?: ProvisionTerm | null;

  @NestedField(() => LegalBasesSection, "ART14_1_5 — правовые основания для предоставления услуги. Legal bases.")
  legalBases?: LegalBasesSection | null;

  @NestedField(() => DocumentsSection, "ART14_1_6 — исчерпывающий перечень документов (заявителя и межведомственных). Documents.")
  documents?: DocumentsSection | null;

  @NestedField(() => GroundList, "ART14_1_7 — исчерпывающий перечень оснований для отказа в приёме документов. Grounds to refuse acceptance.")
  acceptanceRefusalGrounds?: GroundList | null;

  @NestedField(() => SuspensionAndRefusalSection, "ART14_1_8 — основания для приостановления и отказа в предоставлении услуги. Suspension and refusal grounds.")
  suspensionAndRefusal?: SuspensionAndRefusalSection | null;

  @NestedField(() => FeeSection, "ART14_1_9 (и ART14_2_3) — размер платы и способы её взимания. Fee.")
  fee?: FeeSection | null;

  @NestedField(() => QueueTimeSection, "ART14_1_10 — максимальный срок ожидания в очереди. Queue waiting time.")
  queueTime?: QueueTimeSection | null;

  @NestedField(() => RegistrationTermsSection, "ART14_1_11 — срок регистрации запроса. Registration term.")
  registrationTerms?: RegistrationTermsSection | null;

  @NestedField(() => PremisesSection, "ART14_1_12 — требования к помещениям и доступности для инвалидов. Premises and accessibility.")
  premises?: PremisesSection | null;

  @NestedField(() => IndicatorsSection, "ART14_1_13 — показатели доступности и качества. Quality indicators.")
  indicators?: IndicatorsSection | null;

  @NestedField(() => OtherRequirementsSection, "ART14_1_14 — иные требования (МФЦ, электронная форма). Other requirements.")
  otherRequirements?: OtherRequirementsSection | null;

  @NestedField(() => ApplicantsSection, "ART14_2_1 — заявители. Applicants.")
  applicants?: ApplicantsSection | null;

  @NestedField(() => ChannelsSection, "ART14_2_2 — способы направления запроса. Submission channels.")
  submissionChannels?: ChannelsSection | null;

  @NestedField(() => ChannelsSection, "ART14_2_4 — порядок получения сведений о ходе рассмотрения запроса. Progress information.")
  progressInformation?: ChannelsSection | null;

  @NestedField(() => AuxiliaryProcedure, "ART14_2_5 — порядок исправления опечаток и ошибок. Typo correction.")
  typoCorrection?: AuxiliaryProcedure | null;

  @NestedField(() => AuxiliaryProcedure, "ART14_2_6 — порядок выдачи дубликата. Duplicates.")
  duplicateIssue?: AuxiliaryProcedure | null;

  @NestedField(() => AuxiliaryProcedure, "ART14_2_7 — порядок оставления запроса без рассмотрения. Leaving a request without consideration.")
  leaveWithoutConsideration?: AuxiliaryProcedure | null;

  @NestedField(() => FormsSection, "ART14_2_8 — формы запроса, результата и заявлений. Forms.")
  forms?: FormsSection | null;

  @NestedField(() => ChannelsSection, "ART14_2_9 — способы направления заявителю результата. Result delivery channels.")
  resultDelivery?: ChannelsSection | null;

  @NestedField(
    () => ProfilingSection,
    "Профилирование заявителя: признаки и их значения, способы и места профилирования (постановление Правительства РФ от 20.07.2021 № 1228). Applicant profiling (Decree 1228).",
  )
  profiling?: ProfilingSection | null;

  @NestedListField(
    () => Variant,
    "Варианты предоставления услуги (постановление Правительства РФ от 20.07.2021 № 1228); без вариантов стандарт — один неявный вариант со значениями услуги. Variants of provision; none means one implicit variant.",
    100,
  )
  variants?: Variant[] | null;
}

export const SECTION_NAMES = [
  "name",
  "provider",
  "results",
  "term",
  "legalBases",
  "documents",
  "acceptanceRefusalGrounds",
  "suspensionAndRefusal",
  "fee",
  "queueTime",
  "registrationTerms",
  "premises",
  "indicators",
  "otherRequirements",
  "applicants",
  "submissionChannels",
  "progressInformation",
  "typoCorrection",
  "duplicateIssue",
  "leaveWithoutConsideration",
  "forms",
  "resultDelivery",
  "profiling",
  "variants",
] as const satisfies readonly (keyof StandardContent)[];
export type SectionName = (typeof SECTION_NAMES)[number];
