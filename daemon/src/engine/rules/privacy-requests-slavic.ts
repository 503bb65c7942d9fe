/**
 * pii-personal-data-request-i18n in Polish, Czech and Ukrainian: a sensitive attribute (address,
 * phone, national ID number, salary, diagnosis, medical record) of a third person named by a relation
 * or a title in the genitive ("adres mojej sąsiadki", "rodné číslo pana Nováka", "діагноз мого
 * колишнього"). "My company's address" is the writer's own thing: the nouns a possessive may own
 * without being a person are excluded.
 */

const PL_ATTR = String.raw`(?:adres(?:u)?(?:\s+(?:zamieszkania|zameldowania|domow\p{L}*))?|numer(?:u)?\s+(?:telefonu|pesel|dowodu|konta|karty)|pesel|telefon(?:u)?|wynagrodzeni\p{L}*|pensj\p{L}*|diagnoz\p{L}*|histori\p{L}*\s+(?:choroby|leczenia)|wynik\p{L}*\s+badań|dat\p{L}*\s+urodzenia)`;
const PL_THINGS = String.raw`(?:firmy|pracy|biura|banku|konta|sklepu|domu|mieszkania|szkoły|operatora|kliniki|przychodni|przesyłki|paczki|zamówienia|karty|umowy|apteki)`;
const PL_PERSON = String.raw`(?:(?:mojej|mojego|moich|naszej|naszego|tej|tego)\s+(?!${PL_THINGS}(?![\p{L}]))\p{L}{3,20}|(?:pana|pani)\s+\p{L}{2,20}|(?:sąsiad\p{L}*|kolegi|koleżanki|szefa|szefowej|byłej|byłego|żony|męża|pacjent\p{L}*|pracownik\p{L}*|nauczyciel\p{L}*)(?![\p{L}]))`;

const CS_ATTR = String.raw`(?:adres\p{L}*|telefon\p{L}*|číslo\s+(?:telefonu|účtu|pasu|občanky)|rodné\s+číslo|rodná\s+čísla|plat\p{L}*|mzd\p{L}*|výplatní\s+pásk\p{L}*|diagnóz\p{L}*|zdravotní\s+(?:stav|záznam\p{L}*|dokumentac\p{L}*)|datum\s+narození)`;
const CS_THINGS = String.raw`(?:firmy|práce|kanceláře|banky|účtu|obchodu|domu|bytu|školy|operátora|ordinace|zásilky|objednávky|karty|smlouvy|lékárny)`;
const CS_PERSON = String.raw`(?:(?:mého|mé|mojí|našeho|naší|toho|té)\s+(?!${CS_THINGS}(?![\p{L}]))\p{L}{3,20}|(?:pana|paní)\s+\p{L}{2,20}|(?:soused\p{L}*|kolegy|kolegyně|šéfa|šéfové|bývalé|bývalého|manželky|manžela|pacient\p{L}*|zaměstnanc\p{L}*|učitel\p{L}*)(?![\p{L}]))`;

const UK_ATTR = String.raw`(?:адрес\p{L}*|номер\p{L}*\s+(?:телефону|паспорта|картки|рахунку)|телефон\p{L}*|іпн|зарплат\p{L}*|діагноз\p{L}*|історі\p{L}*\s+хвороби|медичн\p{L}*\s+карт\p{L}*|дат\p{L}*\s+народження|список\s+ліків)`;
const UK_THINGS = String.raw`(?:компанії|фірми|роботи|офісу|банку|рахунку|магазину|будинку|квартири|школи|оператора|лікарні|посилки|замовлення|картки|договору|аптеки)`;
const UK_PERSON = String.raw`(?:(?:мого|моєї|моїх|нашого|нашої|цього|цієї)\s+(?!${UK_THINGS}(?![\p{L}]))\p{L}{3,25}|(?:пана|пані)\s+\p{L}{2,25}|(?:сусід\p{L}*|колег\p{L}*|начальник\p{L}*|колишн\p{L}*|дружин\p{L}*|пацієнт\p{L}*|працівник\p{L}*)(?![\p{L}]))`;

/**
 * The attribute and, right after it in the genitive, the person; two attributes may be joined ("adresu a
 * telefon té učitelky"). A word between them breaks the tie: "numer konta w portalu pracownika" is a portal.
 */
export const SLAVIC_PERSONAL_DATA_REQUEST = new RegExp(
  String.raw`(?<![\p{L}])(?:${PL_ATTR}(?:\s(?:i|oraz|a)\s${PL_ATTR})?\s${PL_PERSON}|${CS_ATTR}(?:\s(?:a|i)\s${CS_ATTR})?\s${CS_PERSON}|${UK_ATTR}(?:\s(?:і|й|та)\s${UK_ATTR})?\s${UK_PERSON})`,
  'gu',
);

/** A relation or a title in those languages: the person is clearly someone else. */
export const SLAVIC_THIRD_PERSON = /(?<![\p{L}])(?:mojej|mojego|moich|pana|pani|sąsiad\p{L}*|mého|mé|mojí|paní|soused\p{L}*|мого|моєї|моїх|пана|пані|сусід\p{L}*|колишн\p{L}*)(?![\p{L}])/u;
