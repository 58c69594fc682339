"use client";

/**
 * The board keeps its state in the URL (filters, the open card) so a link shows what you see.
 * Next.js syncs native history calls with useSearchParams, so no server round trip happens.
 */
export function updateSearchParams(change: (params: URLSearchParams) => void, mode: "push" | "replace") {
  const url = new URL(window.location.href);
  change(url.searchParams);
  const next = `${url.pathname}${url.search}${url.hash}`;
  if (mode === "push") window.history.pushState(null, "", next);
  else window.history.replaceState(null, "", next);
}

const OPENED_HERE = "tasktide:card-opened-here";

/** Opens a card as a new history entry, so Back closes it. */
export function openCard(cardId: string) {
  updateSearchParams((p) => p.set("card", cardId), "push");
  sessionStorage.setItem(OPENED_HERE, cardId);
}

/** Closes the card: Back if we opened it (the history stays clean), else drop the parameter. */
export function closeCard() {
  const openedHere = sessionStorage.getItem(OPENED_HERE);
  sessionStorage.removeItem(OPENED_HERE);
  const current = new URL(window.location.href).searchParams.get("card");
  if (openedHere && openedHere === current) window.history.back();
  else updateSearchParams((p) => p.delete("card"), "replace");
}
