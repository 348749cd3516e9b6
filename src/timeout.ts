/**
 * `work`'s outcome, or `late()`'s when `work` has not settled within `ms` (a throw from `late` rejects).
 * `work` itself goes on; the timer is cleared either way, so it never holds the process open.
 */
export function settleWithin<T, U = never>(work: PromiseLike<T>, ms: number, late: () => U): Promise<T | U> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<U>((resolve, reject) => {
    timer = setTimeout(() => {
      try {
        resolve(late());
      } catch (error) {
        reject(error);
      }
    }, ms);
  });
  return Promise.race([Promise.resolve(work), timedOut]).finally(() => clearTimeout(timer));
}
