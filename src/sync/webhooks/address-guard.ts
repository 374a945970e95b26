import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from "node:dns";
import { BlockList, isIP } from "node:net";

/**
 * Where a webhook may not be delivered (server-side request forgery): loopback, the private
 * and shared ranges, link-local (cloud metadata at 169.254.169.254), multicast and reserved
 * addresses, IPv4 and IPv6. `WEBHOOK_ALLOWED_NETWORKS` (CIDRs, comma-separated) lets a
 * deployment reach some of them, e.g. an МФЦ portal on the municipal intranet `10.20.0.0/16`.
 */
const DENIED: Array<[string, number, "ipv4" | "ipv6"]> = [
  ["0.0.0.0", 8, "ipv4"],
  ["10.0.0.0", 8, "ipv4"],
  ["100.64.0.0", 10, "ipv4"],
  ["127.0.0.0", 8, "ipv4"],
  ["169.254.0.0", 16, "ipv4"],
  ["172.16.0.0", 12, "ipv4"],
  ["192.0.0.0", 24, "ipv4"],
  ["192.0.2.0", 24, "ipv4"],
  ["192.168.0.0", 16, "ipv4"],
  ["198.18.0.0", 15, "ipv4"],
  ["198.51.100.0", 24, "ipv4"],
  ["203.0.113.0", 24, "ipv4"],
  ["224.0.0.0", 4, "ipv4"],
  ["240.0.0.0", 4, "ipv4"],
  ["::", 128, "ipv6"],
  ["::1", 128, "ipv6"],
  ["64:ff9b::", 96, "ipv6"],
  ["100::", 64, "ipv6"],
  ["2001:db8::", 32, "ipv6"],
  ["fc00::", 7, "ipv6"],
  ["fe80::", 10, "ipv6"],
  ["ff00::", 8, "ipv6"],
];

const denied = new BlockList();
for (const [network, prefix, family] of DENIED) denied.addSubnet(network, prefix, family);

let allowedSource: string | undefined;
let allowed = new BlockList();

/** The allow list, read from the environment each time it changes (tests and operators may set it late). */
function allowList(): BlockList {
  const source = process.env.WEBHOOK_ALLOWED_NETWORKS ?? "";
  if (source !== allowedSource) {
    const list = new BlockList();
    for (const entry of source.split(",").map((s) => s.trim()).filter(Boolean)) {
      const [network, bits] = entry.split("/");
      const family = isIP(network);
      const prefix = bits === undefined ? (family === 6 ? 128 : 32) : Number(bits);
      if (!family || !Number.isInteger(prefix) || prefix < 0 || prefix > (family === 6 ? 128 : 32)) {
        throw new Error(`WEBHOOK_ALLOWED_NETWORKS: «${entry}» — не сеть в записи CIDR (например 10.20.0.0/16 или fd00::/8)`);
      }
      list.addSubnet(network, prefix, family === 6 ? "ipv6" : "ipv4");
    }
    allowed = list;
    allowedSource = source;
  }
  return allowed;
}

/** An IPv4-mapped IPv6 address (::ffff:127.0.0.1) is judged as the IPv4 address it carries. */
function normalise(address: string): { address: string; family: "ipv4" | "ipv6" } {
  const bare = address.replace(/^\[|\]$/g, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  if (mapped) return { address: mapped[1], family: "ipv4" };
  return { address: bare, family: isIP(bare) === 6 ? "ipv6" : "ipv4" };
}

/** True when a webhook must not reach this IP address. */
export function isForbiddenAddress(address: string): boolean {
  const { address: ip, family } = normalise(address);
  return denied.check(ip, family) && !allowList().check(ip, family);
}

/** The Russian reason a delivery to `address` is refused. */
export function forbiddenReason(address: string): string {
  return `Адрес ${address} — во внутренней или служебной сети: доставка туда запрещена (разрешённые сети задаёт WEBHOOK_ALLOWED_NETWORKS)`;
}

export class ForbiddenAddressError extends Error {
  readonly code = "EADDRFORBIDDEN";
  constructor(readonly address: string) {
    super(forbiddenReason(address));
  }
}

/** The URL's host without the brackets of an IPv6 literal. */
function hostOf(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, "");
}

/**
 * The reason an IP literal in the URL is refused, or null (also for a name). A socket connects to a
 * literal without a lookup, so a delivery checks it with this before connecting.
 */
export function literalProblem(url: URL): string | null {
  const host = hostOf(url);
  return isIP(host) && isForbiddenAddress(host) ? forbiddenReason(host) : null;
}

/** Resolves a name for the registration check; a resolver that does not answer in 3 s counts as "does not resolve". */
function resolveAll(hostname: string): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("DNS timeout")), 3000);
    dnsLookup(hostname, { all: true }, (error, addresses) => {
      clearTimeout(timer);
      if (error) reject(error);
      else resolve(addresses);
    });
  });
}

/**
 * Checks a subscriber's URL when it is registered: an IP literal or a name that resolves to a
 * forbidden address is refused (returns the reason); a name that does not resolve now is accepted
 * (the delivery checks again, see `guardedLookup`).
 */
export async function webhookTargetProblem(url: URL): Promise<string | null> {
  const host = hostOf(url);
  if (isIP(host)) return literalProblem(url);
  let addresses: LookupAddress[];
  try {
    addresses = await resolveAll(host);
  } catch {
    return null;
  }
  const bad = addresses.find((a) => isForbiddenAddress(a.address));
  return bad ? forbiddenReason(`${bad.address} (${host})`) : null;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * `dns.lookup` for the delivery's socket: the name is resolved once, every address is checked, and
 * the socket connects to the address that was checked — so a name cannot be re-pointed at an
 * internal address between the check and the connection (DNS rebinding).
 */
export function guardedLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const bad = addresses.find((a) => isForbiddenAddress(a.address));
    if (bad) return callback(new ForbiddenAddressError(`${bad.address} (${hostname})`), []);
    if (options.all) return callback(null, addresses);
    callback(null, addresses[0].address, addresses[0].family);
  });
}
