import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { DATA_FILES } from "../src/data/files.ts";
import { DEFAULT_DATA_DIR } from "../src/node/read-data.ts";

interface Resource {
  name: string;
  path: string;
  schema: { fields: { name: string }[]; foreignKeys?: { reference: { resource: string } }[] };
}

const pkg = JSON.parse(readFileSync(join(DEFAULT_DATA_DIR, "datapackage.json"), "utf8")) as {
  resources: Resource[];
};

function csvFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? csvFiles(join(dir, e.name))
      : e.name.endsWith(".csv")
        ? [relative(DEFAULT_DATA_DIR, join(dir, e.name))]
        : [],
  );
}

describe("datapackage.json", () => {
  it("describes every CSV in data/, and the loader reads every one", () => {
    const described = pkg.resources.map((r) => r.path).sort();
    expect(described).toEqual(csvFiles(DEFAULT_DATA_DIR).sort());
    expect(
      Object.values(DATA_FILES)
        .map((f) => f.path)
        .sort(),
    ).toEqual(described);
  });

  it("lists each file's columns in order, as the header and the loader have them", () => {
    for (const r of pkg.resources) {
      const header = readFileSync(join(DEFAULT_DATA_DIR, r.path), "utf8").split(/\r?\n/)[0];
      expect(r.schema.fields.map((f) => f.name).join(","), r.path).toBe(header);
      const loader = Object.values(DATA_FILES).find((f) => f.path === r.path);
      expect(loader?.columns.join(","), r.path).toBe(header);
    }
  });

  it("points every row's source_id at its own folder's sources", () => {
    const names = new Set(pkg.resources.map((r) => r.name));
    for (const r of pkg.resources.filter((x) => !x.path.endsWith("sources.csv"))) {
      const target = r.schema.foreignKeys?.[0]?.reference.resource;
      expect(target, r.path).toBe(`${r.path.split("/")[0]}-sources`);
      expect(names.has(target ?? "")).toBe(true);
    }
  });
});
