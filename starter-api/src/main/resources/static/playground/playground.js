// Policyflow playground: a plain ES module, no build step. It talks to the playground's own API
// (/playground/api/..., same origin); it never holds the /v1 API token.

const API = new URL('api/', document.baseURI);
const POLL_MS = 1500;
const SLOW_POLL_MS = 5000;
const EMAIL = /[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[A-Za-z]{2,}/g;

const STATUS_TEXT = {
  ACTIVE: 'the bot is talking with the customer',
  FOLLOWING_UP: 'refund issued; the bot follows up on the expected date',
  HANDED_OFF: 'a human agent owns the conversation; the bot no longer speaks',
  CLOSED: 'nothing more will happen',
};
const AWAITING_TEXT = {
  EMAIL: "the customer's email address",
  ORDER: 'which order the refund is for',
  ITEMS: 'which items to refund',
  CONDITION: 'whether the items are unused',
  ALTERNATIVE: 'store credit, an exchange, or neither',
  CONFIRMATION: 'a yes to issue the refund',
  FOLLOW_UP: 'whether the refund has arrived',
  NOTHING: 'nothing from the customer',
};
const OUTCOME_TEXT = {
  REFUNDED: 'refunded',
  NOT_ELIGIBLE: 'not eligible',
  HANDED_OFF: 'handed off to an agent',
  ABANDONED: 'abandoned by the customer',
  CANCELLED: 'cancelled by the customer',
};
const STATE_TEXT = {
  done: 'done', running: 'running', waiting: 'waiting', retrying: 'retrying', failed: 'failed',
  canceled: 'canceled', warning: 'warning', info: '',
};
const AUTHOR_TEXT = { BOT: 'Bot', CUSTOMER: 'Customer', AGENT: 'Agent' };

const state = {
  settings: { clock: false, sandbox: false },
  conversationId: null,
  contextEmail: null,
  view: null,
  run: null,
  timeline: null,
  historyLength: -1,
  rendered: new Map(),
  optionsSeq: undefined,
  sending: null,
  retry: null,
  generation: 0,
  pollTimer: null,
  serverNow: null,
  serverNowAt: 0,
  ordersKey: null,
  pollError: false,
};

const $ = (id) => document.getElementById(id);

/** An element with attributes and children; text is always set as text, never parsed as HTML. */
function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

async function api(path, { method = 'GET', body } = {}) {
  const headers = { Accept: 'application/json' };
  let payload;
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(new URL(path, API), {
      method, headers, body: payload, credentials: 'same-origin', cache: 'no-store',
    });
  } catch (e) {
    throw new ApiError('The playground server did not answer. Is it still running?', 0);
  }
  const text = await response.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch (e) {
    data = null;
  }
  if (!response.ok) {
    throw new ApiError((data && (data.detail || data.title)) || `HTTP ${response.status}`, response.status);
  }
  return data;
}

const enc = encodeURIComponent;

// ---- formatting -------------------------------------------------------------------------------------------

const dateTime = new Intl.DateTimeFormat(undefined, {
  weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit',
  hourCycle: 'h23',
});
const shortDateTime = new Intl.DateTimeFormat(undefined, {
  weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});
const dayOnly = new Intl.DateTimeFormat(undefined, {
  weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC',
});

function formatInstant(iso, short = false) {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : (short ? shortDateTime : dateTime).format(date);
}

const dayMonth = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

function formatDay(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dayMonth.format(date);
}

function formatLocalDate(text) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text || '');
  return match ? dayOnly.format(new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]))) : (text || '');
}

function formatMoney(amount, currency) {
  if (amount === null || amount === undefined) return '';
  const number = Number(amount);
  if (!currency || Number.isNaN(number)) return `${amount} ${currency || ''}`.trim();
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(number);
  } catch (e) {
    return `${amount} ${currency}`;
  }
}

function formatSpan(millis) {
  const minutes = Math.round(Math.abs(millis) / 60000);
  if (minutes < 1) return 'less than a minute';
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const parts = [];
  if (days) parts.push(`${days}d`);
  if (hours) parts.push(`${hours}h`);
  if (!days && rest) parts.push(`${rest}min`);
  return parts.join(' ') || `${minutes}min`;
}

/** Temporal's current time: the embedded server's clock when known (it moves with skips), else this machine's. */
function serverNow() {
  if (state.serverNow === null) return Date.now();
  return state.serverNow + (Date.now() - state.serverNowAt);
}

function badge(value, text) {
  return el('span', { class: `badge ${value}` }, text || value);
}

// ---- alerts -----------------------------------------------------------------------------------------------

function showError(message) {
  $('alert-text').textContent = message;
  $('alert').hidden = false;
}

function hideError() {
  $('alert').hidden = true;
}

// ---- conversations ----------------------------------------------------------------------------------------

function readContext() {
  const text = (id) => {
    const value = $(id).value.trim();
    return value === '' ? null : value;
  };
  return {
    customerEmail: text('ctx-email'),
    emailVerified: $('ctx-verified').checked,
    customerName: text('ctx-name'),
    locale: text('ctx-locale'),
    channel: text('ctx-channel'),
  };
}

function reset(conversationId) {
  state.generation += 1;
  clearTimeout(state.pollTimer);
  state.conversationId = conversationId;
  state.view = null;
  state.run = null;
  state.timeline = null;
  state.historyLength = -1;
  state.rendered = new Map();
  state.optionsSeq = undefined;
  state.sending = null;
  state.retry = null;
  state.ordersKey = null;
  $('messages').replaceChildren();
  $('timeline').replaceChildren();
  $('conversation-id').textContent = conversationId || '';
  $('chat-empty').hidden = Boolean(conversationId);
  if (conversationId) {
    history.replaceState(null, '', `#c=${enc(conversationId)}`);
  }
}

async function startConversation() {
  hideError();
  const context = readContext();
  const button = $('start');
  button.disabled = true;
  $('new-conversation').disabled = true;
  try {
    const started = await api('conversations', { method: 'POST', body: { context } });
    reset(started.conversationId);
    state.contextEmail = context.customerEmail;
    showContextSummary(context);
    applyView(started.conversation, { pushed: false });
    schedulePoll(0);
    $('chat-input').focus();
  } catch (e) {
    showError(`Could not start the conversation: ${e.message}`);
  } finally {
    button.disabled = false;
    $('new-conversation').disabled = false;
  }
}

async function openConversation(conversationId) {
  hideError();
  const id = conversationId.trim();
  if (!id) return;
  try {
    const view = await api(`conversations/${enc(id)}`);
    reset(id);
    state.contextEmail = null;
    showContextSummary(null);
    applyView(view, { pushed: false });
    schedulePoll(0);
    $('chat-input').focus();
  } catch (e) {
    showError(`Could not open conversation ${id}: ${e.message}`);
  }
}

/** Folds the context form away once a conversation runs, leaving a one-line summary of the context used. */
function showContextSummary(context) {
  const parts = context ? [
    context.customerName,
    context.customerEmail ? `${context.customerEmail}${context.emailVerified ? ' (verified)' : ''}` : 'no email',
    context.locale,
    context.channel,
  ].filter(Boolean) : ['as the chat backend sent it'];
  $('context-summary').textContent = `· ${parts.join(' · ')}`;
  $('context-box').open = false;
}

function newMessageId() {
  const customers = (state.view ? state.view.messages : []).filter((m) => m.author === 'CUSTOMER').length;
  const random = new Uint32Array(1);
  crypto.getRandomValues(random);
  return `m${customers + 1}-${random[0].toString(36).slice(0, 5)}`;
}

async function send(rawText) {
  const text = (rawText || '').trim();
  if (!text || !state.conversationId || state.sending) return;
  hideError();
  const generation = state.generation;
  const conversationId = state.conversationId;
  const messageId = state.retry && state.retry.text === text ? state.retry.messageId : newMessageId();
  state.sending = { messageId, text };
  const bubble = el('li', { class: 'message customer sending' },
    el('div', { class: 'who' }, 'Customer', el('span', {}, 'sending…')),
    el('p', { class: 'text' }, text));
  $('messages').append(bubble);
  scrollMessages();
  $('chat-input').value = '';
  setComposerBusy(true);
  try {
    const result = await api(`conversations/${enc(conversationId)}/messages`, {
      method: 'POST', body: { messageId, text },
    });
    if (generation !== state.generation) return;
    state.retry = null;
    bubble.remove();
    state.sending = null;
    applyView(result.conversation, { pushed: false });
    for (const reply of result.replies.filter((r) => r.seq === 0)) {
      const holding = messageItem(reply);
      holding.classList.add('holding');
      $('messages').append(holding);
      scrollMessages();
    }
    schedulePoll(0);
  } catch (e) {
    if (generation !== state.generation) return;
    bubble.remove();
    state.retry = { messageId, text };
    if (!$('chat-input').value) $('chat-input').value = text;
    showError(`The message was not taken: ${e.message} Send it again to retry.`);
  } finally {
    if (generation === state.generation) {
      state.sending = null;
      setComposerBusy(false);
    }
  }
}

function setComposerBusy(busy) {
  const open = Boolean(state.conversationId) && !(state.view && state.view.status === 'CLOSED');
  $('chat-input').disabled = !open;
  $('send').disabled = !open || busy;
  document.querySelectorAll('#messages .options button').forEach((b) => { b.disabled = busy; });
}

// ---- rendering: chat --------------------------------------------------------------------------------------

function messageItem(message) {
  const author = message.author || 'BOT';
  return el('li', { class: `message ${author.toLowerCase()}`, 'data-seq': message.seq },
    el('div', { class: 'who' },
      AUTHOR_TEXT[author] || author,
      el('time', { datetime: message.at }, formatInstant(message.at, true))),
    el('p', { class: 'text' }, message.text));
}

/** Under each customer message, how the bot read it ("read as: intent: none; yes/no: yes"), as text. */
function applyReadings(readings) {
  for (const reading of readings || []) {
    const item = state.rendered.get(reading.seq);
    if (!item || item.querySelector('.reading')) continue;
    item.append(el('p', { class: 'reading', title: `answering ${reading.question}` }, `read as: ${reading.reading}`));
  }
}

function scrollMessages() {
  const list = $('messages');
  list.scrollTop = list.scrollHeight;
}

function renderMessages(view, pushed) {
  const list = $('messages');
  let added = false;
  for (const message of view.messages) {
    if (state.rendered.has(message.seq)) continue;
    const item = messageItem(message);
    if (pushed && message.author !== 'CUSTOMER') item.classList.add('pushed');
    if (message.author === 'CUSTOMER') list.querySelectorAll('.sending').forEach((n) => n.remove());
    if (message.author !== 'CUSTOMER') list.querySelectorAll('.holding').forEach((n) => n.remove());
    list.append(item);
    state.rendered.set(message.seq, item);
    added = true;
  }
  renderOptions(view);
  if (added) scrollMessages();
}

function renderOptions(view) {
  let target = null;
  if (view.status === 'ACTIVE' || view.status === 'FOLLOWING_UP') {
    for (let i = view.messages.length - 1; i >= 0; i -= 1) {
      const message = view.messages[i];
      if (message.author === 'CUSTOMER') break;
      if (message.author === 'BOT' && message.options.length > 0) {
        target = message;
        break;
      }
    }
  }
  const seq = target ? target.seq : null;
  if (seq === state.optionsSeq) return;
  const hadFocus = document.activeElement && document.activeElement.closest('.options');
  document.querySelectorAll('#messages .options').forEach((node) => node.remove());
  state.optionsSeq = seq;
  if (target && state.rendered.has(seq)) {
    const group = el('div', { class: 'options', role: 'group', 'aria-label': 'Quick replies' },
      target.options.map((option) => el('button', {
        type: 'button',
        onclick: () => {
          send(option);
          $('chat-input').focus();
        },
      }, option)));
    state.rendered.get(seq).append(group);
  }
  if (hadFocus) $('chat-input').focus();
}

// ---- rendering: state -------------------------------------------------------------------------------------

function applyView(view, { pushed }) {
  if (!view) return;
  state.view = view;
  renderMessages(view, pushed);
  renderState(view);
  setComposerBusy(Boolean(state.sending));
  const help = $('chat-help');
  help.textContent = view.status === 'CLOSED'
    ? 'This conversation is closed. Start a new one to try again.'
    : 'Enter sends, Shift+Enter starts a new line. The bot\'s buttons send their text.';
}

function nextTimer() {
  if (!state.timeline) return null;
  const waiting = state.timeline.entries.filter((e) => e.kind === 'timer' && e.state === 'waiting');
  return waiting.length ? waiting[waiting.length - 1] : null;
}

function renderState(view) {
  $('state-empty').hidden = true;
  $('state').hidden = false;
  $('state-status').replaceChildren(badge(view.status), STATUS_TEXT[view.status] || '');

  const awaiting = [AWAITING_TEXT[view.awaiting] || view.awaiting || '—'];
  const timer = nextTimer();
  if (timer && view.status !== 'CLOSED') {
    awaiting.push(el('br'), el('span', { class: 'muted' },
      `next deadline ${formatInstant(timer.firesAt, true)} (in ${formatSpan(Date.parse(timer.firesAt) - serverNow())})`));
  }
  $('state-awaiting').replaceChildren(...awaiting);

  const order = view.order;
  $('state-order').replaceChildren(order
    ? el('span', {}, el('strong', {}, `#${order.number}`),
      ` · ${formatMoney(order.total, order.currency)} · ${order.state || ''}`,
      order.placedAt ? el('span', { class: 'muted' }, ` · placed ${formatInstant(order.placedAt, true)}`) : null)
    : '—');

  const refund = view.refund;
  $('state-refund').replaceChildren(refund
    ? el('span', {},
      el('strong', {}, formatMoney(refund.amount, refund.currency)),
      ` · credit memo ${refund.creditMemoId}`,
      el('br'),
      el('span', { class: 'muted' }, `issued ${formatInstant(refund.issuedAt, true)} · expected by `),
      el('strong', {}, formatLocalDate(refund.expectedBy)))
    : '—');

  $('state-outcome').replaceChildren(view.outcome
    ? el('span', {}, badge(view.outcome, OUTCOME_TEXT[view.outcome] || view.outcome))
    : '—');

  const handoff = view.handoff;
  $('state-handoff').replaceChildren(handoff
    ? el('div', {},
      el('div', {}, handoff.reason || ''),
      handoff.at ? el('div', { class: 'muted' }, formatInstant(handoff.at, true)) : null,
      handoff.summary ? el('pre', { class: 'summary' }, handoff.summary) : null)
    : '—');
}

function applyRun(run) {
  state.run = run;
  $('run-box').hidden = false;
  const rows = Object.entries(run.searchAttributes || {}).map(([name, value]) =>
    el('tr', {}, el('th', { scope: 'row' }, name),
      el('td', {}, el('code', {}, Array.isArray(value) ? value.join(', ') : String(value)))));
  $('search-attributes').tBodies[0].replaceChildren(...(rows.length ? rows
    : [el('tr', {}, el('td', { colspan: 2, class: 'muted' }, 'none set yet'))]));
  $('run-workflow').textContent = run.workflowId;
  $('run-id').textContent = run.runId;
  $('run-status').replaceChildren(badge(run.status),
    run.startedAt ? `started ${formatInstant(run.startedAt, true)}` : '',
    run.closedAt ? ` · closed ${formatInstant(run.closedAt, true)}` : '');
  $('run-history').textContent = `${run.historyLength} events`;
  const link = $('run-link');
  if (run.temporalUiUrl) {
    link.href = run.temporalUiUrl;
    link.hidden = false;
  } else {
    link.hidden = true;
  }
}

// ---- rendering: timeline ----------------------------------------------------------------------------------

function timelineItem(entry) {
  let detail = entry.detail;
  if (entry.kind === 'timer' && entry.firesAt) {
    if (entry.state === 'waiting') {
      detail = `fires ${formatInstant(entry.firesAt)} (in ${formatSpan(Date.parse(entry.firesAt) - serverNow())})`;
    } else if (entry.state === 'done') {
      detail = `fired ${formatInstant(entry.endedAt || entry.firesAt)}`;
    } else {
      detail = `${entry.detail} (it was due ${formatInstant(entry.firesAt)})`;
    }
  }
  if (entry.retryAt) detail = `${detail} · next attempt ${formatInstant(entry.retryAt)}`;
  const stateText = STATE_TEXT[entry.state];
  return el('li', { class: entry.state, 'data-kind': entry.kind },
    el('div', { class: 'when' }, el('time', { datetime: entry.at }, formatInstant(entry.at))),
    el('div', {}, el('span', { class: 'title' }, entry.title),
      stateText ? el('span', { class: 'state' }, stateText) : null),
    entry.note ? el('div', { class: 'note' }, entry.note) : null,
    detail ? el('div', { class: 'detail' }, detail) : null);
}

function applyTimeline(timeline) {
  state.timeline = timeline;
  const list = $('timeline');
  const panel = list.closest('.timeline-panel');
  const atBottom = panel.scrollHeight - panel.scrollTop - panel.clientHeight < 40;
  list.replaceChildren(...timeline.entries.map(timelineItem));
  if (timeline.truncated) {
    list.append(el('li', { class: 'info' }, el('div', { class: 'title' },
      'The history is longer than the playground reads; see the rest in Temporal UI.')));
  }
  $('timeline-empty').hidden = timeline.entries.length > 0;
  if (atBottom) panel.scrollTop = panel.scrollHeight;
  $('skip-next').disabled = !nextTimer();
  if (state.view) renderState(state.view);
}

// ---- local tools: clock and sandbox -----------------------------------------------------------------------

async function refreshClock() {
  if (!state.settings.clock) return;
  const clock = await api('clock');
  state.serverNow = Date.parse(clock.now);
  state.serverNowAt = Date.now();
  const time = $('server-time');
  time.dateTime = clock.now;
  time.textContent = formatInstant(clock.now);
}

async function skip(duration, label) {
  hideError();
  const buttons = document.querySelectorAll('#clock-tools button');
  buttons.forEach((b) => { b.disabled = true; });
  $('clock-status').textContent = `Moving the clock: ${label}…`;
  try {
    const result = await api('clock/skip', { method: 'POST', body: { duration } });
    state.serverNow = Date.parse(result.now);
    state.serverNowAt = Date.now();
    $('clock-status').textContent = `Skipped ${label}. Temporal's clock is now ${formatInstant(result.now)}.`;
    await refreshClock();
    schedulePoll(0);
  } catch (e) {
    $('clock-status').textContent = '';
    showError(`Could not move the clock: ${e.message}`);
  } finally {
    buttons.forEach((b) => { b.disabled = false; });
    $('skip-next').disabled = !nextTimer();
  }
}

function customerEmail() {
  if (state.contextEmail) return state.contextEmail;
  const messages = state.view ? state.view.messages : [];
  for (let i = messages.length - 1; i >= 0; i -= 1) {
    if (messages[i].author !== 'CUSTOMER') continue;
    const found = messages[i].text.match(EMAIL);
    if (found) return found[found.length - 1].toLowerCase();
  }
  return null;
}

async function refreshSandbox() {
  if (!state.settings.sandbox) return;
  const email = customerEmail();
  const box = $('sandbox-orders');
  if (!email) {
    if (state.ordersKey !== 'none') {
      state.ordersKey = 'none';
      $('sandbox-email').textContent = 'orders of the current customer';
      box.replaceChildren(el('p', { class: 'empty' }, 'The orders appear once the customer\'s email is known.'));
    }
    return;
  }
  const result = await api(`sandbox/orders?email=${enc(email)}`);
  const current = state.view && state.view.order ? state.view.order.number : null;
  const key = JSON.stringify([result, current]);
  if (key === state.ordersKey) return;
  state.ordersKey = key;
  $('sandbox-email').textContent = `orders of ${result.email}`;
  if (!result.orders.length) {
    box.replaceChildren(el('p', { class: 'empty' }, 'No orders for this email in the sandbox store.'));
    return;
  }
  const rows = result.orders.map((order) => el('tr', {
    class: order.number === current ? 'current' : null, 'data-order': order.number,
  },
  el('th', { scope: 'row' }, `#${order.number}`,
    el('div', { class: 'order-items' }, order.items.map((item) => item.name).join(', ')),
    el('div', { class: 'order-items' }, `placed ${formatDay(order.placedAt)}`)),
  el('td', {}, order.status || order.state),
  el('td', { class: 'num' }, formatMoney(order.total, order.currency)),
  el('td', { class: 'num refunded' }, order.refunded ? formatMoney(order.refunded, order.currency) : '—',
    el('div', { class: 'memos' }, order.creditMemos.map((memo) => el('span', { class: 'memo' },
      `credit memo #${memo.number || memo.id}`))))));
  box.replaceChildren(el('table', {},
    el('caption', { class: 'muted' }, 'Newest first; the conversation\'s order is highlighted.'),
    el('thead', {}, el('tr', {},
      ['Order', 'Status', 'Total', 'Refunded'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, rows)));
}

// ---- polling ----------------------------------------------------------------------------------------------

function schedulePoll(delay) {
  clearTimeout(state.pollTimer);
  const generation = state.generation;
  state.pollTimer = setTimeout(() => poll(generation), delay);
}

function timelineNeedsRefresh(run) {
  if (run.historyLength !== state.historyLength) return true;
  // retries change the pending activity, not the history
  return Boolean(state.timeline && state.timeline.entries.some(
    (e) => (e.kind === 'activity') && (e.state === 'retrying' || e.state === 'running' || e.state === 'waiting')));
}

async function poll(generation) {
  if (generation !== state.generation || !state.conversationId) return;
  const id = state.conversationId;
  let closed = false;
  try {
    const [view, run, readings] = await Promise.all([
      api(`conversations/${enc(id)}`),
      api(`conversations/${enc(id)}/run`),
      api(`conversations/${enc(id)}/readings`).catch(() => []),
    ]);
    if (generation !== state.generation) return;
    applyView(view, { pushed: !state.sending });
    applyReadings(readings);
    applyRun(run);
    if (timelineNeedsRefresh(run)) {
      const timeline = await api(`conversations/${enc(id)}/timeline`);
      if (generation !== state.generation) return;
      state.historyLength = timeline.historyLength;
      applyTimeline(timeline);
    }
    await Promise.all([refreshClock(), refreshSandbox()]);
    closed = run.status !== 'RUNNING';
    if (state.pollError) {
      state.pollError = false;
      hideError();
    }
  } catch (e) {
    if (generation !== state.generation) return;
    if (!state.pollError) {
      state.pollError = true;
      showError(`Lost contact with the conversation: ${e.message}`);
    }
  }
  if (generation === state.generation) {
    schedulePoll(closed || document.hidden ? SLOW_POLL_MS : POLL_MS);
  }
}

// ---- recent conversations ---------------------------------------------------------------------------------

async function loadRecent() {
  const list = $('recent');
  try {
    const runs = await api('conversations');
    list.replaceChildren(...(runs.length ? runs.map((run) => el('li', {},
      el('button', { type: 'button', onclick: () => openConversation(run.conversationId) },
        el('code', {}, run.conversationId),
        badge(run.status),
        run.searchAttributes && run.searchAttributes.RefundStage
          ? el('span', { class: 'muted' }, run.searchAttributes.RefundStage) : null,
        el('span', { class: 'muted' }, formatInstant(run.startedAt, true)))))
      : [el('li', { class: 'muted' }, 'No refund conversations yet.')]));
  } catch (e) {
    list.replaceChildren(el('li', { class: 'muted' }, `Could not list runs: ${e.message}`));
  }
}

// ---- start ------------------------------------------------------------------------------------------------

async function init() {
  $('context-form').addEventListener('submit', (event) => {
    event.preventDefault();
    startConversation();
  });
  $('new-conversation').addEventListener('click', () => startConversation());
  $('chat-form').addEventListener('submit', (event) => {
    event.preventDefault();
    send($('chat-input').value);
  });
  $('chat-input').addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      send($('chat-input').value);
    }
  });
  $('open-form').addEventListener('submit', (event) => {
    event.preventDefault();
    openConversation($('open-id').value);
  });
  $('existing').addEventListener('toggle', () => {
    if ($('existing').open) loadRecent();
  });
  $('alert-close').addEventListener('click', hideError);
  $('demo-fill').addEventListener('click', () => {
    $('ctx-email').value = 'jane.doe@example.com';
    $('ctx-name').value = 'Jane';
    $('ctx-email').focus();
  });
  document.querySelectorAll('[data-skip]').forEach((button) => {
    button.addEventListener('click', () => skip(button.dataset.skip, button.textContent.replace(/^Skip /, '')));
  });
  $('skip-next').addEventListener('click', () => {
    const timer = nextTimer();
    if (!timer) return;
    const seconds = Math.max(1, Math.ceil((Date.parse(timer.firesAt) - serverNow()) / 1000) + 1);
    skip(`PT${seconds}S`, `to the next timer (${formatSpan(seconds * 1000)})`);
  });
  document.addEventListener('visibilitychange', () => {
    if (!document.hidden && state.conversationId) schedulePoll(0);
  });

  try {
    state.settings = await api('settings');
  } catch (e) {
    showError(`The playground API is not answering: ${e.message}`);
  }
  const { settings } = state;
  $('local-tools').hidden = !(settings.clock || settings.sandbox);
  $('clock-tools').hidden = !settings.clock;
  $('sandbox-tools').hidden = !settings.sandbox;
  $('demo-hint').hidden = !settings.sandbox;
  if (settings.temporalUiUrl) {
    const home = $('temporal-ui-home');
    home.href = `${settings.temporalUiUrl}/namespaces/${enc(settings.namespace || 'default')}/workflows`;
    home.hidden = false;
  }
  if (settings.clock) refreshClock().catch(() => {});

  const match = /^#c=(.+)$/.exec(location.hash);
  if (match) await openConversation(decodeURIComponent(match[1]));
  setComposerBusy(false);
}

init();
