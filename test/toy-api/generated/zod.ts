/**
 * generated — do not edit: produced by scripts/generate (orval).
 */
import {
  z as zod
} from 'zod';

/**
 * @summary Create a note; a queue worker marks it processed
 */
export const createNoteBodyTextMax = 200;


export const createNoteBody = zod.object({
  "text": zod.string().min(1).max(createNoteBodyTextMax),
  "callbackUrl": zod.string().url().optional().describe('Receives the noteProcessed webhook')
})


/**
 * @summary One of the caller's notes
 */
export const getNoteParams = zod.object({
  "noteId": zod.coerce.string().uuid()
})

export const getNoteResponse = zod.object({
  "id": zod.string().uuid(),
  "text": zod.string(),
  "processed": zod.boolean(),
  "timesProcessed": zod.number().describe('How many times a worker processed it (exactly once')
})


/**
 * @summary Which services instance answered
 */
export const getInstanceResponse = zod.object({
  "instanceId": zod.string()
})
