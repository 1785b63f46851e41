'use strict';
// The console's single page. Every value from the server is put into the page as text (never as
// HTML): titles and texts come from citizens' posts.

const LEVELS = { I: '特别重大', II: '重大', III: '较大', IV: '一般' };
const STATES = { OPEN: '待签收', ACKNOWLEDGED: '已签收', RESPONDED: '已回应', CLOSED: '已关闭', RETURNED: '已退回' };
const KINDS = { DOCUMENT: '单条', EVENT: '事件', SURGE: '激增', OVERDUE: '超期督办' };
const ACTIONS = { ACKNOWLEDGE: '签收', RESPOND: '回应/办结', RETURN: '退回', REASSIGN: '改派', ESCALATE: '督办', CLOSE: '关闭' };
const HISTORY = {
  opened: '生成预警', raised: '升级', acknowledged: '签收', responded: '回应', returned: '退回',
  reassigned: '改派', escalated: '督办', closed: '关闭', reminder: '临期提醒', overdue: '超期'
};
const SENTIMENTS = { NEGATIVE: '负面', NEUTRAL: '中性', POSITIVE: '正面' };
const JURISDICTIONS = { LOCAL: '本地', REGIONAL: '本市本省', ELSEWHERE: '外地', UNKNOWN: '地点不明' };
const CONTENTS = { APPEAL: '诉求', INCIDENT: '事件', ROUTINE: '常规', CHATTER: '闲聊', AD: '广告', EMOJI_ONLY: '仅表情', REPOST_CHAIN: '转发链', EMPTY: '空内容' };
const FACET_VALUES = { ...SENTIMENTS, ...JURISDICTIONS, ...CONTENTS };
const LEVEL_COLORS = { I: '#d92d20', II: '#f79009', III: '#eaaa08', IV: '#2e90fa' };

const app = { me: null, csrf: null, seeds: null, units: [], stream: null, charts: [], days: 30, latest: new Map() };

/**
 * The newest revision known of an alert: a search can still return an older one than the live
 * stream already delivered (the index refreshes every second), so pages prefer the stream's.
 */
function newest(alert) {
  const live = app.latest.get(alert.id);
  return live && live.revision > alert.revision ? live : alert;
}

/** The period of the analysis pages: the last N days, shared across pages. */
function rangeSelect(onchange) {
  const s = el('select', { id: 'range', 'aria-label': '时间范围' },
    ...[[7, '近7天'], [30, '近30天'], [90, '近90天'], [365, '近一年']].map(([d, text]) => el('option', { value: d, selected: d === app.days }, text)));
  s.onchange = () => { app.days = Number(s.value); onchange(); };
  return s;
}

function since() {
  return new Date(Date.now() - app.days * 86400000).toISOString();
}

// ---------- small helpers ----------

function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'onclick' || key === 'onchange' || key === 'onsubmit' || key === 'oninput') node[key] = value;
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** A link only for web addresses: anything else (javascript:, data:) is shown as text. */
function safeLink(url, text) {
  if (typeof url === 'string' && /^https?:\/\//i.test(url)) {
    return el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, text || url);
  }
  return text ? el('span', {}, text) : '';
}

function time(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getMonth() + 1}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function duration(iso) {
  if (!iso) return '-';
  const m = /PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?/.exec(iso);
  if (!m) return iso;
  const minutes = Number(m[1] || 0) * 60 + Number(m[2] || 0) + Math.round(Number(m[3] || 0) / 60);
  return minutes < 120 ? `${minutes}分钟` : `${(minutes / 60).toFixed(1)}小时`;
}

function percent(rate) {
  return rate === undefined || rate === null ? '-' : `${(rate * 100).toFixed(1)}%`;
}

function levelBadge(level) {
  return el('span', { class: `level level-${level}`, title: LEVELS[level] }, level);
}

function stateBadge(state) {
  return el('span', { class: `state state-${state}` }, STATES[state] || state);
}

/** The deadline the lead unit is working towards now, or null. */
function nextDeadline(alert) {
  const p = alert.progress || {};
  const d = alert.deadlines || {};
  if (alert.state === 'OPEN' && !p.acknowledged_at && d.acknowledge) return { kind: '签收', at: d.acknowledge };
  if ((alert.state === 'OPEN' || alert.state === 'ACKNOWLEDGED') && !p.responded_at && d.respond) return { kind: '回应', at: d.respond };
  return null;
}

function countdown(alert) {
  const next = nextDeadline(alert);
  if (!next) return el('span', { class: 'muted' }, '-');
  return el('span', { class: 'countdown', 'data-deadline': next.at, 'data-kind': next.kind }, '');
}

function tickCountdowns() {
  for (const node of document.querySelectorAll('.countdown[data-deadline]')) {
    const left = new Date(node.dataset.deadline).getTime() - Date.now();
    const abs = Math.abs(left);
    const h = Math.floor(abs / 3600000);
    const m = Math.floor((abs % 3600000) / 60000);
    const s = Math.floor((abs % 60000) / 1000);
    const text = h > 0 ? `${h}小时${m}分` : `${m}分${s}秒`;
    node.textContent = left >= 0 ? `${node.dataset.kind}剩 ${text}` : `${node.dataset.kind}超期 ${text}`;
    node.classList.toggle('late', left < 0);
  }
}

function can(permission) {
  return !!app.me && app.me.permissions.includes(permission);
}

function myUnitConcerns(alert) {
  return (app.me.units || []).some((u) => u === alert.lead_unit || (alert.responsible_units || []).includes(u));
}

async function api(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && app.csrf) headers['X-CSRF-Token'] = app.csrf;
  const response = await fetch(path, {
    method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body)
  });
  if (response.status === 401 && path !== '/api/login') {
    app.me = null;
    showLogin(app.pending ? '登录已失效（控制台可能已重启）。重新登录后，刚才的操作会自动再提交一次。' : undefined);
    throw Object.assign(new Error('请先登录'), { status: 401 });
  }
  const data = response.headers.get('Content-Type')?.includes('json') ? await response.json() : null;
  if (!response.ok) throw Object.assign(new Error((data && data.message) || `HTTP ${response.status}`), { status: response.status });
  return data;
}

// One request id travels with an action through every retry, so the console applies it once even
// when a reply is lost or the console restarts in between (crypto.randomUUID needs HTTPS).
function requestId() {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function submitAction(alertId, body) {
  const action = { ...body, request_id: body.request_id || requestId() };
  const path = `/api/alerts/${encodeURIComponent(alertId)}/actions`;
  for (let attempt = 0; ; attempt++) {
    app.pending = { alertId, action };
    try {
      const result = await api('POST', path, action);
      app.pending = null;
      return result;
    } catch (err) {
      // fetch rejects with a TypeError when the console cannot be reached: wait and send it again
      const unreachable = err instanceof TypeError || err.status === 502 || err.status === 503;
      if (err.status === 401) throw err; // kept in app.pending: sent again after the next login
      if (!unreachable || attempt >= 6) {
        app.pending = null;
        throw err;
      }
      await new Promise((resolve) => setTimeout(resolve, 500 * 2 ** attempt));
    }
  }
}

function toast(message) {
  const note = el('div', { class: 'toast', role: 'status', id: 'toast' }, message);
  document.getElementById('toast')?.remove();
  document.body.append(note);
  setTimeout(() => note.remove(), 8000);
}

async function resubmitPending() {
  const pending = app.pending;
  if (!pending) return;
  try {
    const result = await submitAction(pending.alertId, pending.action);
    toast(result.already_applied ? `刚才的「${ACTIONS[pending.action.action]}」已生效，无需重复提交` : `已重新提交「${ACTIONS[pending.action.action]}」`);
  } catch (err) {
    toast(`刚才的操作未能提交：${err.message}`);
  }
}

function view(...children) {
  for (const chart of app.charts) chart.dispose();
  app.charts = [];
  const main = document.getElementById('view');
  main.replaceChildren(...children);
  return main;
}

function fail(error) {
  view(el('p', { class: 'error' }, `出错了：${error.message}`));
}

function chart(node, option) {
  if (!window.echarts) return;
  const c = window.echarts.init(node);
  c.setOption(option);
  app.charts.push(c);
}

// ---------- login and navigation ----------

function showLogin(message) {
  document.getElementById('signal').hidden = true;
  document.getElementById('nav').replaceChildren();
  document.getElementById('me').replaceChildren();
  const error = el('p', { class: 'error', id: 'login-error' }, message || '');
  const form = el('form', { class: 'card login', id: 'login-form' },
    el('h1', {}, '登录'),
    el('label', { for: 'username' }, '用户名'), el('input', { id: 'username', name: 'username', autocomplete: 'username', required: true }),
    el('label', { for: 'password' }, '密码'), el('input', { id: 'password', name: 'password', type: 'password', autocomplete: 'current-password', required: true }),
    el('p', {}, el('button', { type: 'submit', id: 'login-button' }, '登录')), error);
  form.onsubmit = async (e) => {
    e.preventDefault();
    try {
      const me = await api('POST', '/api/login', { username: form.username.value, password: form.password.value });
      await start(me, null);
      await resubmitPending();
    } catch (err) {
      error.textContent = err.message;
    }
  };
  view(form);
}

function defaultPage() {
  if (can('MANAGE_ACCOUNTS')) return '#/admin';
  if (can('READ_ALL_ALERTS')) return '#/queue';
  return '#/workspace';
}

function signedIn(me) {
  app.me = me.account;
  app.csrf = me.csrf;
  const links = [];
  if (can('READ_ALL_ALERTS') || can('ACT_AS_UNIT')) links.push(['#/queue', '预警队列']);
  if (can('ACT_AS_UNIT')) links.push(['#/workspace', '本单位工作台']);
  if (!can('MANAGE_ACCOUNTS')) links.push(['#/timeliness', '办理时效']);
  if (can('ANALYSIS')) links.push(['#/analysis', '舆情分析']);
  if (can('ANALYSIS')) links.push(['#/search', '全文检索']);
  if (can('REPORTS')) links.push(['#/reports', '日报周报']);
  if (can('MANAGE_ACCOUNTS')) links.push(['#/admin', '账号管理']);
  document.getElementById('nav').replaceChildren(...links.map(([href, text]) => el('a', { href, 'data-page': href }, text)));
  const logout = el('button', { class: 'secondary', id: 'logout' }, '退出');
  logout.onclick = async () => {
    await api('POST', '/api/logout', {}).catch(() => {});
    if (app.stream) app.stream.close();
    app.me = null;
    showLogin();
  };
  document.getElementById('me').replaceChildren(
    el('span', { id: 'who' }, `${app.me.display_name}（${app.me.units.join('、') || roleName(app.me.role)}）`), logout);
  connectStream();
}

function roleName(role) {
  return { TEAM: '舆情回应组', UNIT: '责任单位', LEADER: '领导', ADMIN: '管理员' }[role] || role;
}

// ---------- live updates ----------

const listeners = new Set();

function connectStream() {
  if (app.stream) app.stream.close();
  if (!(can('READ_ALL_ALERTS') || can('ACT_AS_UNIT'))) return;
  app.stream = new EventSource('/api/alerts/stream');
  app.stream.addEventListener('alert', (event) => {
    const alert = JSON.parse(event.data);
    const known = app.latest.get(alert.id);
    if (known && known.revision >= alert.revision) return;
    app.latest.set(alert.id, alert);
    if (alert.revision === 1 && (alert.level === 'I' || alert.level === 'II')) signal(alert);
    for (const listener of listeners) listener(alert);
  });
}

function signal(alert) {
  const banner = document.getElementById('signal');
  banner.replaceChildren(`新的${LEVELS[alert.level]}（${alert.level}级）预警：`, el('a', { href: `#/alert/${alert.id}` }, alert.title));
  banner.hidden = false;
  document.title = `【${alert.level}级预警】回响`;
  setTimeout(() => { banner.hidden = true; document.title = '回响 · 高县政务舆情监测与回应'; }, 60000);
}

function onAlerts(listener) {
  listeners.clear();
  listeners.add(listener);
}

// ---------- pages ----------

const pages = {
  queue: showQueue, alert: showAlert, workspace: showWorkspace, timeliness: showTimeliness,
  analysis: showAnalysis, search: showSearch, reports: showReports, admin: showAdmin
};

function route() {
  if (!app.me) return showLogin();
  const [, page, arg] = (location.hash || defaultPage()).split('/');
  for (const a of document.querySelectorAll('nav a')) a.classList.toggle('active', a.dataset.page === `#/${page}`);
  onAlerts(() => {});
  (pages[page] || showQueue)(arg ? decodeURIComponent(arg) : undefined).catch(fail);
}

async function showQueue() {
  const filters = { level: '', state: '', unit: '', topic: '', region: '', source: '' };
  const select = (name, label, options) => {
    const s = el('select', { name, 'aria-label': label }, el('option', { value: '' }, `全部${label}`),
      ...options.map(([value, text]) => el('option', { value }, text)));
    s.onchange = () => { filters[name] = s.value; load(); };
    return s;
  };
  const seeds = app.seeds || {};
  const bar = el('div', { class: 'filters' },
    select('level', '级别', Object.entries(LEVELS).map(([k, v]) => [k, `${k} ${v}`])),
    select('state', '状态', Object.entries(STATES)),
    select('unit', '单位', app.units.map((u) => [u.name, u.name])),
    select('topic', '主题', (seeds.topics || []).map((t) => [t, t])),
    select('region', '乡镇', (seeds.towns || []).map((t) => [t, t])),
    select('source', '来源', ['weibo', 'wechat', 'douyin', 'news', 'forum', '12345', '留言板'].map((s) => [s, s])));
  const body = el('tbody', { id: 'queue-rows' });
  view(el('h1', {}, '预警队列'), bar,
    el('table', { id: 'queue' }, el('thead', {}, el('tr', {}, ...['级别', '预警', '类型', '牵头单位', '乡镇', '状态', '时限', '更新'].map((h) => el('th', {}, h)))), body));
  const rows = new Map();
  const row = (a) => el('tr', { 'data-id': a.id },
    el('td', {}, levelBadge(a.level)),
    el('td', {}, el('a', { href: `#/alert/${encodeURIComponent(a.id)}`, class: 'alert-title' }, a.title)),
    el('td', {}, KINDS[a.kind] || a.kind),
    el('td', {}, a.lead_unit),
    el('td', {}, a.region || ''),
    el('td', {}, stateBadge(a.state)),
    el('td', {}, countdown(a)),
    el('td', {}, time(a.updated_at)));
  const matches = (a) => Object.entries(filters).every(([k, v]) => !v
    || (k === 'unit' ? a.lead_unit === v || (a.responsible_units || []).includes(v)
      : k === 'topic' ? (a.topics || []).includes(v)
        : k === 'source' ? (a.documents || []).some((d) => d.source === v) : a[k] === v));
  async function load() {
    const query = new URLSearchParams(Object.entries(filters).filter(([, v]) => v));
    const alerts = (await api('GET', `/api/alerts?${query}`)).map(newest);
    rows.clear();
    body.replaceChildren(...alerts.map((a) => { const r = row(a); rows.set(a.id, r); return r; }));
    if (!alerts.length) body.append(el('tr', {}, el('td', { colspan: 8, class: 'muted' }, '暂无预警')));
    tickCountdowns();
  }
  onAlerts((a) => {
    if (!matches(a)) return;
    const fresh = row(a);
    fresh.classList.add('fresh');
    const old = rows.get(a.id);
    if (old) old.replaceWith(fresh); else body.prepend(fresh);
    rows.set(a.id, fresh);
    tickCountdowns();
  });
  await load();
}

async function showAlert(id) {
  const detail = await api('GET', `/api/alerts/${encodeURIComponent(id)}`);
  renderAlert(newest(detail.alert), detail.documents);
}

/** The alert page; a newer revision from the live stream renders it again in place. */
function renderAlert(a, documents) {
  const p = a.progress || {};
  const mix = a.sentiment_mix || {};
  const d = a.deadlines || {};
  const docBody = el('tbody', { id: 'document-rows' }, ...documentRows(a, documents));
  const history = (a.history || []).map((h) => el('tr', {},
    el('td', {}, `#${h.revision}`), el('td', {}, time(h.at)), el('td', {}, HISTORY[h.action] || h.action),
    el('td', {}, h.unit || '系统'), el('td', {}, h.actor || ''), el('td', { class: 'text' }, h.note || '')));
  view(
    el('h1', {}, levelBadge(a.level), ' ', el('span', { id: 'alert-title' }, a.title), ' ', stateBadge(a.state)),
    el('div', { class: 'grid' },
      el('div', { class: 'card' },
        el('h2', {}, '为什么预警'), el('ul', { class: 'why' }, ...(a.why || []).map((w) => el('li', {}, w))),
        el('p', {}, '命中词：', el('span', { class: 'tags' }, ...(a.matched_terms || []).map((t) => el('span', {}, t)))),
        el('p', {}, `主题：${(a.topics || []).join('、') || '-'}`)),
      el('div', { class: 'card' },
        el('h2', {}, '责任与时限'),
        el('p', {}, `牵头单位：${a.lead_unit}`), el('p', {}, `责任单位：${(a.responsible_units || []).join('、') || '-'}`),
        el('p', {}, `乡镇：${a.region || '-'}　首发来源：${a.first_source || '-'}　相似信息：${a.similar_count} 条　共 ${a.document_count} 条`),
        el('p', {}, `情感：负面 ${mix.negative || 0}，中性 ${mix.neutral || 0}，正面 ${mix.positive || 0}`),
        el('p', {}, `签收期限：${time(d.acknowledge)}　回应期限：${time(d.respond)}`,
          d.authoritative_release ? `　权威发布：${time(d.authoritative_release)}` : '',
          d.press_conference ? `　新闻发布会：${time(d.press_conference)}` : ''),
        el('p', {}, countdown(a)),
        el('p', {}, `签收：${time(p.acknowledged_at) || '-'}　回应：${time(p.responded_at) || '-'}`,
          p.acknowledge_overdue ? '　签收超期' : '', p.respond_overdue ? '　回应超期' : '', p.supervised ? '　已督办' : ''),
        a.response ? el('p', { class: 'text' }, `回应（${a.response.unit}）：${a.response.text} `, safeLink(a.response.link, '链接')) : '')),
    actionsFor(a),
    el('h2', {}, '相关信息'),
    el('table', { id: 'documents' }, el('thead', {}, el('tr', {}, ...['来源', '内容（个人信息已脱敏）', '链接', '时间'].map((h) => el('th', {}, h)))), docBody),
    el('h2', {}, '处理记录'),
    el('table', { id: 'history' }, el('thead', {}, el('tr', {}, ...['版本', '时间', '动作', '单位', '人员', '说明'].map((h) => el('th', {}, h)))), el('tbody', {}, ...history)));
  tickCountdowns();
  fillDocuments(a, documents, docBody);
  onAlerts((update) => {
    if (update.id !== a.id || update.revision <= a.revision) return;
    // a busy alert gets a revision a second: what the user is typing must survive it
    const typed = ACTION_FIELDS.map((id) => document.getElementById(id)?.value);
    renderAlert(update, documents);
    ACTION_FIELDS.forEach((id, i) => {
      const field = document.getElementById(id);
      if (field && typed[i] !== undefined) field.value = typed[i];
    });
  });
}

/** The inputs of an alert's actions card, kept across live revisions of the page. */
const ACTION_FIELDS = ['action-text', 'action-link', 'reassign-to'];

/**
 * One row per document the alert names: its stored (masked) text once found in the index, its
 * title from the alert until then.
 */
function documentRows(a, found) {
  const byId = new Map(found.map((doc) => [doc.id, doc]));
  return (a.documents || []).map((named) => byId.get(named.id) || named).map((doc) => el('tr', {},
    el('td', {}, doc.source),
    el('td', {}, el('div', { class: 'doc-title' }, doc.title || ''), el('div', { class: 'text doc-text' }, doc.text || '')),
    el('td', {}, safeLink(doc.url, '原文')),
    el('td', {}, time(doc.published_at))));
}

/**
 * An alert reaches the console before its newest documents are searchable (the index refreshes
 * every second), so the page asks again, a second apart, until every named document is found.
 * Only the documents' rows are replaced: what the user is typing in the actions stays. `found` is
 * updated in place, so a live revision renders with what was found since.
 */
function fillDocuments(a, found, body, tries = 5) {
  const missing = (a.documents || []).some((named) => !found.some((doc) => doc.id === named.id));
  if (!missing || tries === 0) return;
  setTimeout(async () => {
    if (!body.isConnected) return;
    try {
      const detail = await api('GET', `/api/alerts/${encodeURIComponent(a.id)}`);
      found.splice(0, found.length, ...detail.documents);
    } catch (err) {
      return;
    }
    if (!body.isConnected) return;
    body.replaceChildren(...documentRows(a, found));
    fillDocuments(a, found, body, tries - 1);
  }, 1000);
}

function actionsFor(a) {
  const box = el('div', { class: 'card actions', id: 'actions' }, el('h2', {}, '处理'));
  const status = el('p', { class: 'muted', id: 'action-status' });
  const text = el('textarea', { id: 'action-text', placeholder: '回应内容 / 退回理由 / 督办或关闭说明' });
  const link = el('input', { id: 'action-link', placeholder: '回应链接（可选）', size: 50 });
  const buttons = [];
  const send = (action, extra) => async () => {
    try {
      const result = await submitAction(a.id, { action, text: text.value || null, link: link.value || null, ...extra });
      // the fields outlive live revisions, so a command sent must not stay in them to be sent again
      text.value = '';
      link.value = '';
      status.textContent = `已提交「${ACTIONS[action]}」，等待处理（预计状态：${STATES[result.expected_state] || result.expected_state}）`;
    } catch (err) {
      status.textContent = err.message;
      status.className = 'error';
    }
  };
  const unitMay = can('ACT_AS_UNIT') && myUnitConcerns(a) && a.kind !== 'OVERDUE';
  if (unitMay && a.state === 'OPEN') buttons.push(el('button', { id: 'do-acknowledge', onclick: send('ACKNOWLEDGE') }, '签收'));
  if (unitMay && (a.state === 'OPEN' || a.state === 'ACKNOWLEDGED')) {
    buttons.push(el('button', { id: 'do-respond', onclick: send('RESPOND') }, '回应/办结'));
    buttons.push(el('button', { id: 'do-return', class: 'secondary', onclick: send('RETURN') }, '退回'));
  }
  if (can('ACT_AS_TEAM') && a.state !== 'CLOSED') {
    if (a.kind === 'OVERDUE' && a.state === 'OPEN') buttons.push(el('button', { id: 'do-acknowledge', onclick: send('ACKNOWLEDGE') }, '签收'));
    if (a.kind !== 'OVERDUE') {
      const to = el('select', { id: 'reassign-to' }, ...app.units.map((u) => el('option', { value: u.name }, u.name)));
      buttons.push(el('span', { class: 'inline' }, to, el('button', { id: 'do-reassign', class: 'secondary', onclick: () => send('REASSIGN', { assign_to: [to.value] })() }, '改派')));
      if (a.state !== 'RESPONDED') buttons.push(el('button', { id: 'do-escalate', class: 'secondary', onclick: send('ESCALATE') }, '督办'));
    }
    buttons.push(el('button', { id: 'do-close', class: 'secondary', onclick: send('CLOSE') }, '关闭'));
  }
  if (!buttons.length) return el('div', { class: 'card muted', id: 'actions' }, '您对此预警没有可用的操作。');
  box.append(text, link, el('div', {}, ...buttons), status);
  return box;
}

async function showWorkspace() {
  const open = (a) => a.state !== 'CLOSED' && a.kind !== 'OVERDUE' && myUnitConcerns(a);
  const byDeadline = (x, y) => ((nextDeadline(x) || { at: '9999' }).at).localeCompare((nextDeadline(y) || { at: '9999' }).at);
  const alerts = new Map((await api('GET', '/api/alerts?size=300')).map(newest).filter(open).map((a) => [a.id, a]));
  const list = el('tbody', { id: 'workspace-rows' });
  const render = () => {
    const rows = [...alerts.values()].sort(byDeadline).map(workRow);
    list.replaceChildren(...(rows.length ? rows : [el('tr', {}, el('td', { colspan: 5, class: 'muted' }, '本单位暂无待办预警'))]));
    tickCountdowns();
  };
  const report = await api('GET', '/api/timeliness');
  view(
    el('h1', {}, `本单位工作台：${app.me.units.join('、')}`),
    el('table', { id: 'workspace' }, el('thead', {}, el('tr', {}, ...['级别', '预警', '状态', '时限', '操作'].map((h) => el('th', {}, h)))), list),
    el('h2', {}, '本单位办理时效（近30天）'), timelinessTable(report));
  render();
  // the live revision itself updates the row: searching again right away could still find the
  // previous revision, the index refreshing only every second
  onAlerts((a) => {
    const known = alerts.get(a.id);
    if (known && known.revision >= a.revision) return;
    if (open(a)) alerts.set(a.id, a); else alerts.delete(a.id);
    render();
  });
}

function workRow(a) {
  const text = el('input', { placeholder: '回应内容或退回理由', size: 30, class: 'quick-text' });
  const act = (action) => async () => {
    try {
      await submitAction(a.id, { action, text: text.value || null });
      text.replaceWith(el('span', { class: 'muted' }, `已提交${ACTIONS[action]}`));
    } catch (err) {
      alert(err.message);
    }
  };
  return el('tr', { 'data-id': a.id },
    el('td', {}, levelBadge(a.level)),
    el('td', {}, el('a', { href: `#/alert/${encodeURIComponent(a.id)}` }, a.title)),
    el('td', {}, stateBadge(a.state)),
    el('td', {}, countdown(a)),
    el('td', { class: 'inline' },
      a.state === 'OPEN' ? el('button', { onclick: act('ACKNOWLEDGE'), class: 'quick-ack' }, '签收') : '',
      a.state === 'OPEN' || a.state === 'ACKNOWLEDGED' ? [text, el('button', { onclick: act('RESPOND'), class: 'quick-respond' }, '回应'),
        el('button', { class: 'secondary', onclick: act('RETURN') }, '退回')] : ''));
}

function timelinessTable(report) {
  const rows = [...report.units, report.total].map((u) => el('tr', {},
    el('td', {}, u.rank || '-'), el('td', {}, u.unit), el('td', {}, u.received),
    el('td', {}, `${percent(u.acknowledge_rate)}（${u.acknowledged_in_time}/${u.acknowledge_due}）`),
    el('td', {}, `${percent(u.respond_rate)}（${u.responded_in_time}/${u.respond_due}）`),
    el('td', {}, u.overdue), el('td', {}, u.returned),
    el('td', {}, duration(u.median_to_acknowledge)), el('td', {}, duration(u.median_to_respond)),
    el('td', {}, duration(u.p90_to_respond))));
  return el('table', { class: 'timeliness' },
    el('thead', {}, el('tr', {}, ...['排名', '单位', '收到', '及时签收率', '按时办结率', '超期', '退回', '签收中位', '回应中位', '回应P90'].map((h) => el('th', {}, h)))),
    el('tbody', {}, ...rows));
}

async function showTimeliness() {
  const [report, trend] = await Promise.all([api('GET', `/api/timeliness?from=${encodeURIComponent(since())}`), api('GET', '/api/timeliness/trend?weeks=8')]);
  const trendChart = el('div', { class: 'chart', id: 'trend-chart' });
  view(el('h1', {}, '办理时效'), el('div', { class: 'filters' }, rangeSelect(() => showTimeliness().catch(fail))),
    el('p', { class: 'muted' }, `收到预警少于 ${report.min_volume} 条的单位不参与排名。`),
    timelinessTable(report),
    el('h2', {}, '近8周趋势'), el('div', { class: 'card' }, trendChart));
  chart(trendChart, {
    tooltip: { trigger: 'axis' }, legend: { data: ['收到', '及时签收率', '按时办结率'] },
    xAxis: { type: 'category', data: trend.map((w) => w.monday) },
    yAxis: [{ type: 'value', name: '条' }, { type: 'value', name: '%', max: 100 }],
    series: [
      { name: '收到', type: 'bar', data: trend.map((w) => w.received) },
      { name: '及时签收率', type: 'line', yAxisIndex: 1, data: trend.map((w) => w.acknowledge_rate === undefined ? null : Math.round(w.acknowledge_rate * 1000) / 10) },
      { name: '按时办结率', type: 'line', yAxisIndex: 1, data: trend.map((w) => w.respond_rate === undefined ? null : Math.round(w.respond_rate * 1000) / 10) }]
  });
}

async function showAnalysis() {
  const o = await api('GET', `/api/analysis?from=${encodeURIComponent(since())}`);
  const volume = el('div', { class: 'chart', id: 'volume-chart' });
  const levelTrend = el('div', { class: 'chart', id: 'level-chart' });
  const topicTrend = el('div', { class: 'chart', id: 'topic-chart' });
  const levels = el('div', { class: 'chart' });
  const topics = el('div', { class: 'chart' });
  const towns = el('div', { class: 'chart' });
  view(el('h1', {}, '舆情分析'), el('div', { class: 'filters' }, rangeSelect(() => showAnalysis().catch(fail))), el('p', {}, `共 ${o.total} 条信息`),
    el('div', { class: 'grid' },
      el('div', { class: 'card' }, el('h2', {}, '信息量与情感'), volume),
      el('div', { class: 'card' }, el('h2', {}, '风险等级走势'), levelTrend),
      el('div', { class: 'card' }, el('h2', {}, '主题走势'), topicTrend),
      el('div', { class: 'card' }, el('h2', {}, '风险等级'), levels),
      el('div', { class: 'card' }, el('h2', {}, '热点主题'), topics),
      el('div', { class: 'card' }, el('h2', {}, '乡镇分布'), towns),
      el('div', { class: 'card' }, el('h2', {}, '热词'), el('div', { class: 'tags', id: 'hot-words' }, ...o.words.map((w) => el('span', {}, `${w.key} ${w.count}`))))));
  const x = o.volume.map((s) => time(s.at));
  chart(volume, {
    tooltip: { trigger: 'axis' }, legend: { data: ['负面', '中性', '正面'] }, xAxis: { type: 'category', data: x }, yAxis: { type: 'value' },
    series: [['负面', 'negative'], ['中性', 'neutral'], ['正面', 'positive']].map(([name, key]) => ({ name, type: 'line', stack: 'all', areaStyle: {}, data: o.volume.map((s) => s[key]) }))
  });
  const stacked = (node, names, value, label) => chart(node, {
    tooltip: { trigger: 'axis' }, legend: { data: names.map(label) }, xAxis: { type: 'category', data: x }, yAxis: { type: 'value' },
    series: names.map((n) => ({ name: label(n), type: 'bar', stack: 'all', itemStyle: LEVEL_COLORS[n] && { color: LEVEL_COLORS[n] }, data: o.volume.map((s) => value(s)[n] || 0) }))
  });
  stacked(levelTrend, ['I', 'II', 'III', 'IV'], (s) => s.levels || {}, (n) => `${n}级`);
  stacked(topicTrend, o.topics.slice(0, 5).map((t) => t.key), (s) => s.topics || {}, (n) => n);
  chart(levels, { tooltip: {}, series: [{ type: 'pie', radius: '65%', data: o.levels.map((c) => ({ name: `${c.key} ${LEVELS[c.key] || ''}`, value: c.count, itemStyle: { color: LEVEL_COLORS[c.key] } })) }] });
  const bar = (node, counts) => chart(node, { tooltip: {}, grid: { left: 110 }, xAxis: { type: 'value' }, yAxis: { type: 'category', inverse: true, data: counts.map((c) => c.key) }, series: [{ type: 'bar', data: counts.map((c) => c.count) }] });
  bar(topics, o.topics);
  bar(towns, o.towns);
}

async function showSearch() {
  const params = new URLSearchParams(location.hash.split('?')[1] || '');
  const q = el('input', { id: 'search-q', placeholder: '搜索标题和正文', size: 40, value: params.get('q') || '' });
  const results = el('div', { id: 'search-results' });
  const facets = el('div', { class: 'facet', id: 'facets' });
  const run = async () => {
    params.set('from', since());
    const r = await api('GET', `/api/search?${params}`);
    results.replaceChildren(el('p', { class: 'muted' }, `共 ${r.total} 条`), ...r.hits.map((h) => el('div', { class: 'card hit' },
      el('div', {}, el('strong', {}, h.title || ''), ' ', el('span', { class: 'muted' }, `${h.source} · ${time(h.published_at)} · ${JURISDICTIONS[h.jurisdiction] || ''} · ${CONTENTS[h.content] || ''} · ${h.lead_unit || ''} · ${SENTIMENTS[h.sentiment] || ''} · ${h.level || ''}级`)),
      el('div', { class: 'text' }, h.text), safeLink(h.url, '原文'))));
    facets.replaceChildren(...Object.entries(r.facets).flatMap(([name, counts]) => [
      el('h2', {}, { source: '来源', topic: '主题', unit: '单位', sentiment: '情感', jurisdiction: '属地', content: '内容' }[name]),
      ...counts.map((c) => el('a', { href: '#', onclick: (e) => { e.preventDefault(); params.set(name, c.key); run().catch(fail); } }, `${FACET_VALUES[c.key] || c.key}（${c.count}）`))]));
  };
  const form = el('form', { class: 'filters' }, q, el('button', { type: 'submit' }, '搜索'),
    el('button', { type: 'button', class: 'secondary', onclick: () => { for (const k of [...params.keys()]) params.delete(k); q.value = ''; run().catch(fail); } }, '清除筛选'));
  form.onsubmit = (e) => { e.preventDefault(); if (q.value) params.set('q', q.value); else params.delete('q'); run().catch(fail); };
  form.prepend(rangeSelect(() => run().catch(fail)));
  view(el('h1', {}, '全文检索'), form, el('div', { class: 'two' }, facets, results));
  await run();
}

async function showReports() {
  const today = new Date(Date.now() + 8 * 3600000).toISOString().slice(0, 10);
  const date = el('input', { type: 'date', id: 'report-date', value: today });
  const links = el('div', { id: 'report-links' });
  const refresh = () => {
    const d = encodeURIComponent(date.value);
    links.replaceChildren(...[['daily', '日报'], ['weekly', '周报']].map(([kind, name]) => el('p', {},
      el('a', { href: `/api/reports/${kind}?date=${d}`, target: '_blank', rel: 'noopener' }, `查看${name}（可打印）`), '　',
      el('a', { href: `/api/reports/${kind}?date=${d}&format=md` }, `下载${name}（Markdown）`), '　',
      el('a', { href: `/api/reports/${kind}?date=${d}&format=html&download=1` }, `下载${name}（HTML）`))));
  };
  date.onchange = refresh;
  refresh();
  view(el('h1', {}, '日报与周报'), el('div', { class: 'card' }, el('label', {}, '日期 ', date), links));
}

async function showAdmin() {
  const accounts = await api('GET', '/api/accounts');
  const rows = accounts.map((a) => el('tr', { 'data-username': a.username },
    el('td', {}, a.username), el('td', {}, a.display_name), el('td', {}, roleName(a.role)), el('td', {}, a.units.join('、')),
    el('td', {}, a.disabled ? '已停用' : '正常'),
    el('td', {}, el('button', { class: 'secondary', onclick: async () => {
      await api('PUT', `/api/accounts/${encodeURIComponent(a.username)}`, { disabled: !a.disabled }).catch((e) => alert(e.message));
      showAdmin().catch(fail);
    } }, a.disabled ? '启用' : '停用'))));
  const role = el('select', { name: 'role' }, ...['UNIT', 'TEAM', 'LEADER', 'ADMIN'].map((r) => el('option', { value: r }, roleName(r))));
  const units = el('select', { name: 'units', multiple: true, size: 6 }, ...app.units.map((u) => el('option', { value: u.name }, u.name)));
  const status = el('p', { class: 'muted' });
  const form = el('form', { class: 'card', id: 'new-account' }, el('h2', {}, '新建账号'),
    el('p', {}, el('input', { name: 'username', placeholder: '用户名', required: true }), ' ', el('input', { name: 'display_name', placeholder: '姓名' }), ' ', role),
    el('p', {}, units), el('p', {}, el('input', { name: 'password', type: 'password', placeholder: '初始密码（至少10位）', required: true, autocomplete: 'new-password' })),
    el('button', { type: 'submit' }, '创建'), status);
  form.onsubmit = async (e) => {
    e.preventDefault();
    try {
      await api('POST', '/api/accounts', {
        username: form.username.value, display_name: form.display_name.value || null, role: role.value,
        units: [...units.selectedOptions].map((o) => o.value), password: form.password.value
      });
      showAdmin().catch(fail);
    } catch (err) {
      status.textContent = err.message;
    }
  };
  view(el('h1', {}, '账号管理'),
    el('table', { id: 'accounts' }, el('thead', {}, el('tr', {}, ...['用户名', '姓名', '角色', '单位', '状态', ''].map((h) => el('th', {}, h)))), el('tbody', {}, ...rows)),
    form);
}

// ---------- start ----------

async function boot() {
  setInterval(tickCountdowns, 1000);
  window.addEventListener('hashchange', route);
  let me;
  try {
    me = await api('GET', '/api/session');
  } catch (e) {
    return;
  }
  await start(me, location.hash || null);
}

/** After login or on load with a live session: the menu, the live stream, the page. */
async function start(me, wanted) {
  signedIn(me);
  const page = wanted || defaultPage();
  [app.units, app.seeds] = await Promise.all([api('GET', '/api/units'), api('GET', '/api/seeds')]);
  if (location.hash !== page) location.hash = page; else route();
}

boot();
