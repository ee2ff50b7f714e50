// @ts-check
// The shapes of the agent API (/api/agent/...) and of the hub's events, as the console reads them.
// Types only: the modules refer to them as import('./types.js').Name in JSDoc, so the browser
// never loads this file. The server is in Handoff/AgentApi.cs, HandoffRecord.cs, AgentView.cs.
// Everything the server sends is still checked at run time before it is used.

/**
 * The merchant's sentiment (SentimentSummary.cs).
 * @typedef {object} Sentiment
 * @property {string} [label] Negative, Neutral or Positive.
 * @property {number} [score] -1 (very negative) to 1 (very positive).
 * @property {boolean} [urgent] The merchant asks for speed (急, 马上, asap).
 */

/**
 * How far the merchant got in a walkthrough (WalkthroughSnapshot.cs).
 * @typedef {object} Walkthrough
 * @property {string} [flow] The walkthrough's id (flow:closure).
 * @property {string} [name] Its name (店铺注销).
 * @property {string} [step] The id of the step reached (platform for the platform question).
 * @property {string} [stepLabel] What that step is about.
 * @property {number} [stepNumber] Its 1-based position (0 for the platform question).
 * @property {number} [stepCount] How many steps there are.
 * @property {boolean} [blocked] Whether a blocker holds it at that step.
 * @property {string | null} [branch] The branch that handed over (banned-account).
 * @property {WalkthroughAnswer[]} [answers] The answers collected, in order.
 */

/**
 * One answer of a walkthrough (WalkthroughAnswer.cs).
 * @typedef {object} WalkthroughAnswer
 * @property {string} [step]
 * @property {string} [label] What the step is about.
 * @property {string} [answer] The merchant's answer, as the button said it.
 * @property {string} [status] done, todo or blocked.
 */

/**
 * An FAQ answer the bot showed (ShownAnswer.cs).
 * @typedef {object} ShownAnswer
 * @property {string} [id]
 * @property {number} [score]
 */

/**
 * Everything the bot learned before the handoff (HandoffContext.cs).
 * @typedef {object} HandoffContext
 * @property {string} [reason] requested, repeatedFallback, topic or sentiment.
 * @property {string | null} [platform]
 * @property {Walkthrough | null} [walkthrough]
 * @property {ShownAnswer[]} [faqShown]
 * @property {Sentiment | null} [sentiment]
 * @property {string | null} [contact] For a ticket: how to reach the merchant.
 * @property {string | null} [description] For a ticket: what the merchant needs.
 * @property {string | null} [ticketNumber] For a ticket: the number the merchant was given.
 * @property {string[] | null} [additions] For a ticket: what the merchant wrote after leaving it, oldest first.
 */

/**
 * A handoff (HandoffRecord.cs).
 * @typedef {object} Handoff
 * @property {string} id
 * @property {string} [conversationId]
 * @property {string} [kind] live or ticket.
 * @property {string} [reason]
 * @property {string} [status] waiting, active, resolved or cancelled.
 * @property {string} [waitingSince] ISO 8601 (UTC).
 * @property {string | null} [assignedTo] The owning agent's username.
 * @property {string | null} [assignedToName] The owning agent's display name.
 * @property {string | null} [platform]
 * @property {Sentiment | null} [sentiment]
 * @property {HandoffContext} [context]
 * @property {ActivityView | null} [lastMessage] The merchant's latest message that says something, masked and cut short (waiting handoffs).
 * @property {number | null} [rating]
 */

/**
 * One piece of personal data found in a message, masked.
 * @typedef {object} PiiView
 * @property {string} [category] A PiiCategory name: PhoneNumber, IdCardNumber, BankCardNumber, Email.
 * @property {string} [masked]
 * @property {string} [label] What it is, for the agent (手机号), from the server.
 */

/**
 * An activity as agents see it (AgentView.cs): the text has its personal data masked.
 * @typedef {object} ActivityView
 * @property {string | null} [id]
 * @property {string} [type]
 * @property {string} [timestamp]
 * @property {{ id?: string | null, name?: string | null, role?: string | null }} [from]
 * @property {string} [text]
 * @property {PiiView[]} [pii]
 */

/**
 * An agent account (GET /api/agent/agents; the agents of GET /api/agent/stats).
 * @typedef {object} Agent
 * @property {string} username
 * @property {string} [displayName]
 * @property {string} [role]
 * @property {string} [presence] online, away or offline.
 * @property {number | boolean} [active] The number of active conversations (the load).
 */

/**
 * The desk's statistics (GET /api/agent/stats, supervisors only).
 * @typedef {object} Stats
 * @property {number} [waiting]
 * @property {number} [oldestWaitSeconds]
 * @property {number} [averageWaitSeconds]
 * @property {Agent[]} [agents]
 */

/**
 * A canned reply: an FAQ answer (GET /api/agent/canned).
 * @typedef {object} CannedReply
 * @property {string} [id]
 * @property {string} [title]
 * @property {string} [text]
 */

/**
 * The answer to POST /api/agent/token.
 * @typedef {object} LoginResponse
 * @property {string} token
 * @property {string} [expiresAt]
 * @property {string} [username]
 * @property {string} [displayName]
 * @property {string} [role] agent or supervisor.
 */

/**
 * The signed-in agent, as kept in sessionStorage.
 * @typedef {object} Session
 * @property {string} token
 * @property {string | null} expiresAt
 * @property {string} username
 * @property {string} displayName
 * @property {string} role
 */

/**
 * The hub's merchantMessage event.
 * @typedef {object} MerchantMessage
 * @property {string} [handoffId]
 * @property {string} [conversationId]
 * @property {ActivityView} [activity]
 */

/**
 * The hub's merchantTyping event.
 * @typedef {object} MerchantTyping
 * @property {string} [handoffId]
 */

export {};
