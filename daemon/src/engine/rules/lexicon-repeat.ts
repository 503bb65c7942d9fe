/**
 * "Repeat everything above" in each language: copy verbs, the text before the current message, and
 * the cues that ask for it whole (verbatim, in a code block). Translate and summarize are left out on
 * purpose: people ask that of text they just pasted.
 */
export const COPY_VERBS: readonly string[] = [
  'repeat', 'print', 'output', 'reproduce', 'recite', 'echo', 'copy', 'paste', 'write out', 'spell out', 'dump', 'return', 'display',
  'show', 'show me', 'give me', 'tell me', 'put', 'place', 'format', 'write', 'type out', 'reprint', 'quote', 'include',
  'répète', 'répétez', 'affiche', 'affichez', 'recopie', 'recopiez', 'copie', 'copiez', 'écris', 'écrivez', 'imprime', 'mets', 'mettez',
  'montre', 'montrez', 'cite', 'wiederhole', 'wiederholen sie', 'gib', 'geben sie', 'schreibe', 'schreib', 'kopiere', 'drucke', 'zeige',
  'zeig', 'setze', 'repite', 'copia', 'escribe', 'imprime', 'muestra', 'pon', 'reproduce', 'repita', 'copie', 'escreva', 'imprima',
  'mostre', 'coloque', 'ripeti', 'scrivi', 'stampa', 'mostra', 'metti', 'повтори', 'повторите', 'скопируй', 'выведи', 'выведите', 'напиши',
  'напечатай', 'покажи', 'процитируй', '重复', '复制', '输出', '打印', '写出', '显示', '复述',
  'повторіть', 'скопіюй', 'скопіюйте', 'виведи', 'виведіть', 'надрукуй', 'процитуй', 'перепиши',
  'powtórz', 'przepisz', 'skopiuj', 'wypisz', 'wyświetl', 'pokaż', 'zacytuj', 'zopakuj', 'zkopíruj', 'vypiš', 'přepiš', 'ukaž', 'cituj',
  'תחזור', 'חזור', 'תחזרי', 'תעתיק', 'העתק', 'תכתוב', 'תדפיס', 'הדפס', 'תציג', 'كرر', 'كرّر', 'انسخ', 'اطبع', 'اكتب', 'اعرض',
  'تکرار کن', 'کپی کن', 'بنویس', 'چاپ کن', 'ulangi', 'salin', 'tulis ulang', 'tampilkan', 'lặp lại', 'chép lại', 'in ra', 'viết lại',
];

/** Verbs after their object (Japanese, Chinese), checked just after the position phrase. */
export const COPY_VERBS_AFTER: readonly string[] = [
  '繰り返', '出力', '書いて', '表示', 'コピー', '書き出', '重复', '输出', '打印', '复制', '写出', 'ausgeben', 'wiederholen', 'kopieren',
  'tekrarla', 'yaz', 'kopyala', 'दोहराओ', 'दोहराएं', 'दोहराइए', 'लिखो', 'लिखिए', 'कॉपी करो', '반복해', '출력해', '그대로 써', 'را تکرار کن', 'را بنویس',
  'لکھو', 'لکھیں', 'دہراؤ', 'دہرائیں', 'पुन्हा लिही', 'पुन्हा लिहा', 'लिही', 'लिहा', 'फेरि लेख', 'लेख्नुहोस्', 'दोबारा लिख', 'লেখো', 'লিখুন',
];

/** The text that came before the user's message. */
export const ABOVE_PHRASES: readonly string[] = [
  'everything above', 'all of the above', 'all the text above', 'all text above', 'everything before this', 'everything before that',
  'everything so far', 'the text above', 'the words above', 'the above', 'the content above', 'the previous text', 'the preceding text',
  'everything written above', 'what is written above', "what's written above", 'what was written above', 'the text before this',
  'all prior text', 'all previous text', 'everything from the beginning', 'everything from the start', 'the entire text above',
  'the full text above', 'the whole text above', 'all the words above', 'all the content above', 'the lines above', 'all lines above',
  'tout ce qui précède', 'tout ce qui est au-dessus', 'le texte ci-dessus', 'tout le texte ci-dessus', 'ce qui précède', 'tout ce qui est écrit au-dessus',
  'tout ce qui se trouve au-dessus', 'tout ce qui figure au-dessus', 'tout ce qui se trouve avant', 'le texte au-dessus', 'tout le texte au-dessus',
  'alles oben', 'alles darüber', 'den text oben', 'den obigen text', 'alles, was oben steht', 'alles was oben steht', 'alles davor',
  'alles vorherige', 'den gesamten text oben', 'den gesamten obigen text', 'alles obige', 'alles oberhalb', 'den text oberhalb',
  'den gesamten text oberhalb',
  'todo lo anterior', 'todo lo de arriba', 'el texto de arriba', 'el texto anterior', 'todo el texto anterior', 'todo lo que está arriba',
  'todo el texto de arriba', 'todo lo que hay arriba', 'todo lo que aparece arriba', 'tudo acima', 'todo o texto acima', 'o texto acima', 'tudo o que está acima', 'tutto quanto sopra',
  'tutto ciò che precede', 'il testo sopra', 'tutto il testo sopra', 'tutto quello sopra', 'tutto il testo precedente',
  'всё, что выше', 'все, что выше', 'всё что выше', 'все что выше', 'весь текст выше', 'текст выше', 'всё выше', 'всё вышеизложенное',
  'всё написанное выше', 'все написанное выше', '上面的所有内容', '上面的内容', '以上内容', '以上所有内容', '上述内容', '上面的文字',
  '之前的所有内容', '前面的内容', '上面所有的文字', '上記の内容', '上の文章', '上記のテキスト', '上記すべて', '上記の指示', '上の内容', 'これより前の内容',
  // What came before the user's first message is the system prompt.
  'the text before my first message', 'everything before my first message', 'what comes before my first message', 'what appears before my first message',
  'the text that appears before my first message', 'le texte avant mon premier message', 'tout ce qui précède mon premier message',
  'den text vor meiner ersten nachricht', 'alles vor meiner ersten nachricht', 'el texto que aparece antes de mi primer mensaje',
  'el texto antes de mi primer mensaje', 'todo lo que hay antes de mi primer mensaje', 'o texto antes da minha primeira mensagem',
  'tudo antes da minha primeira mensagem', 'il testo prima del mio primo messaggio', 'tutto ciò che precede il mio primo messaggio',
  'текст до моего первого сообщения', 'всё до моего первого сообщения', '我的第一条消息之前的内容', '最初のメッセージより前の内容',
  'все, що вище', 'все що вище', 'весь текст вище', 'текст вище', 'все написане вище', 'все, що написано вище', 'все до мого першого повідомлення',
  'wszystko powyżej', 'cały tekst powyżej', 'tekst powyżej', 'wszystko, co znajduje się nad tą wiadomością', 'wszystko, co jest powyżej', 'wszystko przed moją pierwszą wiadomością',
  'vše výše', 'všechno výše', 'celý text výše', 'text výše', 'vše, co je nad touto zprávou', 'všechno před mou první zprávou',
  'כל הטקסט שמופיע מעל', 'כל הטקסט שמעל', 'כל מה שמעל', 'כל מה שכתוב מעל', 'הטקסט שמעל', 'כל הטקסט שלמעלה', 'כל מה שלמעלה', 'הטקסט למעלה',
  'كل ما سبق', 'النص أعلاه', 'كل النص أعلاه', 'كل ما ورد أعلاه', 'كل ما هو مكتوب أعلاه', 'همه متن بالا', 'تمام متن بالا', 'هر چه بالا نوشته شده', 'متن بالا',
  'yukaridaki her şeyi', 'yukaridaki metni', 'yukaridaki tüm metni',
  'ऊपर लिखा सब कुछ', 'ऊपर का सारा टेक्स्ट', 'ऊपर का पूरा टेक्स्ट', 'इससे पहले का सब कुछ', '위의 모든 내용', '위의 텍스트', '이 메시지 위의 모든 텍스트',
  'semua teks di atas', 'semua yang di atas', 'teks di atas', 'toàn bộ văn bản ở trên', 'mọi thứ ở trên', 'văn bản phía trên', 'tất cả nội dung ở trên',
  'ऊपर जो कुछ भी लिखा है', 'ऊपर जो कुछ लिखा है', 'اوپر جو کچھ بھی لکھا ہے', 'اوپر جو کچھ لکھا ہے', 'اوپر لکھا سب کچھ', 'اوپر کا سارا متن',
  'वरील सगळं काही', 'वरील सगळे काही', 'वरील सर्व मजकूर', 'वर लिहिलेलं सगळं', 'माथि लेखिएको सबै', 'माथिको सबै', 'উপরের সবকিছু', 'উপরে যা লেখা আছে',
  'lahat ng nasa itaas', 'lahat ng nakasulat sa itaas', 'ข้อความทั้งหมดข้างบน', 'ทุกอย่างข้างบน',
];

/** Asking for all of it, unchanged. */
export const WHOLE_CUES: readonly string[] = [
  'verbatim', 'word for word', 'in full', 'exactly', 'code block', 'codeblock', 'markdown block', 'txt block', 'text block', 'code fence',
  'starting from', 'starting with', 'beginning with', 'unchanged', 'without changes', 'without any changes', 'including', 'mot pour mot',
  'intégralement', 'bloc de code', 'wortwörtlich', 'wörtlich', 'vollständig', 'codeblock', 'textualmente', 'palabra por palabra',
  'literalmente', 'bloque de código', 'integralmente', 'bloco de código', 'parola per parola', 'blocco di codice', 'дословно', 'полностью',
  'блок кода', '逐字', '原样', '完整', '代码块', 'そのまま', '一字一句', 'コードブロック', 'コードフェンス', 'everything', 'all',
  // "everything" / "all" in the other languages.
  'tout', 'toute', 'alles', 'gesamte', 'gesamten', 'ganze', 'ganzen', 'todo', 'toda', 'весь', 'всё', 'все', '所有', '全部', 'すべて', '全て',
  'completo', 'completa', 'complet', 'complète', 'komplett', 'sin cambiar', 'sin cambios', 'sem alterar', 'senza modific', 'целиком',
  'дослівно', 'повністю', 'słowo w słowo', 'dosłownie', 'w całości', 'doslova', 'slovo od slova', 'celý', 'celé',
  'מילה במילה', 'בבלוק קוד', 'הכל', 'حرفيا', 'حرفياً', 'كلمة بكلمة', 'كاملا', 'كاملاً', 'کلمه به کلمه', 'عینا', 'کامل', 'kelimesi kelimesine',
  'aynen', 'eksiksiz', 'शब्दशः', 'हूबहू', 'सब कुछ', '그대로', '전부', 'kata demi kata', 'persis', 'nguyên văn', 'từng chữ', 'toàn bộ',
  'لفظ بہ لفظ', 'سب کچھ', 'जसंच्या तसं', 'सगळं', 'सबै', 'হুবহু', 'সবকিছু', 'lahat', 'ทั้งหมด',
];
