import { describe, expect, it } from "vitest";
import { BlockedAddressError, type ResolveAll, isBlockedAddress, parseWebhookUrl, resolveSafeAddress } from "./ssrf-guard";

const BLOCKED: Array<[string, string]> = [
  // IPv4
  ["127.0.0.1", "loopback"],
  ["127.255.255.254", "loopback, end of /8"],
  ["0.0.0.0", "unspecified"],
  ["0.1.2.3", "0.0.0.0/8 'this network'"],
  ["10.0.0.1", "private 10/8"],
  ["10.255.255.255", "private 10/8, last"],
  ["172.16.0.1", "private 172.16/12"],
  ["172.31.255.255", "private 172.16/12, last"],
  ["192.168.1.1", "private 192.168/16"],
  ["169.254.0.1", "link-local"],
  ["169.254.169.254", "AWS/GCP/Azure metadata"],
  ["168.63.129.16", "Azure WireServer (public space)"],
  ["100.64.0.1", "CGNAT 100.64/10"],
  ["100.127.255.254", "CGNAT, last"],
  ["100.100.100.200", "Alibaba metadata"],
  ["224.0.0.1", "multicast"],
  ["239.255.255.250", "multicast SSDP"],
  ["255.255.255.255", "broadcast"],
  ["240.0.0.1", "reserved 240/4"],
  ["192.0.2.1", "documentation TEST-NET-1"],
  ["198.51.100.7", "documentation TEST-NET-2"],
  ["203.0.113.9", "documentation TEST-NET-3"],
  ["198.18.0.1", "benchmarking 198.18/15"],
  ["198.19.255.255", "benchmarking, last"],
  ["192.0.0.8", "IETF protocol assignments"],
  ["2130706433", "decimal 127.0.0.1"],
  ["0x7f.1", "hex short 127.0.0.1"],
  ["0177.0.0.1", "octal 127.0.0.1"],
  ["127.1", "short 127.0.0.1"],
  ["0x0a.0.0.1", "hex 10.0.0.1"],
  // IPv6
  ["::1", "loopback"],
  ["[::1]", "bracketed loopback"],
  ["::", "unspecified"],
  ["fe80::1", "link-local"],
  ["fe80::1%eth0", "link-local with zone"],
  ["fc00::1", "ULA fc00::/7"],
  ["fd00::1", "ULA fd00::/8"],
  ["fd12:3456:789a::1", "ULA"],
  ["fd00:ec2::254", "AWS IMDS IPv6"],
  ["ff02::1", "multicast"],
  ["fec0::1", "deprecated site-local"],
  ["2001:db8::1", "documentation"],
  ["3fff::1", "documentation 3fff::/20"],
  ["100::1", "discard-only"],
  ["2001:2::1", "benchmarking"],
  ["2001:10::1", "ORCHID"],
  ["1::1", "outside 2000::/3"],
  ["4000::1", "outside 2000::/3"],
  // IPv4 embedded in IPv6
  ["::ffff:127.0.0.1", "mapped loopback"],
  ["::ffff:7f00:1", "mapped loopback, hex"],
  ["[::ffff:127.0.0.1]", "bracketed mapped loopback"],
  ["0:0:0:0:0:ffff:192.168.0.1", "mapped private, long form"],
  ["::ffff:169.254.169.254", "mapped metadata"],
  ["::ffff:0:7f00:1", "SIIT rfc6145 loopback"],
  ["::7f00:1", "IPv4-compatible loopback (ipaddr.js says 'unicast'!)"],
  ["::127.0.0.1", "IPv4-compatible loopback, dotted"],
  ["::a00:1", "IPv4-compatible 10.0.0.1"],
  ["::808:808", "IPv4-compatible, deprecated even when public"],
  ["64:ff9b::7f00:1", "NAT64 loopback"],
  ["64:ff9b::10.0.0.1", "NAT64 private, dotted"],
  ["64:ff9b::a9fe:a9fe", "NAT64 metadata"],
  ["64:ff9b:1::1", "local-use NAT64 (cannot decode)"],
  ["2002:7f00:1::1", "6to4 of 127.0.0.1"],
  ["2002:c0a8:101::1", "6to4 of 192.168.1.1"],
  ["2002:a9fe:a9fe::", "6to4 of metadata"],
  ["2001:0:4136:e378:8000:63bf:f5ff:fffe", "Teredo, client 10.0.0.1"],
  ["2001:0:4136:e378:8000:63bf:3fff:fdd2", "Teredo RFC 4380 example, client 192.0.2.45"],
  ["2001:0:a00:1:8000:63bf:f7f7:f7f7", "Teredo, server 10.0.0.1"],
  // Not an address at all: fail closed
  ["", "empty"],
  ["localhost", "a name"],
  ["1.2.3.4.5", "five parts"],
  ["256.1.1.1", "octet out of range"],
  [" 8.8.8.8", "whitespace"],
];

const ALLOWED: Array<[string, string]> = [
  ["8.8.8.8", "public"],
  ["1.1.1.1", "public"],
  ["93.184.216.34", "public"],
  ["11.0.0.1", "just past 10/8"],
  ["172.15.255.255", "just before 172.16/12"],
  ["172.32.0.1", "just past 172.16/12"],
  ["192.169.0.1", "just past 192.168/16"],
  ["100.63.255.255", "just before CGNAT"],
  ["100.128.0.1", "just past CGNAT"],
  ["169.253.255.255", "just before link-local"],
  ["198.17.255.255", "just before benchmarking"],
  ["198.20.0.1", "just past benchmarking"],
  ["223.255.255.255", "last before multicast"],
  ["168.63.129.17", "next to Azure WireServer"],
  ["2606:4700:4700::1111", "public IPv6"],
  ["[2606:4700:4700::1111]", "bracketed public IPv6"],
  ["2001:4860:4860::8888", "public IPv6 in 2001::/16"],
  ["2a00:1450:4001:81b::200e", "public IPv6"],
  ["::ffff:8.8.8.8", "mapped public"],
  ["::ffff:808:808", "mapped public, hex"],
  ["64:ff9b::808:808", "NAT64 of a public address"],
  ["2002:808:808::1", "6to4 of a public address"],
  ["2001:0:4136:e378:8000:63bf:f7f7:f7f7", "Teredo, public server and client 8.8.8.8"],
];

describe("isBlockedAddress", () => {
  it("the tables are big enough to mean something", () => {
    expect(BLOCKED.length + ALLOWED.length).toBeGreaterThanOrEqual(40);
  });
  it.each(BLOCKED)("blocks %s (%s)", (ip) => {
    expect(isBlockedAddress(ip)).toBe(true);
  });
  it.each(ALLOWED)("allows %s (%s)", (ip) => {
    expect(isBlockedAddress(ip)).toBe(false);
  });
});

describe("parseWebhookUrl", () => {
  const dev = { production: false, allowHttp: false, allowPrivate: false };
  const prod = { production: true, allowHttp: false, allowPrivate: false };

  it.each([
    "http://127.0.0.1/",
    "http://2130706433/", // WHATWG URL normalizes to 127.0.0.1
    "http://0x7f.1/",
    "http://0177.0.0.1/",
    "http://127.1:8080/",
    "http://0/",
    "http://0x0a.0.0.1/",
    "http://[::1]/",
    "http://[::ffff:127.0.0.1]/",
    "http://[::ffff:7f00:1]:8080/x",
    "http://[0:0:0:0:0:ffff:169.254.169.254]/",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://[fe80::1]/",
    "http://[64:ff9b::a9fe:a9fe]/",
    "http://169.254.169.254/latest/meta-data/iam/",
    "https://168.63.129.16/machine",
    "http://100.100.100.200/",
    "http://localhost:3000/hook",
    "http://LOCALHOST./",
    "http://api.localhost/",
  ])("refuses %s as blocked_address", (url) => {
    const result = parseWebhookUrl(url, dev);
    expect(result).toMatchObject({ ok: false, code: "blocked_address" });
    if (!result.ok) expect(result.message).toMatch(/must not point to/);
  });

  it("normalizes decimal IPv4 through WHATWG URL before the check", () => {
    expect(new URL("http://2130706433/").hostname).toBe("127.0.0.1");
  });

  it.each<[string, string]>([
    ["not a url", "invalid_url"],
    ["/relative/path", "invalid_url"],
    ["http://[::1/", "invalid_url"],
    ["http://1.2.3.4.5/", "invalid_url"],
    ["ftp://example.com/", "unsupported_scheme"],
    ["javascript:alert(1)", "unsupported_scheme"],
    ["file:///etc/passwd", "unsupported_scheme"],
    ["gopher://example.com:70/", "unsupported_scheme"],
    ["https://user:secret@example.com/", "credentials_not_allowed"],
    ["https://user@example.com/", "credentials_not_allowed"],
  ])("refuses %s as %s", (url, code) => {
    expect(parseWebhookUrl(url, dev)).toMatchObject({ ok: false, code, message: expect.any(String) });
  });

  it("requires https in production unless allowHttp", () => {
    expect(parseWebhookUrl("http://hooks.example.com/", prod)).toMatchObject({
      ok: false,
      code: "https_required",
      message: "Webhook URLs must use https in production (set WEBHOOKS_ALLOW_HTTP=1 to allow http).",
    });
    expect(parseWebhookUrl("http://hooks.example.com/", { ...prod, allowHttp: true }).ok).toBe(true);
    expect(parseWebhookUrl("https://hooks.example.com/", prod).ok).toBe(true);
    expect(parseWebhookUrl("http://hooks.example.com/", dev).ok).toBe(true);
  });

  it("returns hostname without brackets, port and whether it is a literal", () => {
    expect(parseWebhookUrl("https://hooks.example.com/a?b=1", prod)).toMatchObject({
      ok: true,
      hostname: "hooks.example.com",
      port: 443,
      ipLiteral: false,
    });
    expect(parseWebhookUrl("http://hooks.example.com/", dev)).toMatchObject({ ok: true, port: 80 });
    const v6 = parseWebhookUrl("https://[2606:4700::1111]:8443/h", prod);
    expect(v6).toMatchObject({ ok: true, hostname: "2606:4700::1111", port: 8443, ipLiteral: true });
    if (v6.ok) expect(v6.url.href).toBe("https://[2606:4700::1111]:8443/h");
  });

  it.each(["https://8.8.8.8/", "https://example.com./", "https://localhost.example.com/", "https://[::ffff:8.8.8.8]/"])(
    "accepts %s",
    (url) => {
      expect(parseWebhookUrl(url, prod).ok).toBe(true);
    },
  );

  it("allowPrivate lifts the address checks but not the others", () => {
    const local = { ...dev, allowPrivate: true };
    expect(parseWebhookUrl("http://127.0.0.1:4000/hook", local)).toMatchObject({ ok: true, port: 4000, ipLiteral: true });
    expect(parseWebhookUrl("http://localhost:4000/", local).ok).toBe(true);
    expect(parseWebhookUrl("http://u:p@127.0.0.1/", local)).toMatchObject({ code: "credentials_not_allowed" });
  });
});

describe("resolveSafeAddress", () => {
  const answers =
    (...ips: string[]): ResolveAll =>
    async () =>
      ips.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));

  it("returns the first resolved address when all are public", async () => {
    await expect(
      resolveSafeAddress("hooks.example.com", { allowPrivate: false, lookup: answers("93.184.216.34", "2606:2800::1") }),
    ).resolves.toEqual({ address: "93.184.216.34", family: 4 });
  });

  it("refuses when ANY answer is private, naming it", async () => {
    const attempt = resolveSafeAddress("mixed.example.com", {
      allowPrivate: false,
      lookup: answers("93.184.216.34", "10.0.0.5"),
    });
    await expect(attempt).rejects.toBeInstanceOf(BlockedAddressError);
    await expect(attempt).rejects.toMatchObject({ hostname: "mixed.example.com", address: "10.0.0.5", code: "blocked_address" });
  });

  it("refuses DNS rebinding: public on the first lookup, private on the next", async () => {
    let calls = 0;
    const rebinding: ResolveAll = async () => [{ address: ++calls === 1 ? "93.184.216.34" : "127.0.0.1", family: 4 }];
    const opts = { allowPrivate: false, lookup: rebinding };
    await expect(resolveSafeAddress("rebind.example.com", opts)).resolves.toEqual({ address: "93.184.216.34", family: 4 });
    await expect(resolveSafeAddress("rebind.example.com", opts)).rejects.toThrow(BlockedAddressError);
    expect(calls).toBe(2);
  });

  it("refuses AAAA answers embedding a private IPv4", async () => {
    await expect(resolveSafeAddress("v6.example.com", { allowPrivate: false, lookup: answers("::ffff:169.254.169.254") })).rejects.toThrow(
      /169\.254\.169\.254/,
    );
  });

  it("allowPrivate accepts private answers", async () => {
    await expect(resolveSafeAddress("dev.example.com", { allowPrivate: true, lookup: answers("127.0.0.1") })).resolves.toEqual({
      address: "127.0.0.1",
      family: 4,
    });
  });

  it("checks IP literals without DNS", async () => {
    const noDns: ResolveAll = async () => {
      throw new Error("DNS must not be used for a literal");
    };
    await expect(resolveSafeAddress("8.8.8.8", { allowPrivate: false, lookup: noDns })).resolves.toEqual({ address: "8.8.8.8", family: 4 });
    await expect(resolveSafeAddress("[2606:4700::1111]", { allowPrivate: false, lookup: noDns })).resolves.toEqual({
      address: "2606:4700::1111",
      family: 6,
    });
    await expect(resolveSafeAddress("[::1]", { allowPrivate: false, lookup: noDns })).rejects.toThrow(BlockedAddressError);
  });

  it("an empty answer is an error, not a pass", async () => {
    const attempt = resolveSafeAddress("empty.example.com", { allowPrivate: false, lookup: answers() });
    await expect(attempt).rejects.toThrow(/did not resolve/);
    await expect(attempt).rejects.not.toBeInstanceOf(BlockedAddressError);
  });

  it("uses the system resolver by default (localhost is refused)", async () => {
    await expect(resolveSafeAddress("localhost", { allowPrivate: false })).rejects.toThrow(BlockedAddressError);
    await expect(resolveSafeAddress("localhost", { allowPrivate: true })).resolves.toMatchObject({ family: expect.any(Number) });
  });
});
