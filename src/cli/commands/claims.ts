import { pledgeTargetText } from "../../analysis/pledges.ts";
import { acceptIntoRegistry, parseEdits } from "../../store/acceptance.ts";
import type { StoredClaim } from "../../store/store.ts";
import { COMMON_OPTIONS, type Command } from "../command.ts";
import { json, painter, table } from "../format.ts";
import { UsageError } from "../io.ts";
import { openStore, STORE_HELP } from "../store-option.ts";

function describe(c: StoredClaim): string {
  if (c.kind === "horizon")
    return `threat horizon ${c.horizonYear}${c.threat ? ` (${c.threat})` : ""} ("${c.phrase}")`;
  const parts = [
    c.sharePct === null ? null : `${c.sharePct}% of GDP`,
    c.amountBn === null ? null : `${c.currency ?? ""} ${c.amountBn}bn`.trim(),
    c.targetYear === null ? (c.annually ? "annually" : "no year") : `by ${c.targetYear}`,
    c.basis ? `basis ${c.basis}` : null,
  ].filter(Boolean);
  return `${c.stance ?? "target"}: ${parts.join(", ")}`;
}

export const claimsCommand: Command = {
  name: "claims",
  usage:
    "pledgewatch claims [--pending|--accepted|--rejected] [--json] | claims accept <id> [--edit field=value ...] | claims reject <id>",
  help: `  --pending, --accepted, --rejected   list only claims with that status
  --edit field=value                  with accept: correct a field (repeatable): ally, share, year,
                                      amount, currency, basis, speaker, role, made_on
${STORE_HELP}
  --json                              JSON output
  -h, --help                          this help

An accepted target claim becomes a registry pledge citing its article; \`pledgewatch ally\`
shows it beside the bundled pledges.

Examples:
  pledgewatch claims --pending
  pledgewatch claims accept 3 --edit ally=DEU --edit year=2029
  pledgewatch claims reject 4`,
  options: {
    pending: { type: "boolean" },
    accepted: { type: "boolean" },
    rejected: { type: "boolean" },
    edit: { type: "string", multiple: true },
    db: { type: "string" },
    json: COMMON_OPTIONS.json,
    help: COMMON_OPTIONS.help,
  },
  positionals: { min: 0, max: 2 },
  async run(values, positionals, { io, dataset }) {
    const [verb, idText] = positionals;
    const store = openStore(values, io);
    try {
      if (verb === "accept" || verb === "reject") {
        const id = Number(idText);
        if (!Number.isInteger(id) || id <= 0)
          throw new UsageError(`claims ${verb} takes a claim id (got "${idText ?? ""}")`);
        if (verb === "reject") {
          store.reject(id);
          io.out(`claim ${id} rejected\n`);
          return 0;
        }
        const accepted = acceptIntoRegistry(
          store,
          await dataset(),
          id,
          parseEdits(Array.isArray(values.edit) ? values.edit : []),
        );
        if (values.json) io.out(json(accepted));
        else if (accepted.outcome === "linked") {
          const p = accepted.linkedTo.pledge;
          io.out(
            `claim ${id} accepted as a further source of ${accepted.linkedTo.review} pledge ${p.id} (${p.ally} ${pledgeTargetText(p)}, ${p.speaker}): not added twice\n`,
          );
        } else {
          const pledge = accepted.pledge;
          io.out(
            `claim ${id} accepted as pledge U${pledge.id}: ${pledge.iso3} ${pledge.targetSharePct ?? ""}${pledge.targetSharePct === null ? "" : "%"} ${pledge.targetYear ? `by ${pledge.targetYear}` : ""} (${pledge.basis})\n`,
          );
        }
        return 0;
      }
      if (verb !== undefined)
        throw new UsageError(`unknown claims verb "${verb}": use accept or reject`);
      const statuses = (["pending", "accepted", "rejected"] as const).filter((s) => values[s]);
      if (statuses.length > 1)
        throw new UsageError("choose one of --pending, --accepted and --rejected");
      const claims = store.claims(statuses[0]);
      if (values.json) {
        io.out(json(claims));
        return 0;
      }
      const paint = painter(io);
      io.out(
        `${table(
          [
            { header: "ID" },
            { header: "STATUS" },
            { header: "ALLY" },
            { header: "CLAIM" },
            { header: "CONF", align: "right" },
            { header: "ARTICLE" },
          ],
          claims.map((c) => [
            String(c.id),
            c.status,
            c.ally ?? "-",
            describe(c),
            c.confidence.toFixed(2),
            `${c.file.split("/").pop()} (${c.publishedOn})`,
          ]),
        )}\n`,
      );
      for (const c of claims.filter((x) => x.status === "pending").slice(0, 5)) {
        io.out(paint(`  #${c.id} evidence: "${c.sentence}"\n`, "dim"));
      }
      io.out(`${claims.length} claim${claims.length === 1 ? "" : "s"} in ${store.path}\n`);
      return 0;
    } finally {
      store.close();
    }
  },
};
