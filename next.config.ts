import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules at run time,
  // and argon2 is a native addon: neither may be bundled.
  // prom-client: one registry per process, whichever route bundle counts into it.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "sharp", "prom-client"],
  poweredByHeader: false,
};

export default nextConfig;
