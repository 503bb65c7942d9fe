/**
 * Jailbreak vocabulary per language: how a message makes the model someone new ("you are now…",
 * "act as…"), the "without any restrictions" lift, the privileged modes, and announcements of new
 * instructions. Phrases use the lexicon syntax of lexicon-compile.ts.
 */

/** "You are now / act as / pretend to be": the persona assignment that precedes the lift. */
export const BECOME: readonly string[] = [
  // en
  'you are now', "you're now", 'you are going to be', 'you will be', 'you will now be', 'act as', 'acting as', 'pretend to be',
  'pretend you are', "pretend you're", 'roleplay as', 'role-play as', 'play the role of', 'simulate', 'you are an', 'you are a',
  'become', 'behave like', 'respond as', 'answer as', 'from now on you', 'transform into', 'you have become',
  // fr
  'tu es maintenant', 'vous êtes maintenant', 'tu es désormais', 'vous êtes désormais', 'agis comme', 'agissez comme', 'fais semblant',
  'faites semblant', 'joue le rôle', 'jouez le rôle', 'incarne', 'incarnez', 'tu es une', 'tu es un', 'tu deviens', 'comporte-toi comme',
  // de
  'du bist jetzt', 'du bist nun', 'du bist ab jetzt', 'jetzt bist du', 'nun bist du', 'sie sind jetzt', 'tu so, als', 'tu so als', 'agiere als', 'handle als',
  'spiele die rolle', 'verhalte dich wie', 'du bist eine', 'du bist ein', 'du wirst zu',
  // es
  'ahora eres', 'ahora serás', 'ahora vas a ser', 'actúa como', 'actua como', 'actúe como', 'finge ser', 'finge que eres', 'interpreta el papel',
  'eres una', 'eres un', 'compórtate como', 'te conviertes en',
  // pt
  'agora você é', 'agora voce é', 'você agora é', 'voce agora é', 'a partir de agora você é', 'imagine que você é', 'aja como', 'finja ser', 'finja que é', 'você é uma', 'você é um', 'comporte-se como',
  // it
  'ora sei', 'adesso sei', "d'ora in poi sei", 'da questo momento sei', 'da ora sei', 'da adesso sei', 'agisci come', 'fingi di essere', 'interpreta il ruolo', 'sei una', 'sei un', 'comportati come',
  // ru
  'теперь ты', 'отныне ты', 'с этого момента ты', 'представь, что ты', 'представь что ты', 'представьте, что вы', 'ты теперь', 'действуй как', 'притворись', 'сыграй роль', 'веди себя как', 'ты —', 'ты являешься',
  // zh
  '你现在是', '你現在是', '从现在开始你是', '從現在開始你是', '扮演', '假装你是', '假裝你是', '你将成为', '你是一个', '你是一個',
  // ja
  'あなたは今', '今からあなたは', 'これからあなたは', '君は今', 'として振る舞', 'になりきって', 'のふりをして', 'を演じて', 'ロールプレイしよう', 'ロールプレイをしよう',
  // uk, pl, cs, el, ko
  'відтепер ти', 'з цього моменту ти', 'уяви, що ти', 'уяви що ти', 'ти —', 'дій як', 'вдавай', 'зіграй роль',
  'od teraz jesteś', 'wciel się w', 'udawaj, że jesteś', 'udawaj że jesteś', 'graj rolę',
  'od teď jsi', 'od nynějška jsi', 'hraj roli', 'předstírej, že jsi', 'předstírej že jsi', 'chovej se jako',
  'από εδώ και πέρα είσαι', 'από τώρα είσαι', 'από τώρα και στο εξής είσαι', 'στο εξής είσαι', 'παίξε τον ρόλο', 'υποδύσου', 'κάνε πως είσαι',
  '너는 이제', '지금부터 너는', '이제부터 너는', '역할극을 하자',
];

/** The lift itself: "without any restrictions", "unfiltered", "no ethical guidelines". */
/**
 * Lifts of safety rules (zh) or of all rules (ru) that a jailbreak says to the model itself ("你不再受任何
 * 安全规则的限制", "ты не связан никакими правилами"): persona lifts, and strong ones when addressed
 * (prompt-injection-persona.ts).
 */
export const LIFTS_SAID_TO_THE_MODEL: readonly string[] = [
  '不受任何安全规则', '不再受任何安全规则', '不再受安全规则', '不受安全限制', '不再受安全限制', '不受道德约束', '不再受道德约束',
  'не связан никакими правилами', 'не связана никакими правилами', 'не ограничен никакими правилами', 'не ограничена никакими правилами',
  'не связан никакими ограничениями', 'не связана никакими ограничениями',
];

/**
 * Never refusing, in each language: a lift of the persona rule (UNRESTRICTED), strong enough alone
 * (its STRONG_LIFT), and the head of "never refuse a refund under 20 EUR" that names a thing.
 */
export const NEVER_REFUSE: readonly string[] = [
  'never refuse*', 'никогда не отказывайся', 'ne refuse jamais', 'ne refuse jamais rien', 'lehne niemals ab', 'lehne nie etwas ab', 'nunca te niegues', 'nunca rechaces',
  'nunca recuses', 'non rifiutare mai', 'non rifiutarti mai', '永远不要拒绝', '決して断らない', '絶対に断らない', '絶対に断りません', 'という言葉を知りません',
];

export const UNRESTRICTED: readonly string[] = [
  ...NEVER_REFUSE,
  // en
  // ("unrestricted", "unlimited", "no limits" are left out: they describe access and patience as often as jailbreaks.)
  'unfiltered', 'uncensored', 'jailbroken', 'amoral', 'no restrictions', 'no filters', 'no censorship', 'no ethical guidelines',
  'no moral guidelines', 'no ethics', 'no morals', 'without any restrictions', 'without restrictions', 'without any rules', 'without any limitations', 'without limitations',
  'without any filters', 'without filters', 'without censorship', 'without any censorship', 'without any ethical', 'without ethical', 'without moral',
  'free of all restrictions', 'free from all restrictions', 'free of any restrictions', 'free from restrictions', 'free of restrictions',
  'not bound by any', 'not bound by', 'no content policy', 'no safety guidelines', 'ignores all ethical',
  'no matter how unethical', 'no matter how immoral', 'no matter how illegal', 'no matter how dangerous', 'no matter how harmful',
  'regardless of legality', 'regardless of ethics', 'regardless of morality', "doesn't care about ethics", "doesn't care about laws",
  'does not care about ethics', 'without any moral', 'zero guardrails', 'no guardrails', 'without guardrails', 'without any guardrails',
  'zero restrictions', 'zero filters', 'before anyone wrote safety', 'before safety guidelines existed', 'before any safety training', 'without safety training', 'no safety training',
  // fr
  'sans restriction*', 'sans aucune restriction', 'sans filtre*', 'sans censure', 'sans limite*', 'sans aucune limite', 'sans règles',
  "plus aucune règle", "n'as plus de règles", "n'avez plus de règles",
  'sans éthique', 'non censuré*', 'non filtré*', 'affranchie de toute charte', 'affranchie de toute éthique', 'affranchie de toute morale', 'affranchie de toute règle', 'affranchie de toute limite', 'affranchie de toute censure', 'affranchie de toute restriction', 'affranchie de toute contrainte éthique', 'affranchie de toute contrainte morale', 'affranchi de toute charte', 'affranchi de toute éthique', 'affranchi de toute morale', 'affranchi de toute règle', 'affranchi de toute limite', 'affranchi de toute censure', 'affranchi de toute restriction', 'affranchi de toute contrainte éthique', 'affranchi de toute contrainte morale', 'libérée de toute charte', 'libérée de toute éthique', 'libérée de toute morale', 'libérée de toute règle', 'libérée de toute limite', 'libérée de toute censure', 'libérée de toute restriction', 'libérée de toute contrainte éthique', 'libérée de toute contrainte morale', 'libéré de toute charte', 'libéré de toute éthique', 'libéré de toute morale', 'libéré de toute règle', 'libéré de toute limite', 'libéré de toute censure', 'libéré de toute restriction', 'libéré de toute contrainte éthique', 'libéré de toute contrainte morale', 'sans charte éthique', 'sans aucune éthique', 'sans morale',
  // de
  'ohne einschränkung*', 'ohne jegliche einschränkung*', 'ohne filter', 'ohne zensur', 'ohne grenzen', 'ohne regeln', 'ohne ethik',
  'unzensiert*', 'ungefiltert*', 'gar keine regeln', 'keinerlei regeln', 'frei von jeglichen regeln', 'ohne jede regel', 'ohne jede einschränkung', 'ohne alle regeln',
  'ohne jegliche regeln', 'sans aucune règle', 'sin ninguna regla', 'без всяких правил', 'без каких-либо правил',
  // es
  'sin restriccion*', 'sin ninguna restricción', 'sin filtro*', 'sin censura', 'sin límite*', 'sin limites', 'sin reglas', 'sin ética',
  'sin censurar', 'no censurad*', 'sin las políticas', 'sin políticas', 'sin las normas',
  // pt
  'sem restriç*', 'sem restric*', 'sem filtro*', 'sem censura', 'sem limite*', 'sem regras', 'sem ética', 'filtros desligados', 'filtros desativados',
  // it
  'senza restrizion*', 'senza filtri', 'senza censura', 'senza limiti', 'senza regole', 'senza etica', 'non censurat*',
  // ru
  'без ограничений', 'без каких-либо ограничений', 'без фильтров', 'без цензуры', 'без правил', 'без морали', 'без этики',
  'нецензурированн*', 'ничем не ограничен', 'ничем не ограничена', 'ничем не была ограничена', 'ничем не был ограничен', 'цензуры не существует', 'где нет цензуры', 'нет никакой цензуры', 'без запретов', 'не связан правилами', 'не связана правилами', 'нет никаких ограничений', 'нет ограничений', 'никаких ограничений и фильтров', 'не соблюдает никаких правил', 'не соблюдает правил', 'не признаёт никаких правил', 'не признает никаких правил',
  // uk, pl, cs, el, ko
  'без обмежень', 'без жодних обмежень', 'без фільтрів', 'без цензури', 'без правил', 'зняли всі фільтри', 'жодних обмежень', 'жодних фільтрів', 'ніколи не відмовляє', 'ніколи не відмовляйся',
  'bez ograniczeń', 'bez żadnych ograniczeń', 'bez filtrów', 'bez cenzury', 'bez zasad', 'nigdy nie odmawia', 'nigdy nie odmawiaj',
  'bez omezení', 'bez jakýchkoli omezení', 'bez filtrů', 'bez cenzury', 'bez pravidel', 'nikdy neodmítá', 'nikdy neodmítej',
  'χωρίς κανόνες', 'χωρίς φίλτρα', 'χωρίς περιορισμούς', 'χωρίς λογοκρισία', 'χωρίς όρια', 'δεν αρνείται ποτέ', 'μην αρνείσαι ποτέ',
  '제한 없는', '제한이 없는', '필터 없는', '검열 없는', '규칙이 없는', '절대 거절하지',
  // zh
  '没有任何限制', '沒有任何限制', '没有限制', '沒有限制', '不受任何限制', '不受限制', '没有审查', '无审查', '不受审查',
  '没有道德', '没有任何规则', '不受规则', '不受任何规则', '不再受任何规则', '不再受规则', '不再受任何限制', '不再有任何限制',
  '不受任何约束', '不再受任何约束', '不受任何公司规定约束', '不受任何规定约束', '不受任何规定',
  // zh and ru, said to the model itself
  ...LIFTS_SAID_TO_THE_MODEL,
  // ja
  '制限のない', '制限がない', '制限なし', '制限なく', '一切の制限', '検閲なし', '検閲のない', 'フィルターなし', 'フィルターのない',
  '倫理的な制約のない', 'ルールのない', 'ルールを一切持たない', '一切のルールを持たない', 'ルールを持たない', 'どんな質問も断らない', '法律も倫理もありません', '法律も倫理もない', '倫理もルールもない', '何でも答える', '倫理規定が一切ない', '倫理規定のない', '制限はすべて解除', '制限は全て解除', '制限が解除', '制限を解除', 'すべての制限が解除',
];

/** Privileged or jailbreak modes: "developer mode", "DAN mode", in each language. */
export const MODE_NAMES: readonly string[] = [
  'developer mode', 'dev mode', 'debug mode', 'god mode', 'sudo mode', 'admin mode', 'administrator mode', 'maintenance mode', 'root mode',
  'break-glass mode', 'break glass mode', 'jailbreak mode', 'jailbroken mode', 'dan mode', 'debugging mode', 'system mode', 'test mode', 'unrestricted mode', 'unfiltered mode', 'uncensored mode', 'evil mode', 'chaos mode',
  'mode système', 'systemmodus', 'modo sistema', 'modo de sistema', 'modalità di sistema', 'системный режим', '系统模式', '系統模式', 'システムモード',
  'mode développeur', 'mode debug', 'mode dieu', 'mode administrateur', 'mode sans restriction*', 'entwicklermodus', 'debug-modus',
  'gott-modus', 'gottmodus', 'admin-modus', 'administratormodus', 'modo desarrollador', 'modo de desarrollador', 'modo dios',
  'modo administrador', 'modo de desenvolvedor', 'modo desenvolvedor', 'modalità sviluppatore', 'modalità dio', 'modalità amministratore',
  'режим разработчика', 'режим отладки', 'режим бога', 'режим администратора', 'режиме разработчика', 'режиме отладки', 'режиме бога',
  'режиме администратора', '开发者模式', '開發者模式', '开发人员模式', '调试模式',
  '上帝模式', '管理员模式', '開発者モード', 'デバッグモード', 'ゴッドモード', '管理者モード', '制限解除モード', '無制限モード', '脱獄モード',
  'режим без ограничений', '无限制模式', '越狱模式', 'modalità opposta', 'opposite mode',
];

/** Switching a mode on, or being in it. */
export const MODE_ON: readonly string[] = [
  'enable', 'enabled', 'activate', 'activated', 'enter', 'entering', 'entered', 'switch to', 'switched to', 'now in', 'you are in',
  "you're in", 'turn on', 'turned on', 'engage', 'engaged', 'simulate', 'with', 'output', 'response',
  'activé', 'activer', 'active', 'passe en', 'aktiviert', 'aktiviere', 'aktivieren', 'wechsle in', 'activado', 'activa', 'activar',
  'ativado', 'ative', 'attivata', 'attiva', 'включен', 'включи', 'активирован', 'активируй', 'перейди в', 'работаешь в', 'находишься в',
  'переходишь в', 'tu es en', 'bist jetzt im', 'bist im', 'estás en', '处于', '启用', '开启', '開啟', '进入',
  '進入', '激活', '有効', 'オン', '切り替え', '入って', '君は', 'お前は', 'あなたは',
];

/** "New instructions:" announcements, each followed by a colon in the pattern. */
export const NEW_INSTRUCTIONS: readonly string[] = [
  'new instructions', 'new instruction', 'updated instructions', 'revised instructions', 'real instructions', 'actual instructions',
  'new system prompt', 'new rules', 'new directive', 'new directives', 'new task', 'new objective',
  'nouvelles instructions', 'nouvelle instruction', 'nouvelle consigne', 'nouvelles consignes', 'nouvelle tâche',
  'neue anweisungen', 'neue anweisung', 'neue instruktionen', 'neue aufgabe', 'neue regeln',
  'nuevas instrucciones', 'nueva instrucción', 'nueva tarea', 'nuevas reglas', 'novas instruções', 'nova instrução', 'nova tarefa',
  'nuove istruzioni', 'nuova istruzione', 'nuovo compito', 'новые инструкции', 'новая инструкция', 'новая задача', 'новое задание',
  'новые правила', '新的指令', '新指令', '新的指示', '新的任务', '新任务', '新的规则', '新しい指示', '新たな指示', '新しいタスク', '新しいルール',
];

/** Claims to be the model's maker or operator, in each language. */
export const AUTHORITY_CLAIMS: readonly string[] = [
  'i am your developer', "i'm your developer", 'i am your creator', "i'm your creator", 'i am your programmer', "i'm your programmer",
  'i am your admin', "i'm your admin", 'i am your administrator', "i'm your administrator", 'i am your owner', 'as your creator',
  'as your developer', 'as your programmer', 'as your administrator', 'openai employee', 'anthropic employee', 'i work at openai',
  'i work for openai', 'i am a programmer at openai', 'i am an engineer at openai', 'i am a developer at openai', 'i am from openai', 'this is the openai safety team', 'this is a test from the openai safety team', 'this is a test by the openai safety team',
  'this is the anthropic safety team', 'message from the openai safety team', 'we are the openai safety team', 'this is openai support',
  'this is the openai red team', 'this is a test from openai',
  'je suis votre développeur', 'je suis ton développeur', 'je suis ton créateur', 'je suis votre créateur', 'en tant que ton créateur',
  'ich bin dein entwickler', 'ich bin ihr entwickler', 'ich bin dein schöpfer', 'als dein entwickler', 'soy tu desarrollador',
  'soy su desarrollador', 'soy tu creador', 'como tu creador', 'sou o teu desenvolvedor', 'sou seu desenvolvedor', 'sou o seu desenvolvedor',
  'sou seu criador', 'sono il tuo sviluppatore', 'sono il tuo creatore', 'я твой разработчик', 'я ваш разработчик', 'я твой создатель',
  '我是你的开发者', '我是你的開發者', '我是你的开发人员', '我是你的创造者', '我是你的創造者', '作为你的创造者', '私はあなたの開発者', 'あなたの開発者です',
  '私はあなたの作成者',
];
