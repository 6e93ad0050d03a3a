// How long each check of a test took, recorded as a test annotation
// ("check-ms": "<check>=<ms>") so npm run bench can show what each check costs.
// Timings are only ever reported, never asserted.
import { test } from '@playwright/test';

export const timingAnnotation = 'check-ms';

export async function timed<T>(check: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await run();
  } finally {
    test.info().annotations.push({ type: timingAnnotation, description: `${check}=${(performance.now() - start).toFixed(1)}` });
  }
}
