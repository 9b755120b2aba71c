/** What the app shell uses from 产品与库存 (features do not import each other; renderer/app composes). */
export { ProductsStockScreen } from './ProductsStockScreen';
export { StockAlertBanner } from './levels/StockAlertBanner';
