/** What the app shell uses from 审阅 (REV-1). */
export { ReviewScreen } from './ReviewScreen';
