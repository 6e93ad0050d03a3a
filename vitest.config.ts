/// <reference types="vitest/config" />
// getViteConfig lets unit tests import .astro components (rendered with
// Astro's container API), with the same Vite setup as the build.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: { include: ['tests/unit/**/*.test.ts'] },
});
