// A small HTTP CONNECT proxy on 127.0.0.1 for tests of WEBHOOK_PROXY_URL: it records each tunnel's
// target (and the Proxy-Authorization it got), then pipes bytes both ways, as an egress proxy does.
import http from "node:http";
import net, { type AddressInfo } from "node:net";

export interface ConnectProxy {
  url: string;
  tunnels: { target: string; authorization?: string }[];
  /** When set, tunnels without this Proxy-Authorization are refused with 407. */
  requireAuthorization?: string;
  stop(): Promise<void>;
}

export async function startConnectProxy(): Promise<ConnectProxy> {
  const sockets = new Set<net.Socket>();
  const server = http.createServer((_req, res) => res.writeHead(405).end());
  const proxy: ConnectProxy = {
    url: "",
    tunnels: [],
    stop: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  server.on("connect", (req, client: net.Socket, head: Buffer) => {
    sockets.add(client);
    const target = req.url ?? "";
    const authorization = req.headers["proxy-authorization"];
    proxy.tunnels.push({ target, authorization });
    if (proxy.requireAuthorization && authorization !== proxy.requireAuthorization) {
      client.end("HTTP/1.1 407 Proxy Authentication Required\r\n\r\n");
      return;
    }
    const { hostname, port } = new URL(`http://${target}`);
    const upstream = net.connect(Number(port), hostname.replace(/^\[(.*)\]$/, "$1"), () => {
      client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on("error", () => client.destroy());
    client.on("error", () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return proxy;
}
