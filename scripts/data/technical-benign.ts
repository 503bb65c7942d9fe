/**
 * Benign look-alike text, written for this project (not taken from any dataset), added to the
 * classifier's training set: developers pasting ordinary code, asking about it, people asking
 * how to protect themselves, documents pasted for a task, and names. The corpus pairs most code, shell and security vocabulary with
 * attacks, so the model read "code-ish" or "talks about passwords" as an attack signal.
 * Snippets × framings keep it varied; every row is labelled benign_hard (look-alike text).
 */
import type { CorpusRow } from '../lib/corpus';

/** Ordinary code and configuration a user might paste while asking for help. */
const SNIPPETS = [
  'def total(items):\n    return sum(i.price * i.qty for i in items)',
  'for name in sorted(os.listdir(folder)):\n    print(name)',
  'list = [1, 2, 3]\nprint(list(range(4)))',
  'import json\nwith open("config.json") as f:\n    cfg = json.load(f)',
  'const user = await db.users.findOne({ where: { id } });\nif (!user) return res.status(404).end();',
  'document.querySelector("#save").addEventListener("click", () => form.submit());',
  'SELECT name, email FROM customers WHERE created_at > ? ORDER BY name LIMIT 20;',
  'cur.execute("SELECT * FROM orders WHERE id = %s", (order_id,))',
  'git checkout -b fix/login-timeout && git push -u origin HEAD',
  'docker compose up -d && docker compose logs -f api',
  'ls -la ~/projects | grep node_modules',
  'npm install --save-dev typescript eslint',
  'import secrets\ntoken = secrets.token_urlsafe(32)',
  'password_hash = bcrypt.hashpw(password.encode(), bcrypt.gensalt())',
  'if (!req.session.userId) { return res.redirect("/login"); }',
  '<button type="submit" class="btn btn-primary">Send</button>',
  'fetch("/api/items").then((r) => r.json()).then(render);',
  'SYSTEM_PROMPT = "You are a helpful assistant for our bakery."',
  'chmod 644 README.md',
  'curl -s https://api.github.com/repos/nodejs/node | jq .stargazers_count',
  'kubectl get pods -n staging',
  'echo "export PATH=$HOME/bin:$PATH" >> ~/.bashrc',
];

/** Framings of a snippet, in the seven supported languages. */
const FRAMES = [
  'Why does this throw an error?\n{s}',
  'Can you review this code?\n```\n{s}\n```',
  'Is there a cleaner way to write this?\n{s}',
  'Pourquoi ce code ne marche pas ?\n{s}',
  'Kannst du mir diesen Code erklären?\n{s}',
  '¿Puedes explicarme qué hace este código?\n{s}',
  '这段代码有什么问题？\n{s}',
  'Что делает этот код?\n{s}',
  'このコードの意味を教えてください。\n{s}',
];

/** People asking about security, privacy and their own accounts: benign questions on attack-adjacent topics. */
const QUESTIONS = [
  'How should I store user passwords in my database?',
  'What is a good password manager for a small team?',
  'My bank asked me to set a security question. Which kind of answer is hard to guess?',
  'How do I enable two-factor authentication on my email account?',
  'I forgot my Wi-Fi password, how can I find it on my laptop?',
  'What is SQL injection and how do prepared statements prevent it?',
  'Can you explain what cross-site scripting is, for a beginner?',
  'How do companies protect credit card numbers when customers pay online?',
  'Which personal details should I avoid posting on social media?',
  'What does a penetration tester do all day?',
  'Our security team is writing a policy about prompt injection. What should it cover?',
  'How can I tell if an email asking for my login is phishing?',
  'Is it safe to keep API keys in environment variables?',
  'Comment choisir un mot de passe solide ?',
  'Wie schütze ich mein Konto vor Phishing-Mails?',
  '¿Qué app de autenticación me recomiendas para proteger el correo del trabajo?',
  '怎样设置一个安全的密码？',
  'Как защитить свой аккаунт от взлома?',
  'パスワードを安全に管理する方法を教えてください。',
  'Bitte fasse die Datenschutzerklärung unserer Website in drei Sätzen zusammen.',
  'Mon collègue Jean Dupont part à la retraite, écris-lui un petit mot.',
  'Write a thank-you note to Maria Hernández for organising the workshop.',
  'Send the meeting notes to Akira and Olga before Friday.',
];

/** Short documents users paste for a task (written for this project: invented events and places). */
const DOCUMENTS = [
  'A wide-open race for the party nomination drew five candidates to the first televised debate on Thursday. They clashed over taxes, health care and trade, while polls show no clear favourite. Analysts expect the field to narrow after the early primaries in February.',
  'The airline said it will add daily flights between the two cities from April, citing strong demand from business travellers. Fares for the new route start at 89 dollars one way. The company also plans to refurbish the cabins of its older aircraft over the next two years.',
  'Researchers at the university have developed a low-cost sensor that measures soil moisture and sends the readings to farmers by text message. Field trials on forty farms cut water use by a fifth without lowering yields. The team hopes to license the design to a manufacturer next year.',
  'Minutes of the team meeting, 12 March. Present: product, design, support. Decisions: ship the new onboarding flow on the 28th; move the pricing review to April. Action items: support to draft the help articles, design to finish the empty states.',
  'The city council of Maplewood voted on Tuesday to extend the opening hours of the public library. The change, which takes effect next month, adds two evening hours on weekdays. Council members said the decision followed a survey in which most residents asked for later hours. The library will hire three part-time staff to cover the extra shifts.',
  'Heavy rain caused flooding in several low-lying neighbourhoods over the weekend. Emergency services evacuated about two hundred residents, and schools in the area stayed closed on Monday. Forecasters expect drier weather later in the week, but warned that rivers may stay high for several days.',
  'Our quarterly results show revenue up 8 percent compared with last year, driven mainly by the new subscription plan. Costs rose more slowly than expected. The board recommends keeping the current hiring plan and reviewing marketing spend in the next quarter.',
  'Le musée municipal rouvre ses portes samedi après deux ans de travaux. La nouvelle aile accueille une collection de céramiques régionales et un atelier pour les enfants. L’entrée sera gratuite le premier week-end.',
  'Der Stadtrat hat beschlossen, im Sommer zwei neue Radwege zu bauen. Die Arbeiten beginnen im Juni und sollen bis September dauern. Während der Bauzeit wird der Verkehr teilweise umgeleitet.',
  'El ayuntamiento anunció que el mercado central abrirá también los domingos a partir de mayo. Los comerciantes celebraron la noticia, aunque algunos vecinos temen más ruido en la zona.',
  '本市图书馆将从下个月起延长开放时间，工作日晚上增加两个小时。馆方表示，这一决定是根据读者调查做出的。',
  'В субботу в городском парке пройдёт ярмарка местных фермеров. Организаторы обещают музыку, мастер-классы для детей и бесплатную дегустацию.',
  '来月から市立図書館の開館時間が平日は二時間延長されます。利用者アンケートの結果を受けての決定だということです。',
];

/** Tasks over a pasted document. */
const DOCUMENT_TASKS = [
  'Summarize the following article in three bullet points.\n\n{d}',
  'Summarize the following document with several bullet points.\n{d}',
  'Give me a one-paragraph summary of this:\n\n{d}',
  'Translate this into English:\n{d}',
  'What is the main point of this text?\n\n{d}',
  'Résume ce texte en une phrase :\n{d}',
  'Fasse den folgenden Text kurz zusammen:\n{d}',
];

/** People introducing themselves or naming someone: a name alone is not personal data being stolen. */
const NAMES = [
  'My name is Priya Raman.', 'Tomasz Kowalski', 'This is Aiko Tanaka from the design team.', 'Signed, Henrik Larsen', 'Je m’appelle Claire Moreau.', 'Ich heiße Jonas Becker.', 'Me llamo Lucía Fernández.', 'Меня зовут Иван Петров.', '我叫李明。', '田中花子です。',
  // Bare names, as in sign-offs, lists and form fields.
  'Margaret Okafor', 'Dmitri Volkov', 'Sofia Alvarez', 'Kenji Watanabe', 'Olivia Brennan', 'Rahul Mehta', 'Chloé Durand', 'Lukas Schneider', 'Isabella Rossi', 'Wei Zhang', 'Anna Kowalczyk', 'Mateo García', 'Emily Carter', 'Yusuf Demir', 'Hannah Fischer', 'Grace Nakamura',
  'Linda Whitfield', 'James Callaway', 'Patricia Moreno', 'Robert Chen', 'Jennifer Walsh', 'Michael O\'Neill', 'Barbara Kim', 'William Foster', 'Susan Patel', 'David Kowalski', 'Karen Lindgren', 'Thomas Reyes', 'Nancy Duarte', 'Christopher Bell', 'Lisa Hoffmann', 'Mark Sullivan',
  'Best regards, Daniel Hughes', 'Thanks! — Maria Santos', 'Cheers, Tom', 'Author: Fatima Zahra', 'Reviewed by Peter Novak and Julia Weber', 'Contact person: Sarah Lindqvist (project lead)',
];

/** Deterministic: the same rows every run, so training stays reproducible. */
export function technicalBenignRows(): CorpusRow[] {
  const rows: CorpusRow[] = [];
  const push = (text: string): void => {
    rows.push({ id: `technical:${rows.length}`, text, label: 'benign', category: 'benign_hard', source: 'soc-ai-agents:scripts/data/technical-benign.ts', file: 'technical-benign' });
  };
  SNIPPETS.forEach((s, i) => {
    push(s);
    // Two framings per snippet, rotating through the languages.
    push(FRAMES[i % FRAMES.length].replace('{s}', s));
    push(FRAMES[(i + 4) % FRAMES.length].replace('{s}', s));
  });
  for (const q of QUESTIONS) push(q);
  // Every task over every document: "summarize the following document" is how indirect injections
  // arrive too, so the model must see it over plenty of harmless documents.
  DOCUMENTS.forEach((d) => {
    push(d);
    for (const task of DOCUMENT_TASKS) push(task.replace('{d}', d));
  });
  for (const n of NAMES) push(n);
  return rows;
}
