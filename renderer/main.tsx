import 'leaflet/dist/leaflet.css';
import './styles/theme.css';
import './styles/layout.css';
import './status/status.css';
import './alarms/alarms.css';
import './map/map.css';
import './map/markers.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startLiveFeed } from './api/start-live-feed.js';
import { App } from './App.js';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

startLiveFeed();
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
