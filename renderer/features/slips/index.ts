/** What the app shell uses from 购销单 (features do not import each other; renderer/app composes). */
export { SlipsScreen } from './SlipsScreen';
