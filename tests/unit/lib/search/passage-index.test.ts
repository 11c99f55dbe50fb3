import { describe, expect, it } from 'vitest';
import {
  buildPassageIndex,
  impact,
  IMPACT_SCALE,
  separator,
  topicTerm,
  type IndexManifest,
  type TextBlock,
  type TopicsFile,
} from '../../../../src/lib/search/passage-index.ts';
import { decodePostings, decodeTopicPostings } from '../../../../src/lib/search/passage-search.ts';
import { article, passage, topic } from './index-input.ts';

const articles = [
  article('a-cgtp', '2022-12-10', ['The CGTP called a strike.', 'The strikes spread, strike after strike.'], {
    current: ['LIT-CI'],
  }),
  article(
    'b-boluarte',
    '2023-01-19',
    [
      passage(
        'Baluarte took office.',
        [{ printed: 'Baluarte', names: ['Dina Boluarte'], topic: 'entity:boluarte' }],
        ['entity:boluarte'],
      ),
    ],
    {
      current: ['FT-CI'],
    },
  ),
];
const topics = [topic('entity:boluarte', ['Dina Boluarte', 'Boluarte'])];
const files = new Map(buildPassageIndex(articles, topics));
const manifest = JSON.parse(files.get('manifest.json') ?? '{}') as IndexManifest;
/** Every term's postings, across the shards. */
const lists = new Map(
  [...files]
    .filter(([path]) => path.startsWith('t/'))
    .flatMap(([, json]) => Object.entries(JSON.parse(json) as Record<string, number[]>)),
);
const postings = new Map([...lists].filter(([term]) => !term.startsWith('@')).map(([t, l]) => [t, decodePostings(l)]));

describe('separator', () => {
  it('is the shortest prefix of the first term that sorts after the term before', () => {
    expect(separator('constitution', 'consume')).toBe('consu');
    expect(separator('', 'cgtp')).toBe('c');
    expect(separator('strike', 'strikes')).toBe('strikes');
  });
});

describe('impact', () => {
  it('grows with the frequency but saturates, and falls as the passage grows longer', () => {
    expect(impact(1, 50, 50)).toBe(IMPACT_SCALE);
    expect(impact(2, 50, 50)).toBeGreaterThan(impact(1, 50, 50));
    expect(impact(20, 50, 50)).toBeLessThan(2.2 * IMPACT_SCALE);
    expect(impact(1, 100, 50)).toBeLessThan(impact(1, 50, 50));
  });
});

describe('buildPassageIndex', () => {
  it('counts the passages, each article in the order given, with its filter values', () => {
    expect(manifest.n).toBe(3);
    expect(manifest.articles.passages).toEqual([2, 1]);
    expect(manifest.filters).toEqual({ current: ['FT-CI', 'LIT-CI'] });
    expect(manifest.articles.filters['current']).toEqual([1, 0]);
  });

  it('indexes every word by its stem, with its positions and an impact that counts repeats', () => {
    const strike = postings.get('strike');
    expect([...(strike?.keys() ?? [])]).toEqual([0, 1]);
    expect(strike?.get(0)?.positions).toEqual([4]);
    expect(strike?.get(1)?.positions).toEqual([1, 3, 5]);
    expect(strike?.get(1)?.impact).toBeGreaterThan(strike?.get(0)?.impact ?? Infinity);
  });

  it('indexes a gloss at a lower weight and at no position, and the topics of each passage', () => {
    const printed = postings.get('baluart')?.get(2);
    const glossed = postings.get('boluart')?.get(2);
    expect(printed?.positions).toEqual([0]);
    expect(glossed?.positions).toEqual([]);
    expect(glossed?.impact).toBeLessThan(printed?.impact ?? 0);
    expect(decodeTopicPostings(lists.get(topicTerm('entity:boluarte')) ?? [])).toEqual([2]);
  });

  it('keeps each article’s passages, glosses and metadata in blocks of its own, and the topics in a file', () => {
    const block = JSON.parse(files.get('b/1-0.json') ?? '{}') as TextBlock;
    expect(block.meta['slug']).toBe('b-boluarte');
    expect(block.texts).toEqual(['Baluarte took office.']);
    // A gloss in a block is its printed form and its topic: the names it stands for are the topic's.
    expect(block.glosses).toEqual([[['Baluarte', 'entity:boluarte']]]);
    expect(JSON.parse(files.get('topics.json') ?? '[]') as TopicsFile).toEqual(topics);
  });

  it('changes its version with its contents', () => {
    const other = new Map(buildPassageIndex([article('a', null, ['One strike.'])], []));
    expect((JSON.parse(other.get('manifest.json') ?? '{}') as IndexManifest).v).not.toBe(manifest.v);
  });

  it('refuses a site with no passage', () => {
    expect(() => [...buildPassageIndex([article('a', null, [])], [])]).toThrow('no article holds a passage');
  });
});
