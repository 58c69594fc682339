"use client";

import ReactMarkdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";

// Markdown is rendered to React elements, never to an HTML string: raw HTML in the source is
// skipped, and react-markdown's default URL filter drops javascript:, data: and similar links,
// so a card description cannot run script in a teammate's browser (see docs/decisions.md).
const components: Components = {
  a: ({ node: _n, ...props }) => (
    <a {...props} target="_blank" rel="noopener noreferrer nofollow" className="text-primary underline underline-offset-2" />
  ),
  h1: ({ node: _n, ...props }) => <h3 {...props} className="mt-3 mb-1 text-base font-semibold" />,
  h2: ({ node: _n, ...props }) => <h4 {...props} className="mt-3 mb-1 text-sm font-semibold" />,
  h3: ({ node: _n, ...props }) => <h5 {...props} className="mt-2 mb-1 text-sm font-semibold" />,
  p: ({ node: _n, ...props }) => <p {...props} className="my-1.5 leading-relaxed" />,
  ul: ({ node: _n, ...props }) => <ul {...props} className="my-1.5 list-disc space-y-0.5 pl-5" />,
  ol: ({ node: _n, ...props }) => <ol {...props} className="my-1.5 list-decimal space-y-0.5 pl-5" />,
  blockquote: ({ node: _n, ...props }) => <blockquote {...props} className="my-2 border-l-2 pl-3 text-muted-foreground" />,
  code: ({ node: _n, ...props }) => <code {...props} className="rounded bg-muted px-1 py-0.5 font-mono text-[0.85em]" />,
  pre: ({ node: _n, ...props }) => (
    <pre {...props} className="my-2 overflow-x-auto rounded-md bg-muted p-3 text-xs [&_code]:bg-transparent [&_code]:p-0" />
  ),
  table: ({ node: _n, ...props }) => (
    <table
      {...props}
      className="my-2 w-full border-collapse text-xs [&_td]:border [&_td]:px-2 [&_td]:py-1 [&_th]:border [&_th]:px-2 [&_th]:py-1"
    />
  ),
  img: ({ node: _n, alt }) => <span className="text-muted-foreground">[image: {alt}]</span>,
};

export default function Markdown({ source }: { source: string }) {
  return (
    <div className="text-sm break-words" data-testid="markdown">
      <ReactMarkdown remarkPlugins={[remarkGfm]} skipHtml components={components}>
        {source}
      </ReactMarkdown>
    </div>
  );
}
