import type { Tooltip } from 'leaflet';
import { useLayoutEffect } from 'react';

/**
 * Leaflet places a tooltip by its size when it opens, before React has drawn into it, and not
 * again when its content grows or shrinks (an alarm arriving while a guard points at the device):
 * it would then cover the very marker it is about. Keeps an open tooltip placed around its content.
 * (react-leaflet's <Tooltip>, on the DOM markers, does this itself; the canvas floor binds plain
 * Leaflet tooltips.)
 */
export function useTooltipKeptInPlace(tooltip: Tooltip | null | undefined): void {
  useLayoutEffect(() => {
    const element = tooltip?.getElement();
    if (!tooltip || !element) return;
    tooltip.update();
    const resized = new ResizeObserver(() => tooltip.update());
    resized.observe(element);
    return () => resized.disconnect();
  }, [tooltip]);
}
