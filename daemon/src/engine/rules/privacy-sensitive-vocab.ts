import { indexed } from './pattern-scan';

/**
 * Anchors of pii-sensitive-attribute-profiling: the special categories of personal data (health,
 * pregnancy, disability, criminal record, immigration status, sexual orientation, religion, union
 * membership) and the words for unmasking a pseudonymous account, in en, fr, de, es, ru, zh and ja.
 * The rule looks at the text around each anchor (privacy-sensitive-cues.ts), so an anchor only has
 * to be a word that names such an attribute; what makes it an attack is found there.
 *
 * Every alternative contains a plain literal outside its groups: the rule's keyword prefilter is derived from them
 * (`requiredLiteral`), so it can hide no anchor.
 */

/** Letters of the space-separated scripts, for word edges (`\b` knows neither é nor ж). */
export const L = String.raw`a-z\u00c0-\u024f\u0400-\u04ff`;

const HEALTH = [
  // en
  String.raw`hiv`, String.raw`aids(?![${L}])(?<=(?:(?:has|have|had|with|got|hat|haben|mit)\s+|hiv\/|hiv\s+(?:and|or|und|oder)\s+)aids)`, String.raw`hepatitis`, String.raw`cancer`, String.raw`tumou?r`, String.raw`diabet`, String.raw`dementia`, String.raw`alzheimer`, String.raw`autis`,
  String.raw`adhd`, String.raw`ptsd`, String.raw`epilep`, String.raw`schizophren`, String.raw`bipolar`, String.raw`depress(?:ion|ed|ive)`, String.raw`psychiatri`, String.raw`therap(?:y|ist)`, String.raw`antidepressant`, String.raw`antipsychotic`, String.raw`antiretroviral`, String.raw`chemo(?:therapy)?(?![${L}])`, String.raw`methadone`, String.raw`medications?(?![${L}])`, String.raw`prescriptions?(?![${L}])`, String.raw`ivf(?![${L}])`,
  String.raw`psychos[ie]s`, String.raw`eating\s+disorder`, String.raw`anorexi`, String.raw`mental(?:ly)?\s+(?:ill|health\s+(?:issues?|problems?|conditions?|history)|disorders?|conditions?|problems?)`,
  String.raw`medical\s+(?:conditions?|histor|records?|issues?|problems?|info|diagnos|data|notes?|files?|leave)`,
  String.raw`health\s+(?:conditions?|issues?|problems?|status|records?|histor|info|data)`, String.raw`pre-?existing\s+conditions?`, String.raw`chronic\s+(?:illness|disease|condition)`,
  String.raw`diseases?(?![${L}])`, String.raw`illness(?:es)?(?![${L}])`, String.raw`diagnos[ie]s`, String.raw`lab\s+results?`, String.raw`test\s+results?`, String.raw`blood\s+(?:tests?|work|results?)`,
  String.raw`stds?(?![${L}0-9_:.])`, String.raw`sexually\s+transmitted`, String.raw`addict`, String.raw`rehab(?![${L}])`, String.raw`alcoholi`,
  String.raw`pregnan`, String.raw`miscarriage`, String.raw`abortion`, String.raw`infertil`, String.raw`disabilit`, String.raw`handicap`,
  // fr
  String.raw`séropositi`, String.raw`vih(?![${L}])`, String.raw`sida(?![${L}])`, String.raw`hépatite`, String.raw`diabète`, String.raw`maladie`, String.raw`troubles?\s+(?:mentaux|psychiques|psychiatriques|bipolaires?|alimentaires)`,
  String.raw`dépressi`, String.raw`bipolaire`, String.raw`dossiers?\s+médica`, String.raw`antécédents\s+(?:médicaux|psychiatriques)`, String.raw`diagnostic`, String.raw`état\s+de\s+santé`,
  String.raw`problèmes?\s+de\s+santé`, String.raw`résultats?\s+d['’]analyse`, String.raw`analyses?\s+(?:de\s+sang|médicales)`, String.raw`enceinte`, String.raw`grossesse`,
  // de
  String.raw`krebs`, String.raw`krankheit`, String.raw`erkrank`, String.raw`psychisch`, String.raw`depressiv`, String.raw`krankenakte`, String.raw`krankengeschichte`, String.raw`vorerkrankung`,
  String.raw`diagnose`, String.raw`gesundheitszustand`, String.raw`gesundheitliche`, String.raw`befund`, String.raw`laborwerte`, String.raw`blutwerte`, String.raw`testergebnis`,
  String.raw`schwanger`, String.raw`behinderung`, String.raw`behindert`, String.raw`schwerbehindert`,
  // es
  String.raw`seropositiv`, String.raw`cáncer`, String.raw`enfermedad`, String.raw`trastorno`, String.raw`depresión`, String.raw`esquizofreni`, String.raw`historial\s+(?:médico|clínico|psiquiátrico)`,
  String.raw`expediente\s+(?:médico|clínico)`, String.raw`antecedentes\s+(?:médicos|psiquiátricos)`, String.raw`diagnóstico`, String.raw`estado\s+de\s+salud`, String.raw`problemas?\s+de\s+salud`,
  String.raw`resultados?\s+de\s+(?:laboratorio|(?:los\s+|sus\s+)?análisis|(?:las\s+|sus\s+)?pruebas)`, String.raw`análisis\s+de\s+sangre`, String.raw`embaraz`, String.raw`discapacidad`, String.raw`minusval`, String.raw`oncolog`,
  // ru
  String.raw`вич(?![${L}])`, String.raw`спид(?![${L}])`, String.raw`гепатит`, String.raw`онколог`, String.raw`рак(?:ом|а|е)?(?![${L}])`, String.raw`диабет`, String.raw`заболевани`, String.raw`болезн`,
  String.raw`болеет`, String.raw`алкогол`, String.raw`наркоман`, String.raw`болен(?![${L}])`, String.raw`больна(?![${L}])`, String.raw`психическ`, String.raw`психиатр`, String.raw`депресси`, String.raw`биполяр`, String.raw`шизофрени`, String.raw`аутиз`,
  String.raw`медицинск[${L}]{0,4}\s+(?:карт|истори|данн|документ|запис|справк)`, String.raw`медкарт`, String.raw`истори[${L}]{0,2}\s+болезни`, String.raw`диагноз`, String.raw`анализы\s+крови`,
  String.raw`результаты\s+анализов`, String.raw`состояни[${L}]{0,2}\s+здоровья`, String.raw`беремен`, String.raw`инвалид`,
  // zh
  String.raw`艾滋`, String.raw`乙肝`, String.raw`丙肝`, String.raw`肝炎`, String.raw`癌`, String.raw`肿瘤`, String.raw`糖尿病`, String.raw`精神病`, String.raw`精神疾病`, String.raw`精神问题`, String.raw`心理疾病`,
  String.raw`心理问题`, String.raw`抑郁`, String.raw`躁郁`, String.raw`双相`, String.raw`精神分裂`, String.raw`自闭症`, String.raw`病史`, String.raw`病历`, String.raw`病情`, String.raw`体检`, String.raw`检查结果`,
  String.raw`化验`, String.raw`诊断`, String.raw`健康状况`, String.raw`怀孕`, String.raw`孕妇`, String.raw`残疾`, String.raw`残障`,
  // ja
  String.raw`エイズ`, String.raw`がん(?!ば)`, String.raw`精神疾患`, String.raw`心の病`, String.raw`うつ病`, String.raw`鬱`, String.raw`双極性`, String.raw`統合失調症`, String.raw`発達障害`, String.raw`精神障害`,
  String.raw`身体障害`, String.raw`障害者`, String.raw`障がい`, String.raw`病歴`, String.raw`既往歴`, String.raw`持病`, String.raw`病気`, String.raw`カルテ`, String.raw`健康状態`, String.raw`健康診断`, String.raw`妊娠`,
];

const STATUS = [
  // en: criminal record, immigration, orientation, religion, union
  String.raw`criminal\s+(?:records?|histor|past|convictions?|backgrounds?)(?!\s+(?:checks?|screening|search|report|clearance))`, String.raw`convictions?(?![${L}])`, String.raw`convicted`, String.raw`felon`, String.raw`arrest(?:s|ed)?(?![${L}])(?<!(?:cardiac|respiratory|heart)\s+arrest(?:s|ed)?)`,
  String.raw`mugshot`, String.raw`jail\s+time`, String.raw`prison\s+(?:record|time|histor)`, String.raw`sex\s+offender`, String.raw`immigration\s+(?:status|issues?|problems?|papers|records?|histor)`,
  String.raw`undocumented`, String.raw`illegal\s+(?:immigrants?|aliens?|status)`, String.raw`illegally`, String.raw`visa\s+status`, String.raw`green\s+card`, String.raw`asylum\s+seeker`,
  String.raw`sexual\s+(?:orientation|preferences?|histor)`, String.raw`gay(?![${L}])`, String.raw`lesbian`, String.raw`bisexual`, String.raw`homosexu`, String.raw`queer`, String.raw`transgender`,
  // Bounded gaps in "in a union": with \s+ the only literal every match starts with was "in" (a window per "in" of the text).
  String.raw`religio(?:n|us\s+(?:beliefs?|affiliation|views))`, String.raw`muslim`, String.raw`jewish`, String.raw`atheist`, String.raw`union\s+(?:members?|membership|activi|organi[sz])`, String.raw`(?:in|join(?:ed|s)?)\s{1,3}(?:a|the)\s{1,3}union(?![${L}])`, String.raw`unioniz`,
  // Political opinion, a special category too.
  String.raw`registered\s+(?:republicans?|democrats?)`, String.raw`political\s+(?:affiliation|views|opinions|leanings)`, String.raw`party\s+affiliation`,
  String.raw`opinions?\s+politiques?`, String.raw`politische[${L}]?\s+(?:einstellung|gesinnung|überzeugung)`, String.raw`afiliación\s+política`, String.raw`ideología\s+política`,
  String.raw`политическ[${L}]{0,3}\s+(?:взгляд|убежден)`, String.raw`政治立场`, String.raw`政治倾向`, String.raw`支持政党`,
  // fr
  String.raw`casier\s+judiciaire`, String.raw`antécédents\s+(?:judiciaires|pénaux)`, String.raw`condamnation`, String.raw`arrestation`, String.raw`garde\s+à\s+vue`, String.raw`sans-papiers`, String.raw`sans\s+papiers`,
  String.raw`titre\s+de\s+séjour`, String.raw`statut\s+(?:migratoire|d['’]immigration)`, String.raw`situation\s+(?:migratoire|irrégulière)`, String.raw`clandestin`, String.raw`orientation\s+sexuelle`, String.raw`lesbienne`,
  String.raw`musulman`, String.raw`juifs?(?![${L}])`, String.raw`juives?(?![${L}])`, String.raw`syndiqu`, String.raw`syndicat`, String.raw`appartenance\s+syndicale`,
  // de
  String.raw`vorstrafe`, String.raw`vorbestraft`, String.raw`führungszeugnis`, String.raw`strafregister`, String.raw`festgenommen`, String.raw`festnahme`, String.raw`verhaftet`, String.raw`verhaftung`,
  String.raw`aufenthaltsstatus`, String.raw`aufenthaltstitel`, String.raw`aufenthaltserlaubnis`, String.raw`duldung`, String.raw`illegal\s+(?:hier|in\s+deutschland|im\s+land)`, String.raw`ohne\s+papiere`,
  String.raw`asylbewerber`, String.raw`sexuelle[${L}]?\s+orientierung`, String.raw`schwul`, String.raw`lesbisch`, String.raw`konfession`, String.raw`religionszugehörigkeit`, String.raw`gewerkschaft`,
  // es
  String.raw`antecedentes\s+(?:penales|policiales|criminales)`, String.raw`historial\s+(?:delictivo|penal|criminal)`, String.raw`ficha\s+policial`, String.raw`arrestad`, String.raw`arrestos?(?![${L}])`,
  String.raw`detenid`, String.raw`detenciones`, String.raw`estatus\s+migratorio`, String.raw`situación\s+(?:migratoria|irregular)`, String.raw`sin\s+papeles`, String.raw`indocumentad`,
  String.raw`inmigrantes?\s+ilegal`, String.raw`orientación\s+sexual`, String.raw`lesbiana`, String.raw`religión`, String.raw`creencias\s+religiosas`, String.raw`musulm`, String.raw`afiliación\s+sindical`,
  String.raw`sindicad`, String.raw`sindicalista`, String.raw`sindicato`,
  // ru
  String.raw`судим`, String.raw`арест`, String.raw`задержан`, String.raw`уголовн`, String.raw`миграционн`, String.raw`нелегал`, String.raw`вид[${L}]{0,2}\s+на\s+жительство`, String.raw`ориентаци`,
  String.raw`гей(?:и|ев|ям|ями|ях|ем|я)?(?![${L}])`, String.raw`гомосексуал`, String.raw`лесбиян`, String.raw`религи`, String.raw`вероисповедани`, String.raw`верующ`, String.raw`мусульман`, String.raw`профсоюз`,
  // zh
  String.raw`犯罪记录`, String.raw`前科`, String.raw`案底`, String.raw`坐过牢`, String.raw`被捕`, String.raw`逮捕`, String.raw`拘留`, String.raw`移民身份`, String.raw`非法移民`, String.raw`黑户`, String.raw`签证状态`,
  String.raw`性取向`, String.raw`同性恋`, String.raw`宗教`, String.raw`信仰`, String.raw`工会`,
  // ja
  String.raw`逮捕`, String.raw`犯罪歴`, String.raw`在留資格`, String.raw`不法滞在`, String.raw`在留カード`, String.raw`性的指向`, String.raw`同性愛`, String.raw`ゲイ`, String.raw`レズビアン`, String.raw`労働組合`, String.raw`組合員`,
];

/** Unmasking a pseudonymous author: the verbs, and the "who is really behind it" phrasings. */
const UNMASK = [
  String.raw`de-anonymi[sz]`, String.raw`deanonymi[sz]`, String.raw`unmask`, String.raw`dox(?:x|ing|ed)?(?![${L}])`, String.raw`dé-anonymis`, String.raw`déanonymis`, String.raw`désanonymis`, String.raw`démasqu`, String.raw`deanonymisier`, String.raw`enttarn`,
  String.raw`desanonimiz`, String.raw`desenmascar`, String.raw`деанон`, String.raw`人肉`, String.raw`开盒`, String.raw`扒出`, String.raw`身元を(?:特定|割り出)`, String.raw`正体を`,
];
const IDENTITY = [
  String.raw`real\s+(?:identity|name)`, String.raw`true\s+identity`, String.raw`who\s+(?:is\s+)?(?:really\s+)?behind`, String.raw`who\s+(?:they|he|she)\s+really\s+(?:is|are)`, String.raw`vraie\s+identité`,
  String.raw`véritable\s+identité`, String.raw`qui\s+se\s+cache\s+derrière`, String.raw`wahre\s+identität`, String.raw`echte\s+identität`, String.raw`echten\s+namen`, String.raw`wer\s+(?:wirklich\s+)?hinter`,
  String.raw`identidad\s+real`, String.raw`verdadera\s+identidad`, String.raw`quién\s+está\s+detrás`, String.raw`quien\s+está\s+detrás`, String.raw`настоящ[${L}]{0,3}\s+(?:имя|личност)`,
  String.raw`реальн[${L}]{0,3}\s+(?:имя|личност)`, String.raw`кто\s+(?:стоит|скрывается)\s+за`, String.raw`真实身份`, String.raw`真名`, String.raw`背后是谁`, String.raw`本名`, String.raw`正体`, String.raw`中の人`,
];

/**
 * A literal every match of the alternative contains, lower-case: the longest run of plain characters
 * outside groups and classes (a run's last character is dropped when a `?`, `*` or `{0,` follows it).
 */
export function requiredLiteral(alt: string): string {
  let best = '';
  let run = '';
  let depth = 0;
  const end = (next: string): void => {
    const r = /^[?*]|^\{0,/.test(next) ? run.slice(0, -1) : run;
    if (depth === 0 && r.length > best.length) best = r;
    run = '';
  };
  for (let i = 0; i < alt.length; i++) {
    const c = alt[i];
    if (c === '\\') {
      end('');
      i++;
    } else if (c === '[') {
      end('');
      i = alt.indexOf(']', i);
    } else if (c === '(' || c === ')') {
      end('');
      depth += c === '(' ? 1 : -1;
    } else if ('?*+{|.^$'.includes(c)) {
      end(alt.slice(i));
    } else run += c;
  }
  end('');
  if (best.length < 2 && !/[^\x00-\x7f]/.test(best)) throw new Error(`anchor without a required literal: ${alt}`);
  return best;
}

const word = (alts: readonly string[]): string => String.raw`(?<![${L}])(?:${alts.join('|')})`;

export const ATTRIBUTE_ANCHOR = indexed(new RegExp(word([...HEALTH, ...STATUS]), 'g'));
/** Group 1 is set for an unmasking verb, unset for a "real identity" phrase (which needs a clearer pseudonym). */
export const UNMASK_ANCHOR = indexed(new RegExp(String.raw`(${word(UNMASK)})|${word(IDENTITY)}`, 'g'));

export const ANCHOR_KEYWORDS: readonly string[] = [...new Set([...HEALTH, ...STATUS, ...UNMASK, ...IDENTITY].map(requiredLiteral))];
