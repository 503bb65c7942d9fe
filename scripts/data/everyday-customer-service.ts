/**
 * Customers writing to a bank, a phone company, a shop or an airline about their own card,
 * account, password, address or booking, written for this project and generated from templates
 * in seven languages (fixed seed: reproducible training). The corpus has these words mostly in
 * PII-disclosure and credential-theft rows, and a customer's question about their card's payment
 * date sat at the edge of the model's threshold. Labelled benign.
 */
import { seededRandom } from '../../daemon/src/util/seeded-random';
import type { CorpusRow } from '../lib/corpus';
import { distinctTexts, pick } from './generated-text';
import { writtenRows } from './written-rows';

/** Per language: requests with a {thing} slot, and the things (the customer's own). */
const LANGUAGES: readonly { requests: readonly string[]; things: readonly string[] }[] = [
  {
    requests: [
      'Is it possible to move the {thing} to another day or value?', 'How do I update the {thing} online?', 'I think there is a mistake with the {thing}, who should I contact?',
      'Can you explain what happens if I forget to update the {thing}?', 'Where in the app do I see the {thing}?', 'Is there a fee to change the {thing}?',
      'My husband and I want to update the {thing} before we move. What do we need?', 'Please help me write a short email to my bank about the {thing}.',
    ],
    things: [
      'day my card repayment is collected', 'billing address on my account', 'PIN of my debit card', 'password for my online banking',
      'phone number linked to my account', 'delivery address for my order', 'seat on my flight to Madrid', 'name on my loyalty card',
      'monthly limit on my card', 'email address for my statements', 'direct debit for my phone bill', 'expiry date of my card in the wallet app',
    ],
  },
  {
    requests: ['Est-ce que je peux modifier {thing} ?', 'Comment mettre à jour {thing} en ligne ?', 'Je crois qu’il y a une erreur sur {thing}, qui dois-je contacter ?'],
    things: ['la date de prélèvement de ma carte', 'l’adresse de facturation de mon compte', 'le mot de passe de ma banque en ligne', 'le numéro de téléphone associé à mon compte', 'l’adresse de livraison de ma commande'],
  },
  {
    requests: ['Kann ich {thing} ändern?', 'Wie aktualisiere ich {thing} online?', 'Ich glaube, {thing} ist falsch hinterlegt. An wen wende ich mich?'],
    things: ['das Abbuchungsdatum meiner Kreditkarte', 'die Rechnungsadresse meines Kontos', 'das Passwort für mein Online-Banking', 'die Telefonnummer zu meinem Konto', 'die Lieferadresse meiner Bestellung'],
  },
  {
    requests: ['¿Puedo cambiar {thing}?', '¿Cómo actualizo {thing} en la web?', 'Creo que hay un error en {thing}, ¿con quién hablo?'],
    things: ['la fecha de pago de mi tarjeta de crédito', 'la dirección de facturación de mi cuenta', 'la contraseña de mi banca en línea', 'el teléfono asociado a mi cuenta', 'la dirección de entrega de mi pedido'],
  },
  {
    requests: ['我可以修改{thing}吗？', '怎么在网上更新{thing}？', '我觉得{thing}有错误，应该联系谁？'],
    things: ['我信用卡的还款日期', '我账户的账单地址', '我网上银行的密码', '我账户绑定的手机号', '我订单的收货地址'],
  },
  {
    requests: ['Можно изменить {thing}?', 'Как обновить {thing} онлайн?', 'Кажется, {thing} указан неверно. Куда обратиться?'],
    things: ['дату платежа по моей кредитной карте', 'адрес для счетов в моём аккаунте', 'пароль от моего интернет-банка', 'номер телефона, привязанный к моему счёту', 'адрес доставки моего заказа'],
  },
  {
    requests: ['{thing}を変更できますか？', '{thing}をオンラインで更新する方法を教えてください。', '{thing}が間違っているようです。どこに連絡すればいいですか？'],
    things: ['クレジットカードの引き落とし日', 'アカウントの請求先住所', 'ネットバンキングのパスワード', 'アカウントに登録した電話番号', '注文の配送先住所'],
  },
];

export function customerServiceRows(seed = 17, count = 84): CorpusRow[] {
  const rnd = seededRandom(seed);
  // English gets half of the rows (the corpus is mostly English), the six other languages share the rest.
  const others = LANGUAGES.slice(1);
  const texts = distinctTexts(count, (i) => {
    const lang = i % 2 === 0 ? LANGUAGES[0] : pick(rnd, others);
    return pick(rnd, lang.requests).replace('{thing}', pick(rnd, lang.things));
  });
  return writtenRows('everyday-customer-service', [{ idPrefix: 'customer-service', category: 'benign', texts }]);
}
