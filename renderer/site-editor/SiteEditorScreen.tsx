import { useEffect } from 'react';
import { siteFloors } from '../../shared/domain/site.js';
import { hasRole } from '../../shared/domain/operator.js';
import { useSeatIdentity } from '../store/desk-selectors.js';
import { useWatchfloor } from '../store/use-watchfloor.js';
import { DevicePalette } from './DevicePalette.js';
import { EditorMap } from './EditorMap.js';
import { editorStore, useEditor } from './editor-store.js';
import { FloorPanel } from './FloorPanel.js';
import { ToolPanel } from './ToolPanel.js';
import { VersionPanel } from './VersionPanel.js';
import './site-editor.css';

/** Follows the live site while nothing is being edited, so another admin's save shows up here too. */
function useFollowLiveSite() {
  const site = useWatchfloor((state) => state.site);
  const version = useWatchfloor((state) => state.siteVersion?.id ?? null);
  useEffect(() => {
    const { dirty, load, basedOn, draft } = editorStore.getState();
    if (site && (!draft || (!dirty && basedOn !== version))) load(site, version);
  }, [site, version]);
}

function EditorMessage() {
  const message = useEditor((state) => state.message);
  if (!message) return null;
  return (
    <div
      className={`site-editor__message site-editor__message--${message.kind}`}
      role="status"
      data-testid="site-message"
    >
      {message.text}
      {message.details && message.details.length > 0 && (
        <ul>
          {message.details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The site editor (`?view=site`, admins): floors and plans, devices, zones, connectors, versions. */
export function SiteEditorScreen() {
  const identity = useSeatIdentity();
  useFollowLiveSite();
  const draft = useEditor((state) => state.draft);
  const floorId = useEditor((state) => state.floorId);
  const dirty = useEditor((state) => state.dirty);
  if (!identity || !hasRole(identity.role, 'admin'))
    return <main className="site-editor">The site editor is for admins.</main>;
  const floor = draft ? siteFloors(draft).find((candidate) => candidate.id === floorId) : undefined;
  return (
    <main className="site-editor" data-testid="site-editor">
      <aside className="site-editor__side">
        <h2>
          Site editor{draft ? `: ${draft.name}` : ''} {dirty && <span className="site-editor__dirty">unsaved</span>}
        </h2>
        <EditorMessage />
        <FloorPanel />
        <ToolPanel />
      </aside>
      <div className="site-editor__canvas">
        {floor ? <EditorMap key={floor.id} floor={floor} /> : <p>Waiting for the site…</p>}
      </div>
      <aside className="site-editor__side">
        <DevicePalette />
        <VersionPanel />
      </aside>
    </main>
  );
}
