/** A short outcome to show in the NoticeSnackbar: saved, exported, backed up, refused. */
export interface Notice {
  severity: 'success' | 'info' | 'warning' | 'error';
  text: string;
}
