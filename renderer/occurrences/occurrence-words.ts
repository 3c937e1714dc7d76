import type { OccurrenceCategory } from '../../shared/domain/occurrence.js';
import type { PersonRole } from './occurrence-draft.js';

export const CATEGORY_LABEL = {
  'suspicious-person': 'Suspicious person',
  'safety-hazard': 'Safety hazard',
  'visitor-problem': 'Visitor problem',
  'property-damage': 'Property damage',
  medical: 'Medical',
  other: 'Other',
} as const satisfies Record<OccurrenceCategory, string>;

export const ROLE_LABEL = {
  suspect: 'Suspect',
  witness: 'Witness',
  visitor: 'Visitor',
  staff: 'Staff',
  injured: 'Injured',
  other: 'Other',
} as const satisfies Record<PersonRole, string>;
