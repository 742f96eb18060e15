// generated — do not edit: produced by scripts/generate; implement handlers in src/handlers/lightning/.
import type { Handlers } from './server.js';
import { healthCheck } from '../../src/handlers/lightning/healthCheck.js';
import { createJob } from '../../src/handlers/lightning/createJob.js';
import { getJob } from '../../src/handlers/lightning/getJob.js';
import { claimRefund } from '../../src/handlers/lightning/claimRefund.js';
import { createSession } from '../../src/handlers/lightning/createSession.js';
import { getSession } from '../../src/handlers/lightning/getSession.js';
import { submitSessionRequest } from '../../src/handlers/lightning/submitSessionRequest.js';
import { topupSession } from '../../src/handlers/lightning/topupSession.js';
import { runDemo } from '../../src/handlers/lightning/runDemo.js';
import { listGeminiConversations } from '../../src/handlers/lightning/listGeminiConversations.js';
import { createGeminiConversation } from '../../src/handlers/lightning/createGeminiConversation.js';
import { getGeminiConversation } from '../../src/handlers/lightning/getGeminiConversation.js';
import { deleteGeminiConversation } from '../../src/handlers/lightning/deleteGeminiConversation.js';
import { listGeminiMessages } from '../../src/handlers/lightning/listGeminiMessages.js';
import { sendGeminiMessage } from '../../src/handlers/lightning/sendGeminiMessage.js';
import { generateGeminiImage } from '../../src/handlers/lightning/generateGeminiImage.js';
import { stubPayInvoice } from '../../src/handlers/lightning/stubPayInvoice.js';

export const handlers: Handlers = {
  healthCheck,
  createJob,
  getJob,
  claimRefund,
  createSession,
  getSession,
  submitSessionRequest,
  topupSession,
  runDemo,
  listGeminiConversations,
  createGeminiConversation,
  getGeminiConversation,
  deleteGeminiConversation,
  listGeminiMessages,
  sendGeminiMessage,
  generateGeminiImage,
  stubPayInvoice,
};
