/** Every /v1 route module, loaded the way the OpenAPI script loads them, keyed `/app/v1/…/route.ts`. */
export const routeModules = import.meta.glob<Record<string, unknown>>("/app/v1/**/route.ts", { eager: true });
