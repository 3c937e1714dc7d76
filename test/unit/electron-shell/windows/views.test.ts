import { describe, expect, it } from 'vitest';
import { viewUrl } from '../../../../electron/shell/windows/views.js';

describe('viewUrl', () => {
  it('adds the view parameter', () => {
    expect(viewUrl('http://127.0.0.1:4780/', 'map')).toBe('http://127.0.0.1:4780/?view=map');
    expect(viewUrl('http://127.0.0.1:4780/', 'queue')).toBe('http://127.0.0.1:4780/?view=queue');
  });

  it('keeps path and other parameters, and replaces a view already there', () => {
    expect(viewUrl('http://127.0.0.1:4780/desk/?seat=2&view=map#x', 'queue')).toBe(
      'http://127.0.0.1:4780/desk/?seat=2&view=queue#x',
    );
  });

  it('removes the view for the full console', () => {
    expect(viewUrl('http://127.0.0.1:4780/?view=map', null)).toBe('http://127.0.0.1:4780/');
  });
});
