/**
 * 从 Excel 导入, for any import kind (customers, products): column mapping, the row-by-row report,
 * nothing written until confirmed, then all rows in one transaction with a progress bar.
 */
export { ImportDialog } from './ImportDialog';
