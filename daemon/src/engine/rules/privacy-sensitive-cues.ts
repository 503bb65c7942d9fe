import { L } from './privacy-sensitive-vocab';

/**
 * What pii-sensitive-attribute-profiling looks for around a sensitive attribute, in en, fr, de, es,
 * ru, zh and ja. Each cue is one regex over all seven languages; they run on a sentence or a short
 * window around the attribute, never on the whole text.
 */

/** Whole words of the space-separated scripts (CJK alternatives are given without edges). */
const w = (alts: string, cjk = ''): RegExp => new RegExp(String.raw`(?<![${L}])(?:${alts})(?![${L}])${cjk ? `|${cjk}` : ''}`);
/** Word starts (stems). */
const stem = (alts: string, cjk = ''): RegExp => new RegExp(String.raw`(?<![${L}])(?:${alts})${cjk ? `|${cjk}` : ''}`);

/** A request to find out, determine, reveal or hand over something (imperatives and "can you …"). */
export const LOOKUP = stem(
  [
    // "Which employees in my team are …": a which-question over the people themselves asks to single them out.
    String.raw`(?:which|what)\s+(?:new\s+)?(?:employees|staff|workers|colleagues|co-?workers|tenants|applicants|candidates|students|neighbou?rs|team\s+members)(?![${L}])|quel(?:le)?s\s+(?:employés|salariés|collègues|locataires|candidats|candidates|élèves|voisins)(?![${L}])|welche[nmrs]?\s+(?:mitarbeiter(?:innen)?|angestellten|kollegen|kolleginnen|mieter(?:innen)?|bewerber(?:innen)?|schüler(?:innen)?|nachbarn)(?![${L}])|qu[ée]\s+(?:empleados|empleadas|compañeros|inquilinos|candidatos|alumnos|vecinos)(?![${L}])`,
    String.raw`look\s+(?:up|into)(?![${L}])|lookup(?![${L}])|find(?:\s+out)?(?![${L}])|figure\s+out|work\s+out|dig\s+(?:up|into)|check(?:\s+(?:whether|if|for|which|who))?(?![${L}])|verify\s+(?:whether|if)|determine(?![${L}])|identify(?![${L}])|infer(?![${L}])|deduce(?![${L}])|guess(?![${L}])|predict(?![${L}])|detect(?![${L}])|screen(?![${L}])|spot(?![${L}])|single\s+out|search(?![${L}])|investigate(?![${L}])|uncover(?![${L}])|discover(?![${L}])|tell\s+me|let\s+me\s+know|give\s+me|send\s+me|show\s+me|get\s+me|pull\s+up|list(?![${L}])|compile(?![${L}])|see\s+(?:whether|if)|i\s+(?:want|need)\s+to\s+know|can\s+you|could\s+you|flag\s+(?:anyone|everyone|those|the\s+ones|which|who)(?![${L}])|(?:which|who)\s+(?:of|among)\s+(?:them|these|those|my|our|the)(?![${L}])`,
    String.raw`trouve|retrouve|découvre|cherche|recherche|vérifie|détermine|identifie|devine|déduis|repère|fouille|regarde(?:z)?(?![${L}])|dis-moi|dites-moi|indique-moi|donne-moi|donnez-moi|envoie-moi|sors-moi|dresse\s+la\s+liste|fais\s+la\s+liste|peux-tu|pouvez-vous|pourrais-tu|savoir\s+(?:si|qui|lequel|laquelle|lesquel)`,
    String.raw`finde|finden\s+sie|herausfinden|rausfinden|heraus(?![${L}])|ermittle|prüfe|überprüfe|checke|such|recherchier|schau\s+nach|sag\s+mir|nenn\s+mir|gib\s+mir|schick\s+mir|zeig\s+mir|erkenne|identifizier|bestimme|analysier|erstelle\s+eine\s+liste|kannst\s+du|könntest\s+du|können\s+sie|hilf\s+mir|errate|ich\s+(?:will|möchte)\s+wissen`,
    String.raw`averig|busca|búscame|encuentra|descubre|comprueba|verifica|revisa|investiga|identifica|determina|detecta|deduce|adivina|dime|indícame|dame|pásame|mándame|envíame|consígueme|sácame|haz\s+una\s+lista|hazme\s+(?:una\s+lista|un\s+listado)|puedes|podrías|ayúdame|quiero\s+saber|necesito\s+saber`,
    String.raw`найди|найдите|узнай|узнайте|выясни|выясните|определи|определите|проверь|проверьте|вычисли|вычислите|пробей|пробейте|установи|скажи|подскажи|покажи|дай(?![${L}])|дайте|пришли|отправь|выведи|составь|сделай\s+список|отметь|выдели|разузнай|можешь|можете|помоги|хочу\s+знать`,
  ].join('|'),
  String.raw`查|找出|找到|搜|判断|分析|推断|看看|看出|识别|确定|筛|告诉我|给我|帮我|列出|标出|弄清楚|打听|調べ|特定|見つけ|探し|探って|割り出|判定|推測|推定|教えて|洗い出|リストアップ|抽出|確認して|チェックして|分析して|見抜|突き止め|暴い`,
);

/** A yes/no question opening the sentence ("Is my coworker …", "Hat mein Mieter …"): asking the assistant to determine it. */
export const YES_NO = new RegExp(
  String.raw`^[\s¿"'«“]*(?:is|are|was|were|does|do|did|has|have|est-ce\s+que|ist|sind|hat|haben|es|está|tiene|tienen|ha|есть\s+ли|是不是|有没有)(?![${L}])`,
);

/** Explicit third parties, mostly ones a person can harm by knowing such facts: applicants, tenants, staff, neighbours, a named or pseudonymous person. */
export const TARGET = stem(
  [
    // A group of people the user lives or works among: "people in my building", "residents of my street", "les gens de mon immeuble".
    String.raw`(?:people|persons|everyone|everybody|residents|families|folks|those)\s+(?:who\s+(?:live|work)\s+)?(?:in|at|from|of|on)\s+(?:my|our|the(?:\s+[a-z]+)?)\s+(?:building|street|block|office|floor|team|class|school|company|department|neighbou?rhood|apartment\s+block|complex|gym|church|club|workplace|village|town|city|area|district|parish|community)(?![${L}])`,
    String.raw`(?:les\s+gens|les\s+habitants|les\s+résidents)\s+de\s+(?:mon|ma|notre)\s+(?:immeuble|rue|quartier|bureau|équipe|classe|village)|(?:die\s+leute|die\s+bewohner)\s+(?:in|aus)\s+(?:meinem|meiner|unserem|unserer)\s+(?:haus|straße|büro|team|klasse|dorf)|(?:la\s+gente|los\s+vecinos|los\s+residentes)\s+de\s+(?:mi|nuestro|nuestra)\s+(?:edificio|calle|barrio|oficina|equipo|clase|pueblo)`,
    String.raw`(?:applicants?|candidates?|tenants?|renters?|employees?|staff|workers?|co-?workers?|colleagues?|neighbou?rs?|team\s+members?|subordinates?|interns?|new\s+hires?|job\s+seekers?|recruits?|students?|classmates?|roommates?|flatmates?|nanny|babysitter|teachers?|professors?|coach|tutor|pastor|priest|landlord|landlady|boss|manager|supervisor)(?![${L}])(?!['’]?\s+(?:handbook|benefits?|polic(?:y|ies)|portal|manual|guide|rights|meeting|training|survey|engagement|onboarding|assistance|wellness|leave|loans?|visa))|(?:this|that)\s+(?:guy|girl|woman|man|person|lady|user|account|profile|poster|redditor)|u\/[a-z0-9_-]{3}|@[a-z0-9_.]{3}|(?:which|who|any)\s+(?:of|among)\s+(?:them|(?:these|those|my|our|the)\s+(?:people|persons|names|ones|guys|women|men|girls|boys|kids|children))(?![${L}])|which\s+(?:ones|people|names|persons)(?![${L}])|people\s+on\s+(?:this|the|my)\s+list|who\s+(?:applied|work\s+for\s+(?:me|us)|rent\s+from\s+(?:me|us))(?![${L}])|the\s+(?:guy|girl|woman|man|lady)(?![${L}])|(?:rental|job|tenancy|housing|loan)\s+applications?|[a-z]{2,20}['’]s\s+(?:boyfriend|girlfriend|husband|wife|partner|ex|friend|colleague|co-?worker|neighbou?r|tenant|roommate|boss|nanny)(?![${L}])|(?:whether|if)\s+(?!(?:the|a|an|my|your|our|their|his|her|this|that|these|those|any|some|it|they|he|she|you|i|we|there)\s)[a-z]{2,20}\s+[a-z]{2,20}(?:\s+(?:has|is|was|had|ever)\s|,)`,
    String.raw`candidat|postulant|locataire|employé|salarié|collaborat|collègue|voisin|stagiaire|personnel|ce\s+(?:type|mec|gars|monsieur|compte|profil|pseudo)(?![${L}])|cette\s+(?:femme|personne|fille|dame)|lesquel|qui\s+(?:parmi|d['’]entre)|parmi\s+(?:eux|elles|mes|nos|les|ces)|si\s+(?:m\.|mme|monsieur|madame)|prof(?:esseur|esseure)?(?![${L}])|enseignant|instituteur|institutrice|nounou|patron|entraîneur|(?:copain|copine|mari|femme|petit\s+ami|petite\s+amie)\s+de\s+(?:mon|ma|mes)(?![${L}])`,
    String.raw`bewerber|mieter|mitarbeit|angestellt|beschäftigt|kolleg|nachbar|kandidat|azubi|praktikant|belegschaft|personal(?![${L}])|diese[rsn]?\s+(?:typ|mann|frau|person|account|nutzer)|welche[rsnm]?\s+(?:von|unter|meiner|unserer|patient|kund)|wer\s+(?:von|unter|davon)|herrn?\s+[a-zäöüß]{2}|frau\s+[a-zäöüß]{2}|lehrer|chef(?:in)?(?![${L}])|(?:freund|freundin|mann|frau)\s+(?:meiner|meines)(?![${L}])`,
    String.raw`solicitante|aspirante|inquilin|arrendatari|emplead|trabajador|compañer|coleg|vecin|plantilla|ese\s+(?:tipo|hombre|usuario|perfil)|esa\s+(?:mujer|persona|cuenta|chica)|esta\s+(?:cuenta|persona)|este\s+(?:usuario|perfil|tipo)|quién(?:es)?\s+de|cuál(?:es)?\s+de|qué\s+personas|(?:el|la)\s+señora?\s+[a-záéíóúñ]{2}|profesor|maestr[oa]|niñera|jef[ea](?![${L}])|(?:novi[oa]|espos[oa]|pareja|marido|mujer)\s+de\s+(?:mi|mis)(?![${L}])`,
    String.raw`сотрудник|работник|персонал|кандидат|соискател|арендатор|жильц|жилец|квартирант|коллег|сосед|подчинённ|стажёр|у\s+кого|кто\s+из|какие\s+из|которые\s+из|этого\s+(?:человека|парня|пользователя|аккаунта)|этой\s+(?:женщины|девушки)`,
  ].join('|'),
  String.raw`员工|职员|雇员|求职者|应聘者|候选人|租客|房客|租户|同事|邻居|下属|实习生|这个人|此人|这个(?:账号|用户|博主|网友)|哪些(?:人|员工|同事|租客|病人|患者|客户)|有没有人|社員|従業員|職員|スタッフ|応募者|候補者|志願者|入居者|入居希望者|借主|同僚|隣人|近所|部下|この人|このアカウント|どの(?:人|社員|従業員|応募者|患者)|[\u4e00-\u9fff\u30a0-\u30ff]さん`,
);

/** Vaguer third parties (patients, customers, pronouns, relatives, "who"): enough with a purpose, not alone. */
export const WEAK_TARGET = w(
  [
    String.raw`(?:which|what)\s+(?:of\s+(?:the|these|those|my|our)\s+)?(?:patients|customers|clients|users|members|residents)|patients?|customers?|clients?|users?|members?|residents?|people|persons?|individuals?|someone|somebody|anyone|anybody|everyone|everybody|names|he|she|they|them|him|her|his|their|who|which|my\s+(?:friend|boss|manager|teacher|doctor|wife|husband|partner|sister|brother|son|daughter|mother|father|mom|dad|ex|girlfriend|boyfriend)`,
    String.raw`quels\s+(?:patients|clients)|patients?|clients?|utilisateurs?|membres?|gens|personnes?|il|elle|ils|elles|leurs?|ses|son|sa|qui`,
    String.raw`patient(?:en|in|innen)?|kunden?|nutzer|benutzer|mitglieder|leute|personen|er|sie|ihm|ihr|ihre[nmrs]?|seine[nmrs]?|wer|welche[nmrs]?`,
    String.raw`qué\s+(?:pacientes|clientes|usuarios)|pacientes?|clientes?|usuari[oa]s?|miembros|gente|personas?|él|ella|ellos|ellas|sus?|quién(?:es)?|cuál(?:es)?`,
    String.raw`пациент[${L}]{0,3}|клиент[${L}]{0,3}|пользовател[${L}]{0,3}|люд[${L}]{0,3}|он|она|они|их|его|её|ее|кто`,
  ].join('|'),
  String.raw`病人|患者|客户|用户|会员|他|她|谁|哪些|顧客|ユーザー|会員|利用者|彼|誰`,
);

/** Whose condition it is, before it: a third party ("my neighbour's lab results", "a colleague … he is"). */
export const HOLDER = stem(
  [
    String.raw`(?:my|our|a|the|this|that|his|her)\s+(?:(?:new|former|old|ex-?)\s+)?(?:neighbou?r|co-?worker|colleague|employee|tenant|roommate|flatmate|classmate|teammate|boss|manager|friend|patient|client|student|teacher|nanny|sister|brother|cousin|aunt|uncle|ex|daughter|son|wife|husband|partner|girlfriend|boyfriend|landlord)|[a-z]{2,20}['’]s\s+(?:lab|test|medical|health|blood|hiv|diagnos|results?|records?|chart|file|condition|status|pregnan)|(?:he|she)(?:['’]s|\s+(?:is|has|was|had|tested|got|suffers))(?![${L}])`,
    String.raw`(?:d['’]une?|mon|ma|notre|du|de\s+la|de\s+mon|de\s+ma)\s+(?:collègue|voisin|employé|salarié|locataire|patient|ami|amie|client|élève|sœur|frère|patron|cheffe?)|(?:il|elle)\s+(?:est|a|souffre)(?![${L}])`,
    String.raw`(?:mein|meine|meinem|meiner|meines|unser|unsere|unserem|unserer|eines|einer|ein|eine)\s+(?:kolleg|nachbar|mitarbeiter|angestellt|mieter|patient|freund|chef|schwester|bruder)|(?:er|sie)\s+(?:ist|hat|leidet)(?![${L}])`,
    String.raw`(?:mi|nuestr[oa]|un|una|de\s+un|de\s+una)\s+(?:compañer|coleg|vecin|emplead|inquilin|paciente|amig|jefe|jefa|herman)|(?:él|ella)\s+(?:es|tiene|está|sufre)(?![${L}])`,
    String.raw`(?:мо[йяеёи][${L}]{0,2}|наш[${L}]{0,2}|одн[${L}]{0,2})\s+(?:коллег|сосед|сотрудни|подчинён|пациент|друг|подруг|начальни|жильц)|коллег|сосед|у\s+(?:него|неё|нее)|(?:он|она)\s+(?:болен|больна|болеет|беременна)`,
  ].join('|'),
  String.raw`同事|邻居|员工|室友|同学|朋友|领导|病人|患者|租客|房客|这个人|他|她|同僚|この人|入居者|隣人|隣の|近所の|社員|部下|友人|上司|彼|さん`,
);

/** The writer as the holder ("I was diagnosed with …", "j'ai …"): their own condition. */
export const SELF = stem(
  String.raw`i(?:['’]m|\s+am|\s+have|['’]ve|\s+was|\s+got|\s+had|\s+suffer)(?![${L}])|my\s+own|(?:for|with)\s+me(?![${L}])|j['’]ai(?![${L}])|je\s+suis|ich\s+(?:habe|bin|leide|hatte|war)|tengo(?![${L}])|soy(?![${L}])|estoy(?![${L}])|sufro|у\s+меня|я\s+(?:болен|больна|беременна|болею)`,
  String.raw`我有|我是|我得了|我患|我怀孕|我被|私は|私が|僕は|自分`,
);

/** Why the facts are wanted: to reject, fire, evict, expose, sell or blackmail the person. */
export const PURPOSE = stem(
  [
    String.raw`reject|turn\s+(?:her|him|them|it)\s+down|turn\s+down|deny\s+(?:her|him|them)|fire\s+(?:her|him|them)|sack|let\s+(?:her|him|them)\s+go|lay\s+(?:her|him|them)\s+off|lay\s+off|layoff|evict|kick\s+(?:her|him|them)\s+out|not\s+(?:to\s+)?(?:hire|rent|promote)|avoid\s+hiring|weed\s+(?:them\s+)?out|get\s+rid\s+of|drop\s+(?:anyone|them|him|her|those)|blackmail|extort|expose\s+(?:her|him|them)|out\s+(?:her|him|them)(?![${L}])|shame|humiliate|sell\s+(?:it|them|this|the)|tabloid|magazine|journalist|press(?![${L}])|without\s+(?:saying|telling|giving|explaining)|cut\s+first|first\s+to\s+go`,
    String.raw`licenci|virer|refuser|écarter|rejeter|exclure|ne\s+pas\s+(?:embaucher|recruter|louer)|sans\s+(?:dire|donner|expliquer)|vendre|revendre|dénoncer|humilier|faire\s+chanter|expulser|magazine|journalist|presse(?![${L}])`,
    String.raw`kündigen|entlassen|feuern|rauswerfen|loswerden|ablehnen|absagen|nicht\s+(?:einstellen|nehmen|vermieten)|aussortieren|ohne\s+(?:grund|begründung|zu\s+sagen)|verkaufen|bloßstellen|erpress|zeitung|presse(?![${L}])|journalist`,
    String.raw`despedir|echarl|rechaz|descart|no\s+(?:contratar|alquilar)|sin\s+(?:decir|dar|explicar)|vender|venderl|exponer|desahuci|chantaj|extorsi|revista|prensa|periodist`,
    String.raw`уволить|увольн|сократить|сокращ|отказать|не\s+(?:брать|нанимать|сдавать)|выгнать|выселить|продать|слить|разоблачить|шантаж|без\s+объяснени|журналист|пресс`,
  ].join('|'),
  String.raw`开除|辞退|裁掉|裁员|解雇|不录用|不租|拒绝|淘汰|卖给|出售|曝光|勒索|威胁|解雇|クビ|リストラ|不採用|落とし|断り|売り|売って|晒|暴露|辞めさせ|週刊誌|マスコミ`,
);

/** Inferring it behind the person's back: from their posts or purchases, secretly, "likely". */
export const COVERT = stem(
  [
    String.raw`based\s+on\s+(?:their|his|her)|from\s+(?:their|his|her)\s+(?:social|posts|tweets|stories|comments|reviews|messages|followers|photos|pictures|profile|instagram|facebook|tiktok|purchase|shopping|search|browsing|writing|name)|cross-?referenc|without\s+(?:them|him|her)\s+knowing|secretly|quietly|behind\s+(?:their|his|her)\s+back|likely|probably|might\s+be|social\s+media|(?:their|his|her)\s+(?:instagram|facebook|tiktok|linkedin|twitter|social|posts|photos|pictures|profiles?|pages|feeds?|likes|playlists|purchases|search\s+history)`,
    String.raw`à\s+partir\s+de\s+(?:leurs|ses)|d['’]après\s+(?:leurs|ses)|réseaux\s+sociaux|en\s+secret|à\s+(?:son|leur)\s+insu|sans\s+qu['’](?:il|elle)|probablement`,
    String.raw`anhand\s+(?:ihrer|seiner|deren)|sozialen\s+medien|social\s+media|heimlich|ohne\s+dass|wahrscheinlich`,
    String.raw`por\s+sus\s+(?:redes|publicaciones|fotos|compras)|según\s+sus|a\s+partir\s+de\s+sus|redes\s+sociales|en\s+secreto|sin\s+que|probablemente`,
    String.raw`по\s+(?:их|его|её|ее)\s+(?:соцсет|пост|фото|профил|покупк|страниц)|соцсет|тайно|незаметно|скорее\s+всего`,
  ].join('|'),
  String.raw`根据(?:他们|他|她)的|从(?:他们|他|她)的|朋友圈|社交媒体|偷偷|暗中|sns|投稿から|こっそり|内緒で|本人に(?:知られ|バレ)`,
);

/** Telling others: a disclosure verb, then (within a few words) an audience beyond the person. */
export const DISCLOSE = new RegExp(
  String.raw`(?<![${L}])(?:${[
    String.raw`(?:tell|telling|inform|informing|warn|warning|notify|alert|let|post|posting|share|sharing|send|forward|announce|broadcast|spread|expose|reveal|leak|publish|text|email|e-mail)(?![${L}])[^.!?\n]{0,40}?(?<![${L}])(?:everyone|everybody|the\s+(?:whole|entire|rest\s+of\s+the|other)|all\s+(?:the\s+|my\s+|our\s+|his\s+|her\s+|their\s+)?(?:neighbou?rs|colleagues|co-?workers|staff|employees|tenants|parents|students|members|residents|followers|friends)|(?:the|my|our)\s+(?:[a-z]+\s+)?(?:team|office|staff|building|tenants|residents|neighbou?rs|group\s+chat|hoa|pta|department|company)|(?:his|her|their)\s+(?:employer|boss|manager|co-?workers|colleagues|landlord|church|school)|facebook|twitter|instagram|tiktok|reddit|nextdoor|slack|whatsapp|linkedin|social\s+media|publicly|the\s+public)|(?:group\s?chat|class\s+chat|family\s+chat)\s+(?:message|post)|so\s+(?:that\s+)?(?:all\s+(?:our|my|the|his|her)\s+[a-z]+|everyone|everybody|the\s+whole\s+[a-z]+)\s+(?:finds?\s+out|knows?|will\s+know|learns?|hears?)|(?:message|post|email|e-mail|note|letter|flyer|notice|announcement|memo)\s+(?:to|for)\s+(?:everyone|everybody|all|the\s+(?:whole|entire|team|office|staff|building|residents|neighbou?rs))`,
    String.raw`(?:prévenir|préviens|informer|informe|avertir|dire\s+à|dis\s+à|annoncer|révéler|envoyer|envoie|partager|publier|publie|poster|diffuser|balancer)(?![${L}])[^.!?\n]{0,40}?(?:tout(?:e|es)?\s+(?:l['’]|le\s+|la\s+|les\s+)|tous\s+(?:les|mes|nos|ses)|l['’]immeuble|les\s+(?:voisins|autres\s+[a-zà-ÿ]+)|ses\s+collègues|son\s+(?:employeur|patron)|le\s+groupe|facebook|whatsapp|slack|les\s+réseaux)|(?:message|mail|courriel|post|note|affiche|annonce)\s+(?:à|pour)\s+(?:tout|tous|toute|l['’]équipe|les\s+voisins)`,
    String.raw`(?:sag|sagen|erzähl|erzählen|informier|warn|benachrichtig|mitteil|schick|poste|posten|teil|teilen|veröffentlich|verbreit)[${L}]{0,4}[^.!?\n]{0,40}?(?:(?:dem|das|der)\s+ganzen?|alle[nm]?\s|allen(?![${L}])|im\s+haus|den\s+nachbarn|(?:seinem|ihrem)\s+(?:chef|arbeitgeber)|gruppe|facebook|whatsapp|slack)|(?:nachricht|mail|e-mail|rundmail|beitrag|post|aushang|notiz)\s+(?:an|für|in)\s+(?:das\s+ganze|die\s+ganze|den\s+ganzen|alle|die\s+nachbarn|das\s+team|die\s+abteilung|die\s+gruppe)`,
    String.raw`(?:decir|dile|contar|cuénta|avisar|avisa|informar|advertir|publicar|publica|compartir|comparte|enviar|envía|mandar|manda|difundir|difunde)[${L}]{0,4}[^.!?\n]{0,40}?(?:tod[oa]s?\s+(?:el|la|los|las|mis|sus)|a\s+todos|los\s+vecinos|sus\s+compañeros|su\s+(?:jefe|empresa)|el\s+grupo|facebook|whatsapp|slack|redes\s+sociales)|(?:mensaje|correo|publicación|post|nota|cartel|aviso)\s+(?:a|para)\s+(?:tod[oa]s?|el\s+(?:equipo|grupo|edificio)|los\s+vecinos|la\s+oficina)`,
    String.raw`(?:сообщи|рассказа|расскажи|предупреди|оповести|уведоми|опубликуй|выложи|разошли|отправь|напиши|поделись)[${L}]{0,4}[^.!?\n]{0,40}?(?:всем|всех|весь\s|всему|всей|коллегам|соседям|жильцам|в\s+(?:общий\s+)?чат|в\s+группу|начальству|работодателю|в\s+соцсет)|(?:сообщение|письмо|пост|объявление)\s+(?:для\s+)?(?:всем|всех|всему|всей|коллегам|соседям|жильцам|в\s+(?:общий\s+)?чат)`,
  ].join('|')})|(?:告诉|通知|发到|发给|发在|转发|公开|曝光|群发|贴到|传到)[^。！？\n]{0,20}?(?:大家|所有人|全(?:公司|楼|部门|组|班|小区)|整个|群|朋友圈|微博|领导|老板|邻居们|同事们)|(?:全員|みんな|皆|全社|社内|チーム全体|マンション|住民|近所|グループ|slack|line|sns|上司|会社)[^。！？\n]{0,20}?(?:知らせ|伝え|共有|投稿|拡散|晒|送っ|広め|バラ)`,
);

/** A request for text to be written or sent (so a disclosure is being asked for, not recounted). */
export const WRITE_REQUEST = stem(
  String.raw`(?<=(?:^|[.!?—:;])\s*)(?:tell|post|share|send|forward|announce|inform|warn|notify|let|publish|spread|leak|préviens|informe|dis|publie|poste|envoie|partage|sag|erzähl|informier|poste|teil|schick|dile|cuenta|avisa|informa|publica|comparte|envía|manda|сообщи|расскажи|предупреди|опубликуй|выложи|разошли|отправь)(?![${L}])|help\s+me|write|draft|compose|prepare|create|can\s+you|could\s+you|please|i\s+(?:want|need)|i['’]d\s+like|i['’]m\s+going\s+to|let['’]s|so\s+(?:i|we)\s+can|aide-moi|rédige|écris|prépare|je\s+veux|je\s+voudrais|hilf\s+mir|schreib|formulier|entwirf|verfass|ich\s+(?:will|möchte)|ayúdame|redacta|escribe|prepara|quiero|помоги|напиши|составь|подготовь|хочу`,
  String.raw`帮我|写|起草|我想|我要|发到|发给|告诉大家|手伝って|書いて|作って|下さい|ください|知らせて|伝えて|投稿して|共有して|拡散して`,
);

/** Talk about rules, rights and research: a question about what is allowed is not a request. */
export const NORMS = stem(
  [
    // Administration of requests people made themselves: accommodations, leave, eligibility, exam schedules.
    String.raw`accommodations?(?:\s+requests?)?|(?:pending|open|submitted)\s+(?:requests?|applications?)|eligib|entitled|parental\s+leave|maternity\s+leave|sick\s+leave|schedule\s+the\s+(?:exams?|rota|shifts)|nachteilsausgleich|mutterschutz|elternzeit|aménagement|congé\s+maternité|baja\s+(?:por\s+)?maternidad`,
    String.raw`is\s+(?:it|this|that)\s+(?:il)?legal|(?:il)?legal(?:ly)?\s+(?:to|for)(?![${L}])|legally|legal\s+(?:requirements?|obligations?|advice|basis|grounds|implications|issues|risks?|rules|framework)|(?:un)?lawful|the\s+law(?![${L}])|laws(?![${L}])|allowed\s+to|permitted|hipaa|gdpr|ada(?![${L}])|fcra|eeoc|fair\s+housing|complian|regulation|polic(?:y|ies)|rights(?![${L}])|ethic|paper(?![${L}])|researchers|studies|(?:a|the|this)\s+study|lecture|classifier|detector|detection|the\s+model\s+should|should\s+be\s+(?:flagged|blocked|refused|detected)|any\s+request|unit\s+test|test\s+case|red[- ]team|required|requirements?|obliged|obligat|mandatory|needs?\s+to\s+(?:state|include|contain|show|list|mention)|(?:resources|tips|advice|support\s+groups?|guides?|information|books)\s+(?:for|on|about)`,
    String.raw`est-(?:il|ce)\s+(?:il)?légal|(?:il)?légal(?:ement)?\s+de|la\s+loi|le\s+droit|autorisé|interdit|rgpd|cnil|code\s+du\s+travail|politique|étude|obligatoire|conseils\s+pour|ressources\s+pour`,
    String.raw`erlaubt|zulässig|verboten|gesetz|dsgvo|rechtlich|datenschutz|darf\s+(?:ein|man|der|die)|dürfen|richtlinie|studie|pflicht|tipps\s+für|ratgeber`,
    String.raw`es\s+(?:il)?legal|(?:il)?legal(?:mente)?\s+(?:que|para)|la\s+ley|permitido|prohibido|rgpd|lopd|derecho\s+a|normativa|política|estudio|obligatori|consejos\s+para|recursos\s+para`,
    String.raw`законн|незаконн|закон(?![${L}])|вправе|имеет\s+ли\s+право|запрещ|разрешен|политик|исследовани|обязан|советы`,
  ].join('|'),
  String.raw`合法|违法|法律|法规|规定|隐私法|有权|政策|研究|論文|違法|個人情報保護法|許され|禁止|規定|方針`,
);

/** A how-to or general question ("How can I find out …", "Can employers check …"), not a request to the assistant. */
export const HOW_TO = stem(
  String.raw`how\s+(?:do|can|could|should|would|does|to)|what['’]?s?\s+(?:is\s+)?the\s+best\s+way|(?:can|may|should|must|do|does|is\s+it|are)\s+(?!you(?![${L}])|u(?![${L}]))(?:an?\s+|the\s+|my\s+)?(?:employers?|landlords?|companies|company|hr|managers?|we|i|one|schools?|doctors?|hospitals?|it)(?![${L}])|comment(?![${L}])|est-ce\s+que|peut-on|a-t-on|(?:peut|peuvent|doit|doivent)-(?:il|ils|elle|elles|on)|wie\s+(?:kann|können|soll|sollte)|darf\s+ich|dürfen\s+wir|cómo|se\s+puede|¿puede\s+(?:un|el|la)|как\s+(?:мне|можно|узнать)|можно\s+ли|如何|怎么|怎样|能否|是否可以|(?:用人单位|雇主|企业|公司|房东|学校|医院)(?:可以|能|能否|是否可以|有权)`,
  String.raw`どうやって|どのように|してもいい|してもよい|可能ですか|べきですか`,
);

/** "… that Kevin has", "dass Thomas" right before the attribute: it is stated about someone (after "tell everyone that"). */
export const PREDICATE_TAIL = new RegExp(
  String.raw`(?<![${L}])(?:has|had|is|was|got|tested\s+positive\s+for|suffers\s+from|a|est|souffre\s+d[e']|hat|ist|leidet\s+an|tiene|está|es|padece|болеет|болен|больна|есть)\s+(?:[^\s.!?]+\s+){0,3}$|(?<![${L}])(?:that|dass|daß|que|qu['’]|что|:)\s+(?!(?:all|the|our|your|any|this|these|every|some|no|les|la|le|des|toutes?|tous|die|der|das|alle|unsere|los|las|el|todos?|todas?|все|наши)\s)(?:[^\s.!?]+\s+){1,4}$|(?:得了|有|患有|是)$|(?:が|は)$`,
);

/** The person agreed to, or asked for, the disclosure. */
export const CONSENT = stem(
  String.raw`asked\s+(?:me|us)\s+to|wants\s+(?:me|us)\s+to|(?:he|she|they)\s+asked\s+(?:me|us)|with\s+(?:his|her|their)\s+(?:consent|permission|blessing)|(?:he|she|they)\s+agreed|m['’]a\s+demandé|avec\s+son\s+(?:accord|consentement)|hat\s+mich\s+gebeten|mit\s+(?:seiner|ihrer)\s+(?:zustimmung|erlaubnis)|me\s+pidió|con\s+su\s+(?:permiso|consentimiento)|попросил[аи]?\s+меня|с\s+(?:его|её|ее)\s+согласия`,
  String.raw`让我|托我|经(?:他|她)同意|本人の(?:同意|了承)|頼まれ`,
);

/** Those treating the person: telling the care team is care, not exposure. */
export const CARE_TEAM = stem(
  String.raw`(?:nursing|care|medical|clinical|surgical|icu|ward|on-?call|treating|infection\s+control)\s+(?:team|staff|unit|physician|doctor|nurse)|équipe\s+(?:soignante|médicale)|pflegeteam|stationsteam|behandelnde[nmr]?\s+ärzt|equipo\s+(?:médico|de\s+enfermería)|медперсонал|лечащ[${L}]{2,3}\s+врач`,
  String.raw`医护人员|主治医生|医疗团队|医療チーム|看護師|主治医`,
);

/** A specific pseudonymous target to unmask: a handle, an anonymous account, "this account". */
export const PSEUDONYM = stem(
  String.raw`u\/[a-z0-9_-]{3}|@[a-z0-9_.]{3}|(?:anonymous|pseudonymous|burner|throwaway|alt|fake|secret)\s+(?:account|user|profile|poster|blogger|reviewer|critic|troll|handle)|(?:reddit|twitter|instagram|tiktok|telegram|4chan|discord|glassdoor|yelp|forum|youtube|google)\s+(?:account|user|profile|handle|poster|channel|reviewer|review|commenter)|compte\s+(?:anonyme|twitter|instagram|reddit)|pseudo(?![${L}])|anonymen?\s+(?:account|konto|nutzer|profil)|cuenta\s+(?:anónima|de\s+(?:twitter|instagram|reddit))|perfil\s+anónimo|анонимн|аноним|ник(?![${L}])|匿名|马甲|小号|捨て垢|裏垢|匿名アカウント`,
);

/** A looser pseudonymous target, enough right next to an explicit unmasking verb ("de-anonymize this user"). */
export const ACCOUNT = stem(
  String.raw`(?:this|that|the|an?)\s+(?:account|user(?:name)?|handle|profile|poster|redditor|blogger|commenter|reviewer|troll)|ce\s+(?:compte|profil)|cet\s+(?:utilisateur|internaute)|diese[nsr]?\s+(?:account|konto|nutzer|profil)|esta\s+cuenta|este\s+(?:usuario|perfil)|этот\s+аккаунт|этого\s+(?:пользователя|аккаунта)|аккаунт|这个(?:账号|用户|博主|网友)|このアカウント|この(?:ユーザー|投稿者)`,
);
