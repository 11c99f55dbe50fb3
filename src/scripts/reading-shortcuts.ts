/** The keys of keyboard reading on an article page, shared by the shortcuts dialog and the About page. */
export const READING_SHORTCUTS: readonly { keys: readonly string[]; action: string }[] = [
  { keys: ['j', ']'], action: 'Next paragraph' },
  { keys: ['k', '['], action: 'Previous paragraph' },
  { keys: ['c'], action: 'Copy the link to the current paragraph' },
  { keys: ['?'], action: 'Show these shortcuts (Escape closes them)' },
  { keys: ['/'], action: 'Search the articles' },
];
