/** A small worker pool for tests that check many pages in one browser. */

/** Runs `task` over `items`, `width` at a time, keeping the order of the results. */
export async function inPool<T, R>(items: T[], width: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
  return results;
}
