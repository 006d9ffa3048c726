/**
 * Spreadsheet readers on a workbook of about 1 MB in NATO's layout: read-excel-file (the one
 * pledgewatch uses) against exceljs, which is measured only when installed
 * (`npm install --no-save exceljs`). Prints the median of 7 reads each, in one process, and the
 * ratio.
 */
import { performance } from "node:perf_hooks";
import readExcelFile from "read-excel-file/node";
import writeXlsxFile from "write-excel-file/node";

/** A deterministic stream of numbers with full precision, like the values in NATO's workbook. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 4294967296;
    return (s / 4294967296) * 100000;
  };
}

async function workbook(): Promise<Buffer> {
  const next = lcg(2026);
  const sheets = [];
  for (let t = 1; t <= 24; t++) {
    const data: ({ value: string | number } | null)[][] = [];
    for (let b = 0; b < 6; b++) {
      data.push([{ value: `Block ${b + 1} of table ${t}, constant 2021 prices` }]);
      data.push([
        { value: "Country" },
        ...Array.from({ length: 13 }, (_, i) => ({ value: i < 11 ? 2014 + i : `${2014 + i}e` })),
      ]);
      for (let c = 0; c < 33; c++) {
        data.push([
          { value: `Country ${c}` },
          ...Array.from({ length: 13 }, () => ({ value: next() })),
        ]);
      }
      data.push([]);
    }
    sheets.push({ sheet: `Table ${t}`, data });
  }
  return writeXlsxFile(sheets).toBuffer();
}

async function median(
  f: () => Promise<number>,
  runs: number,
): Promise<{ ms: number; cells: number }> {
  const times: number[] = [];
  let cells = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    cells = await f();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(runs / 2)] ?? 0, cells };
}

const bytes = await workbook();
console.log(
  `Spreadsheet readers: a workbook of ${(bytes.length / 1e6).toFixed(2)} MB, 24 sheets; median of 7\n`,
);

const viaReadExcelFile = async () => {
  const sheets = await readExcelFile(bytes);
  return sheets.reduce((n, s) => n + s.data.reduce((m, r) => m + r.length, 0), 0);
};

let viaExceljs: (() => Promise<number>) | undefined;
try {
  const { default: ExcelJS } = await import("exceljs" as string);
  viaExceljs = async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes);
    let n = 0;
    wb.eachSheet((ws: { eachRow: (f: (r: { cellCount: number }) => void) => void }) => {
      ws.eachRow((r) => {
        n += r.cellCount;
      });
    });
    return n;
  };
} catch {
  viaExceljs = undefined;
}

const a = await median(viaReadExcelFile, 7);
console.log(`  read-excel-file   ${a.ms.toFixed(0).padStart(6)} ms  (${a.cells} cells)`);
if (viaExceljs) {
  const b = await median(viaExceljs, 7);
  console.log(`  exceljs           ${b.ms.toFixed(0).padStart(6)} ms  (${b.cells} cells)`);
  console.log(`\n  exceljs / read-excel-file: ${(b.ms / a.ms).toFixed(2)}x the time`);
} else {
  console.log("  exceljs           not installed (npm install --no-save exceljs to compare)");
}
