import 'leaflet/dist/leaflet.css';
import './styles/theme.css';
import './styles/layout.css';
import './styles/controls.css';
import './status/status.css';
import './alarms/alarms.css';
import './alarms/queue-sections.css';
import './detail/detail.css';
import './dialogs/dialogs.css';
import './notices/toasts.css';
import './map/map.css';
import './map/markers.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startLiveFeed } from './api/start-live-feed.js';
import { App } from './App.js';
import { startDesktopBridge } from './desktop/start-desktop-bridge.js';
import { installDeskKeys } from './keyboard/install-desk-keys.js';
import { consoleViewFromUrl } from './seat/seat-url.js';
import { browserStorage } from './seat/seat-storage.js';
import { startSeat } from './seat/start-seat.js';
import { startAlarmSound } from './sound/start-alarm-sound.js';
import { watchfloorStore } from './store/store.js';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// Everything live runs outside React; the seat's identity must be known before the handshake.
startSeat(watchfloorStore, browserStorage(window), window.location.search);
startLiveFeed();
startAlarmSound(watchfloorStore, window);
startDesktopBridge(watchfloorStore, window);
installDeskKeys(watchfloorStore, window);

createRoot(container).render(
  <StrictMode>
    <App view={consoleViewFromUrl(window.location.search)} />
  </StrictMode>,
);
