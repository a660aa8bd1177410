/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const target = process.env.NENNEP_BACKEND ?? 'http://localhost:8080';
// In production the app and the API share an origin; behind this proxy they would not, so the browser's Origin
// header is dropped rather than opening the API's CORS to the development server.
const backend = {
  target,
  configure: (proxy: { on: (event: 'proxyReq', handler: (request: { removeHeader: (name: string) => void }) => void) => void }) =>
    proxy.on('proxyReq', (request) => request.removeHeader('origin')),
};

export default defineConfig({
  base: '/',
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    proxy: {
      '/api': backend,
      '/q': backend,
    },
  },
  preview: {
    proxy: {
      '/api': backend,
      '/q': backend,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    testTimeout: 15_000,
    unstubGlobals: true,
  },
});
