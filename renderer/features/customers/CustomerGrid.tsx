import { useMemo } from 'react';
import dayjs from 'dayjs';
import Chip from '@mui/material/Chip';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import type { Customer } from '@shared/domain/customer';
import { useT } from '../../i18n/context';
import { customerNumber, primaryPhone, typeLabel } from './customer-labels';

interface Props {
  customers: Customer[] | undefined;
  onOpen: (customer: Customer) => void;
}

/** The customer list: type, number, grade, key flag, primary phone, default address. Double-click or Enter opens the card. */
export function CustomerGrid({ customers, onOpen }: Props) {
  const t = useT();
  const columns = useMemo<GridColDef<Customer>[]>(
    () => [
      { field: 'name', headerName: t('customers.form.name'), flex: 1, minWidth: 110 },
      { field: 'type', headerName: t('crm.field.type'), width: 96, valueGetter: (_v, row) => t(typeLabel[row.type]) },
      { field: 'number', headerName: t('customersui.col.number'), width: 130, valueGetter: (_v, row) => customerNumber(row) },
      { field: 'grade', headerName: t('crm.field.grade'), width: 90 },
      {
        field: 'isKey',
        headerName: t('crm.field.isKey'),
        width: 90,
        valueGetter: (_v, row) => (row.isKey ? t('customersui.keyMark') : ''),
        renderCell: ({ value }) => (value ? <Chip size="small" color="warning" label={String(value)} /> : null),
      },
      { field: 'primaryPhone', headerName: t('crm.field.primaryPhone'), width: 140, valueGetter: (_v, row) => primaryPhone(row) },
      { field: 'address', headerName: t('crm.field.defaultAddress'), flex: 2, minWidth: 200 },
      {
        field: 'createdAt',
        headerName: t('customer.field.createdAt'),
        width: 140,
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
      density="compact"
      hideFooterSelectedRowCount
    />
  );
}
