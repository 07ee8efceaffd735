namespace Courseware.Cli.Preview;

/// <summary>The test LMS of the preview page: window.API (SCORM 1.2) and window.API_1484_11 (SCORM 2004), recording calls and the data model in memory.</summary>
internal static class LmsScript
{
    public const string Text = """
/*
 * Courseware preview LMS. A small, readable stand-in for a real LMS:
 * - one data model per SCO, kept in memory for as long as the page is open;
 * - every call is logged with its arguments, its return value and the error code it leaves;
 * - element names and values are checked enough to show what a real LMS would refuse.
 */
(function () {
  'use strict';

  var T = window.CW_PREVIEW.strings;
  var version = window.CW_PREVIEW.version; // '12' or '2004'
  var is2004 = version === '2004';
  var frame = document.getElementById('cw-course');
  var state = { build: window.CW_PREVIEW.build, items: [], models: {}, calls: [], current: null, attempt: null, pendingLaunch: false };

  /* ---------- Values and element definitions ---------- */

  var RE = {
    decimal: /^-?\d+(\.\d+)?$/,
    timespan12: /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/,
    time12: /^\d{2}:\d{2}:\d{2}(\.\d{1,2})?$/,
    duration: /^P(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d{1,2})?S)?)?$/,
    time2004: /^\d{4}(-\d{2}(-\d{2}(T\d{2}(:\d{2}(:\d{2}(\.\d{1,2})?)?)?(Z|[+-]\d{2}(:\d{2})?)?)?)?)?$/,
    identifier12: /^[^\s]{1,255}$/,
    uri2004: /^[^\s]{1,4000}$/
  };

  function vocabulary(words) {
    return function (v) { return words.indexOf(v) >= 0; };
  }
  function real(min, max) {
    return function (v) {
      if (!RE.decimal.test(v)) { return false; }
      var n = Number(v);
      return (min === undefined || n >= min) && (max === undefined || n <= max) ? true : 'range';
    };
  }
  function maxLength(n) {
    return function (v) { return v.length <= n; };
  }
  function matches(re) {
    return function (v) { return re.test(v); };
  }
  var any = function () { return true; };

  /* name pattern (n = an index) -> [access ('r', 'w', 'rw'), value check] */
  var MODEL12 = {
    'cmi.core._children': ['r'], 'cmi.core.student_id': ['r'], 'cmi.core.student_name': ['r'],
    'cmi.core.lesson_location': ['rw', maxLength(255)], 'cmi.core.credit': ['r'],
    'cmi.core.lesson_status': ['rw', vocabulary(['passed', 'completed', 'failed', 'incomplete', 'browsed'])],
    'cmi.core.entry': ['r'], 'cmi.core.score._children': ['r'],
    'cmi.core.score.raw': ['rw', function (v) { return v === '' || real(0, 100)(v); }],
    'cmi.core.score.min': ['rw', function (v) { return v === '' || real(0, 100)(v); }],
    'cmi.core.score.max': ['rw', function (v) { return v === '' || real(0, 100)(v); }],
    'cmi.core.total_time': ['r'], 'cmi.core.lesson_mode': ['r'],
    'cmi.core.exit': ['w', vocabulary(['time-out', 'suspend', 'logout', ''])],
    'cmi.core.session_time': ['w', matches(RE.timespan12)],
    'cmi.suspend_data': ['rw', maxLength(4096)], 'cmi.launch_data': ['r'],
    'cmi.comments': ['rw', maxLength(4096)], 'cmi.comments_from_lms': ['r'],
    'cmi.objectives._children': ['r'], 'cmi.objectives._count': ['r'],
    'cmi.objectives.n.id': ['rw', matches(RE.identifier12)],
    'cmi.objectives.n.score._children': ['r'],
    'cmi.objectives.n.score.raw': ['rw', real()], 'cmi.objectives.n.score.min': ['rw', real()], 'cmi.objectives.n.score.max': ['rw', real()],
    'cmi.objectives.n.status': ['rw', vocabulary(['passed', 'completed', 'failed', 'incomplete', 'browsed', 'not attempted'])],
    'cmi.student_data._children': ['r'], 'cmi.student_data.mastery_score': ['r'],
    'cmi.student_data.max_time_allowed': ['r'], 'cmi.student_data.time_limit_action': ['r'],
    'cmi.student_preference._children': ['r'],
    'cmi.student_preference.audio': ['rw', real(-1, 100)], 'cmi.student_preference.language': ['rw', maxLength(255)],
    'cmi.student_preference.speed': ['rw', real(-100, 100)], 'cmi.student_preference.text': ['rw', real(-1, 1)],
    'cmi.interactions._children': ['r'], 'cmi.interactions._count': ['r'],
    'cmi.interactions.n.id': ['w', matches(RE.identifier12)],
    'cmi.interactions.n.objectives._count': ['r'], 'cmi.interactions.n.objectives.n.id': ['w', matches(RE.identifier12)],
    'cmi.interactions.n.time': ['w', matches(RE.time12)],
    'cmi.interactions.n.type': ['w', vocabulary(['true-false', 'choice', 'fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric'])],
    'cmi.interactions.n.correct_responses._count': ['r'], 'cmi.interactions.n.correct_responses.n.pattern': ['w', maxLength(255)],
    'cmi.interactions.n.weighting': ['w', real()], 'cmi.interactions.n.student_response': ['w', maxLength(255)],
    'cmi.interactions.n.result': ['w', function (v) { return ['correct', 'wrong', 'unanticipated', 'neutral'].indexOf(v) >= 0 || RE.decimal.test(v); }],
    'cmi.interactions.n.latency': ['w', matches(RE.timespan12)]
  };

  var MODEL2004 = {
    'cmi._version': ['r'], 'cmi.learner_id': ['r'], 'cmi.learner_name': ['r'], 'cmi.credit': ['r'], 'cmi.mode': ['r'], 'cmi.entry': ['r'],
    'cmi.launch_data': ['r'], 'cmi.total_time': ['r'], 'cmi.completion_threshold': ['r'], 'cmi.scaled_passing_score': ['r'],
    'cmi.max_time_allowed': ['r'], 'cmi.time_limit_action': ['r'],
    'cmi.completion_status': ['rw', vocabulary(['completed', 'incomplete', 'not attempted', 'unknown'])],
    'cmi.success_status': ['rw', vocabulary(['passed', 'failed', 'unknown'])],
    'cmi.score._children': ['r'], 'cmi.score.scaled': ['rw', real(-1, 1)],
    'cmi.score.raw': ['rw', real()], 'cmi.score.min': ['rw', real()], 'cmi.score.max': ['rw', real()],
    'cmi.progress_measure': ['rw', real(0, 1)],
    'cmi.location': ['rw', maxLength(1000)], 'cmi.suspend_data': ['rw', maxLength(64000)],
    'cmi.exit': ['w', vocabulary(['time-out', 'suspend', 'logout', 'normal', ''])],
    'cmi.session_time': ['w', matches(RE.duration)],
    'cmi.learner_preference._children': ['r'],
    'cmi.learner_preference.audio_level': ['rw', real(0)], 'cmi.learner_preference.language': ['rw', maxLength(250)],
    'cmi.learner_preference.delivery_speed': ['rw', real(0)], 'cmi.learner_preference.audio_captioning': ['rw', vocabulary(['-1', '0', '1'])],
    'cmi.comments_from_learner._children': ['r'], 'cmi.comments_from_learner._count': ['r'],
    'cmi.comments_from_learner.n.comment': ['rw', maxLength(4000)], 'cmi.comments_from_learner.n.location': ['rw', maxLength(250)],
    'cmi.comments_from_learner.n.timestamp': ['rw', matches(RE.time2004)],
    'cmi.comments_from_lms._children': ['r'], 'cmi.comments_from_lms._count': ['r'],
    'cmi.objectives._children': ['r'], 'cmi.objectives._count': ['r'],
    'cmi.objectives.n.id': ['rw', matches(RE.uri2004)],
    'cmi.objectives.n.score._children': ['r'], 'cmi.objectives.n.score.scaled': ['rw', real(-1, 1)],
    'cmi.objectives.n.score.raw': ['rw', real()], 'cmi.objectives.n.score.min': ['rw', real()], 'cmi.objectives.n.score.max': ['rw', real()],
    'cmi.objectives.n.success_status': ['rw', vocabulary(['passed', 'failed', 'unknown'])],
    'cmi.objectives.n.completion_status': ['rw', vocabulary(['completed', 'incomplete', 'not attempted', 'unknown'])],
    'cmi.objectives.n.progress_measure': ['rw', real(0, 1)], 'cmi.objectives.n.description': ['rw', maxLength(250)],
    'cmi.interactions._children': ['r'], 'cmi.interactions._count': ['r'],
    'cmi.interactions.n.id': ['rw', matches(RE.uri2004)],
    'cmi.interactions.n.type': ['rw', vocabulary(['true-false', 'choice', 'fill-in', 'long-fill-in', 'likert', 'matching', 'performance', 'sequencing', 'numeric', 'other'])],
    'cmi.interactions.n.objectives._count': ['r'], 'cmi.interactions.n.objectives.n.id': ['rw', matches(RE.uri2004)],
    'cmi.interactions.n.timestamp': ['rw', matches(RE.time2004)],
    'cmi.interactions.n.correct_responses._count': ['r'], 'cmi.interactions.n.correct_responses.n.pattern': ['rw', any],
    'cmi.interactions.n.weighting': ['rw', real()], 'cmi.interactions.n.learner_response': ['rw', any],
    'cmi.interactions.n.result': ['rw', function (v) { return ['correct', 'incorrect', 'unanticipated', 'neutral'].indexOf(v) >= 0 || RE.decimal.test(v); }],
    'cmi.interactions.n.latency': ['rw', matches(RE.duration)], 'cmi.interactions.n.description': ['rw', maxLength(250)],
    'adl.nav.request': ['rw', function (v) { return /^(continue|previous|exit|exitAll|abandon|abandonAll|suspendAll|_none_|\{target=[^}]+\}(choice|jump))$/.test(v); }]
  };

  var CHILDREN = is2004 ? {
    'cmi.score._children': 'scaled,raw,min,max',
    'cmi.interactions._children': 'id,type,objectives,timestamp,correct_responses,weighting,learner_response,result,latency,description',
    'cmi.objectives._children': 'id,score,success_status,completion_status,progress_measure,description',
    'cmi.objectives.n.score._children': 'scaled,raw,min,max',
    'cmi.learner_preference._children': 'audio_level,language,delivery_speed,audio_captioning',
    'cmi.comments_from_learner._children': 'comment,location,timestamp',
    'cmi.comments_from_lms._children': 'comment,location,timestamp'
  } : {
    'cmi.core._children': 'student_id,student_name,lesson_location,credit,lesson_status,entry,score,total_time,lesson_mode,exit,session_time',
    'cmi.core.score._children': 'raw,min,max',
    'cmi.interactions._children': 'id,objectives,time,type,correct_responses,weighting,student_response,result,latency',
    'cmi.objectives._children': 'id,score,status',
    'cmi.objectives.n.score._children': 'raw,min,max',
    'cmi.student_data._children': 'mastery_score,max_time_allowed,time_limit_action',
    'cmi.student_preference._children': 'audio,language,speed,text'
  };

  var MODEL = is2004 ? MODEL2004 : MODEL12;
  var FN = is2004
    ? { init: 'Initialize', finish: 'Terminate', get: 'GetValue', set: 'SetValue', commit: 'Commit', error: 'GetLastError', text: 'GetErrorString', diag: 'GetDiagnostic' }
    : { init: 'LMSInitialize', finish: 'LMSFinish', get: 'LMSGetValue', set: 'LMSSetValue', commit: 'LMSCommit', error: 'LMSGetLastError', text: 'LMSGetErrorString', diag: 'LMSGetDiagnostic' };

  var ERRORS = is2004 ? {
    0: 'No Error', 101: 'General Exception', 103: 'Already Initialized', 104: 'Content Instance Terminated',
    112: 'Termination Before Initialization', 113: 'Termination After Termination', 122: 'Retrieve Data Before Initialization',
    123: 'Retrieve Data After Termination', 132: 'Store Data Before Initialization', 133: 'Store Data After Termination',
    142: 'Commit Before Initialization', 143: 'Commit After Termination', 201: 'General Argument Error', 301: 'General Get Failure',
    351: 'General Set Failure', 401: 'Undefined Data Model Element', 403: 'Data Model Element Value Not Initialized',
    404: 'Data Model Element Is Read Only', 405: 'Data Model Element Is Write Only', 406: 'Data Model Element Type Mismatch',
    407: 'Data Model Element Value Out Of Range', 408: 'Data Model Dependency Not Established'
  } : {
    0: 'No error', 101: 'General exception', 201: 'Invalid argument error', 202: 'Element cannot have children',
    203: 'Element not an array - cannot have count', 301: 'Not initialized', 401: 'Not implemented error',
    402: 'Invalid set value, element is a keyword', 403: 'Element is read only', 404: 'Element is write only', 405: 'Incorrect data type'
  };

  /* 'cmi.interactions.3.correct_responses.0.pattern' -> { pattern: 'cmi.interactions.n.correct_responses.n.pattern', indexes: [3, 0] } */
  function patternOf(element) {
    var indexes = [];
    var pattern = element.split('.').map(function (part) {
      if (/^\d+$/.test(part)) { indexes.push(Number(part)); return 'n'; }
      return part;
    }).join('.');
    return { pattern: pattern, indexes: indexes };
  }

  /* ---------- The data model of one SCO ---------- */

  function newModel(item) {
    var values = is2004 ? {
      'cmi._version': '1.0', 'cmi.learner_id': 'preview', 'cmi.learner_name': T.learnerName, 'cmi.credit': 'credit', 'cmi.mode': 'normal',
      'cmi.entry': 'ab-initio', 'cmi.completion_status': 'unknown', 'cmi.success_status': 'unknown', 'cmi.total_time': 'PT0S',
      'cmi.launch_data': '', 'cmi.location': '', 'cmi.suspend_data': '', 'adl.nav.request': '_none_'
    } : {
      'cmi.core.student_id': 'preview', 'cmi.core.student_name': T.learnerName, 'cmi.core.credit': 'credit', 'cmi.core.lesson_mode': 'normal',
      'cmi.core.entry': 'ab-initio', 'cmi.core.lesson_status': 'not attempted', 'cmi.core.total_time': '0000:00:00',
      'cmi.core.lesson_location': '', 'cmi.suspend_data': '', 'cmi.launch_data': '', 'cmi.comments': '', 'cmi.comments_from_lms': '',
      'cmi.core.score.raw': '', 'cmi.core.score.min': '', 'cmi.core.score.max': ''
    };
    return { item: item, values: values, launches: 0, lastExit: null };
  }

  function countOf(model, prefix) {
    var n = 0;
    while (Object.prototype.hasOwnProperty.call(model.values, prefix + n + '.' + (prefix.indexOf('correct_responses') >= 0 ? 'pattern' : 'id'))) { n++; }
    return n;
  }

  /* ---------- The API object ---------- */

  function Api() {
    this.lastError = 0;
  }

  function attempt() {
    return state.attempt || { initialized: false, terminated: false };
  }

  function fail(api, code, result) {
    api.lastError = code;
    return result;
  }

  function initialize(api, arg) {
    if (arg !== '') { return fail(api, 201, 'false'); }
    var item = itemInFrame();
    var a = state.attempt;
    if (a && a.initialized && !a.terminated && !state.pendingLaunch && (!item || item === a.item)) {
      return fail(api, is2004 ? 103 : 101, 'false');
    }
    if (a && a.terminated && !state.pendingLaunch && (!item || item === a.item) && is2004) {
      return fail(api, 104, 'false');
    }
    startAttempt(item || (a && a.item) || state.current);
    state.attempt.initialized = true;
    return fail(api, 0, 'true');
  }

  function startAttempt(item) {
    state.pendingLaunch = false;
    var key = item ? item.identifier : '(none)';
    var model = state.models[key] || (state.models[key] = newModel(item));
    var entry = model.lastExit === 'suspend' ? 'resume' : (model.launches === 0 ? 'ab-initio' : '');
    model.values[is2004 ? 'cmi.entry' : 'cmi.core.entry'] = entry;
    if (model.lastExit !== 'suspend' && model.launches > 0 && is2004) {
      // A new attempt: SCORM 2004 starts again from an empty data model.
      model.values = newModel(item).values;
      model.values['cmi.entry'] = '';
    }
    model.launches++;
    state.current = item;
    state.attempt = { item: item, model: model, initialized: false, terminated: false };
  }

  function checkState(api, before, after) {
    var a = attempt();
    if (!a.initialized) { return fail(api, is2004 ? before : 301, false); }
    if (a.terminated) { return fail(api, is2004 ? after : 301, false); }
    return true;
  }

  function getValue(api, element) {
    if (!checkState(api, 122, 123)) { return ''; }
    if (element === '') { return fail(api, is2004 ? 301 : 201, ''); }
    var model = state.attempt.model;
    var p = patternOf(element);
    if (/\._children$/.test(element)) {
      var children = CHILDREN[p.pattern];
      return children ? fail(api, 0, children) : fail(api, is2004 ? 301 : 202, '');
    }
    if (/\._count$/.test(element)) {
      var prefix = element.slice(0, -'_count'.length);
      if (!MODEL[p.pattern]) { return fail(api, is2004 ? 301 : 203, ''); }
      return fail(api, 0, String(countOf(model, prefix)));
    }
    if (is2004 && /^adl\.nav\.request_valid\./.test(element)) {
      var choice = /^adl\.nav\.request_valid\.(choice|jump)\.\{target=([^}]+)\}$/.exec(element);
      if (choice) { return fail(api, 0, findItem(choice[2]) ? 'true' : 'false'); }
      if (element === 'adl.nav.request_valid.continue') { return fail(api, 0, neighbour(1) ? 'true' : 'false'); }
      if (element === 'adl.nav.request_valid.previous') { return fail(api, 0, neighbour(-1) ? 'true' : 'false'); }
      return fail(api, 401, '');
    }
    var definition = MODEL[p.pattern];
    if (!definition) { return fail(api, 401, ''); }
    if (definition[0] === 'w') { return fail(api, 404 + (is2004 ? 1 : 0), ''); }
    if (!Object.prototype.hasOwnProperty.call(model.values, element)) {
      return fail(api, is2004 ? (p.indexes.length ? 301 : 403) : 0, '');
    }
    return fail(api, 0, model.values[element]);
  }

  function setValue(api, element, value) {
    if (!checkState(api, 132, 133)) { return 'false'; }
    if (element === '') { return fail(api, is2004 ? 351 : 201, 'false'); }
    value = String(value);
    var model = state.attempt.model;
    var p = patternOf(element);
    if (/\._(children|count|version)$/.test(element)) { return fail(api, is2004 ? 404 : 402, 'false'); }
    var definition = MODEL[p.pattern];
    if (!definition) { return fail(api, is2004 ? 401 : 201, 'false'); }
    if (definition[0] === 'r') { return fail(api, is2004 ? 404 : 403, 'false'); }
    // Arrays grow one at a time: index n may be at most the current count.
    var parts = element.split('.');
    for (var i = 0; i < parts.length; i++) {
      if (/^\d+$/.test(parts[i])) {
        var arrayPrefix = parts.slice(0, i).join('.') + '.';
        var count = countOf(model, arrayPrefix);
        var isKey = parts.slice(i + 1).join('.') === (arrayPrefix.indexOf('correct_responses') >= 0 ? 'pattern' : 'id');
        if (Number(parts[i]) > count || (Number(parts[i]) === count && !isKey)) {
          return fail(api, is2004 ? (Number(parts[i]) === count ? 408 : 351) : 201, 'false');
        }
      }
    }
    if (is2004 && /^cmi\.interactions\.\d+\.correct_responses\./.test(element) && !model.values['cmi.interactions.' + p.indexes[0] + '.type']) {
      return fail(api, 408, 'false');
    }
    var verdict = definition[1] ? definition[1](value) : true;
    if (verdict === 'range') { return fail(api, is2004 ? 407 : 405, 'false'); }
    if (!verdict) { return fail(api, is2004 ? 406 : 405, 'false'); }
    model.values[element] = value;
    return fail(api, 0, 'true');
  }

  function commit(api, arg) {
    if (arg !== '') { return fail(api, 201, 'false'); }
    if (!checkState(api, 142, 143)) { return 'false'; }
    return fail(api, 0, 'true');
  }

  function terminate(api, arg) {
    if (arg !== '') { return fail(api, 201, 'false'); }
    if (!checkState(api, 112, 113)) { return 'false'; }
    var a = state.attempt;
    a.terminated = true;
    a.model.lastExit = a.model.values[is2004 ? 'cmi.exit' : 'cmi.core.exit'] || '';
    if (!is2004 && a.model.values['cmi.core.lesson_status'] === 'not attempted') {
      a.model.values['cmi.core.lesson_status'] = 'completed';
    }
    if (is2004) {
      var request = a.model.values['adl.nav.request'] || '_none_';
      a.model.values['adl.nav.request'] = '_none_';
      setTimeout(function () { navigate(request); }, 0);
    }
    return fail(api, 0, 'true');
  }

  function logged(name, body) {
    return function () {
      var args = Array.prototype.slice.call(arguments).map(function (x) { return x === undefined ? '' : String(x); });
      var result = body.apply(null, [api].concat(args));
      state.calls.push({ n: state.calls.length + 1, sco: state.current ? state.current.identifier : '', fn: name, args: args, result: String(result), error: api.lastError });
      scheduleRender();
      return result;
    };
  }

  function install(api) {
    api[FN.init] = logged(FN.init, function (self, arg) { return initialize(self, arg === undefined ? '' : arg); });
    api[FN.finish] = logged(FN.finish, function (self, arg) { return terminate(self, arg === undefined ? '' : arg); });
    api[FN.get] = logged(FN.get, function (self, element) { return getValue(self, element || ''); });
    api[FN.set] = logged(FN.set, function (self, element, value) { return setValue(self, element || '', value === undefined ? '' : value); });
    api[FN.commit] = logged(FN.commit, function (self, arg) { return commit(self, arg === undefined ? '' : arg); });
    // The error functions are not logged: content calls them after nearly every call and they change nothing.
    api[FN.error] = function () { return String(api.lastError); };
    api[FN.text] = function (code) { return ERRORS[Number(code)] || ''; };
    api[FN.diag] = function (code) { return ERRORS[Number(code === '' || code === undefined ? api.lastError : code)] || ''; };
  }

  var api = new Api();
  install(api);
  window[is2004 ? 'API_1484_11' : 'API'] = api;

  /* ---------- Launching SCOs ---------- */

  function scos() {
    return state.items.filter(function (i) { return i.href; });
  }

  function findItem(identifier) {
    return scos().filter(function (i) { return i.identifier === identifier; })[0] || null;
  }

  function neighbour(step) {
    var list = scos();
    var index = list.indexOf(state.current);
    return index < 0 ? null : list[index + step] || null;
  }

  function itemInFrame() {
    var path;
    try { path = frame.contentWindow.location.pathname; } catch (e) { return null; }
    var base = '/sco/' + version + '/';
    return scos().filter(function (i) { return base + i.href.split(/[?#]/)[0] === decodeURI(path); })[0] || null;
  }

  function launch(item) {
    if (!item) { return; }
    state.current = item;
    state.pendingLaunch = true;
    frame.src = '/sco/' + version + '/' + item.href;
    scheduleRender();
  }

  function navigate(request) {
    var target = /^\{target=([^}]+)\}(choice|jump)$/.exec(request);
    if (target) { launch(findItem(target[1])); }
    else if (request === 'continue') { launch(neighbour(1)); }
    else if (request === 'previous') { launch(neighbour(-1)); }
  }

  /* ---------- The panel ---------- */

  var renderQueued = false;
  function scheduleRender() {
    if (!renderQueued) {
      renderQueued = true;
      setTimeout(function () { renderQueued = false; render(); }, 30);
    }
  }

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (k) { node.setAttribute(k, attributes[k]); });
    (children || []).forEach(function (c) { node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return node;
  }

  function render() {
    renderTree();
    renderModel();
    renderCalls();
  }

  function renderTree() {
    var list = document.getElementById('cw-tree');
    list.textContent = '';
    state.items.forEach(function (item) {
      var li = el('li', { style: 'padding-left:' + item.depth + 'em' });
      if (item.href) {
        var model = state.models[item.identifier];
        var status = model ? (is2004 ? model.values['cmi.completion_status'] : model.values['cmi.core.lesson_status']) : '';
        var button = el('button', { type: 'button', 'data-cw-sco': item.identifier }, [item.title]);
        if (state.current === item) { button.setAttribute('aria-current', 'true'); }
        button.addEventListener('click', function () { launch(item); });
        li.appendChild(button);
        if (status) { li.appendChild(el('span', { 'class': 'cw-status' }, [status])); }
      } else {
        li.appendChild(el('span', {}, [item.title]));
      }
      list.appendChild(li);
    });
  }

  var SUMMARY = is2004
    ? ['cmi.completion_status', 'cmi.success_status', 'cmi.score.scaled', 'cmi.score.raw', 'cmi.score.min', 'cmi.score.max', 'cmi.progress_measure', 'cmi.location', 'cmi.suspend_data', 'cmi.exit', 'cmi.session_time', 'cmi.entry']
    : ['cmi.core.lesson_status', 'cmi.core.score.raw', 'cmi.core.score.min', 'cmi.core.score.max', 'cmi.core.lesson_location', 'cmi.suspend_data', 'cmi.core.exit', 'cmi.core.session_time', 'cmi.core.entry'];
  var FIELDS = is2004
    ? ['id', 'type', 'learner_response', 'result', 'weighting', 'latency', 'correct_responses.0.pattern']
    : ['id', 'type', 'student_response', 'result', 'weighting', 'latency', 'correct_responses.0.pattern'];

  function renderModel() {
    var model = state.current ? state.models[state.current.identifier] : null;
    document.getElementById('cw-sco-title').textContent = state.current ? state.current.title : T.noSco;
    var body = document.querySelector('#cw-model tbody');
    body.textContent = '';
    SUMMARY.forEach(function (name) {
      var value = model && Object.prototype.hasOwnProperty.call(model.values, name) ? model.values[name] : '';
      body.appendChild(el('tr', {}, [el('th', { scope: 'row' }, [name]), el('td', { 'data-cw-element': name }, [value])]));
    });
    var interactions = document.querySelector('#cw-interactions tbody');
    interactions.textContent = '';
    var count = model ? countOf(model, 'cmi.interactions.') : 0;
    for (var i = 0; i < count; i++) {
      var cells = [el('td', {}, [String(i)])];
      FIELDS.forEach(function (field) {
        var v = model.values['cmi.interactions.' + i + '.' + field];
        cells.push(el('td', { 'data-cw-field': field.split('.')[0] }, [v === undefined ? '' : v]));
      });
      interactions.appendChild(el('tr', {}, cells));
    }
    document.getElementById('cw-interactions-empty').hidden = count > 0;
    var all = document.getElementById('cw-all');
    all.textContent = model ? Object.keys(model.values).sort().map(function (k) { return k + ' = ' + model.values[k]; }).join('\n') : '';
  }

  function renderCalls() {
    var body = document.querySelector('#cw-calls tbody');
    var shown = body.children.length;
    if (shown > state.calls.length) { body.textContent = ''; shown = 0; }
    for (var i = shown; i < state.calls.length; i++) {
      var c = state.calls[i];
      var row = el('tr', { 'class': c.error ? 'cw-error' : '' }, [
        el('td', {}, [String(c.n)]),
        el('td', {}, [c.fn]),
        el('td', {}, [c.args.map(function (a) { return JSON.stringify(a); }).join(', ')]),
        el('td', {}, [c.result]),
        el('td', { title: ERRORS[c.error] || '' }, [c.error ? c.error + ' ' + (ERRORS[c.error] || '') : '0'])
      ]);
      body.appendChild(row);
    }
    document.getElementById('cw-call-count').textContent = String(state.calls.length);
    var box = document.getElementById('cw-calls-box');
    box.scrollTop = box.scrollHeight;
  }

  /* ---------- Reset, version, rebuilds ---------- */

  document.getElementById('cw-reset').addEventListener('click', function () {
    state.models = {};
    state.calls = [];
    state.attempt = null;
    launch(state.current || scos()[0]);
  });

  document.getElementById('cw-version').addEventListener('change', function (event) {
    location.search = '?scorm=' + event.target.value;
  });

  function loadState(first) {
    return fetch('/state.json?scorm=' + version, { cache: 'no-store' }).then(function (r) { return r.json(); }).then(function (s) {
      state.build = s.build;
      state.items = s.items;
      document.getElementById('cw-build').textContent = T.build + ' ' + s.build;
      var previous = state.current && findItem(state.current.identifier);
      if (first || !previous) {
        launch(scos()[0]);
      } else {
        launch(previous);
      }
    });
  }

  function poll() {
    fetch('/version', { cache: 'no-store' }).then(function (r) { return r.text(); }).then(function (text) {
      if (Number(text) !== state.build) {
        return loadState(false);
      }
    }).catch(function () { /* the preview server stopped: keep the page as it is */ }).then(function () {
      setTimeout(poll, 1000);
    });
  }

  window.CoursewarePreview = { state: state };
  loadState(true).then(function () { setTimeout(poll, 1000); });
}());
""";
}
