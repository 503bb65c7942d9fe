import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as TreeSitter from '@vscode/tree-sitter-wasm';
import type { CodeLanguage } from '../classify';
import type { SyntaxNode } from './syntax';
import { resolveWasmDir } from './wasm-files';

const GRAMMAR: Record<CodeLanguage, string> = {
  typescript: 'tree-sitter-typescript.wasm',
  tsx: 'tree-sitter-tsx.wasm',
  javascript: 'tree-sitter-javascript.wasm',
  python: 'tree-sitter-python.wasm',
};

type Loaded = { parser: TreeSitter.Parser; languages: Map<CodeLanguage, TreeSitter.Language>; dir: string };
let loading: Promise<Loaded> | undefined;

async function load(): Promise<Loaded> {
  const dir = resolveWasmDir();
  await TreeSitter.Parser.init({ locateFile: (file: string) => join(dir, file) });
  return { parser: new TreeSitter.Parser(), languages: new Map(), dir };
}

/** Initialises the WASM runtime once; later calls share it. A failed load is retried on the next call. */
function runtime(): Promise<Loaded> {
  loading ??= load().catch((e: unknown) => {
    loading = undefined;
    throw e;
  });
  return loading;
}

async function language(rt: Loaded, lang: CodeLanguage): Promise<TreeSitter.Language> {
  let l = rt.languages.get(lang);
  if (!l) {
    l = await TreeSitter.Language.load(readFileSync(join(rt.dir, GRAMMAR[lang])));
    rt.languages.set(lang, l);
  }
  return l;
}

/** Copies the tree through a cursor: one pass, no per-node WASM objects kept. */
function copyTree(tree: TreeSitter.Tree): SyntaxNode {
  const cursor = tree.walk();
  try {
    const make = (parent?: SyntaxNode): SyntaxNode => {
      const field = cursor.currentFieldName;
      return {
        type: cursor.nodeType,
        start: cursor.startIndex,
        end: cursor.endIndex,
        named: cursor.nodeIsNamed,
        ...(field ? { field } : {}),
        ...(parent ? { parent } : {}),
        children: [],
      };
    };
    const root = make();
    let current = root;
    for (;;) {
      if (cursor.gotoFirstChild()) {
        const c = make(current);
        if (c.named || c.field) current.children.push(c);
        current = c;
        continue;
      }
      for (;;) {
        if (cursor.gotoNextSibling()) {
          const parent = current.parent as SyntaxNode;
          const c = make(parent);
          if (c.named || c.field) parent.children.push(c);
          current = c;
          break;
        }
        if (!cursor.gotoParent()) return root;
        current = current.parent as SyntaxNode;
      }
    }
  } finally {
    cursor.delete();
  }
}

/** Parses source code into a plain tree. The first call loads the WASM runtime and grammar. */
export async function parseCode(text: string, lang: CodeLanguage): Promise<SyntaxNode> {
  const rt = await runtime();
  rt.parser.setLanguage(await language(rt, lang));
  const tree = rt.parser.parse(text);
  if (!tree) throw new Error('tree-sitter returned no tree');
  try {
    return copyTree(tree);
  } finally {
    tree.delete();
  }
}

/** Loads the runtime and every grammar ahead of the first scan (the LSP does this at start-up). */
export async function warmUpParsers(): Promise<void> {
  const rt = await runtime();
  for (const lang of Object.keys(GRAMMAR) as CodeLanguage[]) await language(rt, lang);
}
