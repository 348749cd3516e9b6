import type { StoredSource } from '../model/relation.js';
import type { SourceRepository } from '../repositories/source-repository.js';
import type { ReadCache } from './cache.js';

/** Sources, one request's view; a source's text is read apart, only when a field needs it. */
export class SourceReads {
  constructor(
    private readonly cache: ReadCache,
    private readonly repository: SourceRepository,
  ) {}

  byKey(key: string): Promise<StoredSource | null> {
    return this.cache.sourceByKey.load(key);
  }

  /** The full text (up to millions of characters); null when the source has none. */
  text(key: string): Promise<string | null> {
    return this.cache.sourceText.load(key);
  }

  /** All sources, newest first, undated ones last. */
  async list(window: { offset: number; limit: number }): Promise<{ totalCount: number; sources: StoredSource[] }> {
    const page = await this.repository.list(window);
    for (const source of page.sources) this.cache.sourceByKey.prime(source.key, source);
    return page;
  }
}
