import { fileURLToPath, pathToFileURL } from 'node:url';

/** The file-system path of a `file:` URI; other schemes (untitled:, vscode-notebook-cell:) keep their path part. */
export function uriToPath(uri: string): string {
  if (uri.startsWith('file:')) {
    try {
      return fileURLToPath(uri);
    } catch {
      // A malformed URI must not crash the server: fall through to the raw path.
    }
  }
  const i = uri.indexOf(':');
  return decodeURIComponent(i >= 0 ? uri.slice(i + 1).replace(/^\/\/[^/]*/, '') : uri);
}

export function pathToUri(path: string): string {
  return pathToFileURL(path).href;
}
