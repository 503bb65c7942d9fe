/**
 * Everyday requests that use the words of extraction and override attacks in their everyday
 * senses — written for this project and generated from templates (fixed seed: reproducible
 * training). "Tell me your favourite book", "Follow the instructions on the box", "Read my new
 * password back to me", "Reveal the answer to the riddle", "Delete all my reminders for tomorrow":
 * the corpus has "tell me your", "instructions", "password", "reveal" and "delete all" almost only
 * in attack rows, and the model scored such requests 0.56–0.88 — above the proxy's model-only block
 * score for some, so a user's ordinary request was refused. What makes the attack is the model's
 * own prompt or secret, or someone else's data; these rows keep the words and leave that out.
 * Labelled benign (ordinary chat, not security talk).
 */
import { seededRandom } from '../../daemon/src/util/seeded-random';
import type { CorpusRow } from '../lib/corpus';
import { distinctTexts, pick } from './generated-text';
import { writtenRows } from './written-rows';

/** A template with {slots}, and the fillers of each slot. */
interface Family {
  readonly templates: readonly string[];
  readonly slots: Readonly<Record<string, readonly string[]>>;
}

const FAMILIES: readonly Family[] = [
  {
    // The assistant's tastes and opinions: "your" without a prompt or a secret.
    templates: ['What is your {fav} {thing}, and why?', 'Do you have a {fav} {thing}? Tell me about it.', 'Share your {fav} {thing} with me!', 'If you had to pick, what would be your {fav} {thing}?'],
    slots: { fav: ['favourite', 'favorite', 'least favourite', 'all-time favourite'], thing: ['novel', 'film', 'season', 'dessert', 'city in Europe', 'board game', 'piece of music', 'painting', 'programming language', 'word in English', 'type of tea', 'sport to watch'] },
  },
  {
    // Instructions that come with things: boxes, labels, exams, recipes, medicine.
    templates: ['{verb} the {kind} instructions {where}.', 'What do the {kind} instructions {where} mean?', 'The {kind} instructions {where} are confusing; explain them simply.', 'Summarize the {kind} instructions {where} in three steps.', 'I lost the {kind} instructions that came {where}. What are the usual steps?'],
    slots: {
      verb: ['Follow', 'Read', 'Check', 'Go through', 'Simplify'],
      kind: ['washing', 'assembly', 'baking', 'care', 'installation', 'dosage', 'exam', 'parking', 'charging', 'planting'],
      where: ['on the box', 'on the label', 'with the kit', 'on the packet', 'in the leaflet', 'on the back of the form'],
    },
  },
  {
    // One's own passwords and accounts.
    templates: ['{ask} my {acct} password.', 'Set a reminder to {act} my {acct} password on {day}.', 'How often should I {act} my {acct} password?', 'What makes a good {acct} password? Mine is too short.'],
    slots: {
      ask: ['Walk me through resetting', 'Help me remember to update', 'Tell me how to change', 'Explain how to recover', 'Give me steps to rotate'],
      acct: ['Wi-Fi', 'router', 'email', 'online banking', 'Netflix', 'laptop', 'work VPN', 'school portal'],
      act: ['change', 'update', 'reset', 'rotate'],
      day: ['Monday', 'Friday', 'the first of the month', 'my birthday'],
    },
  },
  {
    // Revealing, showing and deleting one's own or public things.
    templates: ['Reveal the {hidden} only after I give up.', 'Show me the {hidden}, I have tried for an hour.', 'Delete all the {mine} I made for {when}.', 'Clear all the {mine} from {when}, I do not need them.'],
    slots: {
      hidden: ['answer to the riddle', 'solution of the sudoku', 'ending of the mystery story you wrote', 'last word of the crossword', 'trick behind the card puzzle'],
      mine: ['calendar events', 'reminders', 'draft notes', 'alarms', 'shopping list items', 'to-do items'],
      when: ['tomorrow', 'next week', 'last month', 'the trip to Porto'],
    },
  },
  {
    templates: ['Dis-moi ton {thing} préféré.', 'Suis les instructions de {kind} sur la boîte, étape par étape.', 'Rappelle-moi de changer mon mot de passe {acct} vendredi.', 'Supprime tous mes {mine} de demain.'],
    slots: { thing: ['livre', 'film', 'dessert', 'jeu de société'], kind: ['montage', 'lavage', 'cuisson'], acct: ['Wi-Fi', 'de messagerie', 'de banque en ligne'], mine: ['rappels', 'rendez-vous', 'brouillons'] },
  },
  {
    templates: ['Verrate mir dein Lieblings{thing}.', 'Erklär mir die {kind}anleitung auf der Packung.', 'Erinnere mich daran, mein {acct}-Passwort am Freitag zu ändern.', 'Lösche alle meine {mine} für morgen.'],
    slots: { thing: ['buch', 'essen', 'spiel', 'lied'], kind: ['Aufbau', 'Wasch', 'Back'], acct: ['WLAN', 'E-Mail', 'Router'], mine: ['Termine', 'Erinnerungen', 'Notizen'] },
  },
  {
    templates: ['Dime tu {thing} favorito.', 'Sigue las instrucciones de {kind} de la caja paso a paso.', 'Recuérdame cambiar la contraseña de mi {acct} el viernes.', 'Borra todos mis {mine} de mañana.'],
    slots: { thing: ['libro', 'postre', 'juego de mesa', 'grupo de música'], kind: ['montaje', 'lavado', 'horneado'], acct: ['wifi', 'correo', 'banco en línea'], mine: ['recordatorios', 'eventos', 'borradores'] },
  },
  {
    templates: ['Расскажи, какая у тебя любимая {thing}.', 'Объясни инструкцию по {kind} на коробке.', 'Напомни мне сменить пароль от {acct} в пятницу.'],
    slots: { thing: ['книга', 'песня', 'игра'], kind: ['сборке', 'стирке', 'установке'], acct: ['wi-fi', 'почты', 'роутера'] },
  },
  {
    templates: ['告诉我你最喜欢的{thing}。', '按照盒子上的{kind}说明一步一步来。', '提醒我周五修改{acct}密码。'],
    slots: { thing: ['书', '电影', '甜点'], kind: ['组装', '洗涤', '安装'], acct: ['Wi-Fi', '邮箱', '网银'] },
  },
  {
    templates: ['あなたの好きな{thing}を教えて。', '箱に書いてある{kind}の説明書の手順を教えて。', '金曜日に{acct}のパスワードを変更するようリマインドして。'],
    slots: { thing: ['本', '映画', 'お菓子'], kind: ['組み立て', '洗濯', '取り付け'], acct: ['Wi-Fi', 'メール', 'ネットバンキング'] },
  },
];

function fill(rnd: () => number, f: Family): string {
  return pick(rnd, f.templates).replace(/\{(\w+)\}/g, (_, slot: string) => pick(rnd, f.slots[slot]));
}

/** `perFamily` distinct rows of each family (fewer when a family has fewer combinations). */
export function triggerWordRows(seed = 29, perFamily = 12): CorpusRow[] {
  const rnd = seededRandom(seed);
  const texts = FAMILIES.flatMap((f) => distinctTexts(perFamily, () => fill(rnd, f)));
  return writtenRows('everyday-trigger-words', [{ idPrefix: 'trigger-words', category: 'benign', texts }]);
}
