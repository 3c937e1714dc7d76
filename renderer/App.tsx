import { AlarmQueue } from './alarms/AlarmQueue.js';
import { FloorMap } from './map/FloorMap.js';
import { StatusBar } from './status/StatusBar.js';

export function App() {
  return (
    <div className="app">
      <StatusBar />
      <main className="workspace">
        <AlarmQueue />
        <FloorMap />
      </main>
    </div>
  );
}
