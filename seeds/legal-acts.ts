import type { SeedLegalAct } from "./types";
import { LegalActType } from "../src/legal-acts/legal-act.entity";

/**
 * Legal acts cited by the seeded standards: type, issuer, number, date and official title.
 * Federal laws and codes are given with the Federal Assembly as issuer. Where a `url` is
 * given, it is the page the act (or its text) was read on; acts without a url were cited
 * in the texts read (e.g. "в ред. Федерального закона от 21.07.2014 N 221-ФЗ") and are
 * recorded with their well-known official titles.
 */
const FA = "Федеральное Собрание Российской Федерации";

export const legalActs: SeedLegalAct[] = [
  /* ---- federal laws and codes ---- */
  {
    key: "fz-210",
    type: LegalActType.FEDERAL_LAW,
    issuer: FA,
    number: "210-ФЗ",
    date: "2010-07-27",
    title: "Об организации предоставления государственных и муниципальных услуг",
    url: "https://fzakon.ru/laws/federalnyy-zakon-ot-27.07.2010-n-210-fz/statya-14/",
  },
  {
    key: "fz-131",
    type: LegalActType.FEDERAL_LAW,
    issuer: FA,
    number: "131-ФЗ",
    date: "2003-10-06",
    title: "Об общих принципах организации местного самоуправления в Российской Федерации",
  },
  {
    key: "fz-181",
    type: LegalActType.FEDERAL_LAW,
    issuer: FA,
    number: "181-ФЗ",
    date: "1995-11-24",
    title: "О социальной защите инвалидов в Российской Федерации",
  },
  {
    key: "fz-63",
    type: LegalActType.FEDERAL_LAW,
    issuer: FA,
    number: "63-ФЗ",
    date: "2011-04-06",
    title: "Об электронной подписи",
  },
  {
    key: "grk",
    type: LegalActType.CODE,
    issuer: FA,
    number: "190-ФЗ",
    date: "2004-12-29",
    title: "Градостроительный кодекс Российской Федерации",
    url: "http://www.gradkod.ru/comment-statya-51-grk-rf",
  },
  {
    key: "zk",
    type: LegalActType.CODE,
    issuer: FA,
    number: "136-ФЗ",
    date: "2001-10-25",
    title: "Земельный кодекс Российской Федерации",
  },
  {
    key: "zhk",
    type: LegalActType.CODE,
    issuer: FA,
    number: "188-ФЗ",
    date: "2004-12-29",
    title: "Жилищный кодекс Российской Федерации",
    url: "https://zakonbase.ru/content/part/459495",
  },
  {
    key: "gk1",
    type: LegalActType.CODE,
    issuer: FA,
    number: "51-ФЗ",
    date: "1994-11-30",
    title: "Гражданский кодекс Российской Федерации (часть первая)",
  },
  {
    key: "nk2",
    type: LegalActType.CODE,
    issuer: FA,
    number: "117-ФЗ",
    date: "2000-08-05",
    title: "Налоговый кодекс Российской Федерации (часть вторая)",
    url: "http://vsezakoni-rf.ru/nk-2-rf-st333-26.html",
  },
  {
    key: "sk",
    type: LegalActType.CODE,
    issuer: FA,
    number: "223-ФЗ",
    date: "1995-12-29",
    title: "Семейный кодекс Российской Федерации",
  },
  {
    key: "fz-143",
    type: LegalActType.FEDERAL_LAW,
    issuer: FA,
    number: "143-ФЗ",
    date: "1997-11-15",
    title: "Об актах гражданского состояния",
  },
  {
    key: "fz-125",
    type: LegalActType.FEDERAL_LAW,
    issuer: FA,
    number: "125-ФЗ",
    date: "2004-10-22",
    title: "Об архивном деле в Российской Федерации",
  },
  {
    key: "fz-221-2014",
    type: LegalActType.FEDERAL_LAW,
    issuer: FA,
    number: "221-ФЗ",
    date: "2014-07-21",
    title: "О внесении изменений в главу 25.3 части второй Налогового кодекса Российской Федерации",
  },

  /* ---- federal executive acts ---- */
  {
    key: "minjust-412-2011",
    type: LegalActType.FEDERAL_BODY_ACT,
    issuer: "Министерство юстиции Российской Федерации",
    number: "412",
    date: "2011-11-29",
    title:
      "Об утверждении Административного регламента предоставления государственной услуги по государственной регистрации актов гражданского состояния органами, осуществляющими государственную регистрацию актов гражданского состояния на территории Российской Федерации",
    url: "https://normativ.kontur.ru/document?moduleId=1&documentId=201231",
  },
  {
    key: "minjust-307-2018",
    type: LegalActType.FEDERAL_BODY_ACT,
    issuer: "Министерство юстиции Российской Федерации",
    number: "307",
    date: "2018-12-28",
    title:
      "Об утверждении Административного регламента предоставления государственной услуги по государственной регистрации актов гражданского состояния органами, осуществляющими государственную регистрацию актов гражданского состояния на территории Российской Федерации",
    url: "https://lawmix.ru/zakonodatelstvo/2787159",
  },
  {
    key: "minjust-232-2021",
    type: LegalActType.FEDERAL_BODY_ACT,
    issuer: "Министерство юстиции Российской Федерации",
    number: "232",
    date: "2021-11-29",
    title:
      "О внесении изменений в Административный регламент предоставления государственной услуги по государственной регистрации актов гражданского состояния органами, осуществляющими государственную регистрацию актов гражданского состояния на территории Российской Федерации, утвержденный приказом Минюста России от 28.12.2018 N 307",
    url: "https://pravo.ppt.ru/prikaz/minyust/n-232-258534",
  },

  /* ---- municipal acts ---- */
  {
    key: "penza-153-2018",
    type: LegalActType.MUNICIPAL_ACT,
    issuer: "Администрация города Пензы",
    number: "153",
    date: "2018-01-30",
    title:
      "Об утверждении административного регламента предоставления администрацией города Пензы муниципальной услуги «Выдача разрешения на строительство»",
    url: "https://penzapravo.ru/zakony-penzenskoj-oblasti/postanovlenie-administraczii-g-penzy-ot-30-01-2018-n-153-red-ot-28-01-2021-ob-utverzhdenii-administrativnogo-reglamenta-predostavleniya-administracziej-goroda-penzy-municzipalnoj-uslugi-vydach/",
  },
  {
    key: "penza-940-2020",
    type: LegalActType.MUNICIPAL_ACT,
    issuer: "Администрация города Пензы",
    number: "940",
    date: "2020-07-15",
    title:
      "О внесении изменений в постановление администрации г. Пензы от 30.01.2018 N 153 «Об утверждении административного регламента предоставления администрацией города Пензы муниципальной услуги „Выдача разрешения на строительство“»",
    url: "https://base.garant.ru/74400331",
  },
  {
    // the amending decree is named in the regulation's text (п. 13 «в ред. Постановления администрации МО город Краснодар
    // от 06.05.2020 N 1733»); its title was not read
    key: "krasnodar-1733-2020",
    type: LegalActType.MUNICIPAL_ACT,
    issuer: "Администрация муниципального образования город Краснодар",
    number: "1733",
    date: "2020-05-06",
    url: "https://docs.cntd.ru/document/446217613/titles/3K5IHK",
  },
  {
    key: "salekhard-1601-2017",
    type: LegalActType.MUNICIPAL_ACT,
    issuer: "Администрация муниципального образования город Салехард",
    number: "1601",
    date: "2017-09-04",
    title:
      "Об утверждении Административного регламента предоставления Администрацией муниципального образования город Салехард муниципальной услуги «Исполнение запросов на основе архивных документов»",
    url: "https://base.garant.ru/46621082",
  },
  {
    key: "salekhard-1044-2023",
    type: LegalActType.MUNICIPAL_ACT,
    issuer: "Администрация города Салехарда",
    number: "1044",
    date: "2023-04-20",
    title:
      "Об утверждении Административного регламента Администрации муниципального образования город Салехард по предоставлению муниципальной услуги «Информационное обеспечение физических и юридических лиц на основе документов Архивного фонда Российской Федерации и других архивных документов, предоставление архивных справок, архивных выписок и копий архивных документов»",
    url: "https://base.garant.ru/406771001",
  },
  {
    key: "yurga-1168-2012",
    type: LegalActType.MUNICIPAL_ACT,
    issuer: "Администрация города Юрги",
    number: "1168",
    date: "2012-06-29",
    title:
      "Об утверждении административного регламента предоставления муниципальной услуги «Прием заявлений, документов, а также постановка граждан на учет в качестве нуждающихся в жилых помещениях, предоставление жилых помещений малоимущим гражданам, нуждающимся в улучшении жилищных условий. Предоставление информации об очередности предоставления жилых помещений на условиях социального найма»",
  },
  {
    key: "yurga-547-2019",
    type: LegalActType.MUNICIPAL_ACT,
    issuer: "Администрация города Юрги",
    number: "547",
    date: "2019-05-23",
    title:
      "О внесении изменений в постановление Администрации города Юрги от 29.06.2012 N 1168 «Об утверждении административного регламента предоставления муниципальной услуги „Прием заявлений, документов, а также постановка граждан на учет в качестве нуждающихся в жилых помещениях, предоставление жилых помещений малоимущим гражданам, нуждающимся в улучшении жилищных условий. Предоставление информации об очередности предоставления жилых помещений на условиях социального найма“»",
    url: "https://base.garant.ru/47041234/01b9a6b9c88f995cfadcf6494f2ea2df",
  },
  /* ---- acts of the Government of the Russian Federation ---- */
  {
    key: "gov-761-2005",
    type: LegalActType.GOVERNMENT_DECREE,
    issuer: "Правительство Российской Федерации",
    number: "761",
    date: "2005-12-14",
    title: "О предоставлении субсидий на оплату жилого помещения и коммунальных услуг",
    url: "http://www.social33.ru/zakonodatelstvo/federalnye-dokumenty/postanovlenie-pravitelstva-rf-ot-14-12-2005-761-red-ot-28-07-2020-o-predostavlenii-subsidiy-na-oplat/",
  },
];
