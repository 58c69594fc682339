/**
 * ts_headline marks matches with these private-use characters rather than HTML: the API returns
 * segments, so no client ever has to trust markup built from user text.
 */
export const START = "\uE000";
export const STOP = "\uE001";
export const HEADLINE_OPTIONS = `StartSel="${START}", StopSel="${STOP}", MaxWords=24, MinWords=8, MaxFragments=2, FragmentDelimiter=" … "`;
export const TITLE_OPTIONS = `StartSel="${START}", StopSel="${STOP}", HighlightAll=true`;

export type Segment = { text: string; highlight: boolean };

export function toSegments(marked: string): Segment[] {
  const segments: Segment[] = [];
  let highlight = false;
  let text = "";
  const flush = () => {
    if (text) segments.push({ text, highlight });
    text = "";
  };
  for (const ch of marked) {
    if (ch === START || ch === STOP) {
      flush();
      highlight = ch === START;
    } else text += ch;
  }
  flush();
  return segments;
}
