import { useCoreNow } from '../time/use-core-now.js';
import { storeFaultMessage } from './store-fault-words.js';
import { useStoreHealth } from './use-store-health.js';

/** Over everything while the core cannot write its database: a desk that silently stopped logging has failed. */
export function StoreFaultBanner() {
  const store = useStoreHealth();
  const now = useCoreNow();
  if (!store?.fault) return null;
  const { title, detail } = storeFaultMessage(store.fault, now);
  return (
    <div className="store-fault" role="alert" data-testid="store-fault" data-code={store.fault.code}>
      <strong className="store-fault__title">{title}</strong>
      <span className="store-fault__detail">{detail}</span>
    </div>
  );
}
