// WEBHOOK_PROXY_URL: every delivery leaves through an HTTP CONNECT proxy, so receivers can
// allow-list the proxy's fixed addresses. The SSRF guard still decides the target: the tunnel is
// opened to the address it checked (never the hostname, which the proxy would resolve again), and
// TLS and Host still name the original host, so certificates and virtual hosts work as direct.
import net from "node:net";
import type { ResolvedAddress } from "./ssrf-guard";

export class ProxyError extends Error {}

/** A socket tunnelled through the proxy to `address:port`, ready for HTTP or TLS. */
export function openProxyTunnel(proxyUrl: string, address: ResolvedAddress, port: number, signal: AbortSignal): Promise<net.Socket> {
  const proxy = new URL(proxyUrl);
  const target = address.family === 6 ? `[${address.address}]:${port}` : `${address.address}:${port}`;
  const auth =
    proxy.username || proxy.password
      ? `Proxy-Authorization: Basic ${Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString("base64")}\r\n`
      : "";
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: proxy.hostname.replace(/^\[(.*)\]$/, "$1"), port: Number(proxy.port) || 80 });
    let head = Buffer.alloc(0);
    const fail = (error: Error) => {
      socket.destroy();
      reject(error);
    };
    const onAbort = () => fail(signal.reason as Error);
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    socket.once("error", (error) => {
      signal.removeEventListener("abort", onAbort);
      fail(new ProxyError(`proxy ${proxy.host}: ${error.message}`));
    });
    socket.once("connect", () => socket.write(`CONNECT ${target} HTTP/1.1\r\nHost: ${target}\r\n${auth}\r\n`));
    const onData = (chunk: Buffer) => {
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf("\r\n\r\n");
      if (end === -1) {
        if (head.length > 16 * 1024) fail(new ProxyError(`proxy ${proxy.host} sent an oversized CONNECT response`));
        return;
      }
      socket.off("data", onData);
      signal.removeEventListener("abort", onAbort);
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(head.subarray(0, end).toString("latin1"))?.[1];
      if (status !== "200")
        return fail(new ProxyError(`proxy ${proxy.host} refused the tunnel to ${target} (${status ? `HTTP ${status}` : "no status"})`));
      socket.removeAllListeners("error");
      // Bytes after the proxy's answer already belong to the tunnel.
      const rest = head.subarray(end + 4);
      if (rest.length > 0) socket.unshift(rest);
      resolve(socket);
    };
    socket.on("data", onData);
  });
}
