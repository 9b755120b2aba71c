import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import { groupLabel, problemGroup, problemGroups, problemLine } from '@shared/integrity/words';
import type { IntegrityReport } from '../../db/integrity';
import { useT } from '../../i18n/context';

/** The problems the data check found, grouped (movements and documents, stock, shipping …), each naming its record and what is missing. */
export function DataCheckProblems({ report }: { report: IntegrityReport }) {
  const t = useT();
  const groups = problemGroups
    .map((group) => ({ group, problems: report.problems.filter((p) => problemGroup(p) === group) }))
    .filter((g) => g.problems.length > 0);
  return (
    <List dense aria-label={t('integrity.list')} sx={{ maxHeight: 420, overflow: 'auto' }}>
      {groups.map(({ group, problems }) => (
        <li key={group}>
          <ul style={{ padding: 0 }}>
            <ListSubheader>{t(groupLabel(group))}</ListSubheader>
            {problems.map((p, i) => (
              <ListItem key={`${p.kind}:${p.table}:${p.recordId ?? ''}:${i}`}>
                <ListItemText primary={problemLine(t, p, report.productNames)} />
              </ListItem>
            ))}
          </ul>
        </li>
      ))}
    </List>
  );
}
