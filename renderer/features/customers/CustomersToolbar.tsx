import AddIcon from '@mui/icons-material/Add';
import SearchIcon from '@mui/icons-material/Search';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import InputAdornment from '@mui/material/InputAdornment';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useCan } from '../../auth';
import { useT } from '../../i18n/context';

interface Props {
  query: string;
  onQuery: (query: string) => void;
  /** How many rows the list shows, and whether the search limit cut it short. */
  shown: number | undefined;
  limited: boolean;
  onNew: () => void;
  onImport: () => void;
}

/** The heading, the search-as-you-type box (name, phone, pinyin, number), 导入 and 新建客户. */
export function CustomersToolbar({ query, onQuery, shown, limited, onNew, onImport }: Props) {
  const t = useT();
  const mayWrite = useCan('customer.write');
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
      <Typography variant="h2" component="h1" sx={{ flexShrink: 0 }}>
        {t('nav.customers')}
      </Typography>
      <TextField
        label={t('customers.search')}
        placeholder={t('customersui.searchHint')}
        value={query}
        onChange={(e) => onQuery(e.target.value)}
        type="search"
        autoFocus
        sx={{ width: 380 }}
        slotProps={{
          inputLabel: { shrink: true },
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon fontSize="small" />
              </InputAdornment>
            ),
          },
        }}
      />
      {shown !== undefined && (
        <Typography variant="body2" color="text.secondary" role="status">
          {limited ? t('customersui.countLimited', { count: shown }) : t('customersui.count', { count: shown })}
        </Typography>
      )}
      <Box sx={{ flexGrow: 1 }} />
      {mayWrite && (
        <>
          <Button variant="outlined" startIcon={<UploadFileIcon />} onClick={onImport}>
            {t('customersui.import')}
          </Button>
          <Button variant="contained" startIcon={<AddIcon />} onClick={onNew}>
            {t('customers.new')}
          </Button>
        </>
      )}
    </Stack>
  );
}
