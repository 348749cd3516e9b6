/**
 * A passage of `text` at most `length` characters long: centred on the first occurrence of `around`
 * when given (null when it does not occur), else from the beginning. Its ends move inward to the
 * nearest space when one is close, so words are not cut; an ellipsis marks text left out.
 */
export function excerpt(text: string, around: string | null, length: number): string | null {
  let start = 0;
  if (around !== null) {
    const found = text.indexOf(around);
    if (found < 0) return null;
    start = Math.max(0, Math.min(found - Math.floor((length - around.length) / 2), text.length - length));
  }
  let end = Math.min(text.length, start + length);
  const slack = Math.floor(length / 5);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space - start < slack && (around === null || space < text.indexOf(around, start))) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start && end - space < slack && (around === null || space >= text.indexOf(around, start) + around.length)) end = space;
  }
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}
