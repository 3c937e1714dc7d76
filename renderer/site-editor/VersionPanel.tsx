import { useEffect, useState } from 'react';
import type { SiteVersionSummary } from '../../shared/site-editing/site-versions.js';
import { useWatchfloor } from '../store/use-watchfloor.js';
import { editorStore, useEditor } from './editor-store.js';
import {
  downloadSiteFile,
  fetchVersion,
  fetchVersions,
  importSiteFile,
  restoreVersion,
  saveSite,
  SiteRequestError,
} from './site-editor-api.js';

/** Shows what the core said; a refused save lists each problem (a device off its plan, a missing floor…). */
function run(work: () => Promise<unknown>, done: string) {
  const { say } = editorStore.getState();
  work().then(
    () => say({ kind: 'ok', text: done }),
    (error: Error) =>
      say({ kind: 'problem', text: error.message, details: error instanceof SiteRequestError ? error.details : [] }),
  );
}

/** Loads a saved version into the editor (after a save, a restore or an import, the newest one). */
async function loadVersion(id: number): Promise<void> {
  const version = await fetchVersion(id);
  editorStore.getState().load(version.site, version.id);
}

/** Save as a new version with a note; the history with restore; the one-file export and import. */
export function VersionPanel() {
  const dirty = useEditor((state) => state.dirty);
  const current = useWatchfloor((state) => state.siteVersion?.id ?? null);
  const [note, setNote] = useState('');
  const [history, setHistory] = useState<SiteVersionSummary[]>([]);
  useEffect(() => {
    fetchVersions().then(
      (list) => setHistory(list.versions),
      () => setHistory([]),
    );
  }, [current]);

  const save = () =>
    run(async () => {
      const { draft, basedOn } = editorStore.getState();
      if (!draft) return;
      const { version } = await saveSite(draft, note, basedOn);
      setNote('');
      await loadVersion(version.id);
    }, 'Saved: every seat now shows this version.');

  return (
    <section className="site-editor__panel" aria-label="Versions">
      <form
        className="site-editor__form"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <label>
          Note{' '}
          <input
            value={note}
            maxLength={500}
            onChange={(event) => setNote(event.target.value)}
            data-testid="site-note"
          />
        </label>
        <button type="submit" disabled={!dirty} data-testid="site-save">
          Save as new version
        </button>
      </form>
      <div className="site-editor__row">
        <button type="button" onClick={() => run(downloadSiteFile, 'Site file downloaded.')}>
          Export site file
        </button>
        <label className="site-editor__file">
          Import site file{' '}
          <input
            type="file"
            accept="application/json,.json"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file)
                run(
                  async () => loadVersion((await importSiteFile(file)).version.id),
                  'Site file imported as a new version.',
                );
            }}
          />
        </label>
      </div>
      <h3>History</h3>
      <ol className="site-editor__history" data-testid="site-history">
        {history.map((version) => (
          <li key={version.id} aria-current={version.id === current ? 'true' : undefined}>
            <span>
              v{version.id} · {new Date(version.savedAt).toLocaleString()} · {version.savedBy} · {version.source}
              {version.note ? ` · ${version.note}` : ''}
            </span>
            {version.id !== current && (
              <button
                type="button"
                onClick={() =>
                  run(
                    async () => loadVersion((await restoreVersion(version.id)).version.id),
                    `Version ${version.id} restored.`,
                  )
                }
              >
                Restore
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
