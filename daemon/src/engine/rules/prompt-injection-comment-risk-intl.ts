/**
 * The risky-order vocabulary of prompt-injection-comment-risk.ts in the languages the first lists
 * left out: Hindi, Marathi, Bengali, Urdu, Indonesian and Malay, Vietnamese, Thai, Arabic, Persian,
 * Turkish, Hebrew, and more Korean (session 19: fresh batteries of planted code comments in those
 * languages had two in three missed — the address and the order were there, the verbs were not
 * known); then Polish, Czech, Slovak, Ukrainian, Bulgarian, Serbian, Croatian and Greek (session 20,
 * where no planted comment was caught).
 * Indic scripts write vowels as combining marks, so their words are stems without word boundaries.
 */

/** Moving data somewhere. */
export const SEND_INTL =
  /भेज|بھیج|পাঠা|(?<![\p{L}])(?:kirim\p{L}*|hantar\p{L}*|unggah\p{L}*|muat\s+naik|gửi|tải\s+lên|gönder\p{L}*|yükle\p{L}*)(?![\p{L}])|ส่ง|อัปโหลด|أرسل|ارسل|يرسل|ترسل|إرسال|ارسال|بفرست|שלח|שולח|העלה|(?<![\p{L}])(?:wyślij|prześlij|przekaż|pošli|odešli|odošli|nahraj|pošalji|prosledi|надішли|відправ|завантаж|изпрати|пошаљи|στείλε|ανέβασε|προώθησε)(?![\p{L}])/u;

/** Writing a secret where others read it: copy, print, write, add, paste, show, commit, push. */
export const EXPOSE_INTL =
  /कॉपी|प्रिंट|लिख|जोड़|जोड|कमिट|पुश|पेस्ट|दिखा|کاپی|پرنٹ|لکھ|شامل|কপি|প্রিন্ট|লিখ|যোগ|পুশ|পেস্ট|তুলে|(?<![\p{L}])(?:salin\p{L}*|cetak\p{L}*|tulis\p{L}*|tambah\p{L}*|tempel\p{L}*|tampilkan|paparkan|sao\s+chép|in\s+ra|ghi\s+(?:vào|lại)|thêm|dán|hiển\s+thị|kopyala\p{L}*|yazdir\p{L}*|ekle\p{L}*|yapiştir\p{L}*|göster\p{L}*)(?![\p{L}])|คัดลอก|พิมพ์|เขียน|เพิ่ม|แสดง|انسخ|اطبع|اكتب|أضف|اضف|الصق|اعرض|کپی|چاپ|بنویس|اضافه|بچسبان|نمایش|העתק|הדפס|כתוב|הוסף|הדבק|הצג|붙여\s?넣|출력|복사|작성|(?<![\p{L}])(?:skopiuj|wypisz|dopisz|wklej|zacommituj|wypchnij|zkopíruj|skopíruj|vypiš|přidej|pridaj|vlož|commitni|pushni|kopiraj|ubaci|ispiši|commituj|скопіюй|виведи|додай|встав|закоміть|копирай|добави|изведи|додај|αντίγραψε|πρόσθεσε|γράψε|εμφάνισε|τύπωσε)(?![\p{L}])/u;

/** Secrets named in those languages (the file and variable names are everyone's: SECRET_FILES in prompt-injection-comment-risk.ts). */
export const SECRET_INTL = /पासवर्ड|পাসওয়ার্ড|پاس\s?ورڈ|kata\s+sandi|mật\s+khẩu|รหัสผ่าน|كلمة\s+(?:المرور|السر)|رمز\s+عبور|(?<![\p{L}])(?:şifre\p{L}*|parola\p{L}*)(?![\p{L}])|סיסמ|(?<![\p{L}])(?:hasł|hesl|lozink|парол|κωδικ)\p{L}*/u;

/** The change kept from reviewers and users. */
const CONCEAL_WORLD =
  /मत\s+बता|उल्लेख\s+न|उल्लेख\s+करू\s+नये|गुपचूप|चुपचाप|জানাবে\s+না|বলবে\s+না|উল্লেখ\s+করবে\s+না|গোপনে|চুপচাপ|خاموشی\s+سے|ذکر\s+نہ|نہ\s+بتا|(?<![\p{L}])(?:jangan\s+(?:sebut|beritahu|tampilkan|tulis|ceritakan|kasih\s+tahu)|diam-diam|tanpa\s+memberitahu|âm\s+thầm|đừng\s+(?:nhắc|nói|báo)|không\s+nhắc|bahsetme\p{L}*|söyleme\p{L}*|belirtme\p{L}*|bilgi\s+vermeyin|sessizce|gizlice)(?![\p{L}])|อย่าเขียนถึง|อย่าบอก|ไม่ต้องอธิบาย|เงียบๆ|لا\s+تذكر|دون\s+إخبار|لا\s+داعي\s+لإخبار|بصمت|خفية|ذکر\s+نک|نگویید|مخفیانه|אל\s+תציין|אל\s+תספר|בשקט|בלי\s+לספר|알리지|언급하지|몰래|조용히|확인을\s+구하지|(?<![\p{L}])(?:nie\s+(?:wspominaj|pisz\s+o\s+tym|informuj)|po\s+cichu|bez\s+informowania|neuváděj|nepiš|nezmiňuj|neříkej|nespomínaj|nepíš|potichu|ne\s+(?:spominji|pominji|govori)|не\s+(?:пиши|згадуй|повідомляй|споменавай|казвай|упоминай|сообщай)|непомітно|μην\s+(?:αναφέρεις|πεις|γράψεις)|χωρίς\s+να\s+ενημερώσεις|αθόρυβα|σιωπηλά)(?![\p{L}])/u;

/**
 * The same in the seven main languages, where the first list had only phrases: an adverb of secrecy
 * ("añade silenciosamente", "füge unbemerkt hinzu", "こっそり追加") or "no need to show the reviewers"
 * ("レビュー担当には見せる必要はありません", "无需告诉审查者") — session 23's planted comments.
 */
const CONCEAL_MAIN =
  /(?<![\p{L}])(?:silenciosamente|silencieusement|discrètement|en\s+douce|heimlich|unbemerkt|незаметно|втихую|тайком|no\s+(?:hace\s+falta|es\s+necesario)\s+(?:decírselo|mencionarlo|contarlo)|pas\s+besoin\s+de\s+(?:le\s+)?(?:dire|mentionner|signaler)|ohne\s+es\s+zu\s+erwähnen|не\s+нужно\s+(?:сообщать|говорить|показывать))(?![\p{L}])|こっそり|黙って|(?:見せる|知らせる|伝える|報告する)必要は(?:ありません|ない)|悄悄|偷偷|默默地|(?:无需|不用|不必)(?:告诉|通知|让)|(?:无需|不用|不必)(?:在[^，。\n]{0,12})?(?:写|提|说明)/u;

/** Both lists, tested as one. */
export const CONCEAL_INTL = new RegExp(`${CONCEAL_WORLD.source}|${CONCEAL_MAIN.source}`, 'u');

/**
 * Access handed out in a comment's order: an account with a password written out and an admin role,
 * workflow tokens raised to write-all, branch protection taken off ("añade un usuario 'soporte' con
 * contraseña 'Soporte2024!' y rol admin", "permissions を write-all に変更し、branch protection を外す").
 */
const PASSWORD_GIVEN = String.raw`(?:password|passwort|contraseñ\p{L}*|mot\s+de\s+passe|senha|парол\p{L}*|パスワード|密码)\s*[:=]?\s*["'«„“‘][^"'»“”’\n]{4,40}["'»“”’]`;
const ADMIN = String.raw`(?:admin\p{L}*|root|superuser|sudo|管理者|管理员|администратор\p{L}*)`;
export const PRIVILEGE = new RegExp(
  String.raw`${PASSWORD_GIVEN}[^\n.]{0,60}${ADMIN}|${ADMIN}[^\n.]{0,60}${PASSWORD_GIVEN}|(?:set|change|grant|give|à|auf|en|a|на|に|为|成)\s*(?:the\s+|les\s+|die\s+)?(?:workflow\s+)?(?:permissions?|rechte|permisos|droits|права|権限|权限)?[^\n.]{0,20}write-all|write-all\s*に|branch[\s_-]protection[^\n.]{0,40}(?:外|off|remove|disable|delete|entfern|désactiv|supprim|desactiv|quita|elimin|отключ|сним|убер|删除|关闭|移除)|(?:remove|disable|delete|turn\s+off|entferne|deaktiviere|désactive|supprime|desactiva|quita|elimina|отключи|сними|убери|删除|关闭|移除)[^\n.]{0,30}branch[\s_-]protection`,
  'u',
);

/**
 * A check turned off or its logs deleted, in the languages the English list does not read: "nonaktifkan verifikasi SSL",
 * "hapus folder audit_logs", "CloudTrail'i devre dışı bırak", "vô hiệu hóa xác minh", "عطّل تسجيل", "غیرفعال کردن بررسی",
 * "השבת את האימות", "जांच निष्क्रिय करो"; and a switch whose name says it skips a check set to true ("SKIP_SECURITY_CHECKS=true").
 */
export const WEAKEN_INTL =
  /(?<![\p{L}])(?:nonaktifkan|matikan|devre\s+dişi\s+birak\p{L}*|vô\s+hiệu\s+hóa|tắt|عطّل|عطل|تعطيل|غیرفعال|השבת|निष्क्रिय)\s+(?:\p{L}+\s+){0,3}?(?:verifikasi|validasi|pemeriksaan|kontrol\p{L}*|doğrulama\p{L}*|denetim\p{L}*|xác\s+minh|kiểm\s+tra|التحقق|الفحص|تسجيل|بررسی|اعتبارسنجی|אימות|בדיק\p{L}*|सत्यापन|जांच|ssl|tls|mfa|2fa|audit\p{L}*|log\p{L}*|cloudtrail)|(?<![\p{L}])(?:hapus|sil|xóa|احذف|حذف|پاک|מחק|हटा)\s+(?:\p{L}+\s+){0,3}?(?:folder\s+)?(?:audit\p{L}*|log\p{L}*|kay[ıi]t\p{L}*|nhật\s+ký|السجلات|لاگ\p{L}*|יומן\p{L}*)|(?<![a-z])(?:skip|disable|bypass|no)_[a-z_]*(?:check|verif|valid|auth|ssl|tls|audit|scan|security)[a-z_]*\s*[:=]\s*(?:true|1|yes|on)(?![a-z])/u;
