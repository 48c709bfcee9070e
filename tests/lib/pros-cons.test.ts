// A pros-and-cons box gives its items the side of their heading.
import { describe, expect, test } from 'vitest';
import { prosConsSides } from '../../lib/summarise/pros-cons';
import { aspectVerdicts } from '../../lib/summarise/verdict-aspects';
import { splitSentences } from '../../lib/text/sentences';

const sidesOf = (text: string) => {
  const sentences = splitSentences(text);
  const sides = prosConsSides(sentences);
  return sentences.flatMap((s, i) => (sides.has(i) ? [[s.text, sides.get(i)]] : []));
};

describe('prosConsSides', () => {
  test('items under Pros and Cons headings, up to the next heading or prose', () => {
    const text = [
      'The Volta 3 is a fine kettle for most kitchens.',
      'Pros',
      'Boils a litre in two minutes',
      'Quiet',
      'Cons:',
      'Short cable',
      'Verdict',
      'Buy it if you want a quiet kettle.',
    ].join('\n');
    expect(sidesOf(text)).toEqual([
      ['Boils a litre in two minutes', 1],
      ['Quiet', 1],
      ['Short cable', -1],
    ]);
  });

  test('a box on one line, and a box that ends where the prose comes back', () => {
    expect(sidesOf('Pros: light, quiet and cheap.\nCons: the lid rattles.')).toEqual([
      ['Pros: light, quiet and cheap.', 1],
      ['Cons: the lid rattles.', -1],
    ]);
    const text = 'The good\nGreat sound\nAfter a month of daily use I have come to rely on these headphones every day.';
    expect(sidesOf(text)).toEqual([['Great sound', 1]]);
  });

  test('a score box or a new label after the cons ends the box; a one-word con stays', () => {
    const text = ['Cons', 'Price', 'Hard to find', 'Overall Rating', '7.9', 'Opening hours:', 'Daily'].join('\n');
    expect(sidesOf(text)).toEqual([
      ['Price', -1],
      ['Hard to find', -1],
    ]);
  });

  test('no heading, no box: "pros" in a sentence is prose', () => {
    expect(sidesOf('The pros outweigh the cons here.\nShort battery life is my only gripe.')).toEqual([]);
  });
});

test("a con is a complaint even where the model would read it as faint praise ('Short battery life')", () => {
  const text = [
    'The Nimbus 5 laptop has a gorgeous screen and a lovely keyboard.',
    'Pros',
    'Gorgeous screen',
    'Cons',
    'Short battery life',
  ].join('\n');
  const aspects = aspectVerdicts(splitSentences(text));
  expect(aspects.find((a) => a.aspect === 'battery life')).toMatchObject({
    label: 'negative',
    sentence: { text: 'Short battery life' },
  });
});
