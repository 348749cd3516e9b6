import { GraphQLError } from 'graphql';

/**
 * How many bytes one response may hold (MAX_RESPONSE_BYTES). The complexity estimate is checked
 * before anything runs but cannot know how long a source's text is; so the fields that can be large
 * spend from this budget as they resolve, and one past it is refused with RESPONSE_TOO_LARGE before
 * its text joins the answer. The whole response is measured once more when it is complete
 * (useResponseSizeLimit in src/operation-limits.ts).
 */
export class ResponseBudget {
  private spent = 0;

  constructor(readonly limitBytes: number) {}

  /** Counts `text` against the budget, or refuses it, naming the field. */
  spend(text: string, field: string): string {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (this.spent + bytes > this.limitBytes) throw responseTooLarge(this.limitBytes, `${field} would take it past that`);
    this.spent += bytes;
    return text;
  }
}

export function responseTooLarge(limitBytes: number, detail: string): GraphQLError {
  return new GraphQLError(
    `The response is limited to ${formatBytes(limitBytes)} and ${detail}. Ask for fewer items or fields; for a source's words, ask for Source.excerpt or Source.textLength instead of Source.text.`,
    { extensions: { code: 'RESPONSE_TOO_LARGE', limitBytes } },
  );
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB` : `${Math.round(bytes / 1024)} KiB`;
}
