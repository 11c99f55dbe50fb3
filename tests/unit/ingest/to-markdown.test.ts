import type { RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { ingestSeed } from '../../../src/ingest/pipeline.ts';
import { toMarkdown } from '../../../src/ingest/to-markdown.ts';

const { data } = ingestSeed({
  file: 'a.txt',
  text: 'A title\n\nJanuary 20, 2023\n\nThe body.\n',
  sha256: '0'.repeat(64),
  source: undefined,
  publishers: [],
});

describe('toMarkdown', () => {
  it('quotes date-like strings so YAML 1.1 readers keep them strings', () => {
    const markdown = toMarkdown({ ...data, date: '2023-01-20' }, []);
    expect(markdown).toMatch(/^---\n/);
    expect(markdown).toContain('date: "2023-01-20"\n');
  });

  it('escapes body text through remark, in the house style', () => {
    const body: RootContent[] = [
      { type: 'paragraph', children: [{ type: 'text', value: '*not emphasis* and 1. not a list' }] },
      {
        type: 'list',
        ordered: false,
        children: [
          {
            type: 'listItem',
            children: [
              { type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'text', value: 'item' }] }] },
            ],
          },
        ],
      },
      { type: 'thematicBreak' },
    ];
    const markdown = toMarkdown(data, body);
    expect(markdown).toContain('\\*not emphasis\\* and 1. not a list\n\n- _item_\n\n---\n');
  });
});
