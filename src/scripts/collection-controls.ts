/**
 * "Collect" beside every ¶ number: a toggle button after each link to a passage whose text is its
 * ¶ number (article pages, the comparison, search results, topic pages, the timeline's tables),
 * adding the passage to the draft collection on this device or taking it out (`aria-pressed`), and
 * the count in the site navigation's "Collection" link. Started once from the layout, it also
 * enhances ¶ links that scripts insert later (search results, compared articles): a
 * MutationObserver watches the page, so no other script needs to call it.
 */
import { hasPassage, isFull, LIMITS, togglePassage } from '../lib/collection/collection.ts';
import { readPassageLink, routes } from '../lib/routes/routes.ts';
import { loadDraft, onDraftChange, saveDraft } from './collection-store.ts';
import { announce } from './passage-tools.ts';

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
function refresh(): void {
  const draft = loadDraft();
  for (const button of document.querySelectorAll<HTMLButtonElement>('button.collect-toggle')) {
    const inDraft = hasPassage(draft, button.dataset['slug'] ?? '', Number(button.dataset['n']));
    button.setAttribute('aria-pressed', String(inDraft));
  }
  const count = document.querySelector<HTMLElement>('[data-collection-count]');
  const link = count?.closest('a');
  if (count && link) {
    // A badge over the link's corner, so the navigation keeps its width; heard as "Collection (3 passages)".
    const n = draft.entries.length;
    count.textContent = n > 0 ? String(n) : '';
    count.setAttribute('aria-hidden', 'true');
    if (n > 0) link.setAttribute('aria-label', `Collection (${n} passage${n === 1 ? '' : 's'})`);
    else link.removeAttribute('aria-label');
  }
}

function toggle(button: HTMLButtonElement): void {
  const slug = button.dataset['slug'] ?? '';
  const n = Number(button.dataset['n']);
  const draft = loadDraft();
  const adding = !hasPassage(draft, slug, n);
  if (adding && isFull(draft)) {
    announce(`The collection holds ${LIMITS.entries} passages, as many as one link can carry: remove one first.`);
    return;
  }
  const next = togglePassage(draft, slug, n);
  if (!saveDraft(next)) {
    announce('This browser does not let the site keep anything on this device, so the collection cannot be kept.');
    return;
  }
  refresh();
  announce(
    adding
      ? `Added ¶${n} to the collection (${next.entries.length} passage${next.entries.length === 1 ? '' : 's'}).`
      : `Removed ¶${n} from the collection.`,
  );
}

/** The links that have their toggle. */
const enhanced = new WeakSet<HTMLAnchorElement>();

/** Give every ¶-number link under `root` its toggle (once). */
export function enhanceCollectionControls(root: ParentNode = document): void {
  const draft = loadDraft();
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
    button.dataset['pagefindIgnore'] = '';
    button.textContent = 'Collect';
    // One name whatever the state: aria-pressed says whether the passage is in (WAI-ARIA toggle buttons).
    button.setAttribute('aria-label', `Collect ¶${target.n}`);
    button.setAttribute('aria-pressed', String(hasPassage(draft, target.slug, target.n)));
    button.addEventListener('click', () => toggle(button));
    // In an article's passage the toggle comes last among the ¶ tools, whichever script ran first.
    const host = link.parentElement;
    const text = host?.classList.contains('passage') ? host.querySelector(':scope > p, :scope > blockquote') : null;
    if (text) text.before(button);
    else link.after(button);
  }
}

/** Start the toggles and the navigation's count, and watch for ¶ links inserted later. */
export function startCollectionControls(): void {
  enhanceCollectionControls();
  refresh();
  onDraftChange(refresh);
  let pending = false;
  new MutationObserver(() => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      enhanceCollectionControls();
    });
  }).observe(document.body, { childList: true, subtree: true });
}
