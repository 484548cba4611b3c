/// <reference types="vitest/config" />
import { resolve } from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { writeCspJson } from "./scripts/csp-hash.mjs";

const API = "http://127.0.0.1:8000";

/** After the build, write dist/csp.json with the sha256 of index.html's inline script. */
function cspJson(): Plugin {
  let outDir = "";
  return {
    name: "cspr-csp-json",
    apply: "build",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const { file, hashes } = writeCspJson(outDir);
      this.info(`wrote ${file}: ${hashes.join(" ")}`);
    },
  };
}

export default defineConfig({
  plugins: [react(), cspJson()],
  css: {
    // GOV.UK Frontend still ships old IE hacks that Vite 8's CSS minifier otherwise rejects.
    lightningcss: { errorRecovery: true },
    preprocessorOptions: {
      scss: { quietDeps: true },
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    manifest: true,
    sourcemap: false,
    target: "es2022",
    assetsInlineLimit: 0,
  },
  server: {
    host: "127.0.0.1",
    port: 5173,
    proxy: {
      "/api": { target: API, changeOrigin: false },
      "/.well-known": { target: API, changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      "/api": { target: API, changeOrigin: false },
      "/.well-known": { target: API, changeOrigin: false },
    },
  },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.mjs"],
    setupFiles: ["src/test/setup.ts"],
    css: false,
    restoreMocks: true,
    // Generous deadlines: `make test` must pass while the machine is busy with other builds.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
