import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { watchfloorStore } from '../../../renderer/store/store.js';

// Tells React this environment runs act(); without it every update logs a warning.
Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

const mounted: Root[] = [];

/** Renders into a fresh container against a fresh copy of the app's store. */
export function render(node: ReactNode): { container: HTMLElement } {
  act(() => watchfloorStore.setState(watchfloorStore.getInitialState(), true));
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  mounted.push(root);
  act(() => root.render(node));
  return { container };
}

/** Unmounts everything render() mounted, so no component outlives its test and hears the next one. */
export function cleanup(): void {
  act(() => mounted.splice(0).forEach((root) => root.unmount()));
  document.body.replaceChildren();
}

export { act };
