import type { WatchfloorStore } from '../store/store.js';
import { resumeSession } from './session-api.js';

/** A token remembered by this tab is used only once the core confirms its session is still good. */
export async function startSession(store: WatchfloorStore, rememberedToken: string | null): Promise<void> {
  const session = rememberedToken ? await resumeSession(rememberedToken) : null;
  if (session) store.getState().signIn(session);
  store.setState({ sessionChecked: true });
}
