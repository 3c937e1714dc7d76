import { hasRole, type Role } from '../../shared/domain/operator.js';
import type { ConsoleView } from '../seat/seat-url.js';
import { showView, useConsoleView } from '../seat/use-console-view.js';
import { useSeatIdentity } from '../store/desk-selectors.js';

/** The console's screens, each shown only to the roles that may use it (the core enforces the same). */
const SCREENS: readonly { view: ConsoleView; label: string; role: Role }[] = [
  { view: 'full', label: 'Desk', role: 'guard' },
  { view: 'review', label: 'Review', role: 'supervisor' },
  { view: 'drills', label: 'Drills', role: 'supervisor' },
  { view: 'walkthrough', label: 'Walkthroughs', role: 'supervisor' },
  { view: 'admin', label: 'Accounts', role: 'admin' },
  { view: 'site', label: 'Site editor', role: 'admin' },
];

/** The desk's own split views (queue or map alone) count as the desk. */
const DESK_VIEWS: readonly ConsoleView[] = ['full', 'queue', 'map'];

export function ScreenNav() {
  const identity = useSeatIdentity();
  const current = useConsoleView();
  if (!identity) return null;
  const screens = SCREENS.filter((screen) => hasRole(identity.role, screen.role));
  if (screens.length < 2) return null;
  return (
    <nav className="screen-nav" aria-label="Screens" data-testid="screen-nav">
      {screens.map(({ view, label }) => {
        const active = view === current || (view === 'full' && DESK_VIEWS.includes(current));
        return (
          <button
            key={view}
            type="button"
            className={`screen-nav__item${active ? ' screen-nav__item--active' : ''}`}
            aria-current={active ? 'page' : undefined}
            data-testid={`screen-${view}`}
            onClick={() => showView(view)}
          >
            {label}
          </button>
        );
      })}
    </nav>
  );
}
