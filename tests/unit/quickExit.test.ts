import { describe, expect, it } from 'vitest';
import { registerPress, windowMs } from '../../src/lib/quickExit.ts';

describe('quick exit Shift rule', () => {
  it('leaves on the third press within the window', () => {
    let state = registerPress([], 0);
    state = registerPress(state.presses, 1000);
    expect(state.leave).toBe(false);
    expect(registerPress(state.presses, 2000).leave).toBe(true);
  });

  it('forgets presses older than the window', () => {
    const state = registerPress([0, 40], windowMs + 50); // both older than the window
    expect(state.presses).toEqual([windowMs + 50]);
    expect(state.leave).toBe(false);
  });
});
