import { addDays } from './dates.js';
import { PUBLISHERS, slug } from './names.js';
import { streamFor, type Random } from './random.js';
import type { GeneratedEvidence, GeneratedRelation, GeneratedSource } from './types.js';

/**
 * Turns stories (a few related facts) into news reports. Each fact is one sentence of the report and
 * its evidence quotes that sentence's clause verbatim, at its offsets; about a third of the reports
 * are followed up by a second outlet in other words, so those facts have two sources.
 */

/** A relation and two ways a reporter might put it (the first for the report, the second for a follow-up). */
export interface Fact {
  relation: GeneratedRelation;
  wording: readonly [string, string];
}

export interface Story {
  /** Publication day of the first report (ISO). */
  date: string;
  title: string;
  /** Where the report is filed from, e.g. "HARTWELL". */
  dateline: string;
  intro: string;
  facts: Fact[];
}

const MAX_FACTS_PER_REPORT = 24;
const FOLLOW_UP_CHANCE = 0.35;
const CONNECTORS = ['', '', '', 'Meanwhile, ', 'In addition, ', 'Officials confirmed that ', 'As the count showed, ',
  'It was also reported that ', 'Separately, '];
const CLOSINGS = [
  'Further details are expected in the coming days.',
  'The figures were confirmed by the returning officer.',
  'Party officials declined to comment further.',
  'Analysts said the result would be studied closely.',
  'This report will be updated.',
];

export class ReportWriter {
  private readonly random: Random;
  private sequence = 0;

  constructor(seed: number) {
    this.random = streamFor(seed, 'reports');
  }

  write(story: Story): { sources: GeneratedSource[]; evidence: GeneratedEvidence[] } {
    const sources: GeneratedSource[] = [];
    const evidence: GeneratedEvidence[] = [];
    const parts = Math.ceil(story.facts.length / MAX_FACTS_PER_REPORT);
    for (let part = 0; part < parts; part += 1) {
      const facts = story.facts.slice(part * MAX_FACTS_PER_REPORT, (part + 1) * MAX_FACTS_PER_REPORT);
      const title = parts > 1 ? `${story.title} (part ${part + 1} of ${parts})` : story.title;
      const publisher = this.random.pick(PUBLISHERS);
      this.report(sources, evidence, { ...story, title, facts }, publisher, 0, 1);

      if (this.random.chance(FOLLOW_UP_CHANCE)) {
        const followed = facts.filter(() => this.random.chance(0.6));
        if (followed.length === 0) followed.push(this.random.pick(facts));
        const other = PUBLISHERS.filter((name) => name !== publisher);
        const followUp = { ...story, title: `Analysis: ${title}`, facts: followed, date: addDays(story.date, this.random.int(1, 3)) };
        this.report(sources, evidence, followUp, this.random.pick(other), 1, 0.9);
      }
    }
    return { sources, evidence };
  }

  private report(
    sources: GeneratedSource[],
    evidence: GeneratedEvidence[],
    story: Story,
    publisher: string,
    wording: 0 | 1,
    confidence: number,
  ): void {
    this.sequence += 1;
    const key = `gen-source-${this.sequence}`;
    let text = `${story.dateline.toUpperCase()} (${publisher}) — ${story.intro}`;
    for (const fact of story.facts) {
      const connector = this.random.pick(CONNECTORS);
      const words = fact.wording[wording];
      const quote = connector ? words : capitalised(words);
      text += ` ${connector}`;
      const start = text.length;
      text += `${quote}.`;
      evidence.push({ relation: fact.relation.id, source: key, quote, start, end: start + quote.length, confidence });
    }
    text += ` ${this.random.pick(CLOSINGS)}`;
    sources.push({
      key,
      kind: 'NEWS_ARTICLE',
      title: story.title,
      url: `https://news.example.org/${slug(publisher)}/${story.date.replaceAll('-', '/')}/${this.sequence}`,
      publisher,
      publishedAt: story.date,
      publishedAtPrecision: 'DAY',
      text,
    });
  }
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
