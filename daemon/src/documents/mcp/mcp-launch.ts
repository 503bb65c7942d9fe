/**
 * How an MCP server is launched: does the command fetch code that can change under it? `npx -y
 * pkg` and `uvx pkg` without a version run whatever the registry serves today; `curl … | sh` runs
 * whatever the URL serves.
 */
export interface LaunchProblem {
  /** Index into the argument list (−1: the command itself). */
  arg: number;
  message: string;
}

const NPM_RUNNERS = new Set(['npx', 'bunx', 'pnpx']);
const EXACT_SEMVER = /^v?\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$/;
const PIPE_TO_SHELL =
  /\b(?:curl|wget)\b[^|;&\n]*\|\s*(?:sudo\s+)?(?:ba|z|da|k|fi)?sh\b|\$\(\s*(?:curl|wget)\b|`\s*(?:curl|wget)\b|\b(?:iwr|irm|invoke-webrequest|invoke-restmethod)\b[^|\n]*\|\s*iex\b|\biex\b[^\n]*\b(?:iwr|irm|downloadstring)\b/i;

function baseCommand(command: string): string {
  return command.replace(/\\/g, '/').split('/').pop()?.toLowerCase().replace(/\.(?:cmd|exe|bat|ps1)$/, '') ?? '';
}

/** An npm package spec is pinned when it names an exact version, a local path or a commit. */
export function npmSpecPinned(spec: string): boolean {
  if (/^(?:\.|\/|~|file:|[A-Za-z]:\\)/.test(spec)) return true;
  if (/^(?:git\+|https?:|github:)/.test(spec)) return /#[0-9a-f]{7,40}$/i.test(spec);
  const at = spec.lastIndexOf('@');
  if (at <= 0) return false;
  return EXACT_SEMVER.test(spec.slice(at + 1));
}

/** A Python tool spec is pinned by `==x.y.z`, `@x.y.z` or a commit. */
export function pySpecPinned(spec: string): boolean {
  if (/^(?:\.|\/|~|file:)/.test(spec)) return true;
  if (/^git\+/.test(spec)) return /@[0-9a-f]{7,40}$/i.test(spec);
  const m = /(?:==|@)\s*([^,;\s]+)$/.exec(spec);
  return m !== null && !spec.includes('@latest') && /^\d+(?:\.\d+)*(?:[a-z]+\d*)?$/i.test(m[1]);
}

/** First package spec of an npx-style argument list and its index. */
function npxPackage(args: readonly string[], from: number): { spec: string; index: number; auto: boolean } | undefined {
  let auto = false;
  for (let i = from; i < args.length; i++) {
    const a = args[i];
    if (a === '-y' || a === '--yes') auto = true;
    else if (a === '-p' || a === '--package') return i + 1 < args.length ? { spec: args[i + 1], index: i + 1, auto } : undefined;
    else if (a.startsWith('--package=')) return { spec: a.slice('--package='.length), index: i, auto };
    else if (a === '--') continue;
    else if (!a.startsWith('-')) return { spec: a, index: i, auto };
  }
  return undefined;
}

function uvxPackage(args: readonly string[], from: number): { spec: string; index: number } | undefined {
  for (let i = from; i < args.length; i++) {
    const a = args[i];
    if (a === '--from') return i + 1 < args.length ? { spec: args[i + 1], index: i + 1 } : undefined;
    if (a.startsWith('--from=')) return { spec: a.slice('--from='.length), index: i };
    if (/^--(?:python|with|index-url|extra-index-url|directory|env-file)$/.test(a) || a === '-p') i++;
    else if (!a.startsWith('-')) return { spec: a, index: i };
  }
  return undefined;
}

export function launchProblem(command: string, args: readonly string[]): LaunchProblem | undefined {
  const cmd = baseCommand(command);
  const full = [command, ...args].join(' ');
  if (PIPE_TO_SHELL.test(full)) {
    const i = args.findIndex((a) => PIPE_TO_SHELL.test(a) || /\b(?:curl|wget|iwr|irm|invoke-webrequest)\b/i.test(a));
    return { arg: i, message: 'is started by piping a download into a shell: every start runs whatever that URL serves' };
  }
  let npmFrom = -1;
  if (NPM_RUNNERS.has(cmd)) npmFrom = 0;
  else if ((cmd === 'pnpm' || cmd === 'yarn') && args[0] === 'dlx') npmFrom = 1;
  else if (cmd === 'npm' && (args[0] === 'exec' || args[0] === 'x')) npmFrom = 1;
  if (npmFrom >= 0) {
    const p = npxPackage(args, npmFrom);
    if (p && !npmSpecPinned(p.spec)) {
      const how = p.auto ? `${cmd} -y installs it without asking` : `${cmd} fetches it`;
      return { arg: p.index, message: `runs "${p.spec}" from npm without a pinned version (${how}, whatever version is latest): pin an exact version such as ${p.spec.replace(/@[^@/]*$/, '')}@1.2.3` };
    }
    return undefined;
  }
  let pyFrom = -1;
  if (cmd === 'uvx') pyFrom = 0;
  else if (cmd === 'uv' && args[0] === 'tool' && args[1] === 'run') pyFrom = 2;
  else if (cmd === 'pipx' && args[0] === 'run') pyFrom = 1;
  if (pyFrom >= 0) {
    const p = uvxPackage(args, pyFrom);
    if (p && !pySpecPinned(p.spec)) {
      return { arg: p.index, message: `runs "${p.spec}" from PyPI without a pinned version (${cmd} fetches whatever version is latest): pin it as ${p.spec.replace(/@.*$/, '')}==1.2.3` };
    }
  }
  return undefined;
}
