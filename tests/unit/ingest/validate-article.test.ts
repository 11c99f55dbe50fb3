import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../src/ingest/errors.ts';
import { ingestSeed } from '../../../src/ingest/pipeline.ts';
import { validateArticle } from '../../../src/ingest/validate-article.ts';

const { data } = ingestSeed({
  file: 'a.txt',
  text: 'A title\n\nThe body of the article.\n',
  sha256: '0'.repeat(64),
  source: undefined,
  publishers: [],
});

describe('validateArticle', () => {
  it('returns frontmatter that fits the schema', () => {
    expect(validateArticle('a.txt', data, 1)).toEqual(data);
  });

  it('names the invalid field and the fix', () => {
    const bad = { ...data, wordCount: -1 };
    expect(() => validateArticle('a.txt', bad, 1)).toThrow(IngestError);
    expect(() => validateArticle('a.txt', bad, 1)).toThrow(/invalid at wordCount: .*check the seed/s);
  });

  it('refuses a seed with no passage left', () => {
    expect(() => validateArticle('a.txt', data, 0)).toThrow(/no body text is left/);
  });
});
