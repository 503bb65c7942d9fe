import { FICTIONAL_NAMES } from './rules/privacy-context';

/**
 * Texts that tell about an attack instead of carrying one: a post-incident report, a security
 * advisory, a plot summary. The classifier learned attack vocabulary from a corpus with few such
 * texts, so it scores them as attacks ("Olay raporu: … 'önceki talimatları yok say' ifadesi bulundu",
 * "Tóm tắt phim: Một hacker trẻ …" at 0.58–0.70 against a threshold of 0.48). The rules read these
 * texts closely and fire on what is planted in them; when none fires, a framed text needs a surer
 * model (decide.ts). On the corpus's held-out split, 1 of the 202 attacks caught by the model alone
 * carries such a frame.
 *
 * Only frames that narrate, at the text's start: "in the story …" or "write a story where …" is how
 * fiction jailbreaks start, and "for our awareness training, pull the names of …" is a pretext, so
 * stories, training and awareness are no frame; a report's or a plot summary's title is.
 */
const FRAMES = [
  // English
  String.raw`incident\s(?:report|review|summary)|post-?mortem|root\scause\sanalysis|security\sadvisory|breach\snotification|plot\s(?:summary|synopsis)|(?:film|movie|book|novel|episode)\s(?:summary|synopsis)|synopsis`,
  // French, German, Spanish, Italian, Portuguese
  String.raw`rapport\sd['’]incident|retour\sd['’]expérience|résumé\sdu\s(?:film|roman|livre|récit)|vorfallsbericht|sicherheitsvorfall|zusammenfassung\sdes\s(?:films|romans|buches)|inhaltsangabe|informe\s(?:del?\s)?incidente|resumen\sde\s(?:la\s(?:película|novela|serie)|el\slibro)|sinopsis|rapporto\s(?:sull['’]|di\s)incidente|riassunto\sdel\s(?:film|romanzo|libro)|trama|relatório\sde\sincidente|resumo\sdo\s(?:filme|livro|romance)|sinopse`,
  // Russian, Chinese, Japanese, Korean
  String.raw`отч[её]т\sоб\sинциденте|разбор\sинцидента|краткое\sсодержание|сюжет\s(?:фильма|романа|книги)|事故报告|事件报告|复盘|安全通报|剧情简介|故事梗概|インシデント報告|事故報告|障害報告|あらすじ|사고\s?보고서|사후\s?분석|사건\s?보고|줄거리`,
  // Hindi, Marathi, Nepali, Bengali, Urdu, Persian, Arabic, Hebrew
  String.raw`घटना\s(?:रिपोर्ट|प्रतिवेदन|अहवाल)|कहानी\sका\sसार|कथानक|ঘটনা\sপ্রতিবেদন|গল্পের\sসারাংশ|واقعے\sکی\sرپورٹ|واقعہ\sرپورٹ|گزارش\sحادثه|خلاصه\s(?:فیلم|داستان|رمان)|تقرير\s(?:الحادث|الحادثة|عن\sالحادث)|ملخص\s(?:الفيلم|الرواية|القصة)|דוח\sאירוע|דו"ח\sאירוע|תחקיר|תקציר\s(?:הסרט|הספר|הרומן)`,
  // Turkish, Indonesian and Malay, Vietnamese, Tagalog, Thai
  String.raw`olay\s(?:raporu|sonrası)|film\sözeti|laporan\sinsiden|ringkasan\s(?:film|novel|cerita)|báo\scáo\ssự\scố|tóm\stắt\s(?:phim|truyện|tiểu\sthuyết)|ulat\sng\sinsidente|buod\sng\s(?:pelikula|nobela|kwento|kuwento)|รายงานเหตุการณ์|เรื่องย่อ`,
];

/**
 * The frame is the text's title: after a heading's marks and at most two words ("Internal post-mortem",
 * "[사후 분석 보고서]"), and ended as a title is (a colon, a bracket, a dash, the line's end, maybe after an
 * id: "Post-mortem INC-2291:"), not a purpose someone claims in a sentence ("I'm writing an incident report, so …").
 */
const FRAME = new RegExp(`^[\\s#*\\[(【「"'>-]{0,4}(?:[\\p{L}\\p{N}-]{1,15}\\s){0,2}(?:${FRAMES.join('|')})[^\\n.!?。]{0,25}?(?:[:：\\]】）)—–-]|\\n|$)`, 'iu');

/**
 * An AI reader addressed inside the account: its name, then a colon within the clause ("Catatan untuk
 * sistem AI yang merangkum dokumen ini:", "(Assistant: when you summarize …", "[Instruction to the
 * summarization tool: …"). A report that mentions its AI in passing ("… sistem ringkasan AI kami.") has none.
 */
const READER_ADDRESSED =
  /(?:(?<![\p{L}])(?:ai|a\.i\.|llm|assistant|asistente|assistente|assistent|asisten|agent|agente|model|modelo|modèle|modello|bot|chatbot|tool|summari[sz]er|ии|ассистент|модель|yapay\szek[aâ]|trợ\slý|katulong)(?![\p{L}])|助手|模型|人工智能|アシスタント|モデル|어시스턴트|모델|सहायक|एआई|الذكاء\sالاصطناعي|مساعد|دستیار|هوش\sمصنوعی|עוזר|בינה\sמלאכותית|ผู้ช่วย)[^.!?。\n:：]{0,40}[:：]/iu;

/** The frame is read at the text's start only: a title says what kind of text follows. */
const FRAME_WINDOW = 600;
/** Where an address to the AI reader is looked for: the opening, and around the model's most suspicious window. */
const ADDRESS_WINDOW = 2400;
const AROUND_SPAN = 200;

/**
 * Does the text present itself as a report or a summary, with no AI reader addressed in it? The
 * address is looked for in the opening and around `span`, the part of the text the model found most
 * suspicious (a planted order late in a long report is there): bounded reads, whatever the length.
 */
export function framedAsAccount(text: string, span: readonly [number, number] = [0, 0]): boolean {
  const head = text.length > FRAME_WINDOW ? text.slice(0, FRAME_WINDOW) : text;
  if (!FRAME.test(head.trimStart())) return false;
  if (READER_ADDRESSED.test(text.length > ADDRESS_WINDOW ? text.slice(0, ADDRESS_WINDOW) : text)) return false;
  return span[1] <= ADDRESS_WINDOW || !READER_ADDRESSED.test(text.slice(Math.max(0, span[0] - AROUND_SPAN), span[1] + AROUND_SPAN));
}

/**
 * Advice against giving a secret away: "Never share your password with anyone", "Geben Sie Ihr Passwort niemals weiter",
 * "パスワードは誰にも教えないでください", "永远不要把密码告诉任何人". The model, trained on requests for passwords, scores
 * these 0.5–0.8; exf-secret-request reads the negation and stays quiet, so an advice that no rule flagged is left to the
 * rules as a framed account is. A real request beside it ("... except me: tell me yours") is a rule's finding.
 */
const SECRET_WORD = String.raw`password|passcode|pin|otp|one-time\s(?:code|password)|verification\scode|passwort|kennwort|mot\sde\spasse|code\spin|contraseña|clave|senha|palavra-passe|пароль|密码|验证码|パスワード|暗証番号|認証コード|비밀번호|인증번호|पासवर्ड|ओटीपी|كلمة\sالمرور|סיסמה|şifre|sifre|kata\ssandi|mật\skhẩu|รหัสผ่าน`;
const NEVER_GIVE = [
  String.raw`(?:never|don't|do\snot)\s(?:ever\s)?(?:share|give|tell|send|reveal|disclose|post|write\sdown|email)`,
  String.raw`ne\s(?:\S+\s){0,3}?jamais|jamais\s(?:votre|ton|vos)|niemals|nie\s(?:weiter|mit)|(?:nunca|no)\s(?:compartas|comparta|compartan|des|dé|digas|diga|envíes|envíe|reveles|revele)|(?:non|mai)\s(?:condividere|dare|rivelare|comunicare|condividete)|(?:nunca|não)\s(?:compartilhe|partilhe|informe|envie|revele|passe|forneça)`,
  String.raw`никогда\sне|не\s(?:сообщайте|сообщай|передавайте|передавай|говорите|называйте)|不要|切勿|请勿|绝不|永远不|教えないで|伝えないで|共有しないで|入力しないで|絶対に|알려주지\s?마|공유하지\s?마|절대`,
  String.raw`कभी\s(?:भी\s)?(?:न|नहीं)|मत\sबताएं|साझा\sन\sकरें|لا\s(?:تشارك|تعط|تعطي|تخبر|ترسل)|أبدا|לעולם\sאל|אל\s(?:תמסור|תשתף|תגיד)|asla|paylaşmayin|söylemeyin|vermeyin|jangan\s(?:pernah\s)?(?:bagikan|berikan|beritahu|kasih)|không\sbao\sgiờ|đừng\s(?:chia\ssẻ|cung\scấp|tiết\slộ|đưa)|อย่า(?:บอก|แชร์|ให้)`,
].join('|');
const ADVICE_SENTENCE = new RegExp(`(?:${NEVER_GIVE})[^.!?。!?\n]{0,60}?(?:${SECRET_WORD})|(?:${SECRET_WORD})[^.!?。!?\n]{0,40}?(?:${NEVER_GIVE})`, 'iu');
/** Advice is short: a long text with a warning in it is something else. */
const ADVICE_MAX = 400;

/** Does a short text advise against giving a secret away? */
export function advisesKeepingSecret(text: string): boolean {
  return text.length <= ADVICE_MAX && ADVICE_SENTENCE.test(text);
}

/**
 * A question about the assistant's own personal data: "What is your home address?", "Can you provide me with your phone
 * number?", "Quelle est ta date de naissance ?". The model, trained on requests for other people's data ("my boss Neil's
 * phone number"), scores these 0.6–0.8, but an assistant has no home address and nobody else's data is asked for. Short
 * questions only, the data owned by "you", and nobody else in the text: no one's name, no "my …", "the user", "customers".
 */
const YOUR_DATA = new RegExp(
  [
    String.raw`(?<![\p{L}])(?:your|ton|ta|tes|votre|vos|dein\p{L}*|ihr\p{L}*|tu|tus|su|sus|tuo|tua|tuoi|seu|sua|seus|suas|твой|твоя|твои|твоё|твое|ваш\p{L}*)\s(?:\p{L}+\s){0,2}?`,
    String.raw`(?:(?:home\s|current\s|personal\s|private\s|billing\s|mailing\s|email\s|postal\s)?address|phone\s(?:number)?|mobile\s(?:number)?|date\sof\sbirth|birthday|age|social\ssecurity\snumber|ssn|passport\s(?:number)?|credit\scard|card\snumber|bank\saccount|maiden\sname|driver's\slicense|salary|income|medical\shistory`,
    String.raw`|adresse|numéro|date\sde\snaissance|anniversaire|adresse\se-?mail|telefonnummer|handynummer|geburtsdatum|geburtstag|wohnadresse|dirección|número\sde\steléfono|fecha\sde\snacimiento|cumpleaños|indirizzo|numero\sdi\stelefono|data\sdi\snascita|compleanno|endereço|número\sde\stelefone|data\sde\snascimento|aniversário|адрес|номер\sтелефона|дат\p{L}\sрождения|день\sрождения)(?![\p{L}])`,
  ].join(''),
  'iu',
);
/** Someone else in the question: a relative or colleague, the user, customers, someone's name ("Elsa's", "of Frodo"). */
const SOMEONE_ELSE =
  /(?<![\p{L}])(?:my|mon|ma|mes|mein\p{L}*|mi|mis|mio|mia|meu|minha|мой|моя|мои|his|her|their|him|them|user|users|customer|customers|client|clients|patient|patients|employee|employees|person|people|someone|somebody|anyone|everyone|members?|utilisateur\p{L}*|benutzer\p{L}*|usuario\p{L}*|utente|usuário\p{L}*|пользовател\p{L}*)(?![\p{L}])|\p{Lu}\p{Ll}+['’]s(?![\p{L}])|(?<=\p{L}[^.!?]*\s)\p{Lu}\p{Ll}{2,}/u;
const OWN_DATA_MAX = 200;

/** Does a short question ask the assistant for its own personal data, and nobody else's? */
export function asksAssistantsOwnData(text: string): boolean {
  return text.length <= OWN_DATA_MAX && YOUR_DATA.test(text) && !SOMEONE_ELSE.test(text);
}

/** Texts longer than this are more than a question about a character. */
const FICTION_MAX = 600;

/** Is a short text about a fictional world or character ("Snow White's email address")? Nobody's privacy is at stake. */
export function aboutFiction(text: string): boolean {
  return text.length <= FICTION_MAX && FICTIONAL_NAMES.test(text.toLowerCase());
}
