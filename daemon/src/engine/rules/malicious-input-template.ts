import type { Rule } from './rule';
import type { TextView } from '../normalize/text-view';
import { explanationFactor, isElidedUrl, isWholeMessage } from './malicious-input-context';

/**
 * Server-side template and expression-language injection: arithmetic probes ({{7*7}},
 * ${7*7}, <%= 7*7 %>), Python object-graph walks ({{''.__class__.__mro__}}), config and
 * request leaks, and engine-specific command execution (Jinja, Mako, Twig, Freemarker,
 * Velocity, Spring EL, ERB, Smarty, Handlebars), plus Log4Shell JNDI lookups.
 */

function probeConfidence(m: RegExpExecArray, view: TextView): number {
  const g = m.groups ?? {};
  let conf = 0.9;
  if (g.math !== undefined) {
    // `${60*60}` inside a JS template literal is plausible code; `{{7*7}}` or a bare probe is not.
    conf = m[0].startsWith('${') && !m[0].startsWith('${{') ? 0.6 : 0.8;
    if (isWholeMessage(view.text, m.index, m.index + m[0].length)) conf = 0.85;
  } else if (g.leak !== undefined) {
    conf = 0.8;
  }
  return conf * explanationFactor(view.text, m.index, m.index + m[0].length);
}

export const templateInjectionRule: Rule = {
  id: 'inj-template-injection',
  category: 'malicious_input',
  severity: 'critical',
  owasp: 'LLM05:2025',
  title: 'Server-side template / expression-language injection',
  description:
    "Template syntax that evaluates attacker input on the server: {{7*7}}-style probes, {{config}} leaks, Python object-graph escapes ({{''.__class__.__mro__[1].__subclasses__()}}), and engine-specific command execution (Jinja {% import os %}, Mako ${os.system()}, Freemarker Execute, Spring T(java.lang.Runtime), Twig _self.env, ERB <%= system() %>, a Helm value that reads the cluster's secrets with lookup \"v1\" \"Secret\" or a credential with env).",
  confidence: 0.9,
  keywords: ['{{', '{%', '${', '#{', '*{', '<%', '[[', '@(', '__', 'freemarker', 'java.lang', 'getclass', '_self', 'constructor', '{php}', '{system', '#set', '$class', '{$', 'mainmodule', 'child_process'],
  patterns: [
    // Arithmetic probes inside template delimiters.
    /(?<math>(?:\{\{=?|\$\{\{?|#\{|\*\{|@\{|\[\[|<%=?|@\()\s*['"]?\d{1,5}['"]?\s*[*+]\s*['"]?\d{1,5}['"]?\s*(?:\}\}\}?|\}|%>|\]\]|\)))/g,
    // Python object-graph walk, also spaced (`.__ class __`).
    // (Lookbehinds sit after the rare token so they only run where it occurs.)
    /__\s*(?:class|mro|subclasses|globals|builtins|import|base|bases|init|getattribute|dict)\s*__(?<=(?:\{\{|\{%|\$\{|#\{)[^}\n]{0,220})/g,
    /(?:''|""|\[\]|\(\)|\{\})\s*\.\s*__class__|\b__class__\s*\.\s*__(?:mro|base|bases)__|\b__init__\s*\.\s*__globals__|\b__globals__\s*\[\s*['"](?:os|sys|__builtins__)['"]|\b__builtins__\s*\[\s*['"]__import__|\b__subclasses__\s*\(\s*\)\s*\[\s*\d|\.(?:subclasses\s*\(\s*\)|mro\s*\(\s*\)|class\.(?:base|mro)\b)(?<=(?:\{\{|\{%|\$\{)[^}\n]{0,120})/g,
    // Config / request object leaks.
    /(?<leak>\{\{\s*(?:config|self|settings)(?:\.items\(\)|\.secret_key)?\s*\}\}|\|\s*attr\s*\((?<=\{\{[^}\n]{0,80})|\{\{\s*(?:dump\s*\(\s*app\b|app\.request\.(?:server|query|headers|cookies)\b))/g,
    // Engine-specific command execution.
    /(?:\bos\.(?:system|popen)|\bsubprocess\b|__import__|\bpopen\s*\(|\bimport\s+os\b)(?<=\{%[^%\n]{0,220})/g,
    /\bos\.(?:system|popen)\s*\((?<=\$\{[^}\n]{0,220})|<%\s*import\s+os\s*%>/g,
    /\bfreemarker\.template\.utility\.(?:execute|objectconstructor|jythonruntime)\b|<#assign\b[^>\n]{0,80}?\?new\s*\(\s*\)/g,
    /\bt\s*\(\s*java\.lang\.(?:runtime|system|processbuilder|class|thread)\s*\)|\.getclass\s*\(\s*\)\s*\.forname\s*\(|(?:runtime\.getruntime\s*\(\s*\)\s*\.exec|new\s+java\.lang\.processbuilder|java\.lang\.runtime)(?<=(?:\$\{|#\{|\{\{|\*\{)[^}\n]{0,260})/g,
    /\b_self\.env\.(?:registerundefinedfiltercallback|getfilter)\b|\|\s*(?:filter|map|sort|reduce)\s*\(\s*['"](?:system|exec|passthru|shell_exec)['"](?<=\{\{[^}\n]{0,120})/g,
    /#set\s*\(\s*\$\w{1,30}\s*=[^)\n]{0,120}?\.getclass\s*\(|\$class\.inspect\s*\(/g,
    /<%=?\s*(?:system|exec|`|%x|io\.popen|file\.(?:open|read)|dir\.entries|eval)\b|<%=?\s*`/g,
    /\{php\}|\{system\s*\(|\{\$smarty\.version\}|\{\{#with\s+['"]s['"]\s+as\s+\|\w+\|\}\}|\bconstructor\s*\.\s*constructor\s*\(|\{\{\s*\$on\.constructor/g,
    // Go templates (Helm, Sprig): a value rendered by the chart that reads the cluster's secrets or the renderer's credentials.
    /\blookup\s+["']v1["']\s+["']secrets?["'](?<=\{\{[^}\n]{0,60})|\b(?:env|expandenv)\s+["'][\w-]{0,40}(?:secret|token|password|passwd|credential|private[_-]?key|access[_-]?key)[\w-]{0,40}["'](?<=\{\{[^}\n]{0,40})/g,
    // JavaScript engines (Handlebars, Pug, Nunjucks, AngularJS): the Function constructor or Node's process reached from inside the template.
    /(?:\bconstructor\s*\(\s*['"]return\s+(?:process|this|global)\b|\bprocess\.mainmodule\b|\brequire\s*\(\s*['"]child_process['"]\s*\)|\bchild_process['"]?\s*\)?\s*\.\s*(?:exec|execsync|spawn|spawnsync)\b)(?<=(?:\{\{|\$\{|#\{|<%)[^}\n]{0,220})/g,
  ],
  validate: probeConfidence,
};

export const jndiLookupRule: Rule = {
  id: 'inj-jndi-lookup',
  category: 'malicious_input',
  severity: 'critical',
  owasp: 'LLM05:2025',
  title: 'Log4Shell JNDI lookup',
  description:
    'A ${jndi:ldap://…} lookup or its nested-lookup obfuscations (${${lower:j}ndi:…}, ${${::-j}…}). Logged by a vulnerable Log4j it loads and runs a remote class (CVE-2021-44228).',
  confidence: 0.95,
  keywords: ['${'],
  patterns: [/\$\{\s*jndi\s*:|\$\{\s*\$\{\s*(?:lower|upper|::-|env:[^}\n]{0,40}:-|date:|sys:[^}\n]{0,40}:-)/g],
  // "${jndi:ldap://...}" with the host left out names the payload (an explanation), it does not deliver one.
  validate: (m, view) => (isElidedUrl(view.text, m.index + m[0].length) ? 0.5 : 0.95) * explanationFactor(view.text, m.index, m.index + m[0].length),
};
