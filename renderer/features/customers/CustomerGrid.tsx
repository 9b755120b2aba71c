import { useMemo } from 'react';
import dayjs from 'dayjs';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import type { Customer } from '@shared/domain/customer';
import { useT } from '../../i18n/context';

interface Props {
  customers: Customer[] | undefined;
  onOpen: (customer: Customer) => void;
}

/** The customer list. Double-click or Enter on a row opens it for editing. */
export function CustomerGrid({ customers, onOpen }: Props) {
  const t = useT();
  const columns = useMemo<GridColDef<Customer>[]>(
    () => [
      { field: 'name', headerName: t('customers.form.name'), flex: 1, minWidth: 120 },
      {
        field: 'phones',
        headerName: t('customer.field.phones'),
        flex: 1.2,
        minWidth: 160,
        valueGetter: (_value, row) => row.phones.join(t('list.separator')),
      },
      { field: 'address', headerName: t('customer.field.address'), flex: 2, minWidth: 200 },
      {
        field: 'createdAt',
        headerName: t('customer.field.createdAt'),
        width: 150,
        valueFormatter: (value: number) => dayjs(value).format('YYYY-MM-DD HH:mm'),
      },
    ],
    [t],
  );
  return (
    <DataGrid
      aria-label={t('customers.list')}
      rows={customers ?? []}
      columns={columns}
      getRowId={(row) => row.id ?? row.createdAt}
      loading={customers === undefined}
      onRowDoubleClick={({ row }) => onOpen(row)}
      onCellKeyDown={({ row }, event) => {
        if (event.key === 'Enter') onOpen(row);
      }}
      hideFooterSelectedRowCount
    />
  );
}
