/**
 * Benign technical text, written for this project (not taken from any dataset), added to the
 * classifier's training set: developers pasting ordinary code, asking about it, and people asking
 * how to protect themselves. The corpus pairs most code, shell and security vocabulary with
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
  '¿Cómo activo la verificación en dos pasos en mi cuenta?',
  '怎样设置一个安全的密码？',
  'Как защитить свой аккаунт от взлома?',
  'パスワードを安全に管理する方法を教えてください。',
  'Bitte fasse die Datenschutzerklärung unserer Website in drei Sätzen zusammen.',
  'Mon collègue Jean Dupont part à la retraite, écris-lui un petit mot.',
  'Write a thank-you note to Maria Hernández for organising the workshop.',
  'Send the meeting notes to Akira and Olga before Friday.',
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
  return rows;
}
