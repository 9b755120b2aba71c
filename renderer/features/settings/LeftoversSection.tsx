import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import dayjs from 'dayjs';
import type { LeftoverCopy } from '../../db/backup/leftovers';
import { NoticeSnackbar } from '../../components/NoticeSnackbar';
import { useT } from '../../i18n/context';
import { SettingsSection } from './SettingsSection';
import { useLeftovers } from './use-leftovers';

function detail(t: ReturnType<typeof useT>, copy: LeftoverCopy): string {
  const parts = [
    copy.createdAt !== null ? t('leftovers.createdAt', { at: dayjs(copy.createdAt).format('YYYY-MM-DD HH:mm') }) : null,
    copy.rows !== null ? t('leftovers.rows', { n: copy.rows }) : null,
  ];
  return parts.filter((p) => p !== null).join(t('list.separator'));
}

/** 未使用的数据副本: copies an interrupted restore left behind, listed for a supervisor with 删除 each. Hidden when there are none. */
export function LeftoversSection() {
  const t = useT();
  const leftovers = useLeftovers();
  const { copies } = leftovers;
  return (
    <>
      {copies && copies.length > 0 && (
        <SettingsSection title={t('leftovers.title')}>
          <Typography variant="body2" color="text.secondary">
            {t('leftovers.intro')}
          </Typography>
          <List dense aria-label={t('leftovers.list')}>
            {copies.map((copy) => (
              <ListItem
                key={copy.name}
                secondaryAction={
                  <Button
                    color="warning"
                    startIcon={<DeleteOutlineIcon />}
                    aria-label={t('leftovers.removeTitle', { name: copy.name })}
                    disabled={leftovers.busy !== null}
                    onClick={() => void leftovers.remove(copy.name)}
                  >
                    {t('leftovers.remove')}
                  </Button>
                }
              >
                <ListItemText primary={copy.name} secondary={detail(t, copy)} slotProps={{ primary: { sx: { wordBreak: 'break-all' } } }} />
              </ListItem>
            ))}
          </List>
        </SettingsSection>
      )}
      <NoticeSnackbar notice={leftovers.notice} onClose={leftovers.clearNotice} />
    </>
  );
}
