import { explanationFactor, paragraphBefore } from './malicious-input-context';
import { REPORT_CONTEXT } from './privacy-context';
import { WindowSearch } from './window-search';

/**
 * pii-personal-data-request-i18n in Hindi, Urdu, Bengali, Arabic, Persian, Hebrew, Turkish, Korean,
 * Thai, Vietnamese and Indonesian. These languages mark a person with suffixes, honorifics or word
 * order rather than with a genitive the way the other patterns read it, so the rule asks for three
 * things in one paragraph instead of one phrase: a sensitive attribute (home address, phone, national
 * ID, medical record, salary, live location), someone else (a relation such as "my neighbour" or "my
 * ex", or "his/her"), and a request verb next to the attribute. Each alone is everyday talk.
 */

/** Sensitive attributes; Arabic, Persian and Indonesian forms carrying "his/her" count as a third person too. */
const ATTR = [
  String.raw`घर\sका\sपता|(?:उसका|उसके|उनका|उनके)\sपता|मोबाइल\sनंबर|फ़ोन\sनंबर|फोन\sनंबर|आधार\s(?:नंबर|कार्ड)|पैन\s(?:नंबर|कार्ड)|मेडिकल\s(?:रिपोर्ट|रिकॉर्ड)|सैलरी|वेतन|लोकेशन|बैंक\s(?:अकाउंट|खाता)`,
  String.raw`گھر\sکا\sپتہ|موبائل\sنمبر|فون\sنمبر|شناختی\sکارڈ|سی\sاین\sآئی\sسی|میڈیکل\sریکارڈ|تنخواہ|لوکیشن|بینک\sاکاؤنٹ`,
  String.raw`ঠিকানা|মোবাইল\sনম্বর|ফোন\sনম্বর|এনআইডি|জাতীয়\sপরিচয়পত্র|মেডিকেল\sরিপোর্ট|বেতন|লোকেশন|ব্যাংক\sঅ্যাকাউন্ট`,
  String.raw`(?<arOwn>عنوان\s(?:بيته|بيتها|منزله|منزلها|سكنه|سكنها)|رقم\s(?:هويته|هويتها|جواله|جوالها|هاتفه|هاتفها|جوازه|جوازها)|موقع\s(?:جواله|جوالها|هاتفه|هاتفها))|عنوان\s(?:البيت|المنزل|السكن)|رقم\s(?:الجوال|الهاتف|الهوية|الجواز)|الهوية\sالوطنية|الموقع\sالحالي|السجل\sالطبي|سجلات\sطبية|الملف\sالطبي|راتب|رقم\sالحساب`,
  String.raw`(?<faOwn>آدرسش|حسابش|شماره‌اش|شماره\sاش)|آدرس|نشانی|شماره\s(?:موبایل|تلفن|همراه|حساب|کارت)|کد\sملی|پرونده\sپزشکی|سوابق\sپزشکی|محل\sکار|حساب\sبانکی`,
  String.raw`כתובת|מספר\s(?:טלפון|הטלפון|תעודת\sהזהות|ת"ז|זהות|חשבון)|תעודת\sזהות|ת"ז|תיק\sרפואי|רשומות\sרפואיות|האבחנות|התרופות|משכורת|מקום\sהעבודה`,
  String.raw`ev\sadres\p{L}*|adres\p{L}*|telefon\snumara\p{L}*|cep\snumara\p{L}*|(?:tc\s)?kimlik\snumara\p{L}*|sa[gğ]l[iı]k\skay[iı]t\p{L}*|te[sş]his\p{L}*|maa[sş]\p{L}*|konum\p{L}*|banka\shesab\p{L}*|[cç]al[iı][sş]t[iı][gğ][iı]\syer\p{L}*`,
  String.raw`집\s?주소|주소|전화\s?번호|폰\s?번호|핸드폰\s?번호|휴대폰\s?번호|주민(?:등록)?\s?번호|진료\s?기록|상담\s?기록|처방\s?내역|병력|월급|연봉|계좌\s?번호`,
  String.raw`ที่อยู่|เบอร์โทร|เบอร์มือถือ|เลขบัตรประชาชน|เลขประจําตัวประชาชน|ประวัติการรักษา|เงินเดือน|พิกัด|โลเคชั่น|เลขบัญชี`,
  String.raw`địa\schỉ(?:\snhà)?|số\sđiện\sthoại|sđt|số\scccd|số\scmnd|căn\scước|hồ\ssơ\sbệnh\sán|bệnh\sán|lương|vị\strí|số\stài\skhoản`,
  String.raw`(?<idOwn>alamatnya|nomornya|lokasinya|rumahnya|gajinya)|alamat(?:\srumah)?|nomor\s(?:hp|telepon|telpon|ktp|nik|rekening)|rekam\smedis|riwayat\s(?:medis|penyakit)|lokasi`,
  // Hindi and Urdu in Latin letters: "uski biwi ka mobile number chahiye", "uska ghar ka address nikal do".
  String.raw`ghar\sk[ae]\s(?:address|pata)|mobile\snumber|phone\snumber|aadhaa?r\s(?:number|card)|cnic(?:\snumber)?|pan\scard|bank\saccount\sdetails|live\slocation`,
  // Marathi, Nepali.
  String.raw`घराचा\sपत्ता|पत्ता|मोबाईल\sनंबर|मेडिकल\sरेकॉर्ड|वैद्यकीय\s(?:नोंदी|अहवाल)|पगार|आधार\sक्रमांक|चाचणीचा\sनिकाल|घरको\sठेगाना|ठेगाना|फोन\sनम्बर|मोबाइल\sनम्बर|तलब|नागरिकता\s(?:नम्बर|नं)|मेडिकल\sरिपोर्ट`,
  // Tagalog, Malay.
  String.raw`sweldo|suweldo|tirahan|sss\snumber|numero\sng\s(?:telepono|cellphone)|rekord\smedikal|rekod\s(?:pesakit|perubatan)|nombor\s(?:telefon|ic|mykad|kad\spengenalan|akaun)|mykad|gaji`,
].join('|');

export const ASIA_ATTRIBUTE = new RegExp(`(?<asia>${ATTR})`, 'gu');

/**
 * Someone else: a relation, an ex, a neighbour, a colleague, "his/her", a title before a name. Words of scripts
 * matched without spaces' help are bounded where the language allows: Hindi and Bengali on both sides (एक्स is
 * not एक्सपोर्ट), Urdu, Arabic and Hebrew after the word only (their prepositions attach in front), Persian not at
 * all (its possessives attach behind: "همسایه‌مون").
 */
const THIRD_PERSON_WORDS: readonly (readonly [string, 'both' | 'after' | 'ko' | 'latin' | 'none'])[] = [
  [String.raw`पड़ोसी|पड़ोसन|एक्स|गर्लफ्रेंड|बॉयफ्रेंड|पूर्व\s(?:पत्नी|पति)|सहकर्मी|बॉस|उसका|उसकी|उसके|उनका|उनकी|उनके|श्रीमती`, 'both'],
  [String.raw`پڑوسی|پڑوسن|سابقہ\sبیوی|سابق\sشوہر|بیوی|شوہر|ساتھی|باس|اس\sکا|اس\sکی|اس\sکے|ان\sکا|ان\sکی`, 'after'],
  [String.raw`প্রতিবেশী|কলিগ|সহকর্মী|প্রাক্তন|এক্স|ওর|ওনার|তার|তাঁর|স্ত্রী|স্বামী`, 'both'],
  [String.raw`جاري|جارتي|زميلي|زميلتي|مديري|طليقتي|طليقي|زوجتي|زوجي|صاحبه|صاحبها`, 'after'],
  [String.raw`همسایه|همکار|همسر\sسابق|دوست\sدختر\sسابق|دوست\sپسر\sسابق|رئیسم|مدیرم|زنم|شوهرم`, 'none'],
  [String.raw`השכן|השכנה|האקס|הגרוש|הגרושה|הבחורה|הבחור|העמית|הבוס|שלה|שלו`, 'after'],
  [String.raw`eski\se[sş]im|eski\ssevgilim|kom[sş]um|i[sş]\sarkada[sş][iı]m|patronum|m[uü]d[uü]r[uü]m|kar[iı]m|kocam|onun|bayan|han[iı]m`, 'none'],
  [String.raw`전\s?여자\s?친구|전\s?남자\s?친구|전처|전\s?남편|이웃|옆집|동료|상사|팀장|그\s사람|그녀|[가-힣]{2,3}\s?씨`, 'ko'],
  [String.raw`ของเขา|ของเธอ|เพื่อนร่วมงาน|แฟนเก่า|เพื่อนบ้าน|หัวหน้า|ภรรยา|สามี`, 'none'],
  [String.raw`vợ\scũ|chồng\scũ|người\syêu\scũ|hàng\sxóm|đồng\snghiệp|sếp|cô\sấy|anh\sấy|chị\sấy`, 'none'],
  [String.raw`mantan|tetangga|rekan\skerja|atasan|istri\ssaya|suami\ssaya|pacar\ssaya`, 'none'],
  [String.raw`padosi|padosan|biwi|uska|uski|uske|unka|unki|unke|ex\sgirlfriend|ex\sboyfriend|ex\swife|ex\shusband|boss`, 'latin'],
  // Marathi, Nepali.
  [String.raw`शेजारी|शेजारीण|रुग्णाचे|रुग्णाची|रुग्णाचा|त्याचा|त्याची|त्याचे|तिचा|तिची|तिचे|सहकारी|छिमेकी|उनको|उसको|उहाँको|बुवाको|आमाको|हाकिमको|सहकर्मीको|साथीको|श्रीमतीको`, 'both'],
  // Tagalog ("ni Jerome": a person's), Malay.
  [String.raw`kapitbahay|katrabaho|amo\sko|dating\s(?:asawa|nobya|nobyo)|ex\sko|niya|ni\s\p{L}{2,}|jiran|bekas\s(?:isteri|suami|kekasih)|rakan\ssekerja|majikan`, 'latin'],
  [String.raw`آقای|خانم`, 'none'],
];
const BOUNDED = { both: ['(?<![\\p{L}\\p{M}])', '(?![\\p{L}\\p{M}])'], after: ['', '(?![\\p{L}\\p{M}])'], ko: ['', '(?=[\\s의가는를을에])'], latin: ['(?<![\\p{L}])', '(?![\\p{L}])'], none: ['', ''] } as const;
const THIRD_PERSON = new RegExp(THIRD_PERSON_WORDS.map(([w, m]) => `${BOUNDED[m][0]}(?:${w})${BOUNDED[m][1]}`).join('|'), 'u');
/** The same words unbounded: a context-free pattern, so one search of the text can answer for every paragraph (window-search.ts). */
const THIRD_PERSON_NEAR = new WindowSearch(new RegExp(THIRD_PERSON_WORDS.map(([w]) => `(?:${w})`).join('|'), 'u'));

/** A request near the attribute: find, tell, give, send, look up, get out of a database. */
const REQUEST = new RegExp(
  [
    String.raw`(?<![\p{L}\p{M}])(?:बताओ|बताइए|बता\sदो|बता\sदीजिए|दे\sदो|दीजिए|निकालो|निकाल\sदो|निकल\sजाए|पता\sलगा|पता\sकरो|ढूंढो|ढूँढो|ढूंढ\sदो|खोजो|चाहिए|भेजो)(?![\p{L}\p{M}])`,
    String.raw`(?:بتاؤ|بتائیں|بتا\sدو|دے\sدو|دے\sدیں|نکالو|نکال\sدو|ڈھونڈو|تلاش\sکرو|چاہیے|بھیجو|پتہ\sکرو)(?![\p{L}\p{M}])`,
    String.raw`(?<![\p{L}\p{M}])(?:বলো|বলুন|দাও|বলে\sদিন|বের\sকরো|বের\sকরে|খুঁজে|জানাও|চাই|পাঠাও)(?![\p{L}\p{M}])`,
    String.raw`(?:أبغى|أبي|أريد|اريد|أحتاج|احتاج|تحديد|ابحث|أعطني|اعطني|جيب|هات|أرسل|ارسل|أتتبع|اتتبع|أعرف|اعرف)(?![\p{L}\p{M}])`,
    String.raw`(?:بگو|بگی|پیدا\sکن|بده|بفرست|می‌خوام|میخوام|درآر|دربیار|استخراج\sکن)(?![\p{L}\p{M}])`,
    // Marathi, Nepali.
    String.raw`(?<![\p{L}\p{M}])(?:दाखव|दाखवा|सांग|सांगा|शोधा|शोधून\sद्या|पाहिजे|हवा|हवी|काढा|चाहियो|बताइदेऊ|बताइदिनुस्|बताउनुहोस्|बताऊ|खोजेर\sदेऊ|खोजिदेऊ|पठाइदेऊ|दिनुहोस्|देऊ|कति\sहो|मदद\sकरो)(?![\p{L}\p{M}])`,
    // Tagalog, Malay.
    String.raw`(?<![\p{L}])(?:magkano|ano\sang|ibigay|hanapin|hanapan|pakisabi|sabihin|kailangan\sko|ipadala|semak|beritahu|hantar|keluarkan|dapatkan)(?![\p{L}])`,
    String.raw`(?:תמצא|תמצאי|תן\sלי|תני\sלי|תשיג|תבדוק|רוצה\sלדעת|תשלח|תביא)(?![\p{L}\p{M}])`,
    String.raw`(?<![\p{L}])(?:bul(?:abilir\p{L}*|un|ur)?|[cç][iı]kar\p{L}*|s[oö]yle\p{L}*|ver(?:ir\p{L}*|in|ebilir\p{L}*)?|[oö][gğ]ren\p{L}*|g[oö]nder\p{L}*|laz[iı]m|istiyorum)(?![\p{L}])`,
    String.raw`(?:찾아|알려|뽑아|보내|붙여|조회해|확인해)\s?(?:줘|주세요|줄래|줄\s수|서)`,
    String.raw`ช่วยหา|หาให้|บอก|ขอ|ส่ง|เช็ค|ตรวจสอบ`,
    String.raw`(?<![\p{L}])(?:tìm|cho\stôi|gửi|tra\scứu|lấy|xuất|kiểm\stra|cari|carikan|kasih|berikan|kirim|lacak|ambil|cek|tolong|nikal\sdo|nikalo|batao|bata\sdo|chahiye|chahie|dhundho|dhoondo|pata\skaro|pata\slaga\sdo|bhejo)(?![\p{L}])`,
  ].join('|'),
  'u',
);

/** The writer's own attribute, just before it or after it ("मेरा मोबाइल नंबर", "alamat saya", "כתובת שלי"). */
const OWN_BEFORE = /(?:मेरा|मेरी|मेरे|अपना|अपनी|अपने|میرا|میری|میرے|اپنا|اپنی|আমার|নিজের|제|내|저의|benim)\s?$/u;
const OWN_AFTER = /^\s?(?:שלי|من|ของฉัน|ของผม|của\stôi|của\smình|saya|ku|m[iı]\b|im\b)/u;


/** Confidence for an attribute found by ASIA_ATTRIBUTE (0 when it is not a request for someone else's). */
export function asiaRequestConfidence(m: RegExpExecArray, text: string): number {
  const s = m.index;
  const e = s + m[0].length;
  if (OWN_BEFORE.test(text.slice(Math.max(0, s - 8), s)) || OWN_AFTER.test(text.slice(e, e + 12))) return 0;
  const para = paragraphBefore(text, s, 200);
  const from = s - para.length;
  const to = Math.min(text.length, e + 100);
  // (A text of attribute words with nobody in them, 100 KB of "adres", is answered by one search.)
  const third = m.groups?.arOwn !== undefined || m.groups?.faOwn !== undefined || m.groups?.idOwn !== undefined || (THIRD_PERSON_NEAR.test(text, from, to) && THIRD_PERSON.test(text.slice(from, to)));
  if (!third) return 0;
  const near = `${text.slice(Math.max(0, s - 60), s)} ${text.slice(e, e + 80)}`;
  if (!REQUEST.test(near)) return 0;
  const conf = REPORT_CONTEXT.test(para) ? 0.35 : 0.75;
  return conf * explanationFactor(text, s, e);
}
