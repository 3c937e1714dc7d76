import { AlarmQueue } from './alarms/AlarmQueue.js';
import { AlarmDetail } from './detail/AlarmDetail.js';
import { DeskDialogs } from './dialogs/DeskDialogs.js';
import { FloorMap } from './map/FloorMap.js';
import { ToastStack } from './notices/ToastStack.js';
import type { ConsoleView } from './seat/seat-url.js';
import { StatusBar } from './status/StatusBar.js';
import { useDetailOpen } from './store/desk-selectors.js';

/** `view` comes from the URL: the whole desk, or the queue or the map alone for a second monitor. */
export function App({ view = 'full' }: { view?: ConsoleView }) {
  const detailOpen = useDetailOpen() && view !== 'map';
  return (
    <div className="app">
      <StatusBar />
      <main className={`workspace workspace--${view}${detailOpen ? ' workspace--detail' : ''}`}>
        {view !== 'map' && <AlarmQueue />}
        {detailOpen && <AlarmDetail />}
        {view !== 'queue' && <FloorMap />}
      </main>
      <ToastStack />
      <DeskDialogs />
    </div>
  );
}
