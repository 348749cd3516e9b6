import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';

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

interface ConnectionArguments {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/**
 * Resolves a Relay connection from one repository call that returns a page and the total count.
 * `first` above the cap is refused rather than silently shortened, so a client never mistakes a
 * truncated page for the whole answer.
 */
export async function resolveCountedConnection<T>(
  args: ConnectionArguments,
  fetchPage: (window: PageWindow) => Promise<CountedPage<T>>,
) {
  for (const name of ['first', 'last'] as const) {
    const size = args[name];
    if (size != null && (size < 0 || size > MAX_PAGE_SIZE)) {
      throw new GraphQLError(`Argument "${name}" must be between 0 and ${MAX_PAGE_SIZE}, got ${size}.`, {
        extensions: { code: 'BAD_USER_INPUT', argumentName: name },
      });
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
