import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import EditOutlined from '@mui/icons-material/EditOutlined';
import type { Translate } from '@shared/i18n';
import type { TemplateEntry } from '../../db/templates-repo';

export interface TemplateListProps {
  t: Translate;
  entries: readonly TemplateEntry[];
  onOpen: (id: string) => void;
}

/** Every template with its paper, mode and whether it is customised; 设计 opens the designer. */
export function TemplateList({ t, entries, onOpen }: TemplateListProps) {
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label={t('designer.title')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('designer.list.name')}</TableCell>
            <TableCell>{t('designer.list.paper')}</TableCell>
            <TableCell>{t('designer.list.mode')}</TableCell>
            <TableCell>{t('designer.list.status')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {entries.map(({ template: tpl, customised }) => (
            <TableRow key={tpl.id} hover>
              <TableCell component="th" scope="row">
                {tpl.name}
              </TableCell>
              <TableCell>{t('designer.list.paperSize', { width: tpl.paper.widthMm, height: tpl.paper.heightMm })}</TableCell>
              <TableCell>{t(tpl.mode === 'overlay' ? 'designer.mode.overlay' : 'designer.mode.full')}</TableCell>
              <TableCell>
                <Chip
                  size="small"
                  variant={customised ? 'filled' : 'outlined'}
                  color={customised ? 'primary' : 'default'}
                  label={t(customised ? 'designer.list.customised' : 'designer.list.builtin')}
                />
              </TableCell>
              <TableCell align="right">
                <Button size="small" startIcon={<EditOutlined />} onClick={() => onOpen(tpl.id)} aria-label={`${t('designer.list.open')} ${tpl.name}`}>
                  {t('designer.list.open')}
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
