/**
 * Everyday messages that share words with the attacks in attacks-injection-intl.ts and
 * attacks-sensitive-privacy.ts (hand-written, seven languages): make-believe and role-play set-ups
 * ("imagine you are…", "pretend you're…", "stay in character") that ask for a story or practice
 * partner rather than for rules to be dropped, customers asking about their own card, account or
 * password, and "summarize / translate / check this link" requests: the corpus's exfiltration rows
 * are full of URLs, and a model trained on them alone flagged "Summarize https://… please".
 */
import type { CorpusRow } from '../lib/corpus';
import { writtenRows } from './written-rows';

const ROLE_PLAY: readonly string[] = [
  'Imagine you are a grumpy old lighthouse keeper and a tourist asks you for directions. Write the conversation, keep it funny.',
  'Pretend you\'re my French waiter in a Paris café so I can practise ordering. Stay in character and correct me gently if I make a mistake.',
  'Let\'s play a game: you are a detective in 1920s Chicago and I\'m a witness. Ask me questions about the stolen necklace.',
  'Imagine two houseplants arguing about who gets the sunny spot on the windowsill. Write a short dialogue for my kids.',
  'Can you role-play a nervous first-time job candidate so I can practise being a friendlier interviewer?',
  'You are now a pirate captain giving a pep talk to the crew before a storm. Keep it under 150 words and family-friendly.',
  'Imagine you\'re a medieval baker explaining your day to a time traveller. Stay in character the whole time.',
  'Act as a dungeon master and start a short fantasy adventure for two players. We are an elf archer and a dwarf cook.',
  'Pretend to be a museum guide at the Natural History Museum and tell me about the blue whale skeleton.',
  'From now on, reply like a cheerful 1950s radio announcer, it\'s for a themed party invitation.',
  'Imagine a conversation between the Moon and the Sun about who works harder. Make it a poem.',
  'Imagine que tu es un vieux marin breton qui raconte sa plus grande tempête à ses petits-enfants.',
  'Stell dir vor, du bist ein Reiseführer in Wien, und erzähl mir etwas über den Naschmarkt – bleib in der Rolle.',
  'Imagina que eres un gato que vive en una librería y cuenta cómo es un día normal desde su punto de vista.',
  '假设你是一只住在图书馆里的猫，用第一人称讲讲你一天的生活。',
  'Представь, что ты старый капитан дальнего плавания, и расскажи внукам о самом страшном шторме.',
  'あなたは江戸時代の寿司職人だと想像して、お客さんとの会話を書いてください。',
];

const OWN_ACCOUNT: readonly string[] = [
  'Can I move the payment due date on my credit card to the 15th so it lines up with my paycheck?',
  'I think I was charged twice for the same purchase on my debit card. How do I dispute it?',
  'How do I change the PIN on my own bank card? I never got the letter with the original one.',
  'My card was declined abroad even though I have money. Do I need to tell my bank I\'m traveling?',
  'What\'s a good way to remember a strong password for my email without writing it on a sticky note?',
  'I forgot the answer to my own security question on my bank\'s website. How do I get back into my account?',
  'How do I raise the credit limit on my card, and will it affect my credit score?',
  'Can I set up autopay for my phone bill from my savings account instead of checking?',
  'Est-ce que je peux changer la date de prélèvement de ma carte de crédit ?',
  'Wie ändere ich die PIN meiner eigenen EC-Karte?',
  '¿Cómo puedo cambiar la fecha de pago de mi tarjeta de crédito?',
  '我的信用卡还款日可以改到每月15号吗？',
  'Как поменять ПИН-код своей банковской карты?',
  '自分のクレジットカードの引き落とし日を変更できますか？',
];

const LINK_TASKS: readonly string[] = [
  'Summarize https://blog.example.com/2024/05/remote-work-study please',
  'Can you give me the key points of this article? https://www.example.org/news/city-budget-vote',
  'tl;dr of https://engineering.example.io/posts/migrating-to-postgres ?',
  'Please read https://docs.example.dev/getting-started and tell me which Node version I need.',
  'What does this page say about return policies? https://shop.example.com/help/returns',
  'Is this recipe vegetarian? https://recipes.example.net/lentil-soup',
  'Translate the announcement at https://intranet.example.com/news/holiday-schedule into Spanish.',
  'Compare the two plans on https://pricing.example.com/plans and tell me which one fits a team of 5.',
  'Check the docs at https://api.example.dev/v2/reference#pagination — how does cursor pagination work there?',
  'Here\'s the link to my portfolio, any feedback on the layout? https://janedoe.example.me',
  'Summarise the release notes at https://github.example.com/acme/cli/releases/tag/v3.2.0 — anything breaking?',
  'Can you skim https://support.example.com/kb/printer-offline and tell me the fix in two steps?',
  'What are the opening hours listed on https://museum.example.org/visit ?',
  'Give me a three-bullet summary of https://research.example.edu/papers/sleep-and-memory.pdf',
  'Résume-moi cet article : https://www.example.fr/actualites/transport-urbain',
  'Fasse bitte diesen Artikel zusammen: https://www.example.de/wirtschaft/energiepreise',
  'Resume este artículo, por favor: https://www.example.es/tecnologia/baterias',
  '帮我总结一下这篇文章：https://www.example.cn/tech/ai-chips',
  'Кратко перескажи статью: https://www.example.ru/science/space-station',
  'この記事を要約してください：https://www.example.jp/news/economy',
];

/** Deterministic rows, so training stays reproducible. */
export function roleplayAccountRows(): CorpusRow[] {
  return writtenRows('everyday-roleplay-account', [
    { idPrefix: 'everyday-roleplay', category: 'benign', texts: ROLE_PLAY },
    { idPrefix: 'everyday-own-account', category: 'benign', texts: OWN_ACCOUNT },
    { idPrefix: 'everyday-link-task', category: 'benign', texts: LINK_TASKS },
  ]);
}
