import { createHash } from "node:crypto";
import { mkdirSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { DatabaseSync } from "node:sqlite";
import type { Claim } from "../extract/extract.ts";

/** Where the store lives unless --db or PLEDGEWATCH_DB says otherwise. */
export function defaultStorePath(env: Readonly<Record<string, string | undefined>>): string {
  // the environment given, not the process's: a caller (a test) that sets HOME is obeyed
  const base = env.XDG_DATA_HOME || join(env.HOME || homedir(), ".local", "share");
  return join(base, "pledgewatch", "pledgewatch.db");
}

/** Each migration runs once, in order, in a transaction; the schema version is PRAGMA user_version. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE articles (
     id INTEGER PRIMARY KEY,
     sha256 TEXT NOT NULL UNIQUE,
     file TEXT NOT NULL,
     source_url TEXT,
     published_on TEXT NOT NULL CHECK (published_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
     text TEXT NOT NULL,
     ingested_at TEXT NOT NULL
   );
   CREATE TABLE claims (
     id INTEGER PRIMARY KEY,
     article_id INTEGER NOT NULL REFERENCES articles(id),
     kind TEXT NOT NULL CHECK (kind IN ('target', 'horizon')),
     ally TEXT,
     speaker TEXT,
     role TEXT,
     share_pct REAL CHECK (share_pct IS NULL OR (share_pct > 0 AND share_pct < 100)),
     amount_bn REAL,
     currency TEXT,
     target_year INTEGER,
     annually INTEGER NOT NULL DEFAULT 0,
     basis TEXT,
     stance TEXT,
     horizon_year INTEGER,
     phrase TEXT,
     sentence TEXT NOT NULL,
     start_offset INTEGER NOT NULL,
     end_offset INTEGER NOT NULL CHECK (end_offset > start_offset),
     confidence REAL NOT NULL CHECK (confidence BETWEEN 0 AND 1),
     status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected'))
   );
   CREATE INDEX claims_status ON claims(status);
   CREATE TABLE reviews (
     id INTEGER PRIMARY KEY,
     claim_id INTEGER NOT NULL REFERENCES claims(id),
     decision TEXT NOT NULL CHECK (decision IN ('accepted', 'rejected')),
     edits TEXT NOT NULL DEFAULT '{}',
     decided_at TEXT NOT NULL
   );
   CREATE TABLE user_pledges (
     id INTEGER PRIMARY KEY,
     claim_id INTEGER NOT NULL UNIQUE REFERENCES claims(id),
     iso3 TEXT NOT NULL,
     made_on TEXT NOT NULL,
     speaker TEXT NOT NULL,
     role TEXT NOT NULL,
     target_share_gdp_pct REAL,
     target_amount REAL,
     currency TEXT,
     target_year INTEGER,
     basis TEXT NOT NULL,
     statement TEXT NOT NULL,
     source_url TEXT
   );`,
  // an accepted claim that repeats a pledge already in the registry is kept as a further source
  `CREATE TABLE pledge_links (
     id INTEGER PRIMARY KEY,
     claim_id INTEGER NOT NULL UNIQUE REFERENCES claims(id),
     pledge_id TEXT NOT NULL,
     made_on TEXT NOT NULL,
     statement TEXT NOT NULL,
     source_url TEXT
   );
   CREATE INDEX pledge_links_pledge ON pledge_links(pledge_id);`,
  // the state a threat horizon is about (RUS, CHN); claims stored before it say none
  "ALTER TABLE claims ADD COLUMN threat TEXT;",
];

export interface ArticleInput {
  readonly file: string;
  readonly text: string;
  /** YYYY-MM-DD. */
  readonly publishedOn: string;
  readonly sourceUrl: string | null;
  readonly claims: readonly Claim[];
}

export interface StoredArticle {
  readonly id: number;
  readonly file: string;
  readonly sourceUrl: string | null;
  readonly publishedOn: string;
  readonly ingestedAt: string;
  readonly claims: number;
}

export interface StoredClaim {
  readonly id: number;
  readonly articleId: number;
  readonly kind: "target" | "horizon";
  readonly ally: string | null;
  readonly speaker: string | null;
  readonly role: string | null;
  readonly sharePct: number | null;
  readonly amountBn: number | null;
  readonly currency: string | null;
  readonly targetYear: number | null;
  readonly annually: boolean;
  readonly basis: string | null;
  readonly stance: string | null;
  readonly horizonYear: number | null;
  /** For a horizon: the state that could attack (RUS, CHN); null for targets. */
  readonly threat: string | null;
  readonly phrase: string | null;
  readonly sentence: string;
  readonly start: number;
  readonly end: number;
  readonly confidence: number;
  readonly status: "pending" | "accepted" | "rejected";
  readonly publishedOn: string;
  readonly sourceUrl: string | null;
  readonly file: string;
}

export interface UserPledge {
  readonly id: number;
  readonly claimId: number;
  readonly iso3: string;
  readonly madeOn: string;
  readonly speaker: string;
  readonly role: string;
  readonly targetSharePct: number | null;
  readonly targetAmount: number | null;
  readonly currency: string | null;
  readonly targetYear: number | null;
  readonly basis: string;
  readonly statement: string;
  readonly sourceUrl: string | null;
}

/** A claim accepted as a further source of a pledge already in the registry. */
export interface PledgeLink {
  readonly claimId: number;
  /** A bundled pledge's id ("P002") or an accepted one's ("U3"). */
  readonly pledgeId: string;
  readonly madeOn: string;
  readonly statement: string;
  readonly sourceUrl: string | null;
}

export class StoreError extends Error {
  override name = "StoreError";
}

/** The store cannot be used as it is (busy, read-only, not a database, damaged): exit 1. */
export class StoreUnavailableError extends StoreError {
  override name = "StoreUnavailableError";
}

/** SQLite's primary result codes that a user can meet and act on. */
const SQLITE_PROBLEMS: Readonly<Record<number, string>> = {
  5: "is busy: another pledgewatch is writing to it; try again in a moment",
  6: "is locked by another connection; try again in a moment",
  8: "is read-only: give a store you can write with --db, or fix its permissions",
  10: "cannot be read or written (an I/O error): check the disk and the path",
  11: "is damaged (malformed): restore it from a copy, or start a new one with --db",
  13: "cannot grow: the disk is full",
  14: "cannot be opened: check that its folder exists and that you may write there",
  26: "is not a pledgewatch store (not an SQLite database): give another path with --db",
};

/** A user-facing error for what SQLite raised; other errors pass through unchanged. */
function storeFailure(path: string, error: unknown): unknown {
  const e = error as { code?: string; errcode?: number; message?: string };
  if (e?.code !== "ERR_SQLITE_ERROR" || typeof e.errcode !== "number") return error;
  const problem = SQLITE_PROBLEMS[e.errcode & 0xff];
  return new StoreUnavailableError(`the store ${path} ${problem ?? `failed: ${e.message}`}`);
}

/** Folders whose files are not files: SQLite would fail on them, or spin. */
const NOT_FILES = ["/proc/", "/sys/", "/dev/"];

function checkPath(path: string): void {
  if (path === ":memory:") return;
  if (path.trim() === "") throw new StoreError("the store path is empty: give a file with --db");
  const full = resolve(path);
  if (NOT_FILES.some((prefix) => full.startsWith(prefix))) {
    throw new StoreError(`the store ${path} is not on a file system: give a file with --db`);
  }
  const stat = statSync(full, { throwIfNoEntry: false });
  if (stat && !stat.isFile()) {
    throw new StoreError(`the store ${path} is not a file: give a file with --db`);
  }
}

/** The user's store: articles, extracted claims, review decisions, accepted pledges. */
export class Store {
  readonly path: string;
  readonly #db: DatabaseSync;

  constructor(path: string) {
    this.path = path;
    checkPath(path);
    try {
      if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
    } catch (error) {
      throw new StoreUnavailableError(
        `cannot make the store's folder ${dirname(path)}: ${(error as Error).message}`,
      );
    }
    let db: DatabaseSync | undefined;
    try {
      db = new DatabaseSync(path);
      this.#db = db;
      db.exec("PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;");
      this.#migrate();
    } catch (error) {
      db?.close();
      throw storeFailure(path, error);
    }
  }

  /** Runs a statement's work, turning SQLite's failures into messages a user can act on. */
  #guard<T>(work: () => T): T {
    try {
      return work();
    } catch (error) {
      throw storeFailure(this.path, error);
    }
  }

  #migrate(): void {
    const { user_version: version } = this.#db.prepare("PRAGMA user_version").get() as {
      user_version: number;
    };
    if (version > MIGRATIONS.length) {
      throw new StoreError(
        `${this.path} has schema version ${version}, newer than this pledgewatch knows (${MIGRATIONS.length}): upgrade pledgewatch`,
      );
    }
    for (let v = version; v < MIGRATIONS.length; v++) {
      this.transaction(() => {
        this.#db.exec(MIGRATIONS[v] as string);
        this.#db.exec(`PRAGMA user_version = ${v + 1}`);
      });
    }
  }

  /** Runs `work` in one transaction: all of it is written, or none. */
  transaction<T>(work: () => T): T {
    return this.#guard(() => {
      this.#db.exec("BEGIN IMMEDIATE");
      try {
        const result = work();
        this.#db.exec("COMMIT");
        return result;
      } catch (error) {
        if (this.#db.isTransaction) this.#db.exec("ROLLBACK");
        throw error;
      }
    });
  }

  /** SQLite's journal mode: "wal" for a store on disk. */
  journalMode(): string {
    return this.#guard(
      () =>
        (this.#db.prepare("PRAGMA journal_mode").get() as { journal_mode: string }).journal_mode,
    );
  }

  schemaVersion(): number {
    return (this.#db.prepare("PRAGMA user_version").get() as { user_version: number }).user_version;
  }

  /**
   * Stores a batch of articles and their claims in one transaction: if anything fails, nothing
   * of the batch is kept. An article already stored (same text) is skipped, not doubled.
   */
  ingest(
    batch: readonly ArticleInput[],
    now = new Date(),
  ): { added: StoredArticle[]; skipped: string[] } {
    const insertArticle = this.#db.prepare(
      "INSERT INTO articles (sha256, file, source_url, published_on, text, ingested_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(sha256) DO NOTHING RETURNING id",
    );
    const insertClaim = this.#db.prepare(
      `INSERT INTO claims (article_id, kind, ally, speaker, role, share_pct, amount_bn, currency, target_year, annually, basis, stance, horizon_year, threat, phrase, sentence, start_offset, end_offset, confidence)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    return this.transaction(() => {
      const added: StoredArticle[] = [];
      const skipped: string[] = [];
      for (const a of batch) {
        const sha = createHash("sha256").update(a.text).digest("hex");
        const row = insertArticle.get(
          sha,
          a.file,
          a.sourceUrl,
          a.publishedOn,
          a.text,
          now.toISOString(),
        ) as { id: number } | undefined;
        if (!row) {
          skipped.push(a.file);
          continue;
        }
        for (const c of a.claims) {
          const t = c.kind === "target" ? c : null;
          const h = c.kind === "horizon" ? c : null;
          insertClaim.run(
            row.id,
            c.kind,
            t?.ally ?? null,
            c.speaker,
            c.role,
            t?.sharePct ?? null,
            t?.amount ?? null,
            t?.currency ?? null,
            t?.targetYear ?? null,
            t?.annually ? 1 : 0,
            t?.basis ?? null,
            t?.stance ?? null,
            h?.horizonYear ?? null,
            h?.threat ?? null,
            h?.phrase ?? null,
            c.sentence,
            c.start,
            c.end,
            c.confidence,
          );
        }
        added.push({
          id: row.id,
          file: a.file,
          sourceUrl: a.sourceUrl,
          publishedOn: a.publishedOn,
          ingestedAt: now.toISOString(),
          claims: a.claims.length,
        });
      }
      return { added, skipped };
    });
  }

  /** Articles in the order they were stored; a page of them when `page` is given. */
  articles(page?: Page): StoredArticle[] {
    return this.#guard(() =>
      (
        this.#db
          .prepare(
            `SELECT a.id, a.file, a.source_url, a.published_on, a.ingested_at,
               (SELECT COUNT(*) FROM claims c WHERE c.article_id = a.id) AS claims
             FROM articles a ORDER BY a.id LIMIT ? OFFSET ?`,
          )
          .all(page?.limit ?? -1, page?.offset ?? 0) as Record<string, unknown>[]
      ).map(toArticle),
    );
  }

  article(id: number): (StoredArticle & { text: string }) | undefined {
    return this.#guard(() => {
      const row = this.#db
        .prepare(
          `SELECT a.*, (SELECT COUNT(*) FROM claims c WHERE c.article_id = a.id) AS claims
           FROM articles a WHERE a.id = ?`,
        )
        .get(id) as Record<string, unknown> | undefined;
      return row ? { ...toArticle(row), text: String(row.text) } : undefined;
    });
  }

  articleText(id: number): string | undefined {
    return this.article(id)?.text;
  }

  countArticles(): number {
    return this.#guard(
      () => (this.#db.prepare("SELECT COUNT(*) AS n FROM articles").get() as { n: number }).n,
    );
  }

  /** Claims in id order, with one status if given; a page of them when `page` is given. */
  claims(status?: StoredClaim["status"], page?: Page): StoredClaim[] {
    return this.#guard(() =>
      (
        this.#db
          .prepare(
            `SELECT c.*, a.published_on, a.source_url, a.file FROM claims c JOIN articles a ON a.id = c.article_id
             ${status ? "WHERE c.status = ?" : ""} ORDER BY c.id LIMIT ? OFFSET ?`,
          )
          .all(...(status ? [status] : []), page?.limit ?? -1, page?.offset ?? 0) as Record<
          string,
          unknown
        >[]
      ).map(toClaim),
    );
  }

  countClaims(status?: StoredClaim["status"]): number {
    return this.#guard(
      () =>
        (
          this.#db
            .prepare(`SELECT COUNT(*) AS n FROM claims ${status ? "WHERE status = ?" : ""}`)
            .get(...(status ? [status] : [])) as { n: number }
        ).n,
    );
  }

  claim(id: number): StoredClaim | undefined {
    return this.#guard(() => {
      const row = this.#db
        .prepare(
          "SELECT c.*, a.published_on, a.source_url, a.file FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.id = ?",
        )
        .get(id) as Record<string, unknown> | undefined;
      return row ? toClaim(row) : undefined;
    });
  }

  /** A pending target claim marked accepted, with its review recorded (inside a transaction). */
  #markAccepted(id: number, edits: Record<string, unknown>, now: Date): void {
    const claim = this.#pending(id);
    if (claim.kind !== "target")
      throw new StoreError(
        `claim ${id} is a threat horizon, not a pledge: reject it or keep it pending`,
      );
    this.#db.prepare("UPDATE claims SET status = 'accepted' WHERE id = ?").run(id);
    this.#db
      .prepare(
        "INSERT INTO reviews (claim_id, decision, edits, decided_at) VALUES (?, 'accepted', ?, ?)",
      )
      .run(id, JSON.stringify(edits), now.toISOString());
  }

  /** Accepts a pending target claim: it becomes a registry pledge citing its article. */
  accept(
    id: number,
    pledge: Omit<UserPledge, "id" | "claimId">,
    edits: Record<string, unknown>,
    now = new Date(),
  ): UserPledge {
    return this.transaction(() => {
      this.#markAccepted(id, edits, now);
      const row = this.#db
        .prepare(
          `INSERT INTO user_pledges (claim_id, iso3, made_on, speaker, role, target_share_gdp_pct, target_amount, currency, target_year, basis, statement, source_url)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
        )
        .get(
          id,
          pledge.iso3,
          pledge.madeOn,
          pledge.speaker,
          pledge.role,
          pledge.targetSharePct,
          pledge.targetAmount,
          pledge.currency,
          pledge.targetYear,
          pledge.basis,
          pledge.statement,
          pledge.sourceUrl,
        ) as { id: number };
      return { ...pledge, id: row.id, claimId: id };
    });
  }

  /** Accepts a claim as a further source of an existing pledge instead of a new one. */
  link(
    id: number,
    link: Omit<PledgeLink, "claimId">,
    edits: Record<string, unknown>,
    now = new Date(),
  ): PledgeLink {
    return this.transaction(() => {
      this.#markAccepted(id, { ...edits, linkedTo: link.pledgeId }, now);
      this.#db
        .prepare(
          "INSERT INTO pledge_links (claim_id, pledge_id, made_on, statement, source_url) VALUES (?, ?, ?, ?, ?)",
        )
        .run(id, link.pledgeId, link.madeOn, link.statement, link.sourceUrl);
      return { ...link, claimId: id };
    });
  }

  pledgeLinks(): PledgeLink[] {
    return (
      this.#db.prepare("SELECT * FROM pledge_links ORDER BY id").all() as Record<string, unknown>[]
    ).map((r) => ({
      claimId: Number(r.claim_id),
      pledgeId: String(r.pledge_id),
      madeOn: String(r.made_on),
      statement: String(r.statement),
      sourceUrl: (r.source_url as string | null) ?? null,
    }));
  }

  reject(id: number, now = new Date()): void {
    this.transaction(() => {
      this.#pending(id);
      this.#db.prepare("UPDATE claims SET status = 'rejected' WHERE id = ?").run(id);
      this.#db
        .prepare("INSERT INTO reviews (claim_id, decision, decided_at) VALUES (?, 'rejected', ?)")
        .run(id, now.toISOString());
    });
  }

  #pending(id: number): StoredClaim {
    const claim = this.claim(id);
    if (!claim) throw new StoreError(`no claim ${id}: see \`pledgewatch claims\``);
    if (claim.status !== "pending") throw new StoreError(`claim ${id} is already ${claim.status}`);
    return claim;
  }

  userPledges(): UserPledge[] {
    return this.#guard(() =>
      (
        this.#db.prepare("SELECT * FROM user_pledges ORDER BY id").all() as Record<
          string,
          unknown
        >[]
      ).map((r) => ({
        id: Number(r.id),
        claimId: Number(r.claim_id),
        iso3: String(r.iso3),
        madeOn: String(r.made_on),
        speaker: String(r.speaker),
        role: String(r.role),
        targetSharePct: (r.target_share_gdp_pct as number | null) ?? null,
        targetAmount: (r.target_amount as number | null) ?? null,
        currency: (r.currency as string | null) ?? null,
        targetYear: r.target_year === null ? null : Number(r.target_year),
        basis: String(r.basis),
        statement: String(r.statement),
        sourceUrl: (r.source_url as string | null) ?? null,
      })),
    );
  }

  close(): void {
    this.#db.close();
  }
}

/** A page of a listing: at most `limit` rows after skipping `offset`. */
export interface Page {
  readonly limit: number;
  readonly offset: number;
}

function toArticle(r: Record<string, unknown>): StoredArticle {
  return {
    id: Number(r.id),
    file: String(r.file),
    sourceUrl: (r.source_url as string | null) ?? null,
    publishedOn: String(r.published_on),
    ingestedAt: String(r.ingested_at),
    claims: Number(r.claims),
  };
}

function toClaim(r: Record<string, unknown>): StoredClaim {
  const n = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  const s = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return {
    id: Number(r.id),
    articleId: Number(r.article_id),
    kind: r.kind as StoredClaim["kind"],
    ally: s(r.ally),
    speaker: s(r.speaker),
    role: s(r.role),
    sharePct: n(r.share_pct),
    amountBn: n(r.amount_bn),
    currency: s(r.currency),
    targetYear: n(r.target_year),
    annually: Number(r.annually) === 1,
    basis: s(r.basis),
    stance: s(r.stance),
    horizonYear: n(r.horizon_year),
    threat: s(r.threat),
    phrase: s(r.phrase),
    sentence: String(r.sentence),
    start: Number(r.start_offset),
    end: Number(r.end_offset),
    confidence: Number(r.confidence),
    status: r.status as StoredClaim["status"],
    publishedOn: String(r.published_on),
    sourceUrl: s(r.source_url),
    file: String(r.file),
  };
}
