import { OperatorsScreen } from './admin/OperatorsScreen.js';
import { AlarmQueue } from './alarms/AlarmQueue.js';
import { AlarmDetail } from './detail/AlarmDetail.js';
import { DeskDialogs } from './dialogs/DeskDialogs.js';
import { FloorMap } from './map/FloorMap.js';
import { ToastStack } from './notices/ToastStack.js';
import type { ConsoleView } from './seat/seat-url.js';
import { useConsoleView } from './seat/use-console-view.js';
import { SignInScreen } from './session/SignInScreen.js';
import { StatusBar } from './status/StatusBar.js';
import { ShiftBar } from './shifts/ShiftBar.js';
import { useDetailOpen, useSession, useSessionChecked } from './store/desk-selectors.js';
import { ReviewScreen } from './review/ReviewScreen.js';
import { WalkthroughScreen } from './walkthrough/WalkthroughScreen.js';
import { SiteEditorScreen } from './site-editor/SiteEditorScreen.js';
import { DrillsScreen } from './drills/DrillsScreen.js';

/** `view` comes from the URL: the whole desk, the queue or the map alone for a second monitor, or a screen of its own. */
export function App() {
  const view = useConsoleView();
  const checked = useSessionChecked();
  const session = useSession();
  if (!checked) return <div className="sign-in" aria-busy="true" />;
  if (!session) return <SignInScreen />;
  return (
    <div className="app">
      <StatusBar />
      <ShiftBar />
      {view === 'admin' ? (
        <OperatorsScreen />
      ) : view === 'walkthrough' ? (
        <WalkthroughScreen />
      ) : view === 'review' ? (
        <ReviewScreen />
      ) : view === 'site' ? (
        <SiteEditorScreen />
      ) : view === 'drills' ? (
        <DrillsScreen />
      ) : (
        <Desk view={view} />
      )}
      <ToastStack />
      <DeskDialogs />
    </div>
  );
}

function Desk({ view }: { view: Exclude<ConsoleView, 'admin' | 'walkthrough' | 'review' | 'site' | 'drills'> }) {
  const detailOpen = useDetailOpen() && view !== 'map';
  return (
    <main className={`workspace workspace--${view}${detailOpen ? ' workspace--detail' : ''}`}>
      {view !== 'map' && <AlarmQueue />}
      {detailOpen && <AlarmDetail />}
      {view !== 'queue' && <FloorMap />}
    </main>
  );
}
