/** Paging, sorting and other building blocks shared by many types. */
export const commonDescriptions: Record<string, string> = {
  "PageInfo.hasNextPage": "True when more records follow: pass endCursor as `after` to read them.",
  "PageInfo.hasPreviousPage": "True when this page was read with `after`, so records come before it.",
  "PageInfo.startCursor": "Cursor of the page's first record; null for an empty page.",
  "PageInfo.endCursor":
    "Cursor of the page's last record (the `after` of the next page); null for an empty page.",

  SortDirection: "Ascending or descending order.",
  "SortDirection.ASC": "Smallest, earliest or A first.",
  "SortDirection.DESC": "Largest, latest or Z first.",

  Query:
    "Reads. Every query needs a signed-in viewer (UNAUTHENTICATED otherwise) and sees only the viewer's organisation.",
  Mutation:
    "Writes. Each runs in one transaction (a failed mutation writes nothing) and reports errors with extensions.code: BAD_USER_INPUT (with extensions.field), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT or RATE_LIMITED.",
  Subscription:
    'Live events over graphql-ws on /graphql (send `authorization: "Bearer <access token>"` in the connection_init payload), scoped to the viewer\'s organisation and sent after the change is committed.',
};
