/**
 * generated — do not edit: produced by scripts/generate (orval).
 */
import {
  z as zod
} from 'zod';

/**
 * @summary Read one item
 */
export const getItemParams = zod.object({
  "id": zod.coerce.string().uuid()
})

export const getItemResponse = zod.object({
  "id": zod.string().uuid(),
  "name": zod.string(),
  "price": zod.number(),
  "tags": zod.array(zod.string())
})


/**
 * @summary Create an item
 */
export const createItemBodyNameMax = 100;
export const createItemBodyPriceMin = 0;
export const createItemBodyTagsItemMax = 30;
export const createItemBodyTagsMax = 10;


export const createItemBody = zod.object({
  "name": zod.string().min(1).max(createItemBodyNameMax),
  "price": zod.number().min(createItemBodyPriceMin),
  "tags": zod.array(zod.string().max(createItemBodyTagsItemMax)).max(createItemBodyTagsMax).optional()
})
