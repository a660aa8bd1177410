const numberFormat = new Intl.NumberFormat('vi-VN');

interface Props {
  page: number;
  totalPages: number;
  totalItems: number;
  disabled: boolean;
  onPageChange: (page: number) => void;
}

export function Pagination({ page, totalPages, totalItems, disabled, onPageChange }: Props) {
  const lastPage = Math.max(totalPages, 1);
  return (
    <nav className="pagination" aria-label="Phân trang">
      <button type="button" disabled={disabled || page <= 1} onClick={() => onPageChange(page - 1)}>
        Trước
      </button>
      <span className="pagination__status" aria-live="polite">
        Trang {numberFormat.format(page)}/{numberFormat.format(lastPage)} — {numberFormat.format(totalItems)} tổ chức
      </span>
      <button type="button" disabled={disabled || page >= lastPage} onClick={() => onPageChange(page + 1)}>
        Sau
      </button>
    </nav>
  );
}
