import { Dialog } from '../dialogs/Dialog.js';
import { useCloseDialog } from '../store/desk-selectors.js';
import { SHORTCUTS, type Shortcut } from './shortcuts.js';

const GROUPS: readonly Shortcut['group'][] = ['Move', 'Handle', 'Desk'];

/** Every desk key, from the same table the keyboard uses. */
export function ShortcutOverlay() {
  const close = useCloseDialog();
  return (
    <Dialog testId="shortcut-overlay" title="Keyboard" onClose={close} size="widest">
      <div className="shortcuts" onKeyDown={(event) => event.key === '?' && close()}>
        {GROUPS.map((group) => (
          <section key={group} className="shortcuts__group">
            <h3>{group}</h3>
            <dl>
              {SHORTCUTS.filter((shortcut) => shortcut.group === group).map((shortcut) => (
                <div key={shortcut.intent} className="shortcuts__row">
                  <dt>
                    <kbd>{shortcut.shows}</kbd>
                  </dt>
                  <dd>{shortcut.label}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <div className="dialog__buttons">
        <button type="button" className="button button--primary" data-autofocus onClick={close}>
          Close <kbd>Esc</kbd>
        </button>
      </div>
    </Dialog>
  );
}
