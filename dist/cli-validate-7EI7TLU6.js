#!/usr/bin/env node
import { createRequire as __mpCreateRequire } from 'node:module'; const require = __mpCreateRequire(import.meta.url);
import {
  distance,
  isDate,
  isDuration,
  isEmail,
  isHttpsUrl,
  isLink,
  suggest,
  validateManifest
} from "./cli-chunk-JVUIPAC5.js";
import "./cli-chunk-Q3GBV4AC.js";
export {
  distance,
  isDate,
  isDuration,
  isEmail,
  isHttpsUrl,
  isLink,
  suggest,
  validateManifest
};
