/** The files of the data package, relative to data/, with the columns each must have. */
export const DATA_FILES = {
  natoSources: {
    path: "nato/sources.csv",
    columns: ["source_id", "kind", "publisher", "title", "url", "published", "note"],
  },
  commitmentSources: {
    path: "commitments/sources.csv",
    columns: ["source_id", "kind", "publisher", "title", "url", "published", "note"],
  },
  contextSources: {
    path: "context/sources.csv",
    columns: ["source_id", "kind", "publisher", "title", "url", "published", "note"],
  },
  natoEditions: {
    path: "nato/editions.csv",
    columns: ["edition", "title", "published", "source_id", "note"],
  },
  expenditure: {
    path: "nato/expenditure.csv",
    columns: ["iso3", "year", "metric", "value", "unit", "status", "edition", "source_id"],
  },
  guidelines: {
    path: "commitments/guidelines.csv",
    columns: [
      "id",
      "adopted_on",
      "forum",
      "metric",
      "threshold_pct",
      "basis",
      "deadline_year",
      "text",
      "source_id",
    ],
  },
  pledges: {
    path: "commitments/pledges.csv",
    columns: [
      "id",
      "iso3",
      "made_on",
      "speaker",
      "role",
      "target_share_gdp_pct",
      "target_amount",
      "currency",
      "target_year",
      "basis",
      "statement",
      "source_id",
    ],
  },
  horizons: {
    path: "commitments/threat_horizons.csv",
    columns: ["id", "stated_on", "speaker", "role", "horizon_year", "claim", "source_id"],
  },
  milex: {
    path: "context/milex.csv",
    columns: ["iso3", "year", "metric", "value", "unit", "source_id"],
  },
  macro: {
    path: "context/macro.csv",
    columns: ["iso3", "year", "metric", "value", "unit", "vintage", "source_id"],
  },
  ukraineSupport: {
    path: "context/ukraine_support.csv",
    columns: ["donor_iso3", "metric", "value", "unit", "cutoff", "source_id"],
  },
  production: {
    path: "context/production.csv",
    columns: ["producer", "item", "year", "value", "unit", "kind", "source_id"],
  },
} as const;

export type DataFileKey = keyof typeof DATA_FILES;

/** The text of each data file, keyed as in DATA_FILES. */
export type DataTexts = Readonly<Record<DataFileKey, string>>;
