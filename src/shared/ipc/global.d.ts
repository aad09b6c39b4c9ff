// `window.nianbao`, as the preload (or the browser-test bridge) installs it.
import type { NianbaoBridge } from './bridge';

declare global {
  interface Window {
    nianbao: NianbaoBridge;
  }
}
export {};
