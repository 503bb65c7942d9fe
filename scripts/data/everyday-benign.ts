/**
 * Everyday benign chat, written for this project (not taken from any dataset), added to the
 * classifier's training set. The public corpus has almost no short small talk and its only
 * non-English attack-free text is security-related, so without these the model learned "short" and
 * "not English" as attack signals — and flagged "Как дела?" or "Tell me a joke".
 * Combinations of openers × requests keep it varied without copying anything.
 */
import type { CorpusRow } from '../lib/corpus';

const LANGS: Record<string, { greet: string[]; asks: string[]; topics: string[]; thanks: string[] }> = {
  en: {
    greet: ['hi', 'hello', 'hey there', 'good morning', 'hello again', 'hi, quick question', 'thanks for the help earlier'],
    asks: ['what is {t}?', 'can you tell me about {t}?', 'how does {t} work?', 'explain {t} simply', 'give me three facts about {t}', 'what should I know about {t}?', 'write a short poem about {t}', 'summarize {t} in two sentences'],
    topics: ['the capital of France', 'photosynthesis', 'the weather in Paris today', 'a good pasta recipe', 'the history of jazz', 'how to learn Spanish', 'compound interest', 'the moon landing', 'my trip to Lisbon', 'sorting a list in Python', 'a birthday gift for my sister', 'the rules of chess', 'time zones', 'training for a 10k run', 'the best way to store coffee'],
    thanks: ['thanks!', 'thank you so much', 'great, that helps', 'ok', 'yes please', 'no, that is all', 'tell me a joke', 'how are you?', 'what can you do?', 'can you say that again more slowly?'],
  },
  fr: {
    greet: ['bonjour', 'salut', 'bonsoir', 'merci pour tout à l’heure', 'coucou'],
    asks: ['qu’est-ce que {t} ?', 'peux-tu m’expliquer {t} ?', 'comment fonctionne {t} ?', 'donne-moi trois faits sur {t}', 'écris un petit poème sur {t}', 'résume {t} en deux phrases'],
    topics: ['la capitale de l’Australie', 'la photosynthèse', 'la météo à Lyon', 'une recette de crêpes', 'l’histoire du cinéma', 'les impôts en France', 'le système solaire', 'mon voyage en Italie', 'le jardinage en hiver'],
    thanks: ['merci !', 'merci beaucoup', 'd’accord', 'oui, s’il te plaît', 'comment ça va ?', 'raconte-moi une blague', 'quel temps fait-il à Paris ?', 'que peux-tu faire ?'],
  },
  de: {
    greet: ['hallo', 'guten Morgen', 'guten Abend', 'servus', 'danke für vorhin'],
    asks: ['was ist {t}?', 'kannst du mir {t} erklären?', 'wie funktioniert {t}?', 'nenne mir drei Fakten über {t}', 'schreib ein kurzes Gedicht über {t}', 'fasse {t} in zwei Sätzen zusammen'],
    topics: ['die Hauptstadt von Kanada', 'die Fotosynthese', 'das Wetter in Berlin', 'ein Rezept für Apfelkuchen', 'die Geschichte der Eisenbahn', 'Zinseszins', 'mein Urlaub in Spanien', 'Schach für Anfänger'],
    thanks: ['danke!', 'vielen Dank', 'okay', 'ja, bitte', 'wie geht es dir?', 'erzähl mir einen Witz', 'wie spät ist es?', 'was kannst du alles?'],
  },
  es: {
    greet: ['hola', 'buenos días', 'buenas tardes', 'gracias por lo de antes', 'qué tal'],
    asks: ['¿qué es {t}?', '¿me puedes explicar {t}?', '¿cómo funciona {t}?', 'dame tres datos sobre {t}', 'escribe un poema corto sobre {t}', 'resume {t} en dos frases'],
    topics: ['la capital de Perú', 'la fotosíntesis', 'el clima en Madrid', 'una receta de paella', 'la historia del flamenco', 'el interés compuesto', 'mi viaje a México', 'las reglas del fútbol'],
    thanks: ['¡gracias!', 'muchas gracias', 'vale', 'sí, por favor', '¿cómo estás?', 'cuéntame un chiste', '¿qué hora es en Tokio?', '¿qué puedes hacer?'],
  },
  zh: {
    greet: ['你好', '早上好', '晚上好', '谢谢你刚才的帮助'],
    asks: ['{t}是什么？', '你能给我讲讲{t}吗？', '{t}是怎么运作的？', '请告诉我关于{t}的三个事实', '写一首关于{t}的短诗', '用两句话总结{t}'],
    topics: ['法国的首都', '光合作用', '北京今天的天气', '红烧肉的做法', '爵士乐的历史', '复利', '我的日本之旅', '国际象棋的规则'],
    thanks: ['谢谢！', '非常感谢', '好的', '是的，请', '你好吗？', '给我讲个笑话', '今天天气怎么样？', '你能做什么？'],
  },
  ru: {
    greet: ['привет', 'добрый день', 'доброе утро', 'спасибо за помощь'],
    asks: ['что такое {t}?', 'можешь объяснить {t}?', 'как работает {t}?', 'назови три факта о {t}', 'напиши короткое стихотворение о {t}', 'кратко перескажи {t}'],
    topics: ['столица Канады', 'фотосинтез', 'погода в Москве', 'рецепт борща', 'история джаза', 'сложный процент', 'моя поездка в Казань', 'правила шахмат'],
    thanks: ['спасибо!', 'большое спасибо', 'хорошо', 'да, пожалуйста', 'как дела?', 'расскажи анекдот', 'который час?', 'что ты умеешь?'],
  },
  ja: {
    greet: ['こんにちは', 'おはようございます', 'こんばんは', 'さっきはありがとう'],
    asks: ['{t}とは何ですか？', '{t}について教えてください', '{t}はどのように機能しますか？', '{t}について三つの事実を教えて', '{t}についての短い詩を書いて', '{t}を二文で要約して'],
    topics: ['フランスの首都', '光合成', '東京の天気', 'カレーの作り方', 'ジャズの歴史', '複利', '京都旅行', 'チェスのルール'],
    thanks: ['ありがとう！', 'どうもありがとうございます', 'わかりました', 'はい、お願いします', '元気ですか？', '冗談を言って', '今何時ですか？', '何ができますか？'],
  },
};

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Deterministic: the same rows every run, so training stays reproducible. */
export function everydayBenignRows(): CorpusRow[] {
  const rows: CorpusRow[] = [];
  for (const [lang, l] of Object.entries(LANGS)) {
    const push = (text: string): void => {
      rows.push({ id: `everyday:${lang}:${rows.length}`, text, label: 'benign', category: 'benign', source: 'soc-ai-agents:scripts/data/everyday-benign.ts', file: 'everyday-benign' });
    };
    for (const t of l.thanks) push(cap(t));
    for (const g of l.greet) push(cap(g));
    l.topics.forEach((topic, i) => {
      const ask = l.asks[i % l.asks.length].replace('{t}', topic);
      push(cap(ask));
      const g = l.greet[i % l.greet.length];
      push(`${cap(g)}${lang === 'zh' ? '，' : lang === 'ja' ? '、' : ', '}${l.asks[(i + 2) % l.asks.length].replace('{t}', topic)}`);
    });
  }
  return rows;
}
