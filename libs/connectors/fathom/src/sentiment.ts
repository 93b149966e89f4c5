import Sentiment from 'sentiment';

/** How Tributary rates a meeting: Fathom has no sentiment field, so this is computed here, and says so. */
export const SENTIMENT_METHOD = 'afinn-165';
/** Average valence per word at or beyond which a summary reads positive (or, negated, negative). */
export const SENTIMENT_THRESHOLD = 0.1;

export interface MeetingSentiment {
  label: 'positive' | 'neutral' | 'negative';
  /** AFINN-165 valence per word of the summary, from -5 (very negative) to +5. */
  score: number;
  method: typeof SENTIMENT_METHOD;
  source: 'fathom_summary';
  computedBy: 'tributary';
}

/**
 * Words AFINN-165 rates that name things, not feelings, in sales and
 * customer meetings ("the support team", "a prospect", "share the deck"):
 * rated 0 here.
 */
export const MEETING_NEUTRAL_WORDS: Readonly<Record<string, number>> = { support: 0, prospect: 0, prospects: 0, share: 0, shared: 0 };

/** The summary's prose: headings (template section names) and links (recording timestamps) carry no sentiment. */
function prose(markdown: string): string {
  return markdown
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/https?:\/\/\S+/g, ' ');
}

/**
 * The sentiment of a meeting from Fathom's summary, computed by Tributary
 * with the AFINN-165 word list (the `sentiment` package: English words rated
 * -5..+5, with negation handled, "not happy" counts as negative; a few
 * words that name business things are neutral, see MEETING_NEUTRAL_WORDS): the
 * average valence per word, labelled positive at or above 0.1, negative at
 * or below -0.1, neutral between (one mildly rated word in a factual
 * summary stays neutral). Undefined without summary text. English
 * only: other languages read as neutral.
 *
 * @example
 * summarySentiment('They love the reporting and want to expand.') // { label: 'positive', score: 0.375, ... }
 */
export function summarySentiment(markdown: string | null | undefined): MeetingSentiment | undefined {
  const text = prose(markdown ?? '').trim();
  if (!text) return undefined;
  const { comparative } = new Sentiment().analyze(text, { extras: { ...MEETING_NEUTRAL_WORDS } });
  const score = Math.round(comparative * 1000) / 1000;
  const label = score >= SENTIMENT_THRESHOLD ? 'positive' : score <= -SENTIMENT_THRESHOLD ? 'negative' : 'neutral';
  return { label, score, method: SENTIMENT_METHOD, source: 'fathom_summary', computedBy: 'tributary' };
}
