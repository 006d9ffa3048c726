import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/",
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      treeshake: {
        // The engine does nothing on load (no I/O, no globals), so a module of it that the
        // dashboard reaches through an index file but never calls is left out of the bundle.
        moduleSideEffects: [
          { test: /[\\/]src[\\/](data|analysis|projection|charts|input)[\\/]/, sideEffects: false },
        ],
      },
    },
  },
});
