/** What the app shell uses from 服务 (features do not import each other; renderer/app composes). */
export { ServiceScreen } from './ServiceScreen';
export { MajorIncidentBanner } from './complaints/MajorIncidentBanner';
/** `#/service/new?call=123` / `?customer=5`: the 登记服务需求 link for the call log and the customer card. */
export { newRequestHref } from './service-tabs';
