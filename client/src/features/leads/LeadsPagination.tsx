import TablePagination from "@mui/material/TablePagination";
import { PAGE_SIZES, type PageSize } from "./leadListParams";

interface LeadsPaginationProps {
  readonly page: number;
  readonly pageSize: PageSize;
  readonly totalCount: number;
  readonly hasNextPage: boolean;
  /** While the shown page is not the requested one yet, its cursors must not be used. */
  readonly disabled: boolean;
  readonly onNext: () => void;
  readonly onPrevious: () => void;
  readonly onPageSizeChange: (pageSize: PageSize) => void;
}

/** Previous/next (cursor paging has no "jump to page"), rows per page, and "1–50 of 1,234". */
export function LeadsPagination(props: LeadsPaginationProps) {
  const { page, pageSize, totalCount, hasNextPage, disabled, onNext, onPrevious, onPageSizeChange } = props;
  return (
    <TablePagination
      component="div"
      count={totalCount}
      page={page}
      disabled={disabled}
      rowsPerPage={pageSize}
      rowsPerPageOptions={PAGE_SIZES}
      onPageChange={(_event, next) => (next > page ? onNext() : onPrevious())}
      onRowsPerPageChange={(event) => {
        const size = PAGE_SIZES.find((s) => s === Number(event.target.value));
        if (size) onPageSizeChange(size);
      }}
      labelDisplayedRows={({ from, to, count }) =>
        `${from.toLocaleString()}–${to.toLocaleString()} of ${count.toLocaleString()}`
      }
      slotProps={{ actions: { nextButton: { disabled: disabled || !hasNextPage } } }}
      sx={{ borderTop: 1, borderColor: "divider" }}
    />
  );
}
