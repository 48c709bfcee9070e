import { describe, expect, test } from 'vitest';
import { detectLanguage } from '../../lib/text/language';

const EN =
  'The film is a quiet drama about two siblings, and it is one of the best of the year. The acting is superb and the script is sharp, but the middle stretch drags for a while.';
const DE =
  'Der Film ist ein stilles Drama über zwei Geschwister, und er ist einer der besten des Jahres. Die Schauspieler sind großartig und das Drehbuch ist klug, aber der Mittelteil zieht sich.';
const FR =
  "Le film est un drame discret sur deux frères et sœurs, et c'est l'un des meilleurs de l'année. Les acteurs sont superbes et le scénario est vif, mais le milieu est un peu long.";
const JA = '映画は二人の兄弟についての静かなドラマで、今年最高の作品の一つです。演技は素晴らしい。';

describe('detectLanguage', () => {
  test.each([
    [EN, null, 'en', true],
    [EN, 'de', 'en', true], // the text decides over a wrong declaration
    [DE, 'en', 'de', false],
    [FR, null, 'fr', false],
    [JA, 'ja', 'ja', false],
    ['Short text.', 'de-DE', 'de', false], // too short to judge: trust the page
    ['Short text.', null, 'en', true],
  ])('%#: %s', (text, declared, code, supported) => {
    expect(detectLanguage(text, declared)).toEqual({ code, supported });
  });
});
