import { createContext, useContext } from 'react';
import { DataGrid, GridOverlay, type DataGridProps, type GridValidRowModel } from '@mui/x-data-grid';

const EmptyText = createContext('');

/** The grid's "no rows" overlay with this list's own words (the grid's locale keeps its other texts). */
function EmptyOverlay() {
  return <GridOverlay>{useContext(EmptyText)}</GridOverlay>;
}

type Props<R extends GridValidRowModel> = DataGridProps<R> & { emptyText: string };

/** Every list screen's grid: compact rows, no selection count, and a plain sentence when a list is empty. */
export function ListGrid<R extends GridValidRowModel>({ emptyText, ...props }: Props<R>) {
  return (
    <EmptyText.Provider value={emptyText}>
      <DataGrid density="compact" hideFooterSelectedRowCount slots={{ noRowsOverlay: EmptyOverlay }} {...props} />
    </EmptyText.Provider>
  );
}
