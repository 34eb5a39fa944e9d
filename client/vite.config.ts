import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// In development the API server runs beside Vite (pnpm dev); in production it serves dist/ itself.
const api = "http://127.0.0.1:4000";

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      "/graphql": { target: api, ws: true },
      "/v1": api,
      "/healthz": api,
      "/readyz": api,
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: true,
    // The API explorer (GraphiQL, served at GET /graphql) is a page of its own: the app never loads it.
    rollupOptions: { input: { main: "index.html", explorer: "explorer.html" } },
  },
});
