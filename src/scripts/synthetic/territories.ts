/**
 * Territories and bodies for synthetic data: the subjects of the Russian Federation with
 * their OKTMO prefixes (the first digits of every OKTMO code on their territory), names in
 * the cases the body names need, and the administrative centre; the federal bodies that
 * provide services, with their territorial bodies; regional bodies by domain; and name
 * parts for municipal districts and settlements.
 */

export interface Region {
  /** OKTMO prefix: 2 digits, 3 for the autonomous okrugs inside an oblast. */
  prefix: string;
  /** "Пензенская область" */
  nom: string;
  /** "Пензенской области" */
  gen: string;
  /** "Пензенской области" (по ...) */
  dat: string;
  /** Administrative centre. */
  capital: string;
  /** Suffix of regional law numbers: "ОЗ", "КЗ", "З". */
  lawSuffix: string;
  /** Federal city: municipalities are intra-city districts. */
  city?: boolean;
}

const oblast = (adj: string, prefix: string, capital: string): Region => {
  const a = adj.replace(/ая$/, "ой");
  return { prefix, nom: `${adj} область`, gen: `${a} области`, dat: `${a} области`, capital, lawSuffix: "ОЗ" };
};
const krai = (adj: string, prefix: string, capital: string): Region => {
  const stem = adj.replace(/ий$/, "");
  return { prefix, nom: `${adj} край`, gen: `${stem}ого края`, dat: `${stem}ому краю`, capital, lawSuffix: "КЗ" };
};
const republic = (name: string, prefix: string, capital: string): Region => ({
  prefix,
  nom: `Республика ${name}`,
  gen: `Республики ${name}`,
  dat: `Республике ${name}`,
  capital,
  lawSuffix: "З",
});
const adjRepublic = (adj: string, prefix: string, capital: string): Region => {
  const a = adj.replace(/ая$/, "ой");
  return { prefix, nom: `${adj} Республика`, gen: `${a} Республики`, dat: `${a} Республике`, capital, lawSuffix: "З" };
};
const okrug = (adj: string, prefix: string, capital: string, tail = ""): Region => {
  const stem = adj.replace(/ий$/, "");
  return {
    prefix,
    nom: `${adj} автономный округ${tail ? ` — ${tail}` : ""}`,
    gen: `${stem}ого автономного округа${tail ? ` — ${tail.replace(/а$/, "ы")}` : ""}`,
    dat: `${stem}ому автономному округу${tail ? ` — ${tail.replace(/а$/, "е")}` : ""}`,
    capital,
    lawSuffix: "ОЗ",
  };
};

export const REGIONS: readonly Region[] = [
  krai("Алтайский", "01", "Барнаул"),
  krai("Краснодарский", "03", "Краснодар"),
  krai("Красноярский", "04", "Красноярск"),
  krai("Приморский", "05", "Владивосток"),
  krai("Ставропольский", "07", "Ставрополь"),
  krai("Хабаровский", "08", "Хабаровск"),
  oblast("Амурская", "10", "Благовещенск"),
  oblast("Архангельская", "11", "Архангельск"),
  okrug("Ненецкий", "118", "Нарьян-Мар"),
  oblast("Астраханская", "12", "Астрахань"),
  oblast("Белгородская", "14", "Белгород"),
  oblast("Брянская", "15", "Брянск"),
  oblast("Владимирская", "17", "Владимир"),
  oblast("Волгоградская", "18", "Волгоград"),
  oblast("Вологодская", "19", "Вологда"),
  oblast("Воронежская", "20", "Воронеж"),
  oblast("Нижегородская", "22", "Нижний Новгород"),
  oblast("Ивановская", "24", "Иваново"),
  oblast("Иркутская", "25", "Иркутск"),
  republic("Ингушетия", "26", "Магас"),
  oblast("Калининградская", "27", "Калининград"),
  oblast("Тверская", "28", "Тверь"),
  oblast("Калужская", "29", "Калуга"),
  krai("Камчатский", "30", "Петропавловск-Камчатский"),
  oblast("Кемеровская", "32", "Кемерово"),
  oblast("Кировская", "33", "Киров"),
  oblast("Костромская", "34", "Кострома"),
  republic("Крым", "35", "Симферополь"),
  oblast("Самарская", "36", "Самара"),
  oblast("Курганская", "37", "Курган"),
  oblast("Курская", "38", "Курск"),
  { prefix: "40", nom: "город Санкт-Петербург", gen: "города Санкт-Петербурга", dat: "городу Санкт-Петербургу", capital: "Санкт-Петербург", lawSuffix: "", city: true },
  oblast("Ленинградская", "41", "Сосновый Бор"),
  oblast("Липецкая", "42", "Липецк"),
  oblast("Магаданская", "44", "Магадан"),
  { prefix: "45", nom: "город Москва", gen: "города Москвы", dat: "городу Москве", capital: "Москва", lawSuffix: "", city: true },
  oblast("Московская", "46", "Красногорск"),
  oblast("Мурманская", "47", "Мурманск"),
  oblast("Новгородская", "49", "Великий Новгород"),
  oblast("Новосибирская", "50", "Новосибирск"),
  oblast("Омская", "52", "Омск"),
  oblast("Оренбургская", "53", "Оренбург"),
  oblast("Орловская", "54", "Орёл"),
  oblast("Пензенская", "56", "Пенза"),
  krai("Пермский", "57", "Пермь"),
  oblast("Псковская", "58", "Псков"),
  oblast("Ростовская", "60", "Ростов-на-Дону"),
  oblast("Рязанская", "61", "Рязань"),
  oblast("Саратовская", "63", "Саратов"),
  oblast("Сахалинская", "64", "Южно-Сахалинск"),
  oblast("Свердловская", "65", "Екатеринбург"),
  oblast("Смоленская", "66", "Смоленск"),
  { prefix: "67", nom: "город Севастополь", gen: "города Севастополя", dat: "городу Севастополю", capital: "Севастополь", lawSuffix: "ЗС", city: true },
  oblast("Тамбовская", "68", "Тамбов"),
  oblast("Томская", "69", "Томск"),
  oblast("Тульская", "70", "Тула"),
  oblast("Тюменская", "71", "Тюмень"),
  okrug("Ханты-Мансийский", "718", "Ханты-Мансийск", "Югра"),
  okrug("Ямало-Ненецкий", "719", "Салехард"),
  oblast("Ульяновская", "73", "Ульяновск"),
  oblast("Челябинская", "75", "Челябинск"),
  krai("Забайкальский", "76", "Чита"),
  okrug("Чукотский", "77", "Анадырь"),
  oblast("Ярославская", "78", "Ярославль"),
  republic("Адыгея", "79", "Майкоп"),
  republic("Башкортостан", "80", "Уфа"),
  republic("Бурятия", "81", "Улан-Удэ"),
  republic("Дагестан", "82", "Махачкала"),
  adjRepublic("Кабардино-Балкарская", "83", "Нальчик"),
  republic("Алтай", "84", "Горно-Алтайск"),
  republic("Калмыкия", "85", "Элиста"),
  republic("Карелия", "86", "Петрозаводск"),
  republic("Коми", "87", "Сыктывкар"),
  republic("Марий Эл", "88", "Йошкар-Ола"),
  republic("Мордовия", "89", "Саранск"),
  republic("Северная Осетия — Алания", "90", "Владикавказ"),
  adjRepublic("Карачаево-Черкесская", "91", "Черкесск"),
  republic("Татарстан", "92", "Казань"),
  republic("Тыва", "93", "Кызыл"),
  adjRepublic("Удмуртская", "94", "Ижевск"),
  republic("Хакасия", "95", "Абакан"),
  adjRepublic("Чеченская", "96", "Грозный"),
  adjRepublic("Чувашская", "97", "Чебоксары"),
  republic("Саха (Якутия)", "98", "Якутск"),
  {
    prefix: "99",
    nom: "Еврейская автономная область",
    gen: "Еврейской автономной области",
    dat: "Еврейской автономной области",
    capital: "Биробиджан",
    lawSuffix: "ОЗ",
  },
];

/** Domains: which service templates a body provides. */
export type Domain =
  | "construction"
  | "land"
  | "housing"
  | "archive"
  | "education"
  | "property"
  | "address"
  | "roads"
  | "municipal-other"
  | "social"
  | "zags"
  | "consumer"
  | "nature"
  | "health"
  | "labor"
  | "agriculture"
  | "culture"
  | "housing-inspection"
  | "mvd"
  | "migration"
  | "traffic"
  | "fns"
  | "rosreestr"
  | "sfr"
  | "rospotrebnadzor"
  | "minjust"
  | "rosgvardia"
  | "mchs"
  | "rosobrnadzor"
  | "roszdravnadzor"
  | "rosprirodnadzor";

export interface FederalBody {
  name: string;
  shortName: string;
  /** Genitive short name for act titles: "МВД России". */
  domains: Domain[];
  /** Territorial body in a region: name and short name, {dat} is the region in the dative. */
  territorial?: [string, string];
  /** Share of the federal services of this body. */
  weight: number;
}

export const FEDERAL_BODIES: readonly FederalBody[] = [
  {
    name: "Министерство внутренних дел Российской Федерации",
    shortName: "МВД России",
    domains: ["mvd", "migration", "traffic"],
    territorial: ["Главное управление Министерства внутренних дел Российской Федерации по {dat}", "ГУ МВД России по {dat}"],
    weight: 6,
  },
  {
    name: "Федеральная налоговая служба",
    shortName: "ФНС России",
    domains: ["fns"],
    territorial: ["Управление Федеральной налоговой службы по {dat}", "УФНС России по {dat}"],
    weight: 4,
  },
  {
    name: "Федеральная служба государственной регистрации, кадастра и картографии",
    shortName: "Росреестр",
    domains: ["rosreestr"],
    territorial: ["Управление Федеральной службы государственной регистрации, кадастра и картографии по {dat}", "Управление Росреестра по {dat}"],
    weight: 4,
  },
  {
    name: "Фонд пенсионного и социального страхования Российской Федерации",
    shortName: "Социальный фонд России",
    domains: ["sfr"],
    territorial: ["Отделение Фонда пенсионного и социального страхования Российской Федерации по {dat}", "ОСФР по {dat}"],
    weight: 5,
  },
  {
    name: "Федеральная служба по надзору в сфере защиты прав потребителей и благополучия человека",
    shortName: "Роспотребнадзор",
    domains: ["rospotrebnadzor"],
    territorial: [
      "Управление Федеральной службы по надзору в сфере защиты прав потребителей и благополучия человека по {dat}",
      "Управление Роспотребнадзора по {dat}",
    ],
    weight: 2,
  },
  {
    name: "Министерство юстиции Российской Федерации",
    shortName: "Минюст России",
    domains: ["minjust"],
    territorial: ["Управление Министерства юстиции Российской Федерации по {dat}", "Управление Минюста России по {dat}"],
    weight: 1,
  },
  {
    name: "Федеральная служба войск национальной гвардии Российской Федерации",
    shortName: "Росгвардия",
    domains: ["rosgvardia"],
    territorial: ["Управление Федеральной службы войск национальной гвардии Российской Федерации по {dat}", "Управление Росгвардии по {dat}"],
    weight: 2,
  },
  {
    name: "Министерство Российской Федерации по делам гражданской обороны, чрезвычайным ситуациям и ликвидации последствий стихийных бедствий",
    shortName: "МЧС России",
    domains: ["mchs"],
    territorial: ["Главное управление МЧС России по {dat}", "ГУ МЧС России по {dat}"],
    weight: 1,
  },
  { name: "Федеральная служба по надзору в сфере образования и науки", shortName: "Рособрнадзор", domains: ["rosobrnadzor"], weight: 1 },
  { name: "Федеральная служба по надзору в сфере здравоохранения", shortName: "Росздравнадзор", domains: ["roszdravnadzor"], weight: 1 },
  { name: "Федеральная служба по надзору в сфере природопользования", shortName: "Росприроднадзор", domains: ["rosprirodnadzor"], weight: 1 },
  { name: "Федеральная служба по труду и занятости", shortName: "Роструд", domains: ["labor"], weight: 0.5 },
  { name: "Федеральное архивное агентство", shortName: "Росархив", domains: ["archive"], weight: 0.5 },
  { name: "Федеральная таможенная служба", shortName: "ФТС России", domains: ["consumer"], weight: 0.3 },
  { name: "Федеральная служба по ветеринарному и фитосанитарному надзору", shortName: "Россельхознадзор", domains: ["agriculture"], weight: 0.5 },
  { name: "Министерство культуры Российской Федерации", shortName: "Минкультуры России", domains: ["culture"], weight: 0.3 },
];

export interface RegionalBodyTemplate {
  name: string;
  short?: string;
  domains: Domain[];
}

/** {gen}: the region in the genitive. */
export const REGIONAL_BODIES: readonly RegionalBodyTemplate[] = [
  { name: "Министерство социальной защиты населения {gen}", short: "Минсоцзащиты {gen}", domains: ["social"] },
  { name: "Министерство строительства и жилищно-коммунального хозяйства {gen}", short: "Минстрой {gen}", domains: ["construction"] },
  { name: "Министерство имущественных и земельных отношений {gen}", domains: ["land", "property"] },
  { name: "Министерство образования {gen}", short: "Минобразования {gen}", domains: ["education"] },
  { name: "Министерство здравоохранения {gen}", short: "Минздрав {gen}", domains: ["health"] },
  { name: "Министерство природных ресурсов и экологии {gen}", short: "Минприроды {gen}", domains: ["nature"] },
  { name: "Министерство сельского хозяйства {gen}", short: "Минсельхоз {gen}", domains: ["agriculture"] },
  { name: "Управление записи актов гражданского состояния {gen}", short: "Управление ЗАГС {gen}", domains: ["zags"] },
  { name: "Департамент по труду и занятости населения {gen}", domains: ["labor"] },
  { name: "Департамент потребительского рынка {gen}", domains: ["consumer"] },
  { name: "Государственная жилищная инспекция {gen}", short: "Госжилинспекция {gen}", domains: ["housing-inspection"] },
  { name: "Управление по охране объектов культурного наследия {gen}", domains: ["culture"] },
  { name: "Архивное управление {gen}", domains: ["archive"] },
  { name: "Министерство транспорта и дорожного хозяйства {gen}", short: "Минтранс {gen}", domains: ["roads"] },
];

/** Genitive adjectives of municipal districts: "Октябрьского муниципального района". */
export const DISTRICT_ADJ_GEN: readonly string[] = [
  "Октябрьского", "Советского", "Первомайского", "Ленинского", "Кировского", "Красноармейского", "Заречного", "Лесного",
  "Берёзовского", "Сосновского", "Каменского", "Никольского", "Покровского", "Знаменского", "Троицкого", "Успенского",
  "Ивановского", "Александровского", "Михайловского", "Петровского", "Васильевского", "Луговского", "Нагорного", "Приозёрного",
  "Краснослободского", "Новосёловского", "Зеленодольского", "Белоярского", "Чернореченского", "Светлоярского", "Верхнеспасского",
  "Нижнедевицкого", "Староюрьевского", "Новоузенского", "Пригородного", "Приволжского", "Заволжского", "Красногорского",
  "Бессоновского", "Колышлейского", "Кузоватовского", "Мокшанского", "Сердобского", "Тамалинского", "Шемышейского", "Лунинского",
];

/** Genitive adjectives of settlements: "Никольского сельского поселения". */
export const SETTLEMENT_ADJ_GEN: readonly string[] = [
  "Никольского", "Покровского", "Троицкого", "Знаменского", "Успенского", "Воскресенского", "Рождественского", "Преображенского",
  "Архангельского", "Богородского", "Спасского", "Ильинского", "Михайловского", "Дмитриевского", "Петропавловского", "Казанского",
  "Георгиевского", "Вознесенского", "Введенского", "Сретенского", "Берёзовского", "Сосновского", "Дубровского", "Ольховского",
  "Липовского", "Кленовского", "Озёрного", "Речного", "Ключевского", "Родникового", "Каменского", "Песчанского", "Белогорского",
  "Чернозёмного", "Краснополянского", "Горского", "Заовражного", "Лугового", "Степного", "Полевого",
];

/** Intra-city districts of the federal cities. */
export const CITY_DISTRICTS: readonly string[] = [
  "Центральный", "Северный", "Южный", "Западный", "Восточный", "Приморский", "Адмиралтейский", "Пресненский", "Тверской",
  "Басманный", "Хамовники", "Арбат", "Лефортово", "Сокольники", "Нагорный", "Гагаринский", "Ломоносовский", "Академический",
];
