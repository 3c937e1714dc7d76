import { OperatorsScreen } from './admin/OperatorsScreen.js';
import { AlarmQueue } from './alarms/AlarmQueue.js';
import { AlarmDetail } from './detail/AlarmDetail.js';
import { DeskDialogs } from './dialogs/DeskDialogs.js';
import { DrillsScreen } from './drills/DrillsScreen.js';
import { FloorMap } from './map/FloorMap.js';
import { ToastStack } from './notices/ToastStack.js';
import { ReviewScreen } from './review/ReviewScreen.js';
import type { ConsoleView } from './seat/seat-url.js';
import { useConsoleView } from './seat/use-console-view.js';
import { SignInScreen } from './session/SignInScreen.js';
import { ShiftBar } from './shifts/ShiftBar.js';
import { SiteEditorScreen } from './site-editor/SiteEditorScreen.js';
import { StatusBar } from './status/StatusBar.js';
import { useDetailOpen, useSession, useSessionChecked } from './store/desk-selectors.js';
import { WalkthroughScreen } from './walkthrough/WalkthroughScreen.js';

/** The desk's own views: the whole desk, or the queue or the map alone for a second monitor. */
type DeskView = Extract<ConsoleView, 'full' | 'queue' | 'map'>;

/** Screens of their own; what each role may open is in status/ScreenNav.tsx (and enforced by the core). */
const SCREENS = {
  admin: OperatorsScreen,
  walkthrough: WalkthroughScreen,
  review: ReviewScreen,
  site: SiteEditorScreen,
  drills: DrillsScreen,
} as const satisfies Record<Exclude<ConsoleView, DeskView>, () => unknown>;

const isDeskView = (view: ConsoleView): view is DeskView => !Object.hasOwn(SCREENS, view);

/** Nothing of the site before sign-in; then the status bar, the shift bar, and the screen the URL names. */
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
      {isDeskView(view) ? <Desk view={view} /> : <OwnScreen view={view} />}
      <ToastStack />
      <DeskDialogs />
    </div>
  );
}

function OwnScreen({ view }: { view: keyof typeof SCREENS }) {
  const Screen = SCREENS[view];
  return <Screen />;
}

function Desk({ view }: { view: DeskView }) {
  const detailOpen = useDetailOpen() && view !== 'map';
  return (
    <main className={`workspace workspace--${view}${detailOpen ? ' workspace--detail' : ''}`}>
      {view !== 'map' && <AlarmQueue />}
      {detailOpen && <AlarmDetail />}
      {view !== 'queue' && <FloorMap />}
    </main>
  );
}
