import path from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const repoRoot = path.dirname(fileURLToPath(import.meta.url));

/** The web app: source in src/web, built into dist/web, which the server serves. */
export default defineConfig({
  root: path.join(repoRoot, "src/web"),
  publicDir: false,
  plugins: [react()],
  build: {
    outDir: path.join(repoRoot, "dist/web"),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { "/api": { target: "http://127.0.0.1:3000", changeOrigin: false } },
  },
});
