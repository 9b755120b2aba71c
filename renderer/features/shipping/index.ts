/** What the app shell uses from 发货 (features do not import each other; renderer/app composes). */
export { ShippingScreen } from './ShippingScreen';
