/**
 * Instruction-override phrases per language: a VERB (ignore, forget…) plus a TARGET (instructions,
 * rules…), confirmed by a QUALIFIER (all, previous, your…) near the pair. Requiring all three keeps
 * "ignore the typo in my previous email" and "forget the previous plan" out.
 * `verbsAfter` holds verbs that follow their target (Japanese, German infinitives, Chinese 把-clauses,
 * passive "… are void").
 */
export interface OverrideLexicon {
  readonly lang: string;
  readonly verbs: readonly string[];
  readonly verbsAfter?: readonly string[];
  /** Nouns that only ever mean model instructions here (instructions, prompt). */
  readonly targets: readonly string[];
  /** Nouns with everyday meanings too (rules of chess, git commands): need a temporal qualifier. */
  readonly weakTargets: readonly string[];
  /** Words that point at the model's earlier instructions: previous, above, your… */
  readonly temporal: readonly string[];
  /** Bare quantifiers (all, any); enough only when nothing but determiners sits between verb and target. */
  readonly quantifiers: readonly string[];
  /** Determiners allowed between a verb and its target when only a quantifier qualifies them. */
  readonly fillers: readonly string[];
}

export const OVERRIDE_LEXICON: readonly OverrideLexicon[] = [
  {
    lang: 'en',
    verbs: [
      'ignore', 'ignoring', 'disregard', 'disregarding', 'forget', 'forgetting', 'overlook', 'bypass', 'override', 'overrule',
      'discard', 'abandon', 'set aside', 'throw out', 'throw away', 'pay no attention to', 'do not follow', "don't follow",
      'stop following', 'no longer follow', 'do not obey', "don't obey", 'stop obeying', 'let go of', 'regardless of', 'irrespective of',
    ],
    verbsAfter: [
      'are now void', 'are void', 'are null and void', 'are null', 'are cancelled', 'are canceled', 'are revoked', 'are obsolete',
      'are no longer valid', 'no longer apply', 'are overridden', 'are superseded', 'have been revoked', 'have been cancelled',
    ],
    targets: ['instruction*', 'directive*', 'prompt', 'prompts', 'system prompt', 'system message', 'system instruction*'],
    weakTargets: [
      'rule*', 'guideline*', 'guidance', 'command*', 'constraint*', 'restriction*', 'directions', 'input', 'inputs', 'conversation*', 'task', 'tasks', 'criteria',
    ],
    temporal: [
      'previous', 'previously', 'prior', 'above', 'earlier', 'preceding', 'foregoing', 'former', 'initial', 'original', 'your',
      'existing', 'you got', 'you received', 'you were given', 'you have been given', "you've been given", 'given to you', 'before',
      'so far', 'until now', 'up to now', 'pre-prompt', 'developer',
      // The task the injected text sits in: "ignore the translation task and instead…".
      'translation', 'summarization', 'summarisation', 'summary',
    ],
    quantifiers: ['all', 'any', 'every', 'each'],
    // "ignore all given instructions": only with a quantifier, like the determiners ("the given input" is everyday prose).
    fillers: ['of', 'the', 'and', 'my', 'given'],
  },
  {
    lang: 'fr',
    verbs: [
      'ignore', 'ignores', 'ignorez', 'ignorer', 'oublie', 'oublies', 'oubliez', 'oublier', 'ne tiens pas compte', 'ne tenez pas compte',
      'ne tiens plus compte', 'ne tenez plus compte', 'fais abstraction', 'faites abstraction', 'néglige', 'négligez', 'passe outre',
      'passez outre', 'laisse tomber', 'laissez tomber', 'laisser tomber', 'contourne', 'contournez', 'ne suis plus', 'ne suivez plus', 'ne respecte plus', 'ne respectez plus',
      'indépendamment d', 'indépendamment de', 'indépendamment des', 'indépendamment du', 'sans tenir compte d', 'sans tenir compte de', 'sans tenir compte des',
    ],
    verbsAfter: ['sont annulées', 'sont caduques', 'sont obsolètes', 'sont nulles', "ne s'appliquent plus"],
    targets: ['instruction*', 'consigne*', 'directive*', 'prompt système', 'prompt', 'prompts', 'instructions système'],
    weakTargets: ['règle*', 'indication*', 'restriction*', 'tâche*', 'critère*'],
    temporal: [
      'précédent*', 'antérieur*', 'ci-dessus', 'plus haut', 'initial*', 'original*', 'tes', 'vos', 'ton', 'votre', 'que tu as reçu*',
      'que vous avez reçu*', 'avant', "jusqu'ici", "jusqu'à présent", 'données',
    ],
    quantifiers: ['tout', 'toute', 'toutes', 'tous'],
    fillers: ['les', 'des', 'de', 'la', 'le', 'ces'],
  },
  {
    lang: 'de',
    verbs: [
      'ignorier*', 'vergiss', 'vergesst', 'vergessen sie', 'missacht*', 'übergeh*', 'umgeh*', 'befolge nicht mehr', 'befolgen sie nicht mehr',
      'unabhängig von',
    ],
    verbsAfter: [
      'ignorieren', 'vergessen', 'missachten', 'außer acht lassen', 'sind ungültig', 'sind ab sofort ungültig', 'sind nun ungültig',
      'sind aufgehoben', 'sind nichtig', 'sind hinfällig', 'gelten nicht mehr', 'gelten ab sofort nicht mehr',
    ],
    targets: ['anweisung*', 'instruktion*', 'vorgabe*', 'systemprompt*', 'system-prompt*', 'prompt', 'prompts', 'systemanweisung*'],
    weakTargets: ['regel*', 'richtlinie*', 'befehl*', 'anordnung*', 'einschränkung*', 'beschränkung*', 'aufgabe*', 'kriterien'],
    temporal: [
      'vorherig*', 'vorig*', 'bisherig*', 'obig*', 'vorangegangen*', 'früher*', 'ursprünglich*', 'anfänglich*', 'dein*', 'ihre', 'ihren',
      'von vorher', 'zuvor', 'davor', 'oben', 'erhalten*', 'gegeben*',
    ],
    quantifiers: ['alle', 'allen', 'aller', 'alles', 'sämtliche*'],
    fillers: ['die', 'der', 'den'],
  },
  {
    lang: 'es',
    verbs: [
      'ignora', 'ignore', 'ignoren', 'ignorar', 'olvida', 'olvide', 'olviden', 'olvidar', 'olvídate de', 'olvídese de', 'haz caso omiso',
      'haga caso omiso', 'hagan caso omiso', 'no hagas caso', 'no haga caso', 'descarta', 'descarte', 'omite', 'omita', 'pasa por alto',
      'pase por alto', 'desobedece', 'desobedezca', 'deja de seguir', 'deje de seguir', 'independientemente de', 'sin importar',
    ],
    verbsAfter: ['quedan anuladas', 'quedan sin efecto', 'ya no son válidas', 'ya no aplican', 'son nulas'],
    targets: ['instruccion*', 'instrucción', 'directriz', 'directrices', 'directiva*', 'prompt del sistema', 'prompt', 'prompts'],
    weakTargets: ['regla*', 'norma*', 'indicacion*', 'indicación', 'restriccion*', 'restricción', 'tarea*', 'criterio*'],
    temporal: [
      'anterior*', 'previa*', 'previo*', 'de arriba', 'arriba', 'inicial*', 'original*', 'tus', 'sus', 'tu', 'que recibiste',
      'que te dieron', 'del sistema', 'hasta ahora',
    ],
    quantifiers: ['todo', 'toda', 'todos', 'todas', 'cualquier'],
    fillers: ['las', 'los', 'de', 'el', 'la'],
  },
  {
    lang: 'pt',
    verbs: ['independentemente d', 'independentemente de', 'independentemente das', 'independentemente dos', 'independentemente da', 'independentemente do', 'ignore', 'ignora', 'ignorar', 'esqueça', 'esqueca', 'esquece', 'esquecer', 'desconsidere', 'desconsidera', 'não siga', 'nao siga', 'descarte'],
    verbsAfter: ['estão anuladas', 'não são mais válidas', 'perderam a validade'],
    targets: ['instruç*', 'instruc*', 'diretriz*', 'diretrizes', 'prompt do sistema'],
    weakTargets: ['regra*', 'orientaç*', 'comando*', 'tarefa*', 'critério*'],
    temporal: ['anterior*', 'prévia*', 'previa*', 'acima', 'inicial*', 'original*', 'suas', 'seus', 'tuas', 'teus', 'que te deram', 'que te passaram', 'que recebeste', 'que você recebeu'],
    quantifiers: ['todas', 'todos', 'tudo', 'qualquer'],
    fillers: ['as', 'os', 'de', 'das', 'dos'],
  },
  {
    lang: 'it',
    verbs: [
      'ignora', 'ignori', 'ignorate', 'ignorare', 'dimentica', 'dimentichi', 'dimenticate', 'dimenticare', 'non tenere conto',
      'non considerare', 'tralascia', 'trascura', 'indipendentemente da',
    ],
    verbsAfter: ['sono annullate', 'non sono più valide', 'non valgono più'],
    targets: ['istruzion*', 'direttiv*', 'prompt di sistema'],
    weakTargets: ['regol*', 'indicazion*', 'comand*', 'compit*', 'criteri'],
    temporal: ['precedent*', 'in precedenza', 'ricevut*', 'sopra', 'di sopra', 'iniziali', 'original*', 'tue', 'tuoi', 'sue', 'suoi'],
    quantifiers: ['tutte', 'tutti', 'tutto', 'qualsiasi'],
    fillers: ['le', 'gli', 'i', 'di', 'delle', 'degli'],
  },
  {
    lang: 'ru',
    verbs: [
      'игнорир*', 'проигнорир*', 'забудь', 'забудьте', 'забыть', 'не обращай внимания на', 'не обращайте внимания на', 'не следуй',
      'не следуйте', 'отбрось', 'отбросьте', 'отмени', 'отмените', 'пренебреги', 'пренебрегите', 'не подчиняйся', 'не выполняй',
      'независимо от',
    ],
    verbsAfter: ['больше не действуют', 'отменены', 'недействительны', 'аннулированы'],
    targets: ['инструкци*', 'указани*', 'директив*', 'системн* промпт*', 'промпт*', 'предписани*', 'системн* инструкци*'],
    weakTargets: ['правил*', 'команд*', 'ограничени*', 'задач*'],
    temporal: [
      'предыдущ*', 'прежн*', 'ранн*', 'ранее', 'выше', 'вышеуказанн*', 'изначальн*', 'первоначальн*', 'исходн*', 'тво*', 'ваш*',
      'до этого', 'полученн*',
    ],
    quantifiers: ['все', 'всё', 'всех', 'любые', 'каждое'],
    fillers: ['эти', 'на'],
  },
  // Beyond the seven required languages, the Latin-script ones attackers also use: the classifier scored
  // "ignore all previous instructions" in them 0.51–0.81, under the proxy's model-only block score.
  {
    lang: 'nl',
    verbs: ['negeer', 'negeren', 'vergeet', 'vergeten', 'let niet op', 'volg niet langer', 'volg niet meer', 'houd geen rekening met'],
    verbsAfter: ['zijn vervallen', 'gelden niet meer', 'zijn niet meer geldig'],
    targets: ['instructie*', 'systeemprompt', 'prompt', 'prompts', 'systeeminstructie*'],
    weakTargets: ['regels', 'richtlijnen', 'opdracht*', 'aanwijzingen', 'beperkingen'],
    temporal: ['eerdere', 'vorige', 'voorgaande', 'bovenstaande', 'oorspronkelijke', 'je', 'jouw', 'uw', 'gekregen'],
    quantifiers: ['alle', 'elke', 'iedere'],
    fillers: ['de', 'het', 'van'],
  },
  {
    lang: 'pl',
    verbs: ['zignoruj', 'zignorujcie', 'ignoruj', 'zapomnij', 'zapomnijcie', 'pomiń', 'nie zwracaj uwagi na', 'nie stosuj się do', 'nie przestrzegaj'],
    verbsAfter: ['są nieważne', 'przestają obowiązywać', 'nie obowiązują'],
    targets: ['instrukcj*', 'polecen*', 'prompt systemowy', 'promptu systemowego', 'wytyczn*'],
    weakTargets: ['zasad*', 'reguł*', 'ograniczeni*', 'zadani*'],
    temporal: ['poprzedni*', 'wcześniejsz*', 'powyższ*', 'twoje', 'twoich', 'swoje', 'oryginaln*', 'otrzyman*'],
    quantifiers: ['wszystkie', 'wszystkich', 'wszelkie', 'każde'],
    fillers: ['z', 'i'],
  },
  {
    lang: 'tr',
    verbs: [],
    // Whole forms, not stems: a stem's wildcard took the negatives too ("yok saymadım", "unutmayın": I did not ignore, do not forget). ı is folded to i.
    verbsAfter: [
      'görmezden gel', 'görmezden gelin', 'görmezden geliniz', 'görmezden gelerek', 'görmezden gelip', 'yok say', 'yok sayin', 'yok sayiniz', 'yok sayarak', 'yok sayip',
      'yok sayalim', 'unut', 'unutun', 'unutunuz', 'unutarak', 'unutup', 'dikkate alma*', 'göz ardi et', 'göz ardi edin', 'göz ardi ederek', 'göz ardi edip',
      'geçersizdir', 'artik geçerli değil', 'bağimsiz olarak', 'bakmaksizin',
    ],
    targets: ['talimat*', 'yönerge*', 'sistem istemi*', 'sistem mesaj*', 'sistem talimat*'],
    weakTargets: ['kural*', 'komut*', 'kisitlama*', 'görev*'],
    temporal: ['önceki', 'yukaridaki', 'daha önceki', 'ilk', 'orijinal', 'senin', 'sana verilen', 'eski', 'sistem'],
    quantifiers: ['tüm', 'bütün', 'her'],
    fillers: ['bu', 've'],
  },
  {
    lang: 'id',
    verbs: ['abaikan', 'lupakan', 'jangan ikuti', 'jangan hiraukan', 'jangan pedulikan', 'kesampingkan', 'terlepas dari', 'tanpa memedulikan', 'tanpa mempedulikan'],
    verbsAfter: ['tidak berlaku lagi', 'dibatalkan'],
    targets: ['instruksi', 'perintah', 'petunjuk', 'arahan', 'prompt sistem', 'prompt'],
    weakTargets: ['aturan', 'batasan', 'tugas', 'pedoman'],
    temporal: ['sebelumnya', 'di atas', 'terdahulu', 'awal', 'asli', 'anda', 'kamu', 'yang diberikan'],
    quantifiers: ['semua', 'seluruh', 'segala'],
    fillers: ['yang', 'dari', 'itu'],
  },
  {
    lang: 'vi',
    verbs: ['bỏ qua', 'phớt lờ', 'lờ đi', 'quên', 'quên đi', 'đừng làm theo', 'không tuân theo', 'bỏ ngoài tai', 'bất kể', 'bất chấp'],
    verbsAfter: ['không còn hiệu lực', 'bị hủy bỏ'],
    targets: ['hướng dẫn', 'chỉ dẫn', 'chỉ thị', 'lời nhắc hệ thống', 'prompt'],
    weakTargets: ['quy tắc', 'lệnh', 'yêu cầu', 'giới hạn', 'nhiệm vụ'],
    temporal: ['trước đó', 'trước đây', 'trước', 'ở trên', 'phía trên', 'ban đầu', 'của bạn', 'đã nhận'],
    quantifiers: ['tất cả', 'mọi', 'toàn bộ'],
    fillers: ['các', 'những', 'cả'],
  },
  {
    // Hindi and Urdu typed in Latin letters, often with English nouns: "pichle saare instructions ignore karo", "apne rules bhool jao".
    lang: 'hi-Latn',
    verbs: [],
    verbsAfter: ['ignore karo', 'ignore kar do', 'ignore kardo', 'ignore karein', 'ignore karen', 'ignore kijiye', 'bhool jao', 'bhul jao', 'bhool jaao', 'bhul jaao', 'bhool jaiye', 'mat mano', 'mat maano', 'nazarandaz karo', 'nazar andaz karo'],
    targets: ['instructions', 'instruction', 'nirdesh', 'hidayat*', 'system prompt'],
    weakTargets: ['rules', 'niyam', 'baatein', 'baaton'],
    temporal: ['pichle', 'pichhle', 'pichli', 'pichhli', 'pehle ke', 'pehle wale', 'upar ke', 'upar wale', 'upar likhe', 'tumhare', 'aapke', 'apne', 'tere'],
    quantifiers: ['sabhi', 'saare', 'sare', 'sab'],
    fillers: ['ko', 'ke', 'ki', 'wale', 'saare', 'sab'],
  },
  {
    lang: 'tl',
    verbs: ['huwag pansinin', 'balewalain', 'kalimutan', 'ipagwalang-bahala', 'huwag sundin', 'wag pansinin', 'anuman ang', 'kahit ano ang', 'hindi alintana ang'],
    verbsAfter: ['ay wala nang bisa'],
    targets: ['tagubilin', 'instruksyon', 'panuto', 'direktiba', 'system prompt'],
    weakTargets: ['utos', 'patakaran', 'alituntunin', 'gawain'],
    temporal: ['naunang', 'nakaraang', 'nauna', 'sa itaas', 'iyong', 'mo', 'orihinal'],
    quantifiers: ['lahat'],
    fillers: ['ang', 'ng', 'mga', 'na', 'sa'],
  },
  {
    lang: 'zh',
    verbs: ['无论', '不管', '不论', '忽略', '忽视', '忽視', '无视', '無視', '不要理会', '不理会', '別理會', '不要理會', '忘记', '忘掉', '忘記', '抛开', '拋開', '丢弃', '丟棄', '不要遵守', '不再遵守', '不要遵循', '停止遵循'],
    verbsAfter: ['忽略', '无视', '忘掉', '忘记', '作废', '無效', '无效', '不再有效', '失效'],
    targets: ['指令', '指示', '提示词', '提示詞', '系统提示', '系統提示'],
    weakTargets: ['任务', '规则', '規則', '命令', '说明', '說明', '设定', '設定', '限制', '约束', '約束', '提示'],
    temporal: ['之前', '以前', '先前', '此前', '上面', '上述', '以上', '前面', '原来', '原來', '原有', '原先', '最初', '你的', '早先', '收到的'],
    quantifiers: ['所有', '全部', '一切', '任何'],
    fillers: ['的', '都', '这些'],
  },
  {
    // Greek: the imperative singular and plural; "σου"/"σας" (your) after the noun ("τις οδηγίες σου").
    lang: 'el',
    verbs: [
      'αγνόησε', 'αγνοήστε', 'αγνόησέ', 'ξέχασε', 'ξεχάστε', 'παράβλεψε', 'παραβλέψτε', 'μην ακολουθείς', 'μην ακολουθείτε', 'σταμάτα να ακολουθείς',
      'σταματήστε να ακολουθείτε', 'παρέκαμψε', 'παρακάμψτε',
    ],
    verbsAfter: ['δεν ισχύουν πλέον', 'ακυρώνονται', 'καταργούνται'],
    targets: ['οδηγίες', 'οδηγιών', 'εντολές', 'εντολών', 'prompt συστήματος', 'μήνυμα συστήματος', 'οδηγίες συστήματος'],
    weakTargets: ['κανόνες', 'κανόνων', 'περιορισμούς', 'περιορισμών', 'κατευθυντήριες γραμμές'],
    temporal: ['προηγούμενες', 'προηγούμενους', 'προηγούμενα', 'προηγούμενων', 'παραπάνω', 'αρχικές', 'αρχικούς', 'σου', 'σας', 'που σου δόθηκαν', 'που έλαβες', 'μέχρι τώρα'],
    quantifiers: ['όλες', 'όλους', 'όλα', 'κάθε'],
    fillers: ['τις', 'τους', 'τα', 'τη', 'την', 'των', 'τον', 'το'],
  },
  {
    lang: 'ja',
    verbs: ['無視して', '無視しろ', '無視せよ'],
    verbsAfter: ['に関係なく', 'を問わず', '無視', '忘れ', '破棄', '従わな', '従うな', '取り消', '撤回', '無効'],
    targets: ['指示', '指令', 'プロンプト', 'システムプロンプト'],
    weakTargets: ['タスク', '命令', 'ルール', '規則', '設定', '制約', '制限', '説明', 'ガイドライン'],
    temporal: ['以前', '前の', 'これまで', '今まで', '上記', '上の', '先ほど', '先程', '元の', '最初の', 'あなたの', '受けた'],
    quantifiers: ['すべて', '全て', '全部', '一切'],
    fillers: ['の', 'を', 'は', 'とか'],
  },
];

/** Objectless overrides: "ignore everything above", "forget everything you were told". */
export const OVERRIDE_EVERYTHING_EN = [
  'the above', 'all of the above', 'everything above', 'everything before', 'everything prior', 'everything previous',
  'everything you were told', "everything you've been told", 'everything you have been told', 'everything i told you before',
  'everything said before', 'everything you learned before', 'everything you have learned before', 'everything you were taught',
  'what you were told', "what you've been told", 'what you have been told',
];

/**
 * The model's safety rules by name, in each language: unambiguous targets ("ignore all safety
 * rules"), but "workers who ignore safety rules" is not an order, so prompt-injection-override.ts
 * counts them only when the override is one (sentence start, "from now on", "you …", a Japanese
 * imperative after the verb).
 */
export const OVERRIDE_SAFETY_TARGETS: readonly string[] = [
  'safety rules', 'security rules', 'safety guidelines', 'safety restrictions', 'safety filters', 'safety protocols', 'safety measures',
  'safety policies', 'content filters', 'content policy', 'content policies', 'content rules', 'ethical guidelines', 'ethics rules', 'moral guidelines',
  'guardrails', 'règles de sécurité', 'consignes de sécurité', 'filtres de sécurité', 'règles éthiques', 'sicherheitsregeln', 'sicherheitsrichtlinien',
  'sicherheitsfilter', 'sicherheitsbeschränkungen', 'inhaltsrichtlinien', 'ethische richtlinien', 'reglas de seguridad', 'normas de seguridad',
  'filtros de seguridad', 'directrices éticas', 'políticas de contenido', 'правила безопасности', 'фильтры безопасности', 'ограничения безопасности',
  'этические правила', '安全规则', '安全规定', '安全限制', '安全准则', '安全策略', '内容政策', '道德准则', '安全規則', 'セキュリティルール', '安全ルール',
  '安全上のルール', '安全ガイドライン', 'コンテンツポリシー', '倫理ガイドライン', '安全制限',
];

/**
 * A precedence claim: the text says it outranks the model's instructions ("This instruction overrides
 * your system prompt", "Esta instrucción prevalece sobre tu prompt de sistema", "此指令优先于你的系统提示词").
 * `verbs` come before what they outrank; Japanese names what is outranked first ("システムプロンプトより優先").
 * The subject must be the text itself ("this instruction", "cette consigne"): prompt-injection-override.ts
 * looks for it before the verb, so "the user's setting overrides the default prompt" is not one.
 */
export const PRECEDENCE = {
  verbs: [
    'overrides', 'override', 'supersedes', 'supersede', 'takes precedence over', 'take precedence over', 'has priority over', 'have priority over',
    'prevails over', 'prevail over', 'outranks', 'replaces', 'prevalece sobre', 'prevalecen sobre', 'tiene prioridad sobre', 'tienen prioridad sobre',
    'anula', 'anulan', 'sustituye', 'reemplaza', 'prévaut sur', 'prévalent sur', 'a priorité sur', 'ont priorité sur', "l'emporte sur", 'remplace',
    'annule', 'hat vorrang vor', 'haben vorrang vor', 'ersetzt', 'überschreibt', 'имеет приоритет над', 'имеют приоритет над', 'отменяет',
    'заменяет', 'важнее', '优先于', '覆盖', '取代', '高于',
  ],
  /** Japanese: the outranked instructions, then this. */
  verbsAfter: ['より優先', 'よりも優先', 'を上書き'],
  /** The text itself, just before the verb: "this instruction", "diese Anweisung", "эта инструкция", "此指令", "この指示は". */
  subject: String.raw`(?:(?:this|these|the\s+following|esta|estas|este|cette|ces|ce|diese[rs]?|эта|это|данн\p{L}+)\s+(?:new\s+|nueva\s+|nouvelle\s+|neue\s+|новая\s+)?(?:instructions?|messages?|notes?|directives?|orders?|updates?|commands?|requests?|rules?|polic(?:y|ies)|richtlinien?|regelung|política|politique|политика|instrucci[oó]n(?:es)?|mensajes?|notas?|órdenes|orden|consignes?|anweisung(?:en)?|nachricht|hinweis|regel|инструкци[яи]|сообщение|указани[ея]|распоряжение|правило)(?:\s+(?:from|de|von|от)\s+[^.!?\n]{1,40}?)?|(?:此|这条|这个|本|该)(?:指令|指示|消息|说明|规定|通知)|(?:この|本)(?:指示|メッセージ|命令|指令|通知)は[^。\n]{0,20}?)\s*$`,
} as const;
