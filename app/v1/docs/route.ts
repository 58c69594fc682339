import { htmlPage } from "@/lib/api/openapi/docs-assets";

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Tasktide API · Swagger UI</title>
  <link rel="icon" type="image/svg+xml" href="/v1/docs/assets/icon.svg">
  <link rel="stylesheet" href="/v1/docs/assets/swagger-ui.css">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="/v1/docs/assets/swagger-ui-bundle.js"></script>
  <script src="/v1/docs/assets/swagger-ui-standalone-preset.js"></script>
  <script src="/v1/docs/assets/init.js"></script>
</body>
</html>
`;

// GET /v1/docs – Swagger UI for the OpenAPI document, with "Try it out" (Authorize with a token)
export function GET(): Response {
  return htmlPage(PAGE);
}
