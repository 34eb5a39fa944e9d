import { useState } from "react";

const FIRST_PAGE: readonly string[] = [];

/**
 * Previous/next paging over a cursor connection. Keeps the stack of `after` cursors that led to
 * the current page (the first page has none), and starts again at page 1 whenever `resetKey`
 * (the serialised search, filter, order and page size) changes.
 */
export function useCursorPages(resetKey: string) {
  const [stack, setStack] = useState({ key: resetKey, cursors: FIRST_PAGE });
  const cursors = stack.key === resetKey ? stack.cursors : FIRST_PAGE;
  return {
    /** Zero-based index of the current page. */
    page: cursors.length,
    /** The `after` argument for the current page. */
    after: cursors.at(-1),
    next: (endCursor: string) => setStack({ key: resetKey, cursors: [...cursors, endCursor] }),
    previous: () => setStack({ key: resetKey, cursors: cursors.slice(0, -1) }),
  };
}
