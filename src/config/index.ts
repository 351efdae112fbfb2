export { isCalendarDate } from './checks.js';
export { CONFIG_FILE_NAMES } from './find.js';
export { type InitResult, STARTER_CONFIG, writeStarterConfig } from './init.js';
export { type LoadedPolicy, loadPolicy } from './load.js';
