/** A "Copy" button that puts `text` on the clipboard and says so in the page's live region ("Copied …"). */
export function copyButton(label: string, text: string, aria?: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  if (aria) b.setAttribute('aria-label', aria);
  b.addEventListener('click', () => {
    void navigator.clipboard.writeText(text).then(() => {
      const status = document.getElementById('status');
      if (status) status.textContent = `Copied ${aria ?? label}`;
    });
  });
  return b;
}
