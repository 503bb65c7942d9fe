/**
 * `re.test(text.slice(from, to))` for many windows of one text, without scanning each window.
 *
 * A validator that asks "is there a disguise word near this secret?" runs once per anchor. With a
 * pattern that has no literal prefix (a hundred alternatives in thirteen languages), each test is a
 * full search of a 360-character window, and a 100 KB text of anchors made exf-secret-request
 * spend 10–17 ms in that one test (session 23). Here windows are tested directly until their total
 * length reaches a quarter of the text's (INDEX_AFTER); then the text is searched once, and a window is tested only where one
 * of those matches overlaps it. (Indexing at the first call made a 100 KB message with a few secret
 * words cost 4 ms instead of 0.6: the whole text searched for a few windows' sake.)
 *
 * Exact for patterns whose matches do not depend on what surrounds them (no lookaround, no ^ $ \b
 * \B): a match inside a window is then also a match in the whole text, and the whole text's
 * leftmost scan finds a match at that place or one that runs over it — so no overlap, no match.
 */
/**
 * Windows are searched one by one until they add up to this share of the text, then the text is searched once. At 1
 * a flood of candidates paid for two full searches (its windows, then the index): 8 of the 12 ms that
 * pi-ignore-previous-instructions took on 100 KB of "anweisungen ignorieren".
 */
const INDEX_AFTER = 0.25;

export class WindowSearch {
  private readonly global: RegExp;
  private text: string | undefined;
  /** Characters of `text` tested window by window so far; the index is built once they reach its length. */
  private scanned = 0;
  private indexed = false;
  private starts: number[] = [];
  private ends: number[] = [];
  /** A pattern that matches the empty string matches in every window. */
  private readonly matchesEmpty: boolean;

  constructor(private readonly re: RegExp) {
    if (/\(\?<?[=!]|\\[bB]|(?<!\[)\^|\$/u.test(re.source)) throw new Error(`WindowSearch needs a context-free pattern: ${re.source.slice(0, 60)}`);
    if (re.global || re.sticky) throw new Error('WindowSearch takes a plain (non-global, non-sticky) pattern');
    this.global = new RegExp(re.source, `${re.flags}g`);
    this.matchesEmpty = re.test('');
  }

  /** Whether `re` matches somewhere in text.slice(from, to). */
  test(text: string, from: number, to: number): boolean {
    if (this.matchesEmpty) return true;
    if (text !== this.text) {
      this.text = text;
      this.scanned = 0;
      this.indexed = false;
    }
    const lo = Math.max(0, from);
    const hi = Math.min(text.length, to);
    if (!this.indexed) {
      this.scanned += Math.max(0, hi - lo);
      if (this.scanned <= text.length * INDEX_AFTER) return lo < hi && this.re.test(text.slice(lo, hi));
      this.index(text);
    }
    // The first match ending after the window's start; it must also start before the window's end.
    const { starts, ends } = this;
    let a = 0;
    let b = ends.length;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (ends[mid] > lo) b = mid;
      else a = mid + 1;
    }
    if (a === ends.length || starts[a] >= hi) return false;
    return this.re.test(text.slice(lo, hi));
  }

  private index(text: string): void {
    this.indexed = true;
    const starts: number[] = [];
    const ends: number[] = [];
    const g = this.global;
    g.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = g.exec(text)) !== null) {
      starts.push(m.index);
      ends.push(m.index + m[0].length);
    }
    this.starts = starts;
    this.ends = ends;
  }
}
