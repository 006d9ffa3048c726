import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { BlockList, isIP, type LookupFunction } from "node:net";

/** A page that could not be fetched: the message says why and what to do. */
export class FetchError extends Error {}

export interface FetchOptions {
  /** The whole fetch, redirects included (default 20 s). */
  readonly timeoutMs?: number;
  /** The largest body read (default 5 MB); a larger page is refused, not cut. */
  readonly maxBytes?: number;
  /**
   * Allow private, loopback and link-local addresses. A server fetching on behalf of a remote
   * user must not (it would reach the machine's own network); a CLI run by the user may.
   */
  readonly allowPrivate?: boolean;
  readonly maxRedirects?: number;
}

export interface FetchedPage {
  /** The address the page was read from, after redirects. */
  readonly url: string;
  readonly contentType: string;
  readonly body: string;
}

export const FETCH_DEFAULTS = { timeoutMs: 20_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 };

/** Addresses a server must not reach for a remote user: its own host and private networks. */
const PRIVATE = new BlockList();
for (const [net, bits] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const)
  PRIVATE.addSubnet(net, bits, "ipv4");
for (const [net, bits] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const)
  PRIVATE.addSubnet(net, bits, "ipv6");

export function isPrivateAddress(address: string): boolean {
  const mapped = address.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i)?.[1];
  if (mapped) return PRIVATE.check(mapped, "ipv4");
  const family = isIP(address);
  if (family === 0) return true;
  return PRIVATE.check(address, family === 4 ? "ipv4" : "ipv6");
}

/** The URL, checked: http or https only, no credentials. */
export function checkUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchError(`"${raw}" is not a URL: give an http:// or https:// address`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new FetchError(
      `${url.protocol} addresses are not fetched: give an http:// or https:// URL`,
    );
  if (url.username || url.password)
    throw new FetchError("URLs with a user name or password are not fetched");
  return url;
}

/**
 * Resolves the host and refuses private addresses; the connection then uses the address that
 * was checked, so a second DNS answer cannot point it elsewhere.
 */
function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, "", 0);
      const ok = addresses.filter((a) => allowPrivate || !isPrivateAddress(a.address));
      if (ok.length === 0) {
        return callback(
          new FetchError(
            `${hostname} resolves to a private or loopback address: this server does not fetch those (start it with --allow-private-fetch to allow them)`,
          ),
          "",
          0,
        );
      }
      if (options.all) return (callback as (e: null, a: LookupAddress[]) => void)(null, ok);
      const first = ok[0] as LookupAddress;
      callback(null, first.address, first.family);
    });
  };
}

function charsetOf(contentType: string, head: Buffer): string {
  const declared =
    contentType.match(/charset=["']?([\w-]+)/i)?.[1] ??
    head.toString("latin1").match(/<meta[^>]+charset=["']?([\w-]+)/i)?.[1];
  const label = (declared ?? "utf-8").toLowerCase();
  try {
    new TextDecoder(label);
    return label;
  } catch {
    return "utf-8";
  }
}

function get(
  url: URL,
  options: Required<FetchOptions>,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  if (isIP(url.hostname.replace(/^\[|\]$/g, "")) && !options.allowPrivate) {
    if (isPrivateAddress(url.hostname.replace(/^\[|\]$/g, "")))
      return Promise.reject(
        new FetchError(
          `${url.hostname} is a private or loopback address: this server does not fetch those (start it with --allow-private-fetch to allow them)`,
        ),
      );
  }
  const request = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: "GET",
        signal,
        lookup: guardedLookup(options.allowPrivate),
        headers: {
          "user-agent": "pledgewatch (news intake; +https://github.com/pledgewatch)",
          accept: "text/html,application/xhtml+xml,text/plain;q=0.9",
        },
      },
      resolve,
    );
    req.on("error", reject);
    req.end();
  });
}

/** Fetches a page: http(s) only, redirects re-checked, a deadline and a size limit. */
export async function fetchPage(raw: string, given: FetchOptions = {}): Promise<FetchedPage> {
  const options: Required<FetchOptions> = {
    timeoutMs: given.timeoutMs ?? FETCH_DEFAULTS.timeoutMs,
    maxBytes: given.maxBytes ?? FETCH_DEFAULTS.maxBytes,
    maxRedirects: given.maxRedirects ?? FETCH_DEFAULTS.maxRedirects,
    allowPrivate: given.allowPrivate ?? false,
  };
  const signal = AbortSignal.timeout(options.timeoutMs);
  let url = checkUrl(raw);
  try {
    for (let hop = 0; ; hop++) {
      const response = await get(url, options, signal);
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && response.headers.location) {
        response.resume();
        if (hop >= options.maxRedirects)
          throw new FetchError(`more than ${options.maxRedirects} redirects from ${raw}`);
        url = checkUrl(new URL(response.headers.location, url).toString());
        continue;
      }
      if (status !== 200) {
        response.resume();
        throw new FetchError(`${url} answered HTTP ${status}`);
      }
      const contentType = String(response.headers["content-type"] ?? "text/html");
      if (!/^(?:text\/html|application\/xhtml\+xml|text\/plain)\b/i.test(contentType)) {
        response.resume();
        throw new FetchError(`${url} is ${contentType.split(";")[0]}, not a web page or text`);
      }
      const declared = Number(response.headers["content-length"] ?? 0);
      if (declared > options.maxBytes) {
        response.destroy();
        throw new FetchError(
          `${url} is ${declared} bytes, over the ${options.maxBytes}-byte limit`,
        );
      }
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of response as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > options.maxBytes) {
          response.destroy();
          throw new FetchError(`${url} is over the ${options.maxBytes}-byte limit`);
        }
        chunks.push(chunk);
      }
      const bytes = Buffer.concat(chunks);
      // UTF-8 strictly, as files are read: a byte that is not UTF-8 refuses the page
      const charset = charsetOf(contentType, bytes.subarray(0, 2048));
      let body: string;
      try {
        body = new TextDecoder(charset, {
          fatal: charset === "utf-8" || charset === "utf8",
        }).decode(bytes);
      } catch {
        throw new FetchError(`${url} is not valid ${charset}: its text cannot be read`);
      }
      return { url: url.toString(), contentType, body };
    }
  } catch (error) {
    if (error instanceof FetchError) throw error;
    if (signal.aborted)
      throw new FetchError(`${raw} did not answer within ${options.timeoutMs / 1000} s`);
    const cause = error as NodeJS.ErrnoException;
    if (cause.cause instanceof FetchError) throw cause.cause;
    throw new FetchError(`could not fetch ${raw}: ${cause.code ?? cause.message}`);
  }
}
