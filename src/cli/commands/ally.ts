import { allyCapabilities } from "../../analysis/capabilities.ts";
import { PLEDGE_VERDICTS, pledgeTargetText } from "../../analysis/pledges.ts";
import { allyProfile } from "../../analysis/profile.ts";
import { toProfileRecord, toRecord } from "../../analysis/records.ts";
import { shortCitation, sourceNote } from "../../data/citation.ts";
import { figureText, flagOf } from "../../data/flags.ts";
import type { SeriesPoint } from "../../data/types.ts";
import { PLEDGE_BASES } from "../../data/vocabulary.ts";
import { registry } from "../../store/registry.ts";
import { resolveAlly } from "../ally-name.ts";
import {
  asOfAndEdition,
  COMMON_HELP,
  COMMON_OPTIONS,
  type Command,
  outputFormat,
} from "../command.ts";
import { fixed, json, painter, TERMINAL_STATUS_COLOURS, table, toCsv, usdBn } from "../format.ts";
import { existingStore, STORE_HELP } from "../store-option.ts";
import { capabilitiesText } from "./capabilities.ts";

const cell = (p: SeriesPoint | undefined, digits: number) => (p ? figureText(p, digits) : "-");

const revisions = (p: SeriesPoint | undefined) =>
  p?.alternatives.map((a) => `${a.edition}: ${figureText(a)}`).join("; ") ?? "";

export const allyCommand: Command = {
  name: "ally",
  usage: "pledgewatch ally <ISO3|name> [--as-of YEAR] [--json|--csv]",
  help: `${COMMON_HELP}
${STORE_HELP}

Pledges: the bundled ones (data/commitments) and, where a store exists, the claims accepted
with \`pledgewatch claims accept\`, each with its review status.
--csv prints the evaluated targets; --json prints everything.

Examples:
  pledgewatch ally DEU
  pledgewatch ally "united kingdom" --json`,
  options: { ...COMMON_OPTIONS, db: { type: "string" } },
  positionals: { min: 1, max: 1 },
  async run(values, positionals, { io, dataset }) {
    const ally = resolveAlly(positionals[0] ?? "");
    const data = await dataset();
    const { asOf, edition } = asOfAndEdition(values, data);
    // the user's reviewed pledges, when a store exists (reading never creates one)
    const store = existingStore(values, io);
    const all = store ? registry(data, store.userPledges(), store.pledgeLinks()) : [];
    const reviewed = all.filter((r) => r.review === "accepted");
    // accepted claims that repeat a pledge are shown as its further sources
    const further = new Map(
      all
        .filter((r) => r.furtherSources.length > 0)
        .map((r) => [
          r.pledge.id,
          r.furtherSources
            .map((f) => `claim:${f.claimId}${f.sourceUrl ? ` (${f.sourceUrl})` : ""}`)
            .join(", "),
        ]),
    );
    store?.close();
    const sourceOf = new Map(reviewed.map((r) => [r.pledge.id, r.sourceUrl]));
    const profile = allyProfile(
      data,
      ally,
      { asOf, edition },
      reviewed.map((r) => r.pledge),
    );
    const format = outputFormat(values);
    if (format === "json") {
      io.out(json(toProfileRecord(profile)));
      return 0;
    }
    if (format === "csv") {
      io.out(toCsv(profile.evaluations.map(toRecord)));
      return 0;
    }
    const paint = painter(io);
    io.out(`${paint(`${profile.name} (${ally})`, "bold")}, as of ${asOf}\n\n`);
    if (profile.history.length === 0) {
      io.out(`No NATO figures for ${profile.name} in the data (see data/nato/NOTES.md).\n\n`);
    } else {
      io.out(
        `${table(
          [
            { header: "YEAR" },
            { header: "SHARE% GDP", align: "right" },
            { header: "USD m", align: "right" },
            { header: "USD m 2021", align: "right" },
            { header: "EQUIP%", align: "right" },
            { header: "EDITION" },
            { header: "OTHER EDITIONS (share)" },
          ],
          profile.history.map((h) => [
            String(h.year),
            cell(h.figures.share_gdp_pct, 2),
            cell(h.figures.usd_current_m, 0),
            cell(h.figures.usd_constant_m, 0),
            cell(h.figures.equipment_share_pct, 2),
            h.figures.share_gdp_pct?.edition ?? "-",
            revisions(h.figures.share_gdp_pct),
          ]),
        )}\n`,
      );
      const flagged = profile.history.flatMap((h) =>
        Object.values(h.figures).flatMap((p) =>
          [p, ...(p?.alternatives ?? [])].flatMap((o) => {
            const f = o && flagOf(o);
            return f && o
              ? [`${o.year} ${o.metric}, edition ${o.edition}: ${f.flag}: ${f.note}`]
              : [];
          }),
        ),
      );
      io.out(
        paint(
          `e = estimate${flagged.length > 0 ? `\n${flagged.map((f) => `(${f})`).join("\n")}` : ""}\n\n`,
          "dim",
        ),
      );
      io.out(
        `${table(
          [
            { header: "TARGET" },
            { header: "BY" },
            { header: "NOW", align: "right" },
            { header: "GAP pp", align: "right" },
            { header: "GAP $bn/yr", align: "right" },
            { header: "TREND pp/yr", align: "right" },
            { header: "REACHES" },
            { header: "NEED pp/yr", align: "right" },
            { header: "STATUS" },
            { header: "ON ACTUALS" },
            { header: "2Y / 5Y TREND" },
            { header: "" },
          ],
          profile.evaluations.map((e) => [
            `${e.target.id} (${e.target.threshold}%)`,
            String(e.target.deadline ?? "-"),
            fixed(e.current?.value, 2),
            fixed(e.gap?.points, 2),
            usdBn(e.gap?.usdM),
            fixed(e.trend?.perYear, 2, true),
            e.trend ? String(e.trend.reachesIn ?? "not at trend") : "-",
            fixed(e.required?.pointsPerYear, 2, true),
            e.status ? paint(e.status, TERMINAL_STATUS_COLOURS[e.status] ?? "dim") : "no figure",
            e.actuals
              ? `${e.actuals.status}${e.onlyOnEstimates ? "!" : ""} ${e.actuals.current.year}`
              : "-",
            e.windows.map((w) => w.status).join(" / ") || "-",
            e.fragile ? "fragile" : "",
          ]),
        )}\n`,
      );
      const horizon = profile.evaluations.find((e) => e.target.horizonId !== undefined);
      if (horizon)
        io.out(
          paint(
            `${horizon.target.id} by ${horizon.target.deadline}: ${horizon.target.deadlineFrom}\n`,
            "dim",
          ),
        );
      for (const e of profile.evaluations) {
        if (e.target.caveat) io.out(paint(`${e.target.id}: ${e.target.caveat}\n`, "dim"));
      }
      for (const flag of new Set(profile.evaluations.flatMap((e) => e.gdpFlags))) {
        io.out(`GDP check: ${flag}\n`);
      }
      io.out("\n");
    }
    io.out(`${paint("Pledges", "bold")}\n`);
    if (profile.pledges.length === 0) io.out("  none in the data\n");
    for (const c of profile.pledges) {
      const p = c.pledge;
      io.out(
        `  ${p.id}  ${p.madeOn}  ${p.speaker} (${p.role}): ${pledgeTargetText(p)}\n` +
          `        basis: ${p.basis} (${PLEDGE_BASES[p.basis].note})\n` +
          `        ${paint(c.verdict, TERMINAL_STATUS_COLOURS[c.verdict] ?? "dim")}: ${c.explanation}\n` +
          (c.actuals && c.actuals.verdict !== c.verdict
            ? `        on actual figures only: ${c.actuals.verdict}: ${c.actuals.explanation}\n`
            : "") +
          `        ${sourceOf.has(p.id) ? `review: accepted from ${p.sourceIds.filter((id) => !further.get(p.id)?.includes(id)).join(", ")}${sourceOf.get(p.id) ? ` (${sourceOf.get(p.id)})` : ""}` : `review: bundled; sources: ${shortCitation(data, p.sourceIds)}`}${further.has(p.id) ? `; further sources: ${further.get(p.id)}` : ""}\n`,
      );
    }
    io.out(
      paint(
        `\n${[...new Set(profile.pledges.map((c) => c.verdict))]
          .map((k) => `${k}: ${PLEDGE_VERDICTS[k]}.`)
          .join("\n")}\n`,
        "dim",
      ),
    );
    const capabilities = allyCapabilities(data, ally, { asOf, edition });
    io.out(
      `\n${paint("CASH AND CAPABILITIES", "bold")}\n${capabilitiesText(data, capabilities, false)}`,
    );
    const sources = sourceNote(data, [
      ...profile.evaluations.flatMap((e) => e.sourceIds),
      ...capabilities.years.flatMap((y) =>
        Object.values(y.figures).flatMap((f) => f?.sourceIds ?? []),
      ),
    ]);
    io.out(paint(`${sources.join("\n")} Each in full: \`pledgewatch sources\`.\n`, "dim"));
    return 0;
  },
};
