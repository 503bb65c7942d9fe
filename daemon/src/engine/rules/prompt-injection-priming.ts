import type { Rule } from './rule';
import { anchoredRule, sticky, type AnchoredSpec } from './lexicon-matcher';
import { discussionFactor } from './lexicon-meta';

/**
 * pi-many-shot-priming: a forged conversation inside one message in which the model already
 * complied — "Assistant: Sure, first you…", "A: Of course, here's how…", "助手：好的，你可以……" —
 * then the real request. The forged answers are cut off after their opening: nobody pastes a real
 * transcript whose answers stop at "Sure, first…", but a priming attack needs only the agreement.
 * Read at each ellipsis that ends a turn (NFKC folds "…" to "..."), in thirteen languages.
 */

/** Who answers in a transcript: the assistant by name, or the answer of a Q/A pair, in thirteen languages. */
const ANSWER_LABEL =
  '(?:assistant|assistent|assistente|asistente|asystent|asistan|ассистент|помощник|助手|助理|アシスタント|어시스턴트|المساعد|مساعد|ai|ia|ki|ии|bot|chatbot|model|chatgpt|gpt|claude|gemini|llm|a|r|o|ans|answer|antwort|réponse|respuesta|risposta|resposta|odpowiedź|odp|ответ|回答|答|回复|cevap|yanit|답변|답|응답|ج|الجواب)';

/** An answer's opening that agrees, in thirteen languages. */
const COMPLIES =
  "(?:sure|certainly|of\\scourse|absolutely|definitely|no\\sproblem|happy\\sto\\shelp|gladly|here(?:'s|\\sis|\\sare)|bien\\ssûr|d'accord|avec\\splaisir|voici|pas\\sde\\sproblème|klar|natürlich|gerne?|sicher|selbstverständlich|kein\\sproblem|claro|por\\ssupuesto|con\\sgusto|desde\\sluego|aquí\\s(?:tienes|está)|certo|certamente|volentieri|nessun\\sproblema|ecco|com\\sprazer|com\\scerteza|aqui\\sestá|sem\\sproblema|конечно|разумеется|без\\sпроблем|好的|当然|没问题|もちろん|はい|承知|かしこまりました|물론|네|알겠습니다|بالتأكيد|بكل\\sسرور|طبعا|بالطبع|tabii|elbette|memnuniyetle|jasne|oczywiście|pewnie|z\\sprzyjemnością)";

/** An answer label and an agreeing opening, then a short rest of the turn up to the ellipsis (tested on the text before it). */
const AGREEING_TURN = new RegExp(`(?:^|[\\n\\s"'“‘(])${ANSWER_LABEL}\\s{0,2}:\\s{0,3}["'“‘]?${COMPLIES}(?![\\p{Script=Latin}\\p{Script=Cyrillic}])(?<rest>[^\\n:]{0,30}(?::\\s{0,2})?)$`, 'u');

/** The answer stops just as the content would start: "here's how…", "first you…", "zuerst …", "步骤如下……", "まず…". */
const CUT_AT_CONTENT =
  /(?:first(?:\s(?:you|of\sall))?|here(?:'s|\sis)\show|how|steps?(?:\sare)?|as\sfollows|you\s(?:can|need|just|will\sneed|'ll\sneed)|simply|just|here\s(?:it\sis|they\sare)|zuerst|dafür\sbrauchst\sdu|du\sbrauchst|so\sgeht'?s|d'abord|voici\scomment|il\ssuffit\sde|primero|así|solo\stienes\sque|ecco\scome|basta|prima|primeiro|veja\scomo|aqui\sestá[^\n]{0,24}|voici[^\n]{0,24}|ecco[^\n]{0,24}|сначала|вот\sкак|вот[^\n]{0,24}|нужно|首先|步骤如下|你可以|方法是|まず|手順で|次の|먼저|이렇게[^\n]{0,12}|방법은|أولاً|الخطوات\sهي|najpierw|wystarczy|önce|şöyle)[\s,:،、，]{0,3}$/u;

/** Who asks in a transcript, in thirteen languages. */
const ASK_LABEL =
  '(?:user|human|me|you|customer|client|utilisateur|usuario|usuário|utente|benutzer|nutzer|użytkownik|kullanici|пользователь|用户|ユーザー|사용자|المستخدم|q|d|p|f|в|frage|question|pregunta|pergunta|domanda|pytanie|вопрос|问|質問|질문|soru|س|سؤال)';

/** The turn ends at the ellipsis: the next label (or the end of the message) follows, not more of the answer. */
const TURN_ENDS = new RegExp(`^["'”’)]?\\s*(?:$|\\n|(?:${ASK_LABEL}|${ANSWER_LABEL})\\s{0,2}:)`, 'u');
/** Another turn after this one: the transcript goes on to the request. */
const NEXT_TURN = new RegExp(`(?:^|[\\n\\s"'“‘(])(?:${ASK_LABEL}|${ANSWER_LABEL})\\s{0,2}:`, 'u');

/** The agreeing answer cut off by the ellipsis at `i` (ending at `e`): where its label starts, and whether it stops just as its content starts. */
function cutAnswer(text: string, i: number, e: number): { start: number; atContent: boolean } | null {
  if (!TURN_ENDS.test(text.slice(e, e + 40))) return null;
  const from = Math.max(0, i - 160);
  const turn = AGREEING_TURN.exec(text.slice(from, i));
  if (!turn) return null;
  return { start: from + turn.index + (/^[\n\s"'“‘(]/u.test(turn[0]) ? 1 : 0), atContent: CUT_AT_CONTENT.test(turn.groups?.rest ?? '') };
}

/** The cut-off answers of the whole message (at most the first 20 ellipses): [cut off, cut at content]. */
function cutAnswers(text: string): [number, number] {
  let cut = 0;
  let atContent = 0;
  let seen = 0;
  for (let i = text.indexOf('...'); i >= 0 && seen < 20; i = text.indexOf('...', i + 3)) {
    if (i > 0 && text[i - 1] === '.') continue;
    seen++;
    let e = i + 3;
    while (text[e] === '.') e++;
    const answer = cutAnswer(text, i, e);
    if (answer) cut++;
    if (answer?.atContent) atContent++;
  }
  return [cut, atContent];
}

const primingSpec: AnchoredSpec = {
  anchors: ['...'],
  patterns: [sticky('\\.{3,}')],
  confidence: 0.7,
  skipRejected: true,
  refine: (m, text, ctx) => {
    if (ctx.source === 'assistant' || ctx.source === 'system' || ctx.source === 'prompt_file') return null;
    const i = m.index;
    // Only the first dot of a run.
    if (i > 0 && text[i - 1] === '.') return null;
    const e = i + m[0].length;
    const here = cutAnswer(text, i, e);
    // A transcript: a turn follows, and the message asks on after it.
    if (!here || !NEXT_TURN.test(text.slice(e, e + 400))) return null;
    // "Assistant: Sure, let me check availability..." in a pasted chat is a pause; answers stopped right where the
    // content would begin, or several cut-off agreements, are a pattern.
    const [cut, atContent] = cutAnswers(text);
    const conf = atContent >= 1 && cut >= 2 ? 0.8 : atContent >= 1 ? 0.7 : cut >= 2 ? 0.65 : 0;
    if (conf === 0) return null;
    return { start: here.start, end: e, confidence: conf * discussionFactor(text, here.start, e) };
  },
};

export const manyShotPrimingRule: Rule = anchoredRule(
  {
    id: 'pi-many-shot-priming',
    category: 'prompt_injection',
    severity: 'high',
    owasp: 'LLM01:2025',
    title: 'Forged transcript of a model that already complied (many-shot priming)',
    description:
      'A conversation forged inside one message in which the assistant (or the "A:" of a Q/A list) agreed to earlier requests — answers cut off right after "Sure, first you…", "Klar, zuerst …", "好的，你可以……" — and then the real request, so the model continues the pattern. In thirteen languages.',
  },
  primingSpec,
);
