// Entry of xxgk-lint.js, the one classic script a CMS page loads: window.XxgkLint (api.js).
import { XxgkLint } from './api.js';

(typeof window !== 'undefined' ? window : self).XxgkLint = XxgkLint;
