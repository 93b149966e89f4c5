import { describe, expect, it } from 'vitest';
import { createRng } from '@tributary/sandbox';
import { OUTCOMES, summaryFor, type Tone } from './sandbox/content.js';
import { summarySentiment } from './sentiment.js';

const summary = (outcome: string) =>
  `## Acme / Tributary: Pricing review\n\n### Summary\n${outcome}\n\n### Next steps\n- Share the recap\n`;

describe('meeting sentiment, computed by Tributary from the summary', () => {
  it('reads a summary of an enthusiastic call as positive and a troubled one as negative', () => {
    expect(summarySentiment(summary('Great call: they love the reporting and want to expand to two more teams.'))).toEqual({
      label: 'positive',
      score: expect.any(Number),
      method: 'afinn-165',
      source: 'fathom_summary',
      computedBy: 'tributary',
    });
    const troubled = summarySentiment(
      summary('They reported repeated outages, are unhappy with support response times, and threatened to cancel.'),
    );
    expect(troubled).toMatchObject({ label: 'negative' });
    expect(troubled?.score).toBeLessThan(-0.1);
  });

  it('reads a factual summary as neutral, and a negated compliment as negative', () => {
    const factual = summarySentiment(summary('The team walked through the agenda and scheduled a follow-up for next week.'));
    expect(factual).toMatchObject({ label: 'neutral' });
    expect(factual?.score).toBe(0);
    expect(summarySentiment('The customer is not happy with the rollout.')).toMatchObject({ label: 'negative' });
  });

  it('does not count words that name business things as feelings', () => {
    // AFINN-165 rates "support" +2 and "prospect" +1: a complaint about support is not praise.
    expect(summarySentiment('The prospect is frustrated with support.')).toMatchObject({ label: 'negative' });
  });

  it('ignores headings and links, and has nothing to say without text', () => {
    expect(
      summarySentiment('## Great Wonderful Amazing Review\n\n- [Agenda](https://fathom.video/calls/1?timestamp=good) covered'),
    ).toMatchObject({
      label: 'neutral',
      score: 0,
    });
    expect(summarySentiment('')).toBeUndefined();
    expect(summarySentiment(null)).toBeUndefined();
    expect(summarySentiment('### Summary\n')).toBeUndefined();
  });

  it('labels every summary the simulator writes with the tone of the meeting it describes', () => {
    for (const [tone, outcomes] of Object.entries(OUTCOMES) as [Tone, readonly string[]][]) {
      for (let seed = 0; seed < outcomes.length * 8; seed++) {
        const markdown = summaryFor(createRng(seed), 'Cedarrobotics / Acme: Renewal', tone).markdown_formatted;
        expect([tone, summarySentiment(markdown)?.label]).toEqual([tone, tone]);
      }
    }
  });
});
