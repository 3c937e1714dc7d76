import 'leaflet/dist/leaflet.css';
import './styles/theme.css';
import './styles/layout.css';
import './styles/controls.css';
import './status/status.css';
import './alarms/alarms.css';
import './alarms/queue-sections.css';
import './detail/detail.css';
import './dialogs/dialogs.css';
import './shifts/shifts.css';
import './notices/toasts.css';
import './map/map.css';
import './map/markers.css';
import './session/session.css';
import './admin/admin.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startLiveFeed } from './api/start-live-feed.js';
import { App } from './App.js';
import { startDesktopBridge } from './desktop/start-desktop-bridge.js';
import { installDeskKeys } from './keyboard/install-desk-keys.js';
import { browserStorage, tabStorage } from './seat/seat-storage.js';
import { startSession } from './session/start-session.js';
import { startSeat } from './seat/start-seat.js';
import { startAlarmSound } from './sound/start-alarm-sound.js';
import { watchfloorStore } from './store/store.js';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// Everything live runs outside React; the live feed connects once a session is confirmed.
const rememberedToken = startSeat(
  watchfloorStore,
  { browser: browserStorage(window), tab: tabStorage(window) },
  window.location.search,
);
startLiveFeed();
void startSession(watchfloorStore, rememberedToken);
startAlarmSound(watchfloorStore, window);
startDesktopBridge(watchfloorStore, window);
installDeskKeys(watchfloorStore, window);

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
