// The aspect lexicon (lib/summarise/aspects/data/aspect-lexicon.json): its hygiene, and what it finds.
import { describe, expect, test } from 'vitest';
import { ASPECT_DOMAINS, aspectsIn, domainOfKind, textDomain } from '../../lib/summarise/aspects';
import lexicon from '../../lib/summarise/aspects/data/aspect-lexicon.json';

const DOMAINS = ['screen', 'book', 'product', 'stay', 'service', 'food', 'game', 'album'];

describe('aspect-lexicon.json', () => {
  test('every entry names an aspect, known domains and lower-case, trimmed, distinct terms', () => {
    for (const a of lexicon.aspects) {
      expect(a.aspect).toMatch(/^[a-z][a-z ]*[a-z]$/);
      expect(a.domains.length).toBeGreaterThan(0);
      for (const d of a.domains) expect(DOMAINS).toContain(d);
      expect(new Set(a.terms).size).toBe(a.terms.length);
      for (const t of a.terms) expect(t).toBe(t.trim().toLowerCase());
    }
    expect([...ASPECT_DOMAINS].sort()).toEqual([...DOMAINS].sort());
  });

  test('within a domain, a term names one aspect', () => {
    const owner = new Map<string, string>();
    for (const a of lexicon.aspects) {
      for (const d of a.domains) {
        for (const t of a.terms) {
          const key = `${d}:${t}`;
          expect(owner.get(key) ?? a.aspect, key).toBe(a.aspect);
          owner.set(key, a.aspect);
        }
      }
    }
  });
});

describe('aspectsIn', () => {
  test.each([
    ['The acting is superb but the plot drags.', 'screen', ['acting', 'plot']],
    ['The battery life is poor and customer service ignored me.', 'product', ['battery life', 'customer service']],
    ['The batteries die quickly; not comfortable at all.', 'product', ['battery life', 'comfort']],
    ['The story is gripping and the characters feel real.', 'book', ['story', 'characters']],
    ['The staff were lovely and the room was spotless.', 'stay', ['staff', 'room', 'cleanliness']],
    ['The tacos were fine but the service was painfully slow.', 'stay', ['service']],
    ['Bad customer service from the seller.', 'product', ['customer service']],
    ['The battery died during the film.', 'screen', []],
    ['The combat is clunky but the voice acting is superb.', 'game', ['combat', 'voice acting']],
    ['Great open world, shame about the frame rate.', 'game', ['world', 'performance']],
    [
      'The vocals soar, the guitars chime and the production is crisp.',
      'album',
      ['vocals', 'instrumentation', 'production'],
    ],
    ['Clever lyrics over a forgettable melody.', 'album', ['lyrics', 'songs']],
  ])('%s (%s)', (sentence, domain, aspects) => {
    expect(aspectsIn(sentence, domain)).toEqual(aspects);
  });

  test('a list is read in the domain its words use most', () => {
    expect(textDomain(['Great acting and a clever plot.', 'The soundtrack is superb.'])).toBe('screen');
    expect(textDomain(['Battery lasts a week.', 'The sound quality is great.'])).toBe('product');
    expect(textDomain(['The combat is tight and the puzzles are clever.', 'Boss fights drag.'])).toBe('game');
    expect(textDomain(['Her vocals are stunning.', 'Every track has a great chorus.'])).toBe('album');
    expect(textDomain(['No aspect named here.'])).toBeNull();
  });
});

describe('domainOfKind', () => {
  test.each([
    ['film', 'screen'],
    ['tv', 'screen'],
    ['game', 'game'],
    ['hotel', 'stay'],
    // A shop's product is as often a book or a film as a gadget: its reviews' own words choose.
    ['product', null],
    ['other', null],
    [undefined, null],
  ] as const)('%s → %s', (kind, want) => {
    expect(domainOfKind(kind)).toBe(want);
  });

  test("a film's list is read with film aspects even where its words would point to a book's", () => {
    const text = 'The story is thin and the information is dated, but the pictures are lovely.';
    expect(aspectsIn(text, textDomain([text]))).toEqual(['story', 'information', 'illustrations']);
    expect(aspectsIn(text, domainOfKind('film'))).toEqual(['plot']);
  });
});
