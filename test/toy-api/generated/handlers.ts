// generated — do not edit: produced by scripts/generate; implement handlers in ../handlers/.
import type { Handlers } from './server.js';
import { createNote } from '../handlers/createNote.js';
import { getNote } from '../handlers/getNote.js';
import { getInstance } from '../handlers/getInstance.js';

export const handlers: Handlers = {
  createNote,
  getNote,
  getInstance,
};
