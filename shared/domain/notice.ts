/** A one-off message to seats: an escalation for supervisors, an auto-unshelve for everyone. */
export type Notice = {
  at: number;
  kind: 'escalation' | 'unshelved';
  audience: 'supervisor' | 'all';
  alarmId: number;
  message: string;
};
