import type { Dataset } from "../data/dataset.ts";
import { asOfWithin, InputError } from "./limits.ts";

/** How each face names its inputs, so an error speaks the face's language. */
export interface FieldNames {
  readonly asOf: string;
  readonly edition: string;
}

export const CLI_FIELDS: FieldNames = { asOf: "--as-of", edition: "--edition" };
export const API_FIELDS: FieldNames = { asOf: "asOf", edition: "edition" };

/**
 * The "as of" year and edition a question is asked for, checked against the data: an edition
 * the data has, and a year within the years it has figures for (default: the latest).
 */
export function resolveAsOf(
  dataset: Dataset,
  input: { asOf?: number; edition?: string },
  fields: FieldNames,
): { asOf: number; edition: string | undefined } {
  const { edition } = input;
  if (edition !== undefined && !dataset.editions().includes(edition)) {
    throw new InputError(
      fields.edition,
      `unknown edition "${edition}": the data has ${dataset.editions().join(", ")}`,
    );
  }
  const years = dataset.shareYears({ edition });
  if (years === undefined)
    throw new InputError(fields.asOf, "the data has no share-of-GDP figures");
  const asOf = input.asOf ?? years.latest;
  return { asOf: asOfWithin(fields.asOf, asOf, years.first, years.latest), edition };
}
