import { isAbsolute, relative, sep } from 'node:path';

/** A report path: relative to the working folder when inside it, with forward slashes. */
export function displayPath(file: string, cwd: string): string {
  if (file.startsWith('<')) return file;
  const path = isAbsolute(file) ? relative(cwd, file) : file;
  const shown = path.startsWith('..') || isAbsolute(path) ? file : path;
  return shown.split(sep).join('/');
}
