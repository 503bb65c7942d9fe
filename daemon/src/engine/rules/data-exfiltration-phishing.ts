import type { Rule } from './rule';
import type { TextView } from '../normalize/text-view';
import { fromThirdParty, type ScanContext } from '../types';
import { contentFactor } from './lexicon-meta';

/**
 * Credential phishing through the agent: content the agent relays (a tool result, a fetched page, a
 * ticket) or the agent's own reply asks the user to type a password, a one-time code or a card number
 * into the chat: "Your session has expired … please paste your account password in the chat",
 * "请直接在对话中输入您的登录密码和短信验证码". A legitimate service sends people to its own login
 * page; nothing honest collects secrets in an assistant's conversation, where they land in logs and
 * in the hands of whoever planted the text.
 */

/** What is asked for: a password, a PIN, a one-time or SMS code, a card number or its security code. */
const SECRET_EN = String.raw`(?:(?:account|login|current|full|online\sbanking|email|bank|card)\s){0,2}(?:password|passcode|passphrase|pin|one-?time\s(?:code|password|passcode)|otp|verification\scode|2fa\scode|sms\scode|security\scode|card\snumber|cvv|cvc)`;

const ASKED_IN_CHAT = new RegExp(
  [
    // English: the verb, the secret, then where: "paste your account password in the chat", "reply with your one-time code here".
    String.raw`(?<![\p{L}])(?:paste|enter|type|send|provide|share|reply\swith|give\sme|tell\sme|post)\s(?:us\s|me\s|it\s)?(?:your|the)\s${SECRET_EN}(?![\p{L}])[^.!?\n]{0,60}?(?:(?:in|into|to|within)\s(?:the|this|our)\s(?:chat|conversation|reply|message|thread|window)|\bhere\b|\bbelow\b)`,
    // Chinese: "在对话中输入您的登录密码", "请把密码和验证码发在这里".
    String.raw`(?:在|于)(?:对话|聊天|此处|这里|本对话)(?:框)?(?:中|里)?(?:直接)?(?:输入|发送|提供|回复|填写)(?:您的|你的)?(?:登录|账户|支付)?(?:密码|验证码|短信验证码|银行卡号|卡号)`,
    String.raw`(?:把|将)(?:您的|你的)?(?:登录|账户|支付)?(?:密码|验证码|短信验证码|银行卡号)[^。！\n]{0,12}?(?:发|输入|贴|粘贴|填)(?:到|在)(?:这里|对话|聊天)`,
    // Japanese: "パスワードをこのチャットに入力してください".
    String.raw`(?:パスワード|暗証番号|認証コード|確認コード|ワンタイムパスワード|カード番号)(?:と[^。\n]{0,12}?)?を[^。\n]{0,12}?(?:チャット|ここ|この会話|この画面)(?:に|で|へ)[^。\n]{0,8}?(?:入力|送信|貼り付け|書いて|教えて)`,
    // Russian, German, French, Spanish: the verb, the secret, then "in the chat" or "here".
    String.raw`(?:введите|отправьте|пришлите|вставьте|напишите|сообщите|введи|отправь|пришли|напиши)\s(?:сюда\s|в\s(?:этот\s)?чат\s)?(?:ваш\p{L}*\s|свой\s|свои\s)?(?:пароль|код\sиз\s(?:смс|sms)|(?:смс|sms)-?код|код\sподтверждения|пин-?код|номер\sкарты|cvv)[^.!?\n]{0,40}?(?:в\s(?:этот\s)?(?:чат|ответ|диалог)|сюда)`,
    String.raw`(?:geben\ssie|gib|schicken\ssie|schick|senden\ssie|sende|fügen\ssie|füge|nennen\ssie|nenne)\s(?:hier\s|im\schat\s|uns\s|mir\s)?(?:ihr|dein)(?:e|en)?\s(?:passwort|kennwort|pin|tan|einmalcode|bestätigungscode|sms-code|kartennummer)[^.!?\n]{0,40}?(?:im\s(?:chat|gespräch)|hier|in\sdiesem\schat)`,
    String.raw`(?:saisissez|entrez|envoyez|collez|indiquez|communiquez|tapez)\s(?:ici\s)?(?:votre|ton)\s(?:mot\sde\spasse|code\s(?:pin|sms|de\svérification|de\sconfirmation|à\susage\sunique)|numéro\sde\scarte|cryptogramme)[^.!?\n]{0,40}?(?:dans\s(?:le|ce|cette)\s(?:chat|fil|message|conversation)|ici)`,
    String.raw`(?:escriba|introduzca|envíe|pegue|ingrese|escribe|introduce|envía|pega|ingresa)\s(?:aquí\s)?(?:su|tu)\s(?:contraseña|clave|pin|código\s(?:sms|de\sverificación|de\sconfirmación)|número\sde\s(?:la\s)?tarjeta|cvv)[^.!?\n]{0,40}?(?:en\s(?:el|este)\s(?:chat|mensaje|hilo)|aquí)`,
  ].join('|'),
  'gu',
);

/** "We will never ask you to paste your password in the chat": a warning against exactly this. */
const NEGATED_BEFORE = /(?:(?<![\p{L}])(?:never|not|no\sone|nobody|don't|do\snot|won't|will\snot|nunca|jamais|niemals|nie|никогда|не)(?![\p{L}])|n't|绝不|不会|切勿|请勿|不要|決して)[^.!?。\n]{0,60}$/u;

function phishingConfidence(m: RegExpExecArray, view: TextView, ctx: ScanContext): number {
  // Relayed content or the agent's own reply: a user typing "enter your password here" into a form they build is not this.
  if (!fromThirdParty(ctx) && ctx.source !== 'assistant') return 0;
  const text = view.text;
  if (NEGATED_BEFORE.test(text.slice(Math.max(0, m.index - 70), m.index))) return 0;
  return 0.8 * contentFactor(text, m.index, m.index + m[0].length, ctx);
}

export const credentialPhishingRule: Rule = {
  id: 'exf-credential-phishing',
  category: 'data_exfiltration',
  severity: 'high',
  owasp: 'LLM01:2025',
  title: 'Content that asks the user to type a password or code into the chat',
  description:
    'A tool result, fetched page, ticket or the agent\'s own reply asks the user to paste a password, PIN, one-time or SMS code or card number into the conversation ("Your session has expired … paste your account password in the chat", "请直接在对话中输入您的登录密码和短信验证码"), in eight languages. Warnings that a service never asks for this stay quiet.',
  confidence: 0.8,
  patterns: [ASKED_IN_CHAT],
  validate: phishingConfidence,
};
