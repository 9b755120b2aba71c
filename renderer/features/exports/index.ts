/** What the app shell uses from 导出. */
export { ExportsScreen } from './ExportsScreen';
/** REC-2: "本期导出未完成" for the header or the Today board, linking to 导出. */
export { ExportDueBanner } from './ExportDueBanner';
