import { Agent } from '../../services/lightning/agent.js';
import type { ChatProvider } from '../../services/lightning/chat/chat-provider.js';
import { ConversationService } from '../../services/lightning/chat/conversation-service.js';
import { GeminiChatProvider } from '../../services/lightning/chat/gemini-chat-provider.js';
import { ImageService } from '../../services/lightning/chat/image-service.js';
import { LocalChatProvider } from '../../services/lightning/chat/local-chat-provider.js';
import { Demo } from '../../services/lightning/demo.js';
import { LightningHealth } from '../../services/lightning/health.js';
import { JobService } from '../../services/lightning/job-service.js';
import { LnbitsBackend } from '../../services/lightning/lnbits-backend.js';
import { PriceOracle } from '../../services/lightning/price-oracle.js';
import { Pricing } from '../../services/lightning/pricing.js';
import { RefundService } from '../../services/lightning/refund-service.js';
import { SessionService } from '../../services/lightning/session-service.js';
import { StubLightningBackend } from '../../services/lightning/stub-backend.js';
import type { SharedDeps } from '../shared-deps.js';
import { loadLightningConfig, type LightningConfig } from './config.js';

/** What the Lightning API's handlers receive as `ctx.services`. */
export type Services = ReturnType<typeof buildServices>;

function buildBackend(deps: SharedDeps, config: LightningConfig) {
  if (config.backend === 'lnbits') return { backend: new LnbitsBackend(config.lnbits), stub: undefined };
  const stub = new StubLightningBackend(deps.knex, { network: config.network, nodeKey: config.stubNodeKey, expirySeconds: config.invoiceExpirySeconds });
  return { backend: stub, stub };
}

/** Gemini when `GEMINI_API_KEY` is set, otherwise the offline local provider. */
function buildChatProvider({ gemini }: LightningConfig): ChatProvider {
  if (gemini.apiKey) return new GeminiChatProvider({ apiKey: gemini.apiKey, baseUrl: gemini.baseUrl, imageModel: gemini.imageModel, timeoutMs: gemini.timeoutMs });
  return new LocalChatProvider(gemini.localDelayMs);
}

/** Wires the Lightning API over the server's database, queue and model providers. */
export function buildServices(deps: SharedDeps) {
  const config = loadLightningConfig(deps.config.env);
  const { knex, queue, providers } = deps;
  const { backend, stub } = buildBackend(deps, config);
  const agent = new Agent(providers, { evalModel: config.evalModel, workModel: config.workModel, rejectPattern: config.rejectPattern });
  const pricing = new Pricing(config.pricing);
  const oracle = new PriceOracle(config.oracle);
  const jobs = new JobService(knex, queue, backend, agent, pricing, oracle, { evalFeeSats: config.evalFeeSats });
  const chat = buildChatProvider(config);
  return {
    config,
    knex,
    backend,
    /** The dev node, present only when no real backend is configured. */
    stub,
    agent,
    pricing,
    oracle,
    jobs,
    refunds: new RefundService(knex, jobs, backend, config.network),
    health: new LightningHealth(knex),
    demo: new Demo(agent),
    chat,
    conversations: new ConversationService(knex, chat, config.gemini.chatModel),
    images: new ImageService(chat),
    sessions: new SessionService(knex, backend, agent, pricing, oracle, { evalFeeSats: config.evalFeeSats, session: config.session }),
  };
}
