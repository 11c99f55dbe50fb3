/** /articles/<slug>/cite.bib, cite.ris, cite.json: the article for reference managers. */
import { absoluteUrl, routes } from '../../../lib/routes/routes.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { toCitationInput } from '../../../lib/citations/citation-input.ts';
import { bibtex, cslJson, ris } from '../../../lib/citations/citations.ts';
import { loadCorpus, type ArticleView } from '../../../lib/corpus/load-corpus.ts';

const FORMATS = {
  bib: { type: 'application/x-bibtex; charset=utf-8', render: bibtex },
  ris: { type: 'application/x-research-info-systems; charset=utf-8', render: ris },
  json: {
    type: 'application/vnd.citationstyles.csl+json; charset=utf-8',
    render: (i: Parameters<typeof cslJson>[0]) => `${JSON.stringify([cslJson(i)], null, 2)}\n`,
  },
} as const;

export const getStaticPaths = (async () => {
  const { articles } = await loadCorpus();
  return articles.flatMap((view) =>
    Object.keys(FORMATS).map((format) => ({ params: { slug: view.entry.id, format }, props: { view } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ view: ArticleView }> = ({ params, props, site }) => {
  const format = FORMATS[params['format'] as keyof typeof FORMATS];
  const { entry, publisher } = props.view;
  const input = toCitationInput(entry.data, publisher?.data.name ?? null, absoluteUrl(routes.article(entry.id), site));
  return new Response(format.render(input), { headers: { 'Content-Type': format.type } });
};
