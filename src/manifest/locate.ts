import type { SourceRange } from '../findings.js';
import type { TextSpan } from './read.js';

/** Turns offsets in a file's text into 1-based line and column, as editors show them. */
export class LineIndex {
  private readonly lineStarts: number[] = [0];
  private readonly bom: boolean;

  constructor(text: string) {
    this.bom = text.charCodeAt(0) === 0xfeff;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) this.lineStarts.push(i + 1);
      else if (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a) this.lineStarts.push(i + 1);
    }
  }

  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    // Editors do not count a byte-order mark as a column.
    const column = offset - this.lineStarts[low]! + 1 - (low === 0 && this.bom && offset > 0 ? 1 : 0);
    return { line: low + 1, column };
  }

  range(span: TextSpan): SourceRange {
    const start = this.position(span.start);
    const end = this.position(Math.max(span.end, span.start));
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  }
}
