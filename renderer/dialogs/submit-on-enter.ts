import type { KeyboardEvent } from 'react';

/** Enter sends the form from a text area too (Shift+Enter for a new line): one key, as everywhere on the desk. */
export function submitOnEnter(event: KeyboardEvent<HTMLTextAreaElement>): void {
  if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
  event.preventDefault();
  event.currentTarget.form?.requestSubmit();
}
