/*
 * Courseware SCORM runtime: finds the LMS API and talks to it.
 * One object, Courseware.ScormConnection, hides the differences between SCORM 1.2 (window.API, LMS* calls,
 * cmi.core.*) and SCORM 2004 (window.API_1484_11, cmi.*). Without an LMS every call is a harmless no-op.
 */
(function (global) {
  'use strict';

  var Courseware = global.Courseware = global.Courseware || {};

  /* Walks up the frames from `win` looking for the API object, as the SCORM run-time specifications describe. */
  function searchFrames(win, name) {
    for (var depth = 0; win && depth < 500; depth++) {
      try {
        if (win[name]) {
          return win[name];
        }
      } catch (e) {
        return null; // a frame from another origin: the API cannot be there
      }
      if (!win.parent || win.parent === win) {
        return null;
      }
      win = win.parent;
    }
    return null;
  }

  function discover(name) {
    var api = searchFrames(global, name);
    if (!api) {
      try {
        if (global.opener) {
          api = searchFrames(global.opener, name);
        }
        if (!api && global.top && global.top.opener) {
          api = searchFrames(global.top.opener, name);
        }
      } catch (e) {
        api = null;
      }
    }
    return api;
  }

  function pad(n, width) {
    var s = String(Math.floor(n));
    while (s.length < width) {
      s = '0' + s;
    }
    return s;
  }

  /* SCORM 1.2 CMITimespan: HHHH:MM:SS.SS */
  function timespan12(ms) {
    var centi = Math.round(ms / 10);
    var hours = Math.floor(centi / 360000);
    var minutes = Math.floor(centi / 6000) % 60;
    var seconds = (centi % 6000) / 100;
    return pad(Math.min(hours, 9999), 4) + ':' + pad(minutes, 2) + ':' + pad(seconds, 2) + '.' + pad(Math.round((seconds % 1) * 100), 2);
  }

  /* SCORM 2004 timeinterval (ISO 8601 duration): PT#H#M#S */
  function duration2004(ms) {
    var centi = Math.round(ms / 10);
    var hours = Math.floor(centi / 360000);
    var minutes = Math.floor(centi / 6000) % 60;
    var seconds = (centi % 6000) / 100;
    return 'PT' + hours + 'H' + minutes + 'M' + seconds.toFixed(2).replace(/\.?0+$/, '') + 'S';
  }

  /* SCORM 1.2 CMITime (HH:MM:SS) and 2004 time (YYYY-MM-DDThh:mm:ss), local time. */
  function time12(date) {
    return pad(date.getHours(), 2) + ':' + pad(date.getMinutes(), 2) + ':' + pad(date.getSeconds(), 2);
  }

  function timestamp2004(date) {
    return date.getFullYear() + '-' + pad(date.getMonth() + 1, 2) + '-' + pad(date.getDate(), 2) + 'T' + time12(date);
  }

  var NAMES = {
    '1.2': {
      api: 'API', init: 'LMSInitialize', finish: 'LMSFinish', get: 'LMSGetValue', set: 'LMSSetValue', commit: 'LMSCommit', error: 'LMSGetLastError',
      location: 'cmi.core.lesson_location', suspend: 'cmi.suspend_data', entry: 'cmi.core.entry', exit: 'cmi.core.exit',
      sessionTime: 'cmi.core.session_time', scoreRaw: 'cmi.core.score.raw', scoreMin: 'cmi.core.score.min', scoreMax: 'cmi.core.score.max',
      maxSuspend: 4096, maxLocation: 255
    },
    '2004': {
      api: 'API_1484_11', init: 'Initialize', finish: 'Terminate', get: 'GetValue', set: 'SetValue', commit: 'Commit', error: 'GetLastError',
      location: 'cmi.location', suspend: 'cmi.suspend_data', entry: 'cmi.entry', exit: 'cmi.exit',
      sessionTime: 'cmi.session_time', scoreRaw: 'cmi.score.raw', scoreMin: 'cmi.score.min', scoreMax: 'cmi.score.max',
      maxSuspend: 64000, maxLocation: 1000
    }
  };

  function ScormConnection(version) {
    this.version = version === '2004' ? '2004' : '1.2';
    this.is2004 = this.version === '2004';
    this.names = NAMES[this.version];
    this.api = discover(this.names.api);
    this.connected = false;
    this.finished = false;
    this.startedAt = Date.now();
    this.errors = [];
  }

  ScormConnection.prototype.call = function (method, args) {
    if (!this.api || typeof this.api[method] !== 'function') {
      return '';
    }
    try {
      return String(this.api[method].apply(this.api, args));
    } catch (e) {
      this.errors.push(method + ': ' + e.message);
      return '';
    }
  };

  ScormConnection.prototype.initialize = function () {
    if (!this.api) {
      return false;
    }
    this.connected = this.call(this.names.init, ['']) === 'true';
    return this.connected;
  };

  ScormConnection.prototype.get = function (element) {
    if (!this.connected) {
      return '';
    }
    return this.call(this.names.get, [element]);
  };

  ScormConnection.prototype.set = function (element, value) {
    if (!this.connected || this.finished) {
      return false;
    }
    var ok = this.call(this.names.set, [element, String(value)]) === 'true';
    if (!ok) {
      this.errors.push(element + ' <- ' + value + ': error ' + this.call(this.names.error, []));
    }
    return ok;
  };

  ScormConnection.prototype.commit = function () {
    if (!this.connected || this.finished) {
      return false;
    }
    return this.call(this.names.commit, ['']) === 'true';
  };

  /* Records the session time and ends the session; does nothing the second time. */
  ScormConnection.prototype.finish = function () {
    if (!this.connected || this.finished) {
      return;
    }
    var elapsed = Date.now() - this.startedAt;
    this.set(this.names.sessionTime, this.is2004 ? duration2004(elapsed) : timespan12(elapsed));
    this.commit();
    this.call(this.names.finish, ['']);
    this.finished = true;
  };

  ScormConnection.prototype.isResume = function () {
    return this.get(this.names.entry) === 'resume';
  };

  ScormConnection.prototype.formatLatency = function (ms) {
    return this.is2004 ? duration2004(ms) : timespan12(ms);
  };

  ScormConnection.prototype.formatTime = function (date) {
    return this.is2004 ? timestamp2004(date) : time12(date);
  };

  Courseware.ScormConnection = ScormConnection;
  Courseware.formatTimespan12 = timespan12;
  Courseware.formatDuration2004 = duration2004;
}(window));
