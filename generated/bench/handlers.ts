// generated — do not edit: produced by scripts/generate; implement handlers in bench/handlers/.
import type { Handlers } from './server.js';
import { getItem } from '../../bench/handlers/getItem.js';
import { createItem } from '../../bench/handlers/createItem.js';

export const handlers: Handlers = {
  getItem,
  createItem,
};
