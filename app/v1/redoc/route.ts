import { htmlPage } from "@/lib/api/openapi/docs-assets";

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Tasktide API · ReDoc</title>
  <link rel="icon" type="image/svg+xml" href="/v1/redoc/assets/icon.svg">
  <style>body { margin: 0; padding: 0; }</style>
</head>
<body>
  <redoc spec-url="/v1/openapi.json" expand-responses="200,201"></redoc>
  <script src="/v1/redoc/assets/redoc.standalone.js"></script>
</body>
</html>
`;

// GET /v1/redoc – the OpenAPI document as a three-panel reference (ReDoc)
export function GET(): Response {
  return htmlPage(PAGE);
}
