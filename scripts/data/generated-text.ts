/**
 * Helpers of the generated training families (benign-structured-data.ts, benign-dev-docs.ts,
 * everyday-customer-service.ts, everyday-localization.ts). They draw from a seededRandom, so the
 * same rows come out on every run and training stays reproducible.
 */

/** One element of `list`, drawn with `rnd`. */
export function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)];
}

/** Up to `count` distinct texts made by `make(i)`, in the order made; gives up after count × 20 draws. */
export function distinctTexts(count: number, make: (i: number) => string): string[] {
  const seen = new Set<string>();
  const texts: string[] = [];
  for (let i = 0; texts.length < count && i < count * 20; i++) {
    const text = make(i);
    if (seen.has(text)) continue;
    seen.add(text);
    texts.push(text);
  }
  return texts;
}
