import { cursorToOffset, resolveOffsetConnection } from '@pothos/plugin-relay';
import { badArgument, checkRange } from './arguments.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageWindow {
  offset: number;
  limit: number;
}

export interface CountedPage<T> {
  items: T[];
  totalCount: number;
}

export interface ConnectionArguments {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/**
 * Resolves a Relay connection from one repository call that returns a page and the total count.
 * `first` above the cap is refused rather than silently shortened, so a client never mistakes a
 * truncated page for the whole answer; a cursor that this kind of list did not hand out is refused.
 */
export async function resolveCountedConnection<T>(
  args: ConnectionArguments,
  fetchPage: (window: PageWindow) => Promise<CountedPage<T>>,
) {
  for (const name of ['first', 'last'] as const) {
    const size = args[name];
    if (size != null) checkRange(name, size, 0, MAX_PAGE_SIZE);
  }
  for (const name of ['after', 'before'] as const) {
    const cursor = args[name];
    if (cursor != null && !isOffsetCursor(cursor)) {
      throw badArgument(name, 'is not a cursor of this list: pass a cursor or endCursor that this field returned.');
    }
  }
  let totalCount = 0;
  const connection = await resolveOffsetConnection(
    { args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE },
    async (window) => {
      const page = await fetchPage(window);
      totalCount = page.totalCount;
      return page.items;
    },
  );
  return { ...connection, totalCount };
}

function isOffsetCursor(cursor: string): boolean {
  try {
    const offset = cursorToOffset(cursor);
    return Number.isSafeInteger(offset) && offset >= 0;
  } catch {
    return false;
  }
}
