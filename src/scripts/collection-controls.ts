/**
 * "Collect" beside every ¶ number: a toggle button after each link to a passage whose text is its
 * ¶ number (article pages, the comparison, search results, topic pages, the timeline's tables),
 * adding the passage to the draft collection on this device or taking it out (`aria-pressed`), and
 * the count in the site navigation's "Collection" link. Started once from the layout, it also
 * enhances ¶ links that scripts insert later (search results, compared articles): a
 * MutationObserver watches the page, so no other script needs to call it.
 *
 * The collection rules (reading, checking and writing a draft) are fetched only when this device
 * holds a draft or the reader presses "Collect": a first visit loads none of them.
 */
import { readPassageLink, routes } from '../lib/routes/routes.ts';
import { onDraftChange, readDraftQuery } from './collection-draft.ts';
import type { DraftView } from './collection-toggle.ts';
import { announce } from './passage-tools.ts';

/** The draft's code, fetched on demand (Vite makes it a chunk of its own). */
const loadToggle = () => import('./collection-toggle.ts');

/** What an empty draft shows. */
const EMPTY: DraftView = { size: 0, has: () => false };

/** The draft as the toggles last showed it. */
let shown: DraftView = EMPTY;

/** The draft on this device; with nothing stored there is nothing to read, and no code to fetch for it. */
async function readDraft(): Promise<DraftView> {
  return readDraftQuery() === '' ? EMPTY : (await loadToggle()).viewDraft();
}

/** A ¶ number as the pages print it. */
const PILCROW = /^¶\d+$/;
/** Where no toggle goes: the collection page lists its own passages, with its own buttons. */
const SKIP = '[data-collection], .collect-toggle';

/** The passage a ¶-number link points to, or null when the link is something else. */
function passageOf(link: HTMLAnchorElement): { slug: string; n: number } | null {
  if (!PILCROW.test(link.textContent.trim()) || link.closest(SKIP)) return null;
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin) return null;
  const target = readPassageLink(routes, url.pathname, url.hash);
  return target && `¶${target.n}` === link.textContent.trim() ? target : null;
}

/** Show whether each toggle's passage is in the draft, and the draft's size in the navigation. */
async function refresh(): Promise<void> {
  shown = await readDraft();
  for (const button of document.querySelectorAll<HTMLButtonElement>('button.collect-toggle')) {
    const inDraft = shown.has(button.dataset['slug'] ?? '', Number(button.dataset['n']));
    button.setAttribute('aria-pressed', String(inDraft));
  }
  const count = document.querySelector<HTMLElement>('[data-collection-count]');
  const link = count?.closest('a');
  if (count && link) {
    // A badge over the link's corner, so the navigation keeps its width; heard as "Collection (3 passages)".
    const n = shown.size;
    count.textContent = n > 0 ? String(n) : '';
    count.setAttribute('aria-hidden', 'true');
    if (n > 0) link.setAttribute('aria-label', `Collection (${n} passage${n === 1 ? '' : 's'})`);
    else link.removeAttribute('aria-label');
  }
}

async function toggle(button: HTMLButtonElement): Promise<void> {
  const { toggleInDraft } = await loadToggle();
  const message = toggleInDraft(button.dataset['slug'] ?? '', Number(button.dataset['n']));
  await refresh();
  announce(message);
}

/** The links that have their toggle. */
const enhanced = new WeakSet<HTMLAnchorElement>();

/** Give every ¶-number link under `root` its toggle (once). */
export function enhanceCollectionControls(root: ParentNode = document): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    if (enhanced.has(link)) continue;
    enhanced.add(link);
    const target = passageOf(link);
    if (!target) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'collect-toggle';
    button.dataset['slug'] = target.slug;
    button.dataset['n'] = String(target.n);
    button.textContent = 'Collect';
    // One name whatever the state: aria-pressed says whether the passage is in (WAI-ARIA toggle buttons).
    button.setAttribute('aria-label', `Collect ¶${target.n}`);
    button.setAttribute('aria-pressed', String(shown.has(target.slug, target.n)));
    button.addEventListener('click', () => void toggle(button));
    // In an article's passage the toggle comes last among the ¶ tools, whichever script ran first.
    const host = link.parentElement;
    const text = host?.classList.contains('passage') ? host.querySelector(':scope > p, :scope > blockquote') : null;
    if (text) text.before(button);
    else link.after(button);
  }
}

/**
 * Start the toggles and the navigation's count, and watch for ¶ links inserted later. The toggles
 * come once the draft is known, so none ever shows a wrong state; with nothing stored that is at once.
 */
export function startCollectionControls(): void {
  void refresh().then(() => {
    enhanceCollectionControls();
    onDraftChange(() => void refresh());
    let pending = false;
    new MutationObserver(() => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        enhanceCollectionControls();
      });
    }).observe(document.body, { childList: true, subtree: true });
  });
}
