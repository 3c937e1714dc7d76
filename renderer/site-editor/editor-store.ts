import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { ConnectorStop, Site } from '../../shared/domain/site.js';
import type { NewDevice } from '../../shared/site-editing/device-edits.js';
import { siteFloors } from '../../shared/domain/site.js';

/** What a click on the plan does. */
export const EDITOR_TOOLS = ['place', 'scale', 'zone', 'connector'] as const;
export type EditorTool = (typeof EDITOR_TOOLS)[number];

export type EditorMessage = { kind: 'ok' | 'problem'; text: string; details?: string[] | undefined };

export type EditorState = {
  /** The site being edited; saved as a new version only on Save. */
  draft: Site | null;
  /** The saved version the draft started from, sent with the save so a newer one is not overwritten. */
  basedOn: number | null;
  dirty: boolean;
  floorId: string | null;
  tool: EditorTool;
  /** Clicks on the current floor for the scale (two) or zone (corners) tool, in metres. */
  points: [number, number][];
  /** Connector stops picked so far, one per floor. */
  stops: ConnectorStop[];
  /** A device chosen from the unplaced list or the form, placed by the next click (or Enter). */
  pending: NewDevice | null;
  message: EditorMessage | null;
  load(site: Site, versionId: number | null): void;
  edit(change: (site: Site) => Site): void;
  showFloor(floorId: string): void;
  chooseTool(tool: EditorTool): void;
  setPoints(points: [number, number][]): void;
  setStops(stops: ConnectorStop[]): void;
  setPending(device: NewDevice | null): void;
  say(message: EditorMessage | null): void;
};

export const editorStore = createStore<EditorState>()((set) => ({
  draft: null,
  basedOn: null,
  dirty: false,
  floorId: null,
  tool: 'place',
  points: [],
  stops: [],
  pending: null,
  message: null,
  load: (site, versionId) =>
    set((state) => {
      const floors = siteFloors(site);
      const keep = floors.some((floor) => floor.id === state.floorId);
      return {
        draft: site,
        basedOn: versionId,
        dirty: false,
        floorId: keep ? state.floorId : (floors[0]?.id ?? null),
        points: [],
        stops: [],
        pending: null,
      };
    }),
  edit: (change) => set((state) => (state.draft ? { draft: change(state.draft), dirty: true } : {})),
  showFloor: (floorId) => set({ floorId, points: [] }),
  chooseTool: (tool) => set({ tool, points: [] }),
  setPoints: (points) => set({ points }),
  setStops: (stops) => set({ stops }),
  setPending: (pending) => set({ pending, tool: 'place' }),
  say: (message) => set({ message }),
}));

/** Selectors return what the store holds (never a fresh object), as zustand 5 needs. */
export const useEditor = <T>(selector: (state: EditorState) => T): T => useStore(editorStore, selector);
