import { readFileSync } from "node:fs";
import { join } from "node:path";
import { csvParse } from "d3-dsv";
import writeXlsxFile from "write-excel-file/node";
import { displayName } from "../src/data/vocabulary.ts";
import { EXPECTED_ROWS } from "../src/import/workbook.ts";
import { DEFAULT_DATA_DIR } from "../src/node/read-data.ts";

/*
 * Builds workbooks in NATO's published layout from the bundled figures, for the import tests:
 * the real workbook cannot be fetched here, so the tests write their own with the same shape.
 */

export interface Figure {
  ally: string;
  year: number;
  metric: string;
  value: number;
  status: "actual" | "estimate";
}

/** The bundled 2026 edition, as the transcription of NATO's workbook gives it. */
export function bundledEdition(edition = "2026", source = "gh_cannoli_n26"): Figure[] {
  const text = readFileSync(join(DEFAULT_DATA_DIR, "nato/expenditure.csv"), "utf8");
  return csvParse(text)
    .filter((r) => r.edition === edition && r.source_id === source)
    .map((r) => ({
      ally: r.iso3 ?? "",
      year: Number(r.year),
      metric: r.metric ?? "",
      value: Number(r.value),
      status: r.status === "estimate" ? "estimate" : "actual",
    }));
}

/** Titles as the layout reads them, per sheet, with the metric each block holds. */
export const SHEETS: readonly { sheet: string; blocks: readonly [string, string][] }[] = [
  {
    sheet: "Table 1",
    blocks: [
      ["Defence expenditure (million national currency), current prices", "national_current_m"],
      [
        "Defence expenditure (million national currency), constant 2021 prices",
        "national_constant_m",
      ],
    ],
  },
  {
    sheet: "Table 2",
    blocks: [
      [
        "Defence expenditure (million US dollars), current prices and exchange rates",
        "usd_current_m",
      ],
      [
        "Defence expenditure (million US dollars), constant 2021 prices and exchange rates",
        "usd_constant_m",
      ],
    ],
  },
  {
    sheet: "Table 3",
    blocks: [
      ["Defence expenditure as a share of real GDP (%), based on 2021 prices", "share_gdp_pct"],
      ["Defence expenditure: annual real change (%), based on 2021 prices", "real_change_pct"],
    ],
  },
  {
    sheet: "Table 5",
    blocks: [
      ["Gross Domestic Product (billion US dollars), current prices", "gdp_usd_current_bn"],
      ["Gross Domestic Product (billion US dollars), constant 2021 prices", "gdp_usd_constant_bn"],
    ],
  },
  {
    sheet: "Table 6",
    blocks: [
      ["GDP per capita (thousand US dollars), 2021 prices", "gdp_per_capita_usd_k"],
      ["Defence expenditure per capita (US dollars), 2021 prices", "spend_per_capita_usd"],
    ],
  },
  { sheet: "Table 7", blocks: [["Military personnel (thousands)", "personnel_k"]] },
  {
    sheet: "Table 8a",
    blocks: [
      ["Equipment expenditure as a share of defence expenditure (%)", "equipment_share_pct"],
      ["Personnel expenditure as a share of defence expenditure (%)", "personnel_share_pct"],
    ],
  },
  {
    sheet: "Table 8b",
    blocks: [
      [
        "Infrastructure expenditure as a share of defence expenditure (%)",
        "infrastructure_share_pct",
      ],
      ["Other expenditure as a share of defence expenditure (%)", "other_share_pct"],
    ],
  },
];

/** NATO's own labels where they differ from the project's names, with a footnote mark. */
const NATO_LABELS: Record<string, string> = {
  SVK: "Slovak Republic",
  SVN: "Slovenia*",
  NEC: "NATO Europe and Canada",
  NATO: "NATO Total",
};

type Cell = { value: string | number } | null;
export type Grid = Cell[][];
export interface WorkbookSheet {
  sheet: string;
  data: Grid;
}

/** The sheets of a workbook holding `figures` for the years from 2014 to `lastYear`. */
export function layoutSheets(
  figures: readonly Figure[],
  lastYear: number,
  options: { spaced?: boolean } = {},
): WorkbookSheet[] {
  const byKey = new Map(figures.map((f) => [`${f.ally}|${f.metric}|${f.year}`, f]));
  const years = Array.from({ length: lastYear - 2013 }, (_, i) => 2014 + i);
  const estimate = new Set(figures.filter((f) => f.status === "estimate").map((f) => f.year));
  const cell = (value: string | number): Cell => ({ value });
  return SHEETS.map(({ sheet, blocks }) => {
    const data: Grid = [[cell(`${sheet}: NATO defence expenditure`)], []];
    // spaced: as NATO's own file is described (a unit row, blank rows, an empty header cell)
    if (options.spaced) data.push([cell("Million US dollars or per cent, as each block says")], []);
    for (const [title, metric] of blocks) {
      data.push([cell(title)]);
      if (options.spaced) data.push([]);
      data.push([
        options.spaced ? null : cell("Country"),
        ...years.map((y) => cell(estimate.has(y) ? `${y}e` : y)),
      ]);
      for (const code of EXPECTED_ROWS) {
        const label =
          sheet === "Table 1" && code !== "NATO" && code !== "NEC"
            ? `${NATO_LABELS[code] ?? displayName(code)} (national currency)`
            : (NATO_LABELS[code] ?? displayName(code));
        data.push([
          cell(label),
          ...years.map((y) => cell(byKey.get(`${code}|${metric}|${y}`)?.value ?? "..")),
        ]);
      }
      data.push([]);
      data.push([cell("Notes: figures for the last two years are estimates.")]);
      data.push([]);
    }
    return { sheet, data };
  });
}

export async function workbookBytes(sheets: readonly WorkbookSheet[]): Promise<Buffer> {
  return writeXlsxFile(sheets.map((s) => ({ sheet: s.sheet, data: s.data }))).toBuffer();
}

/** The (row, column) of a country's figure for a year in a block, 0-based. */
export function cellOf(
  sheet: WorkbookSheet,
  metric: string,
  code: string,
  year: number,
): [number, number] {
  const block =
    SHEETS.find((s) => s.sheet === sheet.sheet)?.blocks.findIndex(([, m]) => m === metric) ?? -1;
  let titles = -1;
  for (let r = 0; r < sheet.data.length; r++) {
    const first = sheet.data[r]?.[0]?.value;
    const next = sheet.data[r + 1]?.[0]?.value;
    if (next === "Country" && typeof first === "string") titles++;
    if (titles === block && next === "Country") {
      const row = r + 2 + EXPECTED_ROWS.indexOf(code);
      return [row, 1 + (year - 2014)];
    }
  }
  throw new Error(`no block for ${metric} in ${sheet.sheet}`);
}

/** The 2027 edition as the tests imagine it: a few revisions, 2025 now actual, 2027 estimated. */
export function nextEdition(): { figures: Figure[]; revised: Map<string, [number, number]> } {
  const revised = new Map<string, [number, number]>();
  const bundled = bundledEdition();
  const figures: Figure[] = bundled.map((f) => ({
    ...f,
    status: f.year === 2025 ? "actual" : f.status,
  }));
  const revise = (ally: string, metric: string, year: number, value: number) => {
    const f = figures.find((x) => x.ally === ally && x.metric === metric && x.year === year);
    if (!f) throw new Error(`no ${ally} ${metric} ${year}`);
    revised.set(`${ally}|${metric}|${year}`, [f.value, value]);
    f.value = value;
  };
  revise("DEU", "share_gdp_pct", 2025, 2.31);
  revise("POL", "share_gdp_pct", 2024, 4.2);
  revise("FRA", "equipment_share_pct", 2023, 27.5);
  // a spending revision moves both aggregates by the same amount, as NATO's would
  const deu = figures.find(
    (x) => x.ally === "DEU" && x.metric === "usd_current_m" && x.year === 2025,
  );
  const delta = 1000;
  for (const code of ["DEU", "NEC", "NATO"]) {
    const f = figures.find(
      (x) => x.ally === code && x.metric === "usd_current_m" && x.year === 2025,
    );
    if (f && deu) revise(code, "usd_current_m", 2025, f.value + delta);
  }
  const estimate2027 = bundled
    .filter((f) => f.year === 2026)
    .map((f) => ({ ...f, year: 2027, status: "estimate" as const }));
  return { figures: [...figures, ...estimate2027], revised };
}
