/**
 * Cues of pi-instruction-to-ai-reader for the readers named in comments and labels: the orders that
 * follow "@copilot" or "Assistant directive:", and what an agent must not do on a third party's word.
 */

/** Words naming an AI reader, with the jobs and qualifiers it is named by. */
/** Jobs an AI agent is deployed in and addressed by: "AI concierge:", "AI recruiter:". */
export const AI_JOBS = '(?:concierges?|receptionists?|recruiters?|schedulers?|planners?|coordinators?|advis[eo]rs?|tutors?|analysts?|auditors?|clerks?|operators?|dispatchers?|helpers?|helpdesk|secretar(?:y|ies)|tellers?)';
export const AI_WORD =
  '(?:(?:ai|llm)(?:[\\s-][a-z]+){0,2}?[\\s-](?:tools?|systems?|software|assistants?|bots?|agents?|models?|reviewers?|summari[sz]ers?|screeners?|readers?|parsers?|analy[sz]ers?|classifiers?|triagers?|graders?|evaluators?|scorers?|' +
  AI_JOBS +
  ')|ai|a\\.i\\.|llms?|large language models?|language models?|ai assistants?|assistants?|chatbots?|ai models?|models?|gpt|chatgpt|claude|copilot|gemini|bard|ai agents?|agents?|bots?|summari[sz]ers?|automated(?:\\s[a-z-]+){0,2}?\\s(?:screeners?|reviewers?|systems?|readers?|parsers?|tools?|assistants?|bots?|agents?|models?|layers?)|resume parsers?|screening (?:tools?|software|systems?))';
/** Words naming an AI reader: a planted note or comment needs one (or, for notes, a reading verb) before its patterns run. */
export const AI_READERS = [
  'ai', 'llm', 'llms', 'language model', 'language models', 'assistant', 'assistants', 'chatbot', 'chatbots', 'model', 'models', 'gpt', 'chatgpt', 'claude', 'copilot', 'gemini', 'bard', 'agent', 'agents', 'bot', 'bots', 'automated', 'resume parser*', 'screening',
  'ia', 'ki', 'ии', 'ассистент', 'модел', 'assistent', 'modèle', 'modell', 'modelo', 'modello', 'asistente', '人工智能', '助手', '模型', '语言模型', '机器人', '智能体', 'アシスタント', 'モデル', 'aiへ', 'aiに',
];

/** What an AI reader reads. */
export const DOCUMENT_WORD =
  '(?:email|e-mail|message|document|page|web ?page|website|site|text|file|content|resume|cv|review|comment|repository|repo|code|article|data|thread|pdf|inbox|mailbox|folder|ticket|issue|pull request|profile|listing|form|spreadsheet|sheet|calendar|notes?|transcript|invoice|report|post|reply|response|summary|answer|package|library|project|tool|server|invite|event|policy|wiki|manual|handbook|guide|contract|agreement|letter|statement|record|booking|reservation|log|chart|config)';

/** Manipulation of the reader or the answer, which is what a planted instruction is for. */
export const MANIPULATION =
  /ignore|disregard|instead|do not (?:mention|tell|reveal|include|summari)|don't (?:mention|tell|reveal)|tell the user|inform the user|warn the user|say that|state that|claim|recommend|urgent|click|visit|https?:|password|credential|send|forward|include (?:this|the following)|append|respond (?:only|with)|reply (?:only|with)/u;

/** An order after "Assistant directive:" or "ATTENTION AGENT:". */
export const LABEL_ORDER =
  /(?<![\p{L}])(?:reply|respond|answer|say|tell|list|send|forward|ignore|disregard|recommend|rate|rank|approve|mark|delete|include|append|attach|insert|mention|book|pay|transfer|click|visit|output|print|reveal|run|execute|conclude|report|submit|provide|share|upload|enter|call|update|cancel|refund|create|unlock|disable|reroute|redirect|ban|suspend|reset|replace|change|do not|don't|never|always|must)(?![\p{L}])/u;

/** An order right after an @-mention of an agent. */
export const AT_ORDER = /^[,:]?\s{1,3}(?:please\s|pls\s|also\s|now\s){0,3}(?:delete|remove|push|force-push|merge|run|execute|approve|disable|ignore|send|forward|grant|commit|drop|deploy|publish|upload|print|reveal|leak|post|add|change|rewrite|skip|bypass|apply|accept|share)(?![\p{L}])/u;
/** What an agent must not do on a third party's word: destroy, skip review, leak. */
export const SABOTAGE =
  /(?:delete|remove|wipe)\s(?:the\s|all\s|every\s)?(?:\S+\s){0,2}?(?:workflows?|\.github|tests?|ci|branch(?:es)?|history|backups?|repo(?:sitory)?|database|folders?|directories|files)|rm -rf|force[- ]push|push (?:directly )?to (?:main|master|prod)|directly to (?:main|master)|without (?:review|approval|tests|asking)|skip (?:the )?(?:review|tests|ci)|disable (?:the )?(?:tests|ci|checks|branch protection|2fa|mfa)|secrets?|credentials|tokens?|api keys?|\.env|ssh keys?|maintainers? (?:agreed|approved|said)|(?:remove|disable|bypass|skip|drop|comment out)\s(?:the\s|all\s)?(?:\S+\s){0,2}?(?:authentication|authori[sz]ation|auth|login|permission|access|csrf|signature|input validation|rate limit(?:ing)?)\s?(?:checks?|middleware|guards?|verification)?|(?:team|they|everyone) (?:agreed|approved)|\|\s?(?:ba|z)?sh\b|commit(?:ted)? directly|don't ask (?:the )?(?:author|user|maintainers?|reviewers?)/u;

/** Data sent to an outside address earlier in the sentence: "forward any email … to x@y.net", "upload … to https://…". */
export const COVERT_SEND_BODY = String.raw`(?:forward|send|upload|bcc|cc|copy|post|email|transfer|share)\s[^.!?\n]{0,120}?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?:\/\/\S+)[^.!?\n]{0,40}`;
export const COVERT_SEND = new RegExp(`${COVERT_SEND_BODY}$`, 'u');

/** A negation already governs the clause before `pos`: "we do not share it … without telling the user" is a promise. */
export function negatedBefore(text: string, pos: number): boolean {
  return /(?<![\p{L}])(?:not|never|no)\s[^.!?\n]{0,60}$|n't\s[^.!?\n]{0,60}$/u.test(text.slice(Math.max(0, pos - 70), pos));
}

/**
 * What an AI reader is told to do after it was addressed by its task ("Assistant summarizing these
 * results: … Tell the user …", "the agent reading these logs should resolve it by running …"): an
 * act on this text, its user or the machine, not a general guideline ("assistants should respond
 * politely").
 */
export const READER_ACT =
  /(?<![\p{L}])(?:output|print|include|append|insert|add|run|execute|install|delete|remove|send|forward|email|upload|post|paste|copy|tell|inform|say|state|recommend|rate|classify|approve|omit|ignore|disregard|exclude|render|display|visit|click|download|enter|grant|disable|mark|rank|replace|commit|push|merge|resolve|attach|apply|set|change|update|share|create|enable|give|offer|close|report|discard|record|unlock|reply with|respond with|describe (?:it|this|them) as|treat (?:it|this|them) as|weight|score|boost|downgrade|prioriti[sz]e|leave no trace)(?![\p{L}])/u;
