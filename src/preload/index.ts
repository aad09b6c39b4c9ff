import { contextBridge } from 'electron';

contextBridge.exposeInMainWorld('nianbao', {});
