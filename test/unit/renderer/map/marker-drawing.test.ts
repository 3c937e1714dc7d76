// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAMERA_STATUSES } from '../../../../shared/contract/payloads.js';
import { DOOR_STATES } from '../../../../shared/domain/device-state.js';
import { PRIORITIES } from '../../../../shared/domain/alarm.js';
import { MARKER_STATES, type MarkerLook } from '../../../../renderer/devices/marker-state.js';
import { MarkerDrawing, type MarkerIconInput } from '../../../../renderer/map/marker-drawing.js';

const calm: MarkerLook = { state: 'ok', pulse: false, priority: null, door: 'closed', camera: null };
const forced: MarkerLook = { state: 'alarm', pulse: true, priority: 2, door: 'forced', camera: null };
const door = (look: MarkerLook, selected = false): MarkerIconInput => ({
  deviceId: 'door-g-lobby',
  name: 'Lobby door',
  type: 'door',
  look,
  selected,
});
const parts = (element: HTMLElement) => [...element.children].map((child) => child.className);
/** What a marker shows: its attributes (in any order, as HTML has it) and its parts' markup, in order. */
const reading = (element: HTMLElement) => ({
  attributes: [...element.attributes].map(({ name, value }) => `${name}=${value}`).sort(),
  parts: [...element.children].map((child) => child.outerHTML),
});

describe('MarkerDrawing', () => {
  it('draws a forced door as an urgent alarm marker', () => {
    const drawing = new MarkerDrawing();
    drawing.draw(door(forced));
    const { element } = drawing;
    expect(element.className).toBe('wf-marker wf-marker--alarm wf-marker--pulse');
    expect(element.dataset).toMatchObject({ deviceId: 'door-g-lobby', deviceType: 'door', state: 'alarm' });
    expect(element.dataset.priority).toBe('2');
    expect(element.dataset.door).toBe('forced');
    expect(element.hasAttribute('data-camera')).toBe(false);
    expect(parts(element)).toEqual(['wf-marker__disc', 'wf-marker__priority', 'wf-marker__tag', 'wf-visually-hidden']);
    expect(element.querySelector('.wf-marker__priority')?.textContent).toBe('P2');
    expect(element.querySelector('.wf-marker__tag')?.textContent).toBe('FORCED');
    expect(element.querySelector('.wf-visually-hidden')?.textContent).toBe('Lobby door: alarm');
    expect(element.querySelector('.wf-marker__disc svg')).not.toBeNull();
  });

  it('keeps its element and its parts across look changes, showing the right state after each', () => {
    const drawing = new MarkerDrawing();
    const { element } = drawing;
    drawing.draw(door(calm));
    const disc = element.firstElementChild;
    expect(element.dataset.state).toBe('ok');
    expect(parts(element)).toEqual(['wf-marker__disc', 'wf-visually-hidden']);

    drawing.draw(door(forced));
    expect(drawing.element).toBe(element);
    expect(element.firstElementChild).toBe(disc);
    expect(element.dataset.state).toBe('alarm');
    expect(element.classList.contains('wf-marker--pulse')).toBe(true);
    expect(element.querySelector('.wf-marker__tag')?.textContent).toBe('FORCED');

    drawing.draw(door({ ...forced, pulse: false, door: 'closed' }, true));
    expect(element.className).toBe('wf-marker wf-marker--alarm wf-marker--selected');
    expect(element.querySelector('.wf-marker__tag')).toBeNull();
    expect(element.querySelector('.wf-marker__priority')?.textContent).toBe('P2');

    drawing.draw(door(calm));
    expect(element.className).toBe('wf-marker wf-marker--ok');
    expect(element.dataset.state).toBe('ok');
    expect(element.hasAttribute('data-priority')).toBe(false);
    expect(parts(element)).toEqual(['wf-marker__disc', 'wf-visually-hidden']);
    expect(element.querySelector('.wf-visually-hidden')?.textContent).toBe('Lobby door: ok');
  });

  it('draws a door standing open with the open glyph, and closed again with the closed one', () => {
    const drawing = new MarkerDrawing();
    drawing.draw(door(calm));
    const closedGlyph = drawing.element.querySelector('.wf-marker__disc')?.innerHTML;
    drawing.draw(door({ ...calm, door: 'open' }));
    expect(drawing.element.querySelector('.wf-marker__disc')?.innerHTML).not.toBe(closedGlyph);
    drawing.draw(door(calm));
    expect(drawing.element.querySelector('.wf-marker__disc')?.innerHTML).toBe(closedGlyph);
  });

  it('shows a device name as text, never as markup', () => {
    const drawing = new MarkerDrawing();
    drawing.draw({ ...door(calm), name: '<img src=x onerror=alert(1)>' });
    expect(drawing.element.querySelector('img')).toBeNull();
    expect(drawing.element.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('after any sequence of looks, reads exactly as a marker drawn fresh in the last one', () => {
    const look = fc.record({
      state: fc.constantFrom(...MARKER_STATES),
      pulse: fc.boolean(),
      priority: fc.constantFrom(null, ...PRIORITIES),
      door: fc.constantFrom(null, ...DOOR_STATES),
      camera: fc.constantFrom(null, ...CAMERA_STATUSES),
    });
    const input = fc.record({
      deviceId: fc.constantFrom('door-g-lobby', 'cam-g-1'),
      name: fc.constantFrom('Lobby door', 'Camera & "stores"'),
      type: fc.constantFrom('door', 'camera', 'panic-button'),
      look,
      selected: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(input, { minLength: 1, maxLength: 8 }), (inputs) => {
        const restyled = new MarkerDrawing();
        for (const next of inputs) restyled.draw(next);
        const fresh = new MarkerDrawing();
        fresh.draw(inputs[inputs.length - 1] as MarkerIconInput);
        expect(reading(restyled.element)).toEqual(reading(fresh.element));
      }),
    );
  });
});
