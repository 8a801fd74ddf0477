/**
 * The NutUI React Taro components the app uses, imported one by one (with their CSS) so the
 * mini program's main package only carries what it needs. Import NutUI from here, not directly.
 */
import '@nutui/nutui-react-taro/dist/es/packages/configprovider/style/css';
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import '@nutui/nutui-react-taro/dist/es/packages/switch/style/css';
import '@nutui/nutui-react-taro/dist/es/packages/checkbox/style/css';

export { default as ConfigProvider } from '@nutui/nutui-react-taro/dist/es/packages/configprovider/index';
export { default as Button } from '@nutui/nutui-react-taro/dist/es/packages/button/index';
export { default as Switch } from '@nutui/nutui-react-taro/dist/es/packages/switch/index';
export { default as Checkbox } from '@nutui/nutui-react-taro/dist/es/packages/checkbox/index';
export { default as nutEnUS } from '@nutui/nutui-react-taro/dist/es/locales/en-US';
export { default as nutZhCN } from '@nutui/nutui-react-taro/dist/es/locales/zh-CN';
