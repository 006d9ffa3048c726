import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/",
  plugins: [react()],
  resolve: {
    alias: {
      // csv-parse's default build uses Node's Buffer; its browser bundle carries its own
      "csv-parse/sync": fileURLToPath(
        new URL("../node_modules/csv-parse/dist/esm/sync.js", import.meta.url),
      ),
    },
  },
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 1500 },
});
