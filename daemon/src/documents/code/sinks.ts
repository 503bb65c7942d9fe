import { calleeText, keywordArg, lastSegment, literalText, pairValue, positionalArgs, receiverName, type LangSyntax } from './lang';
import { child, type SyntaxNode } from './syntax';

export type SinkKind = 'code' | 'shell' | 'sql' | 'html' | 'file';

export interface Sink {
  kind: SinkKind;
  /** What the sink is, for the message: `eval()`, `child_process.exec()`, `innerHTML`. */
  label: string;
  /** The expressions that must not carry model output. */
  args: SyntaxNode[];
}

const ADVICE: Record<SinkKind, string> = {
  code: 'never execute model output; parse it into data and act on an allow-list',
  shell: 'never pass model output to a shell; use an allow-list of commands and argument arrays without a shell',
  sql: 'use a parameterized query and pass model output only as a bound parameter',
  html: 'render it as text (textContent) or sanitize it (DOMPurify) first',
  file: 'never let the model choose a path; map its answer onto an allow-listed directory and file name',
};

export function sinkAdvice(kind: SinkKind): string {
  return ADVICE[kind];
}

const STRINGISH = new Set(['string', 'template_string', 'binary_expression', 'binary_operator', 'identifier', 'call_expression', 'call', 'member_expression', 'attribute', 'subscript_expression', 'subscript', 'await_expression', 'await', 'concatenated_string', 'parenthesized_expression']);

function first(args: SyntaxNode[]): SyntaxNode[] {
  return args.length > 0 ? [args[0]] : [];
}

/** `{ shell: true }` among a JS call's arguments. */
function jsShellOption(src: string, args: SyntaxNode[]): boolean {
  return args.some((a) => a.type === 'object' && /^true$/.test(src.slice(pairValue(src, a, 'shell')?.start ?? 0, pairValue(src, a, 'shell')?.end ?? 0)));
}

const FS_OBJECT = /^(?:fs|fsp|fsPromises|promises|fse|fsExtra|fs-extra|graceful)$/;
const FS_WRITE = /^(?:writeFile|writeFileSync|appendFile|appendFileSync|createWriteStream|rm|rmSync|unlink|unlinkSync|rmdir|rmdirSync|rename|renameSync|copyFile|copyFileSync|cp|cpSync|outputFile|outputFileSync|remove|removeSync)$/;
const SQL_METHOD = /^(?:query|execute|executemany|executescript|exec|raw|unsafe|\$queryRawUnsafe|\$executeRawUnsafe|queryRaw|read_sql|read_sql_query|prepare)$/;
const SQL_RECEIVER = /db|database|sql|conn|connection|client|pool|cursor|cur|session|engine|knex|sequelize|prisma|pg|mysql|tx|trx|transaction|pd|pandas/i;

function jsCallSink(src: string, call: SyntaxNode, callee: string): Sink | undefined {
  const method = lastSegment(callee);
  const recv = receiverName(callee);
  const args = positionalArgs(call);
  const isNew = call.type === 'new_expression';
  if (callee === 'eval' || callee === 'window.eval' || callee === 'globalThis.eval') return { kind: 'code', label: 'eval()', args: first(args) };
  if (callee === 'Function' || (isNew && method === 'Function')) return { kind: 'code', label: 'new Function()', args };
  if ((callee === 'setTimeout' || callee === 'setInterval') && args[0]?.type !== 'arrow_function' && args[0]?.type !== 'function_expression') {
    return { kind: 'code', label: `${callee}() with a string`, args: first(args) };
  }
  if (recv === 'vm' && /^(?:runInNewContext|runInThisContext|runInContext|compileFunction)$/.test(method)) return { kind: 'code', label: `vm.${method}()`, args: first(args) };
  if (isNew && callee === 'vm.Script') return { kind: 'code', label: 'new vm.Script()', args: first(args) };
  const cp = recv === '' || /child_?process|^cp$|^proc$|shell|shelljs/i.test(recv);
  if (cp && /^(?:exec|execSync)$/.test(method) && !(recv === '' && args.length === 0)) return { kind: 'shell', label: `${recv ? `${recv}.` : ''}${method}()`, args: first(args) };
  if (cp && /^(?:spawn|spawnSync|execFile|execFileSync)$/.test(method) && jsShellOption(src, args)) return { kind: 'shell', label: `${method}() with shell: true`, args: args.slice(0, 2) };
  if (/^(?:execaCommand|execaCommandSync)$/.test(method)) return { kind: 'shell', label: `${method}()`, args: first(args) };
  if ((FS_OBJECT.test(recv) || recv === '') && FS_WRITE.test(method)) {
    const paths = /^(?:rename|renameSync|copyFile|copyFileSync|cp|cpSync)$/.test(method) ? args.slice(0, 2) : first(args);
    return { kind: 'file', label: `${recv ? `${recv}.` : ''}${method}()`, args: paths };
  }
  if (recv !== '' && SQL_METHOD.test(method) && (SQL_RECEIVER.test(recv) || /^(?:query|execute|raw|unsafe|\$queryRawUnsafe|\$executeRawUnsafe)$/.test(method))) {
    const a = args[0];
    if (a && STRINGISH.has(a.type)) return { kind: 'sql', label: `${method}()`, args: [a] };
  }
  if (method === 'insertAdjacentHTML') return { kind: 'html', label: 'insertAdjacentHTML()', args: args.slice(1, 2) };
  if (callee === 'document.write' || callee === 'document.writeln') return { kind: 'html', label: `${callee}()`, args };
  if (method === 'html' && /^\$|jQuery|^\$\w*/.test(callee) && args.length > 0) return { kind: 'html', label: 'jQuery .html()', args: first(args) };
  return undefined;
}

const WRITE_MODE = /[wax+]/;

function pyCallSink(src: string, call: SyntaxNode, callee: string): Sink | undefined {
  const method = lastSegment(callee);
  const recv = receiverName(callee);
  const args = positionalArgs(call);
  if (callee === 'eval' || callee === 'exec' || callee === 'compile' || callee === 'builtins.eval' || callee === 'builtins.exec') return { kind: 'code', label: `${callee}()`, args: first(args) };
  if (callee === 'os.system' || callee === 'os.popen' || callee === 'commands.getoutput' || callee === 'subprocess.getoutput' || callee === 'subprocess.getstatusoutput') {
    return { kind: 'shell', label: `${callee}()`, args: first(args) };
  }
  if (/^(?:asyncio\.)?create_subprocess_shell$/.test(callee)) return { kind: 'shell', label: 'create_subprocess_shell()', args: first(args) };
  if ((recv === 'subprocess' || recv === 'sp' || recv === '') && /^(?:run|call|Popen|check_output|check_call)$/.test(method)) {
    const shell = keywordArg(src, call, 'shell');
    if (shell && src.slice(shell.start, shell.end) === 'True') {
      const cmd = args[0] ?? keywordArg(src, call, 'args');
      return { kind: 'shell', label: `subprocess.${method}(shell=True)`, args: cmd ? [cmd] : [] };
    }
  }
  if (callee === 'open' || callee === 'io.open' || callee === 'codecs.open' || callee === 'aiofiles.open') {
    const mode = args[1] ?? keywordArg(src, call, 'mode');
    const m = literalText(src, mode);
    if (m !== undefined && WRITE_MODE.test(m)) return { kind: 'file', label: `open(…, '${m}')`, args: first(args) };
  }
  if ((recv === 'os' || recv === 'shutil') && /^(?:remove|unlink|rmdir|removedirs|rename|replace|makedirs|rmtree|move|copy|copyfile|copy2|copytree)$/.test(method)) {
    return { kind: 'file', label: `${recv}.${method}()`, args: /^(?:rename|replace|move|copy|copyfile|copy2|copytree)$/.test(method) ? args.slice(0, 2) : first(args) };
  }
  if (/^(?:write_text|write_bytes|unlink|rmdir|rename|touch|mkdir)$/.test(method)) {
    // `str.replace`-style names are everywhere: only a Path(...) or a variable named like a path counts.
    const fn = child(call, 'function');
    const target = fn ? child(fn, 'object') : undefined;
    const pathLike = target?.type === 'call' ? /^(?:Path|pathlib\.Path|PurePath)$/.test(calleeText(src, target)) : target?.type === 'identifier' && /path|file|dir|folder|dest|target|output/i.test(src.slice(target.start, target.end));
    if (target && pathLike) return { kind: 'file', label: `Path.${method}()`, args: [target] };
  }
  if (recv !== '' && SQL_METHOD.test(method) && SQL_RECEIVER.test(recv)) {
    const a = args[0];
    if (a && STRINGISH.has(a.type)) return { kind: 'sql', label: `${method}()`, args: [a] };
  }
  if (/^(?:Markup|mark_safe|render_template_string|HTMLResponse|SafeString)$/.test(method)) return { kind: 'html', label: `${method}()`, args: first(args).concat(keywordArg(src, call, 'content') ?? []) };
  if (/^(?:st\.markdown|st\.write|streamlit\.markdown)$/.test(callee)) {
    const unsafe = keywordArg(src, call, 'unsafe_allow_html');
    if (unsafe && src.slice(unsafe.start, unsafe.end) === 'True') return { kind: 'html', label: `${callee}(unsafe_allow_html=True)`, args: first(args) };
  }
  return undefined;
}

/** The sink a node writes to, if any: calls, `el.innerHTML = …`, `dangerouslySetInnerHTML={{__html: …}}`. */
export function sinkOf(src: string, node: SyntaxNode, lang: LangSyntax): Sink | undefined {
  if (lang.call.has(node.type)) {
    const callee = calleeText(src, node);
    if (!callee) return undefined;
    return lang.python ? pyCallSink(src, node, callee) : jsCallSink(src, node, callee);
  }
  if (!lang.python && (node.type === 'assignment_expression' || node.type === 'augmented_assignment_expression')) {
    const left = child(node, 'left');
    const right = child(node, 'right');
    if (left?.type === 'member_expression' && right) {
      const prop = child(left, 'property');
      const name = prop ? src.slice(prop.start, prop.end) : '';
      if (name === 'innerHTML' || name === 'outerHTML') return { kind: 'html', label: name, args: [right] };
    }
  }
  if (node.type === 'jsx_attribute') {
    const name = node.children[0];
    if (name && src.slice(name.start, name.end) === 'dangerouslySetInnerHTML') {
      const value = node.children[node.children.length - 1];
      if (value && value !== name) return { kind: 'html', label: 'dangerouslySetInnerHTML', args: [value] };
    }
  }
  return undefined;
}
