import type { Rule } from './rule';
import type { TextView } from '../normalize/text-view';
import { explanationFactor, paragraphBefore } from './malicious-input-context';

/**
 * SOX rule pack (financial preset): requests to falsify or backdate financial records and
 * to destroy audit trails. These only run when the caller enables the `sox` pack, because
 * in a general assistant "change the date on the invoice" is ordinary bookkeeping talk.
 */

const QUESTION_OR_POLICY =
  /(?:\bhow\s+(?:do|can|to)\s+(?:we\s+|i\s+|you\s+)?(?:detect|prevent|spot|audit)|\bis\s+it\s+(?:legal|allowed|ok)\b|\bpolicy\b|\bcontrols?\s+(?:that|to)\b|\bnever\b|\bdo\s+not\b|\bdon'?t\b|\bprohibit|\billegal\b|\bfraud\s+(?:risk|indicators?)\b)[^.!?\n]{0,100}$/;

function soxConfidence(base: number) {
  return (m: RegExpExecArray, view: TextView): number => {
    let conf = base;
    if (/falsif|fake|fudge|cook|doctor|massage|auditors?\s+(?:won'?t|don'?t|can'?t|never)|hide|без|倒签|篡改|改ざん|falsch|falsifi/.test(m[0])) conf = 0.9;
    if (QUESTION_OR_POLICY.test(paragraphBefore(view.text, m.index, 120))) conf = Math.min(conf, 0.4);
    return conf * explanationFactor(view.text, m.index, m.index + m[0].length);
  };
}

const FIN_RECORD = String.raw`(?:financial\s+(?:records|statements?|reports?|results|data|figures)|books|ledger|general\s+ledger|journal\s+entr(?:y|ies)|revenue\s+(?:figures|numbers|recognition)|earnings|balance\s+sheet|accounts\s+(?:receivable|payable)|p&l|income\s+statement|expense\s+reports?|quarterly\s+(?:numbers|results|report))`;

export const soxRecordTamperingRule: Rule = {
  id: 'sys-sox-record-tampering',
  category: 'system_manipulation',
  severity: 'high',
  owasp: 'LLM06:2025',
  title: 'SOX: falsifying or backdating financial records',
  description:
    'Asks to backdate invoices or journal entries, falsify or "adjust" the books, revenue or financial statements, or hide changes from auditors. Under SOX such changes to financial records are fraud and must be blocked and reviewed.',
  pack: 'sox',
  confidence: 0.8,
  keywords: ['backdate', 'back-date', 'antedate', 'predate', 'auditor', 'falsif', 'fake', 'fudge', 'cook', 'doctor', 'massage', 'inflate', 'alter', 'change', 'modify', 'manipulat', 'rewrite', 'antidat', 'rückdatier', 'antedatar', 'retrofech', 'задним числом', '倒签', '篡改', '改ざん', 'fälsch', 'falsific'],
  patterns: [
    /\b(?:backdate|back-date|antedate|predate)\s+(?:the\s+|this\s+|these\s+|that\s+|all\s+|our\s+|an?\s+)?(?:[a-z]{2,15}\s+)?(?:invoices?|entr(?:y|ies)|transactions?|journal|records?|contracts?|revenue|sales|documents?|receipts?|purchase\s+orders?|agreements?|ledger|books|signatures?|approvals?)\b/g,
    new RegExp(String.raw`\b(?:falsify|fake|fudge|cook|manipulate|doctor|inflate|massage|alter|change|modify|rewrite|tweak)\s+(?:the\s+|our\s+|these\s+|this\s+|q[1-4]\s+|quarterly\s+|annual\s+|last\s+year'?s\s+)?${FIN_RECORD}`, 'g'),
    /\b(?:so\s+(?:that\s+)?(?:the\s+)?auditors?\s+(?:won'?t|don'?t|can'?t|will\s+not|never)\s+(?:notice|see|find|catch)|hide\s+(?:this|it|the\s+\w{1,20})\s+from\s+(?:the\s+)?auditors?)\b/g,
    /\b(?:change|set|update|move)\s+the\s+(?:posting\s+)?(?:date|timestamp)\s+(?:on|of)\s+(?:the\s+|this\s+|these\s+)?(?:invoice|entry|transaction|journal\s+entry|contract|purchase\s+order)s?\s+to\s+(?:last|the\s+previous|an?\s+earlier|before)\b/g,
    /antidater\s+(?:la|les|le|cette|ces)\s+(?:facture|écriture|contrat|transaction)s?|falsifier\s+(?:les\s+comptes|la\s+comptabilité|le\s+bilan)|(?:rechnung|buchung|vertrag)\w{0,3}\s+rückdatieren|rückdatieren\s+(?:der|die|den)\s+(?:rechnung|buchung|vertrag)|(?:bilanz|buchhaltung|bücher)\s+fälschen|(?:antedatar|retrofechar)\s+(?:la|las|el|los)\s+(?:factura|asiento|contrato|transacci[oó]n)|falsificar\s+(?:los\s+libros|la\s+contabilidad|el\s+balance)|(?:счёт|счет|документ|договор)\w{0,3}\s+задним\s+числом|задним\s+числом\s+(?:оформ|провед|подпис)|倒签(?:发票|合同|日期)|篡改(?:账目|财务|报表|账簿)|(?:帳簿|決算|財務諸表)を改ざん/g,
  ],
  validate: soxConfidence(0.8),
};

export const soxAuditTrailRule: Rule = {
  id: 'sys-sox-audit-trail-deletion',
  category: 'system_manipulation',
  severity: 'critical',
  owasp: 'LLM06:2025',
  title: 'SOX: deleting or altering audit trails',
  description:
    'Asks to delete, purge, disable or edit audit logs, audit trails, change history or transaction logs. SOX requires these records to be retained and tamper-evident.',
  pack: 'sox',
  confidence: 0.85,
  keywords: ['audit', 'change history', 'transaction log', 'access log', 'journal d\'audit', 'prüfprotokoll', 'auditoría', 'аудит', '审计', '監査'],
  patterns: [
    /\b(?:delete|remove|erase|wipe|purge|clear|truncate|destroy|shred|disable|turn\s+off|tamper\s+with|alter|modify|edit|overwrite|rewrite|scrub)\s+(?:the\s+|all\s+|any\s+|our\s+|these\s+|those\s+)?(?:[a-z]{2,15}\s+)?(?:audit\s+(?:logs?|trails?|records?|history|entries|tables?|events)|change\s+history|transaction\s+logs?|access\s+logs?)\b/g,
    /(?:supprime[rz]?|efface[rz]?|modifie[rz]?)\s+(?:le|les)\s+(?:journaux|journal|pistes?)\s+d'audit|(?:lösche|entferne|ändere)\s+(?:das|die|alle)\s+(?:prüfprotokolle?|audit-?logs?|audit-?trails?)|(?:borra|elimina|modifica)\s+(?:los|el|las)\s+(?:registros?\s+de\s+auditoría|logs?\s+de\s+auditoría)|(?:удали|очисти|измени)(?:те)?\s+(?:журнал\w{0,3}\s+аудита|аудиторск\w{1,4}\s+след\w{0,3})|(?:删除|清除|篡改|修改)(?:所有)?审计(?:日志|记录|跟踪)|監査(?:ログ|証跡)を(?:削除|消去|改ざん|無効)/g,
  ],
  validate: soxConfidence(0.85),
};
