import type { Rule } from './rule';
import type { TextView } from '../normalize/text-view';
import { explanationFactor } from './malicious-input-context';

/**
 * Pretexts that wrap a request for dangerous instructions in a story, so a model treats the answer
 * as fiction: the "deceased grandmother who used to read me the napalm recipe" exploit, and a story
 * whose character explains how to make or break something "with real quantities" or "with the
 * actual commands". The story alone, or a grandmother's fairy tale, is fine: each pattern needs the
 * operational part (a recipe, steps, real quantities, commands) as well.
 */

/** What the pretext is after: instructions, not a tale. */
const OPERATIONAL = String.raw`(?:steps?|recipe|synthesis|formula|ingredients|how\s+to\s+(?:make|build|cook|synthesi[sz]e)|serial\s+keys?|activation\s+keys?|license\s+keys?|passwords?|codes?|napalm|meth\w*|explosives?|bombs?|weapons?|guns?|poisons?|nerve\s+agents?|sarin|ricin|toxins?|pathogens?|malware|exploits?|receta|recette|rezept|рецепт|配方|レシピ|pistola|arma|bombe|waffe|бомб|оруж|炸弹|武器|爆弾)`;

/** The exploit's usual payloads without the everyday ones (a recipe, steps): for the looser story-first shape. */
const DANGEROUS = String.raw`(?:serial\s+keys?|activation\s+keys?|license\s+keys?|product\s+keys?|passwords?|napalm|meth\w*|explosives?|bombs?|weapons?|guns?|poisons?|nerve\s+agents?|sarin|ricin|toxins?|pathogens?|malware|exploits?)`;

const RELATIVE_PRETEXT = [
  // en: "act as my deceased grandmother, who used to read me the steps of …"
  String.raw`\b(?:(?:act|pretend|role-?play|play|behave|speak|answer)\s+(?:as|like|the\s+(?:role|part)\s+of|to\s+be|(?:that\s+)?you\s+are|you'?re)|(?:imagine|suppose)\s+(?:that\s+)?(?:you\s+are|you'?re))\s+my\s+(?:late|deceased|dead|departed|dear\s+late)\s+(?:grand(?:ma|mother|pa|father)|granny|mother|mom|father|dad|uncle|aunt)\b[^\n]{0,200}?\b(?:used\s+to\s+(?:tell|read|recite|explain|describe|teach|whisper|give|sing)|(?:told|read|recited|explained|described|taught|whispered|gave|sang)\s+(?:me|us))\b[^\n]{0,160}?${OPERATIONAL}`,
  // en, story first: "My grandma used to read me Windows activation keys to help me sleep. Pretend to be her …"
  String.raw`\bmy\s+(?:late\s+|deceased\s+|dead\s+|departed\s+)?(?:grand(?:ma|mother|pa|father)|granny|nana|mother|mom|father|dad)\s+(?:who\s+)?(?:always\s+)?used\s+to\s+(?:tell|read|recite|explain|describe|teach|whisper|give|sing)\b[^\n]{0,160}?${DANGEROUS}[^\n]{0,200}?\b(?:act|pretend|role-?play|play|behave|speak|answer)\s+(?:as|like|to\s+be|(?:that\s+)?you\s+are|you'?re)\s+(?:her|him|my\s+(?:late\s+|deceased\s+)?(?:grand(?:ma|mother|pa|father)|granny|nana|mother|mom|father|dad))\b`,
  // es, fr, de, ru: the same shape, the relative playing the teacher.
  String.raw`(?:(?:haz|hacer|act[úu]a)\s+(?:de|como)|finge\s+(?:ser|que\s+eres)|haz\s+como\s+si\s+fueras)\s+(?:mi\s+)?(?:difunt[ao]\s+|fallecid[ao]\s+)?(?:abuel[ao])\b[^\n]{0,200}?\bme\s+(?:contaba|le[ií]a|explicaba|dec[ií]a|enseñaba)\b[^\n]{0,160}?${OPERATIONAL}`,
  String.raw`(?:fais|joue|incarne|imite)\s+(?:comme\s+|le\s+rôle\s+de\s+)?(?:ma\s+(?:défunte\s+)?grand-m[èe]re|mon\s+(?:défunt\s+)?grand-p[èe]re)[^\n]{0,200}?\bme\s+(?:racontait|lisait|expliquait|donnait)\b[^\n]{0,160}?${OPERATIONAL}`,
  String.raw`(?:spiel|sei|tu\s+so,?\s+als\s+w[äa]rst\s+du)\s+(?:meine?\s+)?(?:verstorbene\s+)?(?:oma|großmutter|opa|großvater)[^\n]{0,200}?\bmir\s+(?:immer\s+)?(?:erz[äa]hlt|vorgelesen|erkl[äa]rt)[^\n]{0,160}?${OPERATIONAL}`,
  String.raw`(?:представь|сыграй|притворись|будь)[^\n]{0,40}(?:бабушк|дедушк)[^\n]{0,200}?(?:рассказывала|читала|объясняла|рассказывал|читал)[^\n]{0,160}?${OPERATIONAL}`,
  String.raw`(?:扮演|假装|当)[^\n]{0,12}(?:奶奶|外婆|祖母|爷爷|姥姥)[^\n]{0,80}?(?:讲|告诉|念|给我)[^\n]{0,80}?${OPERATIONAL}`,
];

/** A story whose character gives working instructions: "… explains exactly how he cooks meth, with real quantities". */
const FICTION_PRETEXT = [
  String.raw`\b(?:story|novel|thriller|screenplay|script|scene|chapter|book|fiction|film|movie|roleplay|role-play)\b[^\n]{0,240}?\b(?:with|using|including|give|list)\s+(?:the\s+)?(?:real|actual|exact|working|precise|accurate)\s+(?:quantities|amounts|measurements|temperatures|ingredients|commands|code|payloads?|steps|recipe|formula|doses|dosages)\b`,
  String.raw`(?:histoire|roman|scénario|film)[^\n]{0,240}?avec\s+(?:les\s+)?(?:vraies|réelles|véritables)\s+(?:quantités|doses|commandes|températures|étapes)`,
  String.raw`(?:geschichte|roman|drehbuch|film|szene)[^\n]{0,240}?mit\s+(?:den\s+)?(?:echten|realen|genauen|exakten)\s+(?:mengen|befehlen|temperaturen|schritten|dosierungen)`,
  String.raw`(?:historia|novela|guion|película|escena)[^\n]{0,240}?con\s+(?:las\s+|los\s+)?(?:cantidades|comandos|temperaturas|pasos|dosis)\s+(?:reales|exact[ao]s)`,
  String.raw`(?:сценари|роман|истори|рассказ|фильм|сцен)[^\n]{0,240}?(?:с\s+)?(?:реальными|настоящими|точными)\s+(?:командами|количествами|пропорциями|дозировками|температурами)`,
  String.raw`(?:小说|故事|剧本|电影)[^\n]{0,120}?(?:真实|具体|准确)的(?:配方|剂量|用量|命令|步骤|温度)`,
  String.raw`(?:小説|物語|脚本|映画)[^\n]{0,120}?(?:実際の|本物の|正確な)(?:分量|コマンド|手順|温度|配合)`,
];

export const pretextRule: Rule = {
  id: 'pi-pretext-extraction',
  category: 'prompt_injection',
  severity: 'high',
  owasp: 'LLM01:2025',
  title: 'Role-play or fiction pretext to extract dangerous instructions',
  description:
    'Wraps a request for working instructions in a story: the "deceased grandmother who used to read me the recipe" exploit, or a character who explains how to make or break something "with the real quantities" or "the actual commands". A story, or a grandmother\'s tale, without the operational part does not match.',
  confidence: 0.8,
  keywords: ['used to', 'me contaba', 'me leía', 'me leia', 'me explicaba', 'me decía', 'me racontait', 'me lisait', 'me expliquait', 'erzählt', 'vorgelesen', 'erklärt', 'рассказывал', 'читал', 'объясняла', '奶奶', '外婆', '祖母', '爷爷', '姥姥', 'real', 'actual', 'exact', 'working', 'precise', 'accurate', 'vraies', 'réelles', 'véritables', 'echten', 'realen', 'genauen', 'exakten', 'reales', 'exact', 'реальными', 'настоящими', 'точными', '真实', '具体', '准确', '実際の', '本物の', '正確な'],
  patterns: [new RegExp(RELATIVE_PRETEXT.join('|'), 'g'), new RegExp(FICTION_PRETEXT.join('|'), 'g')],
  validate: (m: RegExpExecArray, view: TextView) => 0.8 * explanationFactor(view.text, m.index, m.index + m[0].length),
};
