import type { Alarm } from '../../shared/domain/alarm.js';
import { AlarmOwner } from '../alarms/AlarmOwner.js';
import { AlarmFlags } from '../alarms/AlarmFlags.js';
import { CONDITION_LABEL } from '../alarms/alarm-words.js';
import { PriorityBadge } from '../alarms/PriorityBadge.js';
import { ResponseClock } from '../alarms/ResponseClock.js';
import { DeviceDetails } from '../map/DeviceDetails.js';
import { useCloseDetail } from '../store/desk-selectors.js';
import { useAlarm, usePlacedDevice, useSelectedAlarmId } from '../store/selectors.js';
import { ActionLog } from './ActionLog.js';
import { AlarmNotes } from './AlarmNotes.js';
import { AlarmTimeline } from './AlarmTimeline.js';
import { Checklist } from './Checklist.js';
import { DetailActions } from './DetailActions.js';
import { DeviceEvents } from './DeviceEvents.js';
import { useAlarmActions } from './use-alarm-actions.js';
import { InvestigationPanel } from '../investigation/InvestigationPanel.js';

/**
 * The selected alarm, opened with Enter: what to do (the SOP), what happened, who did what, and
 * what the device has been saying. Follows the cursor while open; Esc closes it.
 */
export function AlarmDetail() {
  const alarmId = useSelectedAlarmId();
  const alarm = useAlarm(alarmId ?? -1);
  const placed = usePlacedDevice(alarm?.deviceId ?? '');
  const close = useCloseDetail();
  if (!alarm) return null;
  return <OpenAlarm alarm={alarm} deviceName={placed?.name ?? alarm.deviceId} onClose={close} />;
}

function OpenAlarm({ alarm, deviceName, onClose }: { alarm: Alarm; deviceName: string; onClose(): void }) {
  const { data: actions, error } = useAlarmActions(alarm);
  return (
    <aside
      className={`alarm-detail alarm-detail--p${alarm.priority}`}
      data-testid="alarm-detail"
      data-alarm-id={alarm.id}
      aria-label="Alarm detail"
    >
      <header className="alarm-detail__header">
        <PriorityBadge priority={alarm.priority} />
        <div className="alarm-detail__what">
          <h2 className="alarm-detail__condition">
            {CONDITION_LABEL[alarm.condition]}
            {alarm.count > 1 && <span className="alarm-row__count">×{alarm.count}</span>}
          </h2>
          <div className="alarm-detail__device">{deviceName}</div>
          {alarm.detail && <div className="alarm-detail__note">{alarm.detail}</div>}
        </div>
        <button type="button" className="alarm-detail__close" aria-label="Close detail (Esc)" onClick={onClose}>
          ×
        </button>
      </header>
      <div className="alarm-detail__status">
        <ResponseClock alarm={alarm} />
        <AlarmOwner alarm={alarm} />
      </div>
      <AlarmFlags alarm={alarm} />
      <DetailActions alarm={alarm} />
      <div className="alarm-detail__scroll">
        <Checklist alarm={alarm} />
        <AlarmTimeline alarm={alarm} />
        <AlarmNotes alarm={alarm} actions={actions} />
        <section className="detail-section" data-testid="alarm-device">
          <h3 className="detail-section__title">Device</h3>
          <DeviceDetails deviceId={alarm.deviceId} />
        </section>
        <DeviceEvents deviceId={alarm.deviceId} />
        <InvestigationPanel alarmId={alarm.id} />
        <ActionLog alarm={alarm} actions={actions} error={error} />
      </div>
    </aside>
  );
}
