import type { Rule } from './rule';
import type { TextView } from '../normalize/text-view';
import { explanationFactor } from './malicious-input-context';

/**
 * Requests for a private person's data in French, German, Spanish, Chinese, Russian and
 * Japanese. Each pattern needs a sensitive attribute (address, phone, ID number, salary,
 * medical record …) tied to a person: a relation ("mon voisin", "meiner Kollegin", "我的同事"),
 * a title (M./Herr/señora/先生/さん) or a two-word name without an article.
 */

const FR_ATTR = String.raw`(?:adresse(?:\s+(?:personnelle|privée|du\s+domicile|e-?mail))?|numéro\s+de\s+(?:téléphone|portable|sécurité\s+sociale|passeport|carte\s+bancaire)|téléphone|portable|salaire|dossier\s+médical|antécédents\s+médicaux|diagnostic|date\s+de\s+naissance|ville\s+de\s+résidence(?:\s+actuelle)?|e-?mail|courriel|coordonnées|relevé\s+bancaire|solde\s+bancaire|iban)`;
const FR_PERSON = String.raw`(?:de\s+|d')(?:mon|ma|mes|notre|cette|ce)\s+[a-zà-ÿ-]{3,20}|de\s+(?:son|sa|ses)\s+(?:ex(?:-(?:mari|femme|copain|copine))?|mari|femme|copain|copine|fils|fille|père|mère|frère|sœur|patronne?|collègue|voisine?)(?![a-zà-ÿ])|(?:du\s+|de\s+la\s+|de\s+l')(?:professeure?|prof|maîtresse|instituteur|institutrice|voisine?|patronne|patron|collègue|baby-sitter|nounou|entraîneur|entraîneuse|propriétaire|infirmière|infirmier)(?![a-zà-ÿ])|(?:de\s+)(?:m\.|mme|mlle|monsieur|madame|mademoiselle|docteur|dr)\s*[a-zà-ÿ-]{2,20}|(?:de\s+|d')(?!(?:la|le|les|l|un|une|des|du|cette|ce|cet|votre|notre|leur|mon|ma|mes|son|sa|ses|tout|toute|chaque)\b)[a-zà-ÿ-]{2,20}(?:\s+(?!(?:est|sont|et|ou|à|au|en|de|du|dans|pour|sur|qui|que)\b)[a-zà-ÿ-]{2,20}|\s*(?=[?.!,]|$))`;
const DE_ATTR = String.raw`(?:adresse|wohnadresse|anschrift|privatadresse|telefonnummer|handynummer|sozialversicherungsnummer|steuer-?id|gehalt|einkommen|krankenakte|diagnose|geburtsdatum|e-?mail-?adresse|kontonummer|kontostand|iban|ausweisnummer|passnummer|wohnort)`;
const DE_PERSON = String.raw`(?:von\s+)?(?:meine[mnrs]?|unsere[mnrs]?)\s+[a-zäöüß-]{3,25}|von\s+(?:dem|der|diesem|dieser)\s+(?:typen|kerl|mann|frau|person|nutzer|user|mädchen|jungen)(?![a-zäöüß])|(?:von\s+)?(?:herrn?|frau|dr\.?)\s+[a-zäöüß-]{2,25}|von\s+(?!(?:der|die|das|dem|den|einer|eines|einem|firma|unternehmen|ihrer|ihrem|seiner|seinem)\b)[a-zäöüß-]{2,25}\s+(?!(?:ist|sind|und|oder|in|im|an|am|auf|für|mit|bei)\b)[a-zäöüß-]{2,25}`;
const ES_ATTR = String.raw`(?:dirección(?:\s+(?:personal|particular|de\s+casa|de\s+correo))?|domicilio|móvil|número\s+de\s+(?:teléfono|celular|móvil|seguro\s+social|pasaporte|tarjeta(?:\s+de\s+crédito)?|cuenta)|teléfono|celular|salario|sueldo|historial\s+médico|expediente\s+médico|diagnóstico|fecha\s+de\s+nacimiento|correo(?:\s+electrónico)?|dni|cuenta\s+bancaria|saldo\s+bancario|ciudad\s+de\s+residencia)`;
const ES_PERSON = String.raw`(?:de\s+|del\s+)(?:mi|mis|nuestro|nuestra)\s+[a-záéíóúñü-]{3,20}|(?:de\s+|del\s+)(?:(?:el|la)\s+)?(?:profesora?|profesor|maestr[oa]|vecin[oa]|jef[ea]|compañer[oa]|novi[oa]|exnovi[oa]|ex\s+(?:novi[oa]|pareja|mujer|marido)|niñera|canguro|entrenador(?:a)?|cuidador(?:a)?|caser[oa]|enfermer[oa])(?![a-záéíóúñü])|(?:de\s+|del\s+)(?:(?:el|la)\s+)?(?:señor|señora|señorita|sr\.?|sra\.?|srta\.?|doctor|doctora|dr\.?|dra\.?)\s+[a-záéíóúñü-]{2,20}|de\s+(?!(?:la|el|los|las|un|una|esta|este|esa|ese|su|sus|tu|mi|la\s+empresa|entrega|envío|envio|facturación|facturacion|destino|origen|recogida|devolución|devolucion|empresa|oficina|tienda|contacto|trabajo|red|servidor|memoria|pago|cobro|atención|atencion|servicio|soporte|reservas|información|informacion|urgencias|ventas)\b)[a-záéíóúñü-]{2,20}(?:\s+(?!(?:es|son|y|o|en|de|del|para|por|con|que)\b)[a-záéíóúñü-]{2,20}|\s*(?=[?.!,]|$))`;
const RU_ATTR = String.raw`(?:cvv|cvc|срок\w{0,2}\s+действия|адрес\w{0,2}|номер\w{0,2}\s+(?:телефона|паспорта|карты|счёта|счета|снилс)|телефон\w{0,2}|паспортн\w{0,3}\s+данн\w{0,3}|снилс|зарплат\w{0,2}|доход\w{0,2}|медицинск\w{0,3}\s+карт\w{0,2}|истори\w\s+болезни|диагноз\w{0,2}|дат\w\s+рождения|электронн\w{0,3}\s+почт\w|e-?mail|почт\w)`;
// A bare two-word name is in the genitive (Ивана Смирнова); an adjective there (ближайшей аптеки) is a place.
const RU_PERSON = String.raw`(?:моего|моей|моих|нашего|нашей|этого|этой|господина|госпожи|гражданина|гражданки|клиента|клиентки|пользователя|сотрудника|сотрудницы|пациента|пациентки)\s+[а-яё-]{3,25}|(?!(?:этой|этого|компании|фирмы|банка|магазина|организации|сайта)(?![а-яё]))(?![а-яё-]*(?:ого|его|ой|ей|ых|их)\s)[а-яё-]{3,25}\s+(?!(?:и|или|в|на|для|с|по|это)(?![а-яё]))[а-яё-]{2,25}(?:а|ы|и|я|ой|ого|ей)(?![а-яё])`;

const ZH_PERSON = String.raw`(?:我的|我)?(?:(?:邻居|同事|老板|上司|领导|前任|前女友|前男友|前妻|前夫|朋友|同学|室友|老师|医生|女朋友|男朋友|妻子|丈夫|老婆|老公|员工|下属|房东|租客)(?:[\u4e00-\u9fff]{2,3})?|他|她|[\u4e00-\u9fff]{1,3}(?:先生|女士|小姐|老师|医生))`;
const ZH_ATTR = String.raw`(?:家庭)?(?:住址|地址|家庭住址|住处|电话(?:号码)?|手机(?:号码?)?|身份证(?:号码?)?|工资|薪水|收入|病历|病史|诊断|社保号|银行(?:账户|账号|卡号)|电子邮件|邮箱|生日|出生日期|行踪|位置|护照号)`;
const JA_PERSON = String.raw`(?:隣人|隣の人|同僚|上司|部下|元彼|元カノ|元妻|元夫|友人|友達|先生|彼氏|彼女|妻|夫|大家|[\u3040-\u30ff\u4e00-\u9fff]{1,6}(?:さん|様|氏))`;
const JA_ATTR = String.raw`(?:住所|自宅(?:の住所)?|電話番号|携帯番号|携帯|マイナンバー|給料|給与|年収|病歴|カルテ|診断|メールアドレス|生年月日|居場所|勤務先|口座番号|パスポート番号)`;

export const personalDataRequestIntlRule: Rule = {
  id: 'pii-personal-data-request-i18n',
  category: 'privacy_violation',
  severity: 'high',
  owasp: 'LLM02:2025',
  title: "Request for a private person's personal data (fr, de, es, zh, ru, ja)",
  description:
    "Non-English requests for an individual's address, phone, ID number, salary or medical record: \"quelle est l'adresse de mon voisin\", \"Adresse von Herrn Müller\", \"dirección de mi vecina\", \"我同事的电话号码\", \"адрес моего соседа\", \"上司の住所を教えて\".",
  confidence: 0.75,
  // No keyword prefilter: every pattern starts with a distinctive attribute word, which is cheaper than ~50 substring scans.
  // One alternation instead of several patterns: a single scan per message.
  patterns: [new RegExp(String.raw`(?:(?:trouve|cherche|donne|dis|retrouve)[- ]moi\s+(?:son|sa|ses)\s+(?:adresse\s+(?:perso(?:nnelle)?|privée|du\s+domicile)|numéro\s+de\s+(?:portable|téléphone\s+perso)|portable(?:\s+perso)?|domicile)|(?:encuéntrame|búscame|dame|dime|consígueme)\s+(?:su|sus)\s+(?:dirección\s+(?:de\s+casa|particular|personal)|domicilio|móvil|celular|número\s+de\s+(?:móvil|celular|teléfono\s+personal))|(?:finde|such|gib|sag|zeig|nenn|schick|besorg)\s+mir\s+(?:sein|seine|ihre|seinen|ihren|ihr)\s+(?:privatadresse|wohnadresse|handynummer|privatnummer|(?:brutto|netto)?gehalt|lohn|gehaltsabrechnung|steuerklasse|steuer-?id|sozialversicherungsnummer|geburtsdatum|diagnose|krankenakte|kontonummer|kontostand|iban)|${FR_ATTR}\s+(?:personnelle\s+|privée\s+)?(?:${FR_PERSON})|\boù\s+(?:habite|vit|travaille)\s+(?:mon|ma|m\.|mme|monsieur|madame)\s*[a-zà-ÿ-]{2,20})|(?:${DE_ATTR}\s+(?:${DE_PERSON})|\bwo\s+(?:wohnt|arbeitet)\s+(?:mein(?:e)?|herr|frau|der\s+(?:nutzer|benutzer)|die\s+(?:nutzerin|benutzerin))\s*[a-zäöüß-]{0,25})|(?:${ES_ATTR}\s+(?:personal\s+|privad[oa]\s+)?(?:${ES_PERSON})|\bdónde\s+(?:vive|trabaja)\s+(?:mi\s+[a-záéíóúñü-]{2,20}|(?:el|la)\s+(?:señor|señora)\s+[a-záéíóúñü-]{2,20}|(?:el|la)\s+usuari[oa]))|(?:${RU_ATTR}\s+(?:${RU_PERSON})|где\s+(?:сейчас\s+)?(?:живёт|живет|работает)\s+(?:сейчас\s+)?(?:(?:мой|моя|мои)\s+[а-яё-]{3,25}|пользовател[ья]))|(?:${ZH_PERSON}的${ZH_ATTR}|(?:查|找|查找|搜索|告诉我|给我)[\u4e00-\u9fff]{2,4}的(?:住址|家庭住址|手机号码?|身份证号码?|电话号码|出生日期|生日|邮箱|电子邮件(?:地址)?)|(?:他|她)(?:家)?住(?:在)?哪(?:里|儿)|(?:他|她)的?(?:手机号(?:码)?|电话(?:号码)?)(?:是)?多少)|(?:の${JA_ATTR}(?<=${JA_PERSON}の${JA_ATTR})|の${JA_ATTR}を(?:教えて|調べて|特定)(?<=[\u30a0-\u30ff]{2,12}の${JA_ATTR}を(?:教えて|調べて|特定))|ユーザーは(?:今|現在)?どこに住んでい)`, 'g')],
  validate: (m: RegExpExecArray, view: TextView) => {
    // A relation, title or pronoun is a clear person; a bare two-word "name" is weaker.
    const strong = /\b(?:mon|ma|mes|son|sa|ses|m\.|mme|monsieur|madame|meine[mnrs]?|seine[mnrs]?|ihre[mnrs]?|herrn?|frau|dem|der|mi|mis|su|sus|señor|señora|sr|sra)\b|(?:^|\s)(?:моего|моей|моих|мой|моя|господина|госпожи|клиента|клиентки|пользователя)\s|[他她我]|邻居|同事|老板|上司|前任|先生|女士|小姐|さん|様|氏|隣|同僚|元|友|彼/.test(m[0]);
    return (strong ? 0.75 : 0.6) * explanationFactor(view.text, m.index, m.index + m[0].length);
  },
};
