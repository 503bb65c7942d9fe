import type { Rule } from './rule';
import type { TextView } from '../normalize/text-view';
import { explanationFactor } from './malicious-input-context';
import { RELATION } from './privacy-context';

/**
 * Disclosure of an identifiable person's health information: a diagnosis, positive test or
 * treatment stated about a titled or named patient or a relative. "The patient was diagnosed
 * with …" without anyone identifiable, and medical questions about oneself, do not match.
 */

const NAME_TOKEN = String.raw`(?!(?:was|is|has|had|have|with|who|that|the|and|in|at|of|presented|reported|needs|needed|should|will|may|can|could|would|did|does|to|for|a|an|been|being|also|then|now|still|recently|currently|first|later|suffers|tested|diagnosed|patients?)\b)[a-z][a-z'’-]{1,20}`;
const DIAGNOSIS = String.raw`(?:(?:was|has\s+been|is|had\s+been|got|been)\s+)?(?:diagnosed\s+(?:with|hiv)|tested\s+positive\s+for|suffers\s+from|is\s+suffering\s+from|being\s+treated\s+for|treated\s+for|was\s+prescribed|admitted\s+(?:to|for)\s+(?:rehab|psychiatric|detox)|is\s+hiv[- ]positive|has\s+(?:hiv|aids|cancer|diabetes|schizophrenia|bipolar(?:\s+disorder)?|dementia|alzheimer'?s|depression|an?\s+std|hepatitis\s+[bc]|epilepsy|tuberculosis)|diagnosis\s*[:：])`;

/**
 * A third person's condition written as a record entry, in eight languages: "Marcus Bell, unit 7, HIV
 * positive", "…, suivi pour une dépression sévère", "张伟 … 乙肝携带者", "… состоит на учёте у
 * психиатра", "… tem depressão". Counted only with an order to record or spread it (see SPREAD).
 */
const RECORD_CONDITION = String.raw`(?:[,:;—–-]|\bis|\bhas|\bhat|\bist|\btiene|\btem|\bha|\bè|\best)\s{1,3}(?:(?:hiv|vih|вич)[-\s]?(?:positive?|positiv[oae]?|positif|séropositif|\+)|(?:living\s+with\s+)?hiv\b|séropositi(?:f|ve)|seropositiv[oa]|soropositiv[oa]|sieropositiv[oa]|on\s+disability|in\s+rehab|bipolar|schizophren\w*|(?:severe\s+|clinical\s+|major\s+)?depression|suivie?\s+pour\s+une\s+(?:dépression|schizophrénie)|dépression\s+sévère|depressão|depresión|depressione|depression|psychiatrisch\w*\s+behandlung)|(?:состоит\s+на\s+уч[её]те\s+у\s+(?:психиатра|нарколога)|(?:у\s+него|у\s+неё|у\s+нее)\s+(?:вич|депрессия|шизофрения))|(?:乙肝携带者|艾滋病(?:患者|感染者)?|hiv阳性|抑郁症患者|有抑郁症|精神病患者)|(?:hivに感染|うつ病で通院|統合失調症)`;
/** An order to put it on file or pass it around: "so the other landlords see it", "share it with all managers", "抄送给全部门", "разошли всем". */
const SPREAD =
  /\b(?:share\s+(?:it|this|that|the\s+\w+)?\s*with|send\s+(?:it|this|that)\s+to|forward\s+(?:it|this)?\s*to|cc\s+(?:the|all|every)|post\s+(?:it|this)\s+(?:in|to|on)|tell\s+(?:the|all|every(?:one|body)?)|let\s+(?:the|all|every)\s+\w+\s+know|so\s+(?:the|all|every|other)\b[^.\n]{0,40}\b(?:see|know|are\s+aware)|add\s+(?:this\s+|it\s+)?to\s+(?:the\s+)?(?:shared|employee|tenant|team|staff|hr|student|personnel)|flag\s+(?:him|her|them)\s+as|partage[rz]?|envoie[rz]?\s+(?:à|la\s+fiche)|diffuse[rz]?|note\s+dans\s+le\s+dossier|ajoute[rz]?\s+(?:au|à\s+la|dans\s+le)\s+(?:dossier|fichier|fiche)|teile\s+(?:das|es)|schick\s+(?:das|es)\s+an|an\s+alle|trag\s+(?:das|es)\s+(?:in|ein)|comparte|envía(?:selo|lo)?\s+a|manda(?:lo)?\s+(?:a|pro|para\s+o)\s+(?:todos|grupo|equipo|equipe)|añade\s+al\s+(?:expediente|archivo)|anota\s+en|compartilh[ae]|acrescenta\s+na|adiciona\s+na|manda\s+pro\s+grupo|condividi|inoltra|aggiungi\s+(?:al|alla)\s+(?:scheda|fascicolo|file))\b|(?<![\p{L}])(?:разошли|перешли|отправь\s+(?:всем|это)|запиши\s+в\s+(?:карточку|дело)|поделись)|抄送|发给(?:全|所有|大家)|转发给|告诉(?:大家|所有人|全)|加一条|全部门|共有して|みんなに(?:送|伝え)|全員に(?:送|転送)/u;
/** The writer's own condition ("I have depression, please tell my team"). */
const FIRST_PERSON_BEFORE = /(?:\bi\s+(?:am|have|was|'m)|\bi'm|\bmy\b|j'ai|je\s+suis|ich\s+(?:bin|habe)|\byo\s+(?:tengo|soy)|\beu\s+(?:tenho|sou)|\bio\s+(?:ho|sono)|у\s+меня|я\s+(?:состою|болею)|我(?:有|是|得了)|私は)[^.\n]{0,30}$/u;

export const medicalDisclosureRule: Rule = {
  id: 'pii-medical-disclosure',
  category: 'privacy_violation',
  severity: 'high',
  owasp: 'LLM02:2025',
  title: "Disclosure of an identifiable person's health information",
  description:
    'A diagnosis, positive test, prescription or treatment stated about a titled or named person ("Mrs. Alvarez was diagnosed with …", "patient John Doe tested positive for …", "my coworker Dana has HIV", a named colleague\'s diagnosis posted to the team channel), or asked about one ("what my coworker Priya Raman was admitted for"), or written into a record and spread ("…, HIV positive, so the other landlords see it", in eight languages). Health data is a special category under GDPR and protected health information under HIPAA.',
  confidence: 0.75,
  keywords: ['diagnos', 'positive', 'suffer', 'treated', 'prescribed', 'admitted', 'hospitalized', 'hospitalised', 'hospital', 'hiv', 'aids', 'cancer', 'diabetes', 'schizophren', 'bipolar', 'dementia', 'alzheimer', 'depression', 'std', 'hepatitis', 'epilepsy', 'tuberculosis', 'vih', 'вич', 'séropositi', 'seropositiv', 'soropositiv', 'sieropositiv', 'disability', 'rehab', 'dépression', 'depressão', 'depresión', 'depressione', 'psychiatrisch', 'психиатра', 'нарколога', 'депресси', 'шизофрени', '乙肝', '艾滋', '抑郁', '精神病', 'うつ病', '統合失調症'],
  patterns: [
    new RegExp(String.raw`\b(?:patient|mr\.?|mrs\.?|ms\.?|miss|name\s*[:：])\s+${NAME_TOKEN}(?:\s+${NAME_TOKEN}){0,2}\s*,?\s+(?:[^.\n]{0,40}?\s)?${DIAGNOSIS}`, 'g'),
    new RegExp(String.raw`\bmy\s+${RELATION}\s*,?\s+${NAME_TOKEN}\s*,?\s+${DIAGNOSIS}`, 'g'),
    // A named person's diagnosis posted to a group: "FYI for the team channel: Kevin Delacroix was diagnosed …".
    new RegExp(String.raw`\b(?:fyi|heads[-\s]up|team|channel|everyone|all[-\s]staff|all\s+hands|the\s+group|the\s+office)\b[^\n]{0,60}?[:,;—-]\s+${NAME_TOKEN}\s+${NAME_TOKEN}\s*,?\s+${DIAGNOSIS}`, 'g'),
    // Asked about a named acquaintance: "what my coworker Priya Raman was admitted for", "why my neighbour Tom was hospitalized".
    new RegExp(String.raw`\b(?:what|why)\s+my\s+${RELATION}\s+${NAME_TOKEN}(?:\s+${NAME_TOKEN})?\s+(?:was|is|got|has\s+been)\s+(?:admitted|hospitali[sz]ed|treated|prescribed|in\s+(?:the\s+)?hospital)\b`, 'g'),
    // Anchored on the diagnosis phrase; whose it is ("my sister", "Ann's") is checked by a lookbehind.
    new RegExp(String.raw`\b(?:hiv|cancer|std|psychiatric|mental\s+health)\s+(?:diagnosis|status|test\s+results?)\s+(?:is|was|came\s+back)\b(?<=(?:\bmy\s+${RELATION}|[a-z]'s)\s+(?:hiv|cancer|std|psychiatric|mental\s+health)\s+(?:diagnosis|status|test\s+results?)\s+(?:is|was|came\s+back))`, 'g'),
    // A condition written into a record about someone and spread: checked in validate (an order to record or share it, not the writer's own).
    new RegExp(`(?<record>${RECORD_CONDITION})`, 'gu'),
  ],
  validate: (m: RegExpExecArray, view: TextView) => {
    const text = view.text;
    if (m.groups?.record !== undefined) {
      const s = m.index;
      if (FIRST_PERSON_BEFORE.test(text.slice(Math.max(0, s - 60), s))) return 0;
      if (!SPREAD.test(text.slice(Math.max(0, s - 250), s + m[0].length + 250))) return 0;
    }
    return 0.75 * explanationFactor(text, m.index, m.index + m[0].length);
  },
};
