import type { Rule } from './rule';
import type { ScanContext } from '../types';
import { anchoredRule, sticky, type AnchoredSpec } from './lexicon-matcher';
import { discussionFactor, lineAfter, lineBefore } from './lexicon-meta';
import { WindowSearch } from './window-search';

/**
 * Delimiter and role spoofing: chat-template tokens, fake "SYSTEM:" headers and tags, "end of user
 * input" boundaries and invented assistant turns, all written to make injected text look like it
 * comes from the system or from the model itself.
 */

/** Prompt files and system prompts legitimately contain role headers and template tokens. */
function trustedSource(ctx: ScanContext): boolean {
  return ctx.source === 'system' || ctx.source === 'prompt_file';
}


/** Signs that a template token sits in code or documentation that builds prompts, not in a message. */
const TEMPLATE_CODE = /apply_chat_template|tokenizer|chat[_ ]?template|chatml|special[_ ]tokens?|f["']|\.format\(|\$\{|\{\{?\s?[a-z_]+\s?\}\}?|%s|\+\s*["']|["']\s*\+/u;

const templateSpec: AnchoredSpec = {
  anchors: ['<|', '<<sys>>', '<</sys>>', '[inst]', '[/inst]', '<start_of_turn>', '<end_of_turn>'],
  patterns: [
    sticky(
      '<\\|(?:im_start|im_end|im_sep|system|user|assistant|endoftext|eot_id|start_header_id|end_header_id|begin_of_text|end_of_text|eom_id)\\|>|<<\\/?sys>>|\\[\\/?inst\\]|<(?:start|end)_of_turn>',
    ),
  ],
  confidence: 0.8,
  validate: (m, text, ctx) => {
    if (trustedSource(ctx)) return 0;
    const s = m.index;
    const e = s + m[0].length;
    const line = lineBefore(text, s, 200) + lineAfter(text, e, 200);
    if (TEMPLATE_CODE.test(line) || TEMPLATE_CODE.test(text.slice(Math.max(0, s - 150), s))) return 0.35;
    return 0.8 * discussionFactor(text, s, e);
  },
};

/** What a forged system message says: new rules, elevated rights, orders to the model (in the nine languages). */
const INSTRUCTION_CUE =
  /ignore|disregard|forget|override|you (?:are|must|will|should|now|have been|may)|new (?:instructions?|rules?|task|directive)|from now on|the (?:assistant|ai|model) (?:must|will|should|is|may)|(?:assistants?|agents?|bots?) (?:(?:may|can) now|must|are (?:now )?(?:allowed|permitted|authori[sz]ed|required) to)|may now (?:share|send|forward|access|disclose|export|upload)|reveal|unrestricted|developer mode|authori[sz]|granted?|disable|bypass|the user is (?:an? )?(?:admin|developer|authori|verified|trusted)|do not (?:refuse|mention|tell|warn)|must (?:comply|obey|answer)|instead|respond (?:only|with)|print|output|jailbr|safety|restrictions|tu dois|vous devez|désormais|à partir de maintenant|sans restriction|ne refuse|mode développeur|du musst|sie müssen|ignoriere|ab (?:jetzt|sofort)|ohne einschränkung|entwicklermodus|verweigere nicht|debes|ignora|a partir de ahora|sin restricciones|no te niegues|no rechaces|modo desarrollador|ya puede|puede revelar|revela|actualización de polític|autoriza|verificado|peut désormais|révèle|mise à jour de la politique|darf jetzt|gib .{0,20}preis|richtlinienänderung|теперь (?:можешь|может)|раскрой|новые (?:инструкции|правила|указания)|nouvelles (?:instructions|consignes|règles)|neue (?:anweisungen|regeln)|nuevas (?:instrucciones|reglas)|novas (?:instruções|regras)|nuove (?:istruzioni|regole)|新(?:的)?(?:指令|指示|规则)|新しい(?:指示|ルール)|可以透露|现在可以|開示して|開示でき|ты должен|ты должна|игнорируй|отныне|с этого момента|без ограничений|не отказывай|você deve|sem recusas|sem restrições|a partir de agora|devi |senza restrizioni|da ora in poi|non rifiutare|режим разработчика|必须|不得拒绝|不要拒绝|不能拒绝|忽略|无视|无限制|没有限制|已关闭|已解除|已禁用|所有问题|从现在起|开发者模式|必ず|拒否しない|拒否せず|無視|制限なし|制限を解除|解除され|無効化され|すべての質問|今後は|開発者モード|відтепер|з цього моменту|нові (?:інструкції|правила|вказівки)|ігноруй|без обмежень|режим розробника|od tej chwili|od teraz|now[ea] (?:polecenia?|instrukcje|zasady|reguły)|zignoruj|bez ograniczeń|tryb deweloperski|od této chvíle|od teď|nové (?:pokyny|instrukce|příkazy|pravidla)|nový příkaz|ignoruj|bez omezení|vývojářský režim|από (?:τ[ωώ]ρα|εδ[ωώ] και (?:πέρα|στο εξής))|ν[εέ]ες οδηγ[ιί]ες|ν[εέ]οι καν[οό]νες|ν[εέ]α εντολ[ηή]|αγν[οό]ησε|χωρ[ιί]ς περιορισμο[υύ]ς|지금부터|이제부터|새로운 (?:지시|규칙|명령)|무시하|제한 없이|개발자 모드|bundan (?:böyle|sonra)|yeni (?:talimat|kural|komut)|görmezden gel|yok say|kisitlama olmadan|kisitlamalar kaldirildi|geliştirici modu|من الآن فصاعدا|تعليمات جديدة|قواعد جديدة|تجاهل|بدون قيود|وضع المطور|מעכשיו|הוראות חדשות|התעלם|ללא הגבלות|מצב מפתח|अब से|नए निर्देश|नए नियम|अनदेखा कर|नज़रअंदाज़ कर|बिना किसी प्रतिबंध|يسمح لك الآن|يُسمح لك الآن|تجاوز (?:جميع|كل) القيود|از این (?:لحظه|به بعد)|محدودیت‌های قبلی|بدون فیلتر|نادیده بگیر|اب سے|نظر انداز کر|mulai sekarang|abaikan|tanpa (?:batasan|filter)|từ giờ|bỏ qua (?:mọi|tất cả)|không giới hạn|ตั้งแต่นี้|ไม่มีข้อจํากัด|mula ngayon|huwag pansinin|walang limitasyon/u;

/**
 * Cues an IT notice to people also has ("SYSTEM NOTICE: You must change your password by Friday"):
 * alone, they make a forged header only when the text after it is about the model itself.
 */
const WEAK_CUE = /you (?:are|must|will|should|have been|may)|tu dois|vous devez|du musst|sie müssen|debes|você deve|devi |ты должен|ты должна|必须|必ず|authori[sz]\w*|granted?|print|output|instead|safety|restrictions|disable/gu;
/** What the text after a header is about when it addresses the model, not a person. */
const AI_ADDRESSEE =
  /(?<![\p{L}])(?:assistant|ai|llm|chatbot|bot|agents?|model|gpt|chatgpt|claude|gemini|copilot|respond|reply|answer|refus\w*|comply|obey|prompt|instructions?|guidelines|filters?|restrictions|jailbr\w*|your (?:safety|settings|context|memory|training|guardrails|rules|polic(?:y|ies))|ia|ki|assistente?|asistente|assistent|modèle|modell|modelo|modello|ассистент|ии|модель|бот)(?![\p{L}])|助手|模型|人工智能|アシスタント|モデル/u;

/** INSTRUCTION_CUE near many headers of one text with one search of it (a text of 5,000 forged boundaries took 19 ms). */
const INSTRUCTION_CUE_NEAR = new WindowSearch(INSTRUCTION_CUE);

/** True when text[from, to), after a header, holds an order to the model (a weak cue alone needs the model named). */
function ordersModel(text: string, from: number, to: number): boolean {
  if (!INSTRUCTION_CUE_NEAR.test(text, from, to)) return false;
  const after = text.slice(from, to);
  return INSTRUCTION_CUE.test(after.replace(WEAK_CUE, ' ')) || AI_ADDRESSEE.test(after);
}

/** Orders that no ordinary "System" heading is followed by. */
const STRONG_CUE = /ignore|disregard|override|new (?:instructions?|rules?)|from now on|you are now|unrestricted|developer mode|reveal|jailbr|do not refuse/u;

/** Decoration allowed before a header on its line: `### SYSTEM:`, `[SYSTEM]`, `> system:`. */
const HEADER_PREFIX = /(?:^|[.!?]\s{1,3}|["'“])[\s#*>\-[(<|=]*$/u;

/** A Greek phrase as written and without its accents (capitals carry none). */
function greekSpellings(phrases: readonly string[]): string[] {
  return phrases.flatMap((p) => [p, p.normalize('NFD').replace(/\p{M}/gu, '')]);
}

/** "System message" and its kin in fr, de, es, pt, it, ru, zh, ja, uk, pl, cs, el, ko, tr, ar, he, hi (what FOREIGN_HEADER_ANCHORS start with). */
const FOREIGN_SYSTEM = [
  'message (?:du )?système', 'avis (?:du )?système', 'notification (?:du )?système', 'système', 'administrateur',
  'systemnachricht', 'systemhinweis', 'systemmeldung', 'systemmitteilung', 'system-nachricht',
  'mensaje del sistema', 'aviso del sistema', 'nota del sistema', 'sistema', 'administrador',
  'mensagem do sistema', 'aviso do sistema', 'nota do sistema', 'messaggio di sistema', 'messaggio del sistema', 'avviso di sistema', 'nota di sistema', 'amministratore',
  'системное (?:сообщение|уведомление)', 'система', 'администратор',
  '系统(?:通知|消息|提示|公告|指令|更新)?', '系統(?:通知|訊息|提示|公告|指令)?', '管理员(?:通知|消息|指令)?',
  'システム(?:通知|メッセージ|からのお知らせ|指示)?', '管理者(?:通知|メッセージ|より)?',
  'системне (?:повідомлення|сповіщення)', 'системна інструкція', 'службове повідомлення',
  'komunikat systemowy', 'wiadomość systemowa', 'powiadomienie systemowe', 'polecenie systemowe', 'instrukcja systemowa',
  'systémová zpráva', 'systémové oznámení', 'systémový pokyn', 'systémová instrukce', 'správce systému',
  'εντολ[ηή] συστ[ηή]ματος', 'μ[ηή]νυμα συστ[ηή]ματος', 'ειδοπο[ιί]ηση συστ[ηή]ματος', 'οδηγ[ιί]α συστ[ηή]ματος', 'διαχειριστ[ηή]ς',
  '시스템 (?:메시지|알림|공지|지시)', '관리자 (?:메시지|알림|지시)',
  'sistem (?:mesaji|bildirimi|notu|talimati)', 'yönetici (?:mesaji|notu)',
  'رسالة النظام', 'إشعار النظام', 'تنبيه النظام', 'تعليمات النظام', 'הודעת מערכת', 'הנחיית מערכת', 'सिस्टम (?:संदेश|सूचना|निर्देश)',
  'رسالة نظام', 'پیام سیستم(?:ی)?', 'سسٹم (?:میسج|پیغام)', 'सिस्टम मेसेज', 'ข้อความ(?:จาก)?ระบบ', 'pesan sistem', 'tin nhắn hệ thống', 'thông báo hệ thống', 'mensahe ng (?:system|sistema)',
].join('|');
const FOREIGN_HEADER_ANCHORS = [
  'message système', 'message du système', 'avis système', 'avis du système', 'notification système', '[système', '【système', 'administrateur',
  'systemnachricht', 'systemhinweis', 'systemmeldung', 'systemmitteilung', 'system-nachricht', 'mensaje del sistema', 'aviso del sistema',
  'nota del sistema', '[sistema', '【sistema', 'administrador', 'mensagem do sistema', 'aviso do sistema', 'nota do sistema', 'messaggio di sistema',
  'messaggio del sistema', 'avviso di sistema', 'nota di sistema', 'amministratore', 'системное', '[система', '[системное', 'администратор', '【系统', '[系统',
  // A bare word is everywhere in its language; with its colon it is a header: "СИСТЕМА: новые инструкции …".
  'система:', 'système:', 'système :', 'sistema:',
  '〔系统', '系统', '【系統', '[系統', '系統', '【管理员', '管理员', '【システム', '[システム', 'システム', '【管理者', '管理者',
  'системне повідомлення', 'системне сповіщення', 'системна інструкція', 'службове повідомлення', '[системне', '[службове',
  'komunikat systemowy', 'wiadomość systemowa', 'powiadomienie systemowe', 'polecenie systemowe', 'instrukcja systemowa',
  'systémová zpráva', 'systémové oznámení', 'systémový pokyn', 'systémová instrukce', 'správce systému',
  // Greek written in capitals loses its accents when folded: both spellings. Turkish ı is folded to i.
  ...greekSpellings(['εντολή συστήματος', 'μήνυμα συστήματος', 'ειδοποίηση συστήματος', 'οδηγία συστήματος', 'διαχειριστής']),
  '시스템 메시지', '시스템 알림', '시스템 공지', '시스템 지시', '관리자 메시지', '관리자 알림', '관리자 지시',
  'sistem mesaji', 'sistem bildirimi', 'sistem notu', 'sistem talimati', 'yönetici mesaji', 'yönetici notu',
  'رسالة النظام', 'إشعار النظام', 'تنبيه النظام', 'تعليمات النظام', 'הודעת מערכת', 'הנחיית מערכת', 'सिस्टम संदेश', 'सिस्टम सूचना', 'सिस्टम निर्देश',
  'رسالة نظام', 'پیام سیستم', 'سسٹم میسج', 'سسٹم پیغام', 'सिस्टम मेसेज', 'ข้อความระบบ', 'ข้อความจากระบบ', 'pesan sistem', 'tin nhắn hệ thống', 'thông báo hệ thống', 'mensahe ng system', 'mensahe ng sistema',
];

const fakeSystemSpec: AnchoredSpec = {
  anchors: [
    'system', 'admin', 'administrator', 'developer', 'root', 'openai', 'anthropic', 'end of', 'beginning of', 'start of', 'begin',
    '[tool:', '<tool:', '[system', '[/system', '<system', '</system', '[sys', '<sys>', '</sys>', '[admin', '<admin', '[instruction', '<instruction', '<<',
    '</instruction', '[developer', '<developer',
    // The same headers in the other languages.
    ...FOREIGN_HEADER_ANCHORS,
  ],
  patterns: [
    // "SYSTEM:", "### system message:", "[admin note] -", "developer instructions:" at the start of a line or sentence
    sticky(
      '(?:system|admin|administrator|developer|root|openai|anthropic)(?:[\\s_-](?:message|prompt|note|notice|update|alert|instructions?|override|command|directive|announcement|mode))?\\s{0,2}(?:\\]|>|\\)|\\*\\*|-{2,}|#{1,4})?\\s{0,2}(?:[:：]|\\n)',
    ),
    // <system>, </system>, [SYSTEM], [/INSTRUCTIONS]
    // (also namespaced, as a tool log writes its channels: "[tool:system]")
    sticky('[<[]\\/?(?:[a-z_]{1,12}:)?(?:system|sys|system_prompt|system message|admin|instructions?|developer)(?:\\s[a-z_=" ]{0,30})?[>\\]]'),
    // 【系统通知】, [システム], [SYSTÈME], [Системное сообщение]: bracketed headers in the other languages
    sticky(`[【[〔](?:${FOREIGN_SYSTEM})[^\\]】〕\\n]{0,12}[】\\]〕]`),
    // <<SISTEMA>>, <<SYSTÈME>>: doubled angle brackets
    sticky(`<<\\s?(?:${FOREIGN_SYSTEM}|system)\\s?>>`),
    // "系统通知：", "Message système :", "Systemnachricht:", "Aviso del sistema:", "Системное сообщение:"
    sticky(`(?:${FOREIGN_SYSTEM})[^\\n:：]{0,12}?\\s{0,2}[:：]`),
    // "### رسالة نظام ###", "=== پیام سیستم ===": a header closed by its marks.
    sticky(`(?:${FOREIGN_SYSTEM})\\s{0,2}(?:#{2,}|={2,}|-{3,}|\\*{2,})`),
    // "END OF USER INPUT", "--- begin system prompt ---"
    sticky(
      '(?:end|beginning|begin|start) of (?:the\\s)?(?:user (?:input|message|prompt|query|content|data|text|request)|system (?:prompt|message|instructions?)|prompt|instructions|context|document|email|conversation|input|data)|begin (?:system|new|admin|developer) (?:prompt|instructions?|message)',
    ),
    // A tool's output ended, then a forged turn: "---END OF TOOL OUTPUT---\nUSER: …" (the turn is part of the match, so a
    // text of "end of tool output" alone is never validated).
    sticky('end of (?:the\\s)?tool (?:output|result|response)s?[\\s\\-=#*]{0,6}\\n\\s{0,2}(?:user|human|system|admin|developer)\\s{0,2}:'),
  ],
  confidence: 0.75,
  validate: (m, text, ctx) => {
    if (trustedSource(ctx)) return 0;
    const s = m.index;
    const e = s + m[0].length;
    const tag = /^[<[【〔]/u.test(m[0]);
    const boundary = /^(?:end|beginning|begin|start)/u.test(m[0]);
    if (!tag && !boundary && !HEADER_PREFIX.test(lineBefore(text, s))) return 0;
    // A namespaced identifier in quotes ("system:serviceaccount:ci:deployer", "system:masters") is not a header.
    if (!tag && !boundary && /["'`]$/u.test(text.slice(Math.max(0, s - 1), s)) && /^[\w-]/u.test(text.slice(e, e + 1))) return 0;
    // A label quoted on its own ('strip "system:" prefixes') is named, not written as a header.
    if (!tag && !boundary && /["'`“]$/u.test(text.slice(Math.max(0, s - 1), s)) && /^["'`”]/u.test(text.slice(e, e + 1))) return 0;
    const cue = ordersModel(text, e, e + 200);
    let conf: number;
    if (boundary) {
      // "end of user input" is a forged boundary by itself; "end of document" only when orders follow.
      const strong = /user|system|begin (?:system|new|admin|developer)/u.test(m[0]);
      conf = cue ? 0.75 : strong && /[-=#*[\]<>]{2,}|^\s*$/u.test(lineBefore(text, s)) ? 0.7 : 0;
    } else if (tag) {
      conf = cue ? 0.75 : 0.5;
    } else if (m[0].endsWith('\n')) {
      // A bare heading line ("## System") is a forged header only when strong orders follow it.
      conf = STRONG_CUE.test(text.slice(e, e + 200)) ? 0.75 : 0;
    } else {
      conf = cue ? 0.75 : 0;
    }
    return conf === 0 ? 0 : conf * discussionFactor(text, s, e);
  },
};

/** What forged turns are for: the prompt, the rules, or harm. */
const FORGED_TURN_PURPOSE =
  /ignore|instruction|directive|system prompt|prompt|sentences in|password|secret|confidential|credential|jailbr[eo]|restriction|filter|\bdan\b|bypass|rules|hack|exploit|weapon|bomb|explosive|drugs?\b|malware|steal|kill|illegal|unethical|unfiltered|uncensored|fake id|forge|forged|counterfeit|untraceable|ammunition|firearm|\bguns?\b|pick a lock|poison|偽造|拳銃|爆弾|武器|伪造|炸弹|枪|подделк|оружи|взрывчатк/u;

/** A turn label and a compliant opening, in seven languages ("：" is folded to ":"). */
const COMPLIANT_TURN =
  /(?:^|\n)[\s*>#-]*(?:assistant|ai|chatgpt|gpt|bot|model|claude|gemini|アシスタント|助手|ассистент|ии)\s{0,2}:\s{0,3}(?:sure|certainly|of course|absolutely|happy to help|here (?:is|are)|bien sûr|d'accord|claro|por supuesto|natürlich|gerne|sicher|конечно|разумеется|好的|当然|没问题|もちろん|はい|承知)/gu;
/** The message ends on an empty assistant turn: the model is to write the next compliant answer. */
const OPEN_TURN_AT_END = /(?:^|\n)[\s*>#-]*(?:assistant|ai|chatgpt|gpt|bot|model|claude|gemini|アシスタント|助手|ассистент|ии)\s{0,2}:\s*$/u;

/** Many-shot priming: two or more compliant forged answers and an open turn for the next one. */
function manyShot(text: string): boolean {
  if (!OPEN_TURN_AT_END.test(text.slice(-40))) return false;
  COMPLIANT_TURN.lastIndex = 0;
  let n = 0;
  while (COMPLIANT_TURN.exec(text) !== null) if (++n >= 2) return true;
  return false;
}

/** A forged model reply: agreement or refusal, written so the next forged user turn looks continued. */
const fakeTurnSpec: AnchoredSpec = {
  anchors: ['assistant', 'ai', 'chatgpt', 'gpt', 'bot', 'model', 'claude', 'gemini', 'アシスタント', '助手', 'ассистент', 'ии'],
  requires: ['user', 'human', 'me', 'customer', 'ユーザー', '用户', 'пользователь', 'utilisateur', 'usuario', 'benutzer', 'nutzer'],
  patterns: [
    sticky(
      "(?:assistant|ai|chatgpt|gpt|bot|model|claude|gemini|アシスタント|助手|ассистент|ии)\\s{0,2}:\\s{0,3}(?:sure|certainly|of course|ok|okay|absolutely|yes|i'm sorry|i am sorry|i cannot|i can't|i can not|i regret|my apologies|unfortunately|as an ai|i apologi[sz]e|here (?:is|are)|understood|i understand|affirmative|access granted|happy to help|bien sûr|d'accord|claro|por supuesto|natürlich|gerne|sicher|конечно|разумеется|好的|当然|没问题|もちろん|はい|承知)",
    ),
  ],
  confidence: 0.7,
  validate: (m, text, ctx) => {
    if (trustedSource(ctx) || ctx.source === 'assistant') return 0;
    const s = m.index;
    const e = s + m[0].length;
    if (!/^[\s*>#-]*$/u.test(lineBefore(text, s))) return 0;
    // It is a forged dialogue when a user turn follows (or precedes) it in the same message.
    const window = text.slice(Math.max(0, s - 400), Math.min(text.length, e + 400));
    if (!/(?:^|\n)[\s*>#-]*(?:user|human|me|customer|ユーザー|用户|пользователь|utilisateur|usuario|benutzer|nutzer)\s{0,2}:/u.test(window)) return 0;
    // A chat log ("Human: Can you recommend a book? AI: Sure, try …") has the same shape; a forged one
    // is there to get the prompt, lift the rules or unlock harm, or ends on an empty turn to prime the next answer.
    return (FORGED_TURN_PURPOSE.test(window) || manyShot(text) ? 0.7 : 0.5) * discussionFactor(text, s, e);
  },
};

function rule(id: string, title: string, description: string, spec: AnchoredSpec): Rule {
  return anchoredRule({ id, category: 'prompt_injection', severity: 'high', owasp: 'LLM01:2025', title, description }, spec);
}

export const delimiterRules: readonly Rule[] = [
  rule(
    'pi-chat-template-tokens',
    'Chat-template control tokens in text',
    'Raw chat-template tokens such as <|im_start|>system, [INST] or <<SYS>> inside a message, used to open a forged system or assistant turn.',
    templateSpec,
  ),
  rule(
    'pi-fake-system-message',
    'Forged system message or input boundary',
    'A "SYSTEM:" / "[ADMIN]" header (also in fr, de, es, pt, it, ru, uk, pl, cs, el, zh, ja, ko, tr, ar, he, hi, fa, ur, th, id, vi, tl: "[SYSTÈME]", "Systemnachricht:", "【系统通知】", "KOMUNIKAT SYSTEMOWY:", "### رسالة نظام ###"), a </system> tag, an "END OF USER INPUT" marker or the end of a tool output with a user turn forged after it, followed by orders to the model, so injected text poses as the system prompt. "You must" after a header counts only when the text is about the model: an IT notice tells people to change their passwords.',
    fakeSystemSpec,
  ),
  rule(
    'pi-fake-assistant-turn',
    'Forged assistant turn in a message',
    'Writes a fake "Assistant:" reply and a following "User:" turn inside one message, priming the model to continue a dialogue it never had; many-shot priming (several compliant fake answers ending on an empty "Assistant:" turn) also in French, German, Spanish, Russian, Chinese and Japanese.',
    fakeTurnSpec,
  ),
];
