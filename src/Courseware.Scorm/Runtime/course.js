/*
 * Courseware page behaviour: connects to the LMS, resumes where the learner stopped, tracks completion and quiz
 * results, enhances tabs, and (single-SCO layout) shows one page at a time with a table of contents.
 * Everything works without an LMS; then a discreet notice says progress is not recorded.
 */
(function (global) {
  'use strict';

  var Courseware = global.Courseware;
  var document = global.document;

  function readConfig() {
    var node = document.getElementById('cw-config');
    return node ? JSON.parse(node.textContent) : null;
  }

  /* Keeps what must survive a relaunch (current page, pages seen, quiz answers) in cmi.suspend_data, within its size limit. */
  function Progress(connection, strings) {
    this.connection = connection;
    this.strings = strings;
    this.data = { v: 1, p: 0, seen: [], q: {} };
    this.full = false;
    var raw = connection.get(connection.names.suspend);
    if (raw) {
      try {
        var parsed = JSON.parse(raw);
        if (parsed && parsed.v === 1) {
          this.data = parsed;
          this.data.seen = this.data.seen || [];
          this.data.q = this.data.q || {};
        }
      } catch (e) {
        // Suspend data written by something else: start afresh rather than fail.
      }
    }
  }

  Progress.prototype.load = function (key) {
    return this.data.q[key] || null;
  };

  Progress.prototype.save = function (key, state) {
    this.data.q[key] = state;
    this.write();
  };

  /* Serialises the progress, dropping answers (first of submitted quizzes, then all) when the LMS cannot hold them. */
  Progress.prototype.serialize = function () {
    var max = this.connection.names.maxSuspend;
    var text = JSON.stringify(this.data);
    if (text.length <= max) {
      return text;
    }
    var slim = JSON.parse(text);
    Object.keys(slim.q).forEach(function (k) { if (slim.q[k].s) { slim.q[k].r = {}; } });
    text = JSON.stringify(slim);
    if (text.length > max) {
      Object.keys(slim.q).forEach(function (k) { slim.q[k].r = {}; });
      text = JSON.stringify(slim);
    }
    if (text.length > max) {
      text = JSON.stringify({ v: 1, p: slim.p, seen: [], q: {} });
    }
    this.full = true;
    return text;
  };

  Progress.prototype.write = function () {
    if (!this.connection.connected) {
      return;
    }
    this.connection.set(this.connection.names.suspend, this.serialize());
    if (this.full) {
      var notice = document.querySelector('.cw-storage-notice');
      if (notice) {
        notice.hidden = false;
      }
    }
  };

  function Course(config) {
    this.config = config;
    this.strings = config.strings;
    this.connection = new Courseware.ScormConnection(config.version);
    this.is2004 = this.connection.is2004;
    this.quizzes = [];
    this.commitTimer = null;
  }

  Course.prototype.start = function () {
    var course = this;
    document.documentElement.classList.add('cw-js');
    if (!this.connection.initialize()) {
      var notice = document.querySelector('.cw-lms-notice');
      if (notice) {
        notice.hidden = false;
      }
    }
    this.progress = new Progress(this.connection, this.strings);
    this.enhanceTabs();
    Array.prototype.forEach.call(document.querySelectorAll('[data-cw-quiz]'), function (section) {
      course.quizzes.push(new Courseware.Quiz(section, {
        strings: course.strings,
        version: course.config.version,
        store: course.progress,
        onSubmit: function (quiz, outcome, latency) { course.quizSubmitted(quiz, outcome, latency); },
        onChange: function () { course.scheduleCommit(); }
      }));
    });
    if (this.config.layout === 'single') {
      this.setUpSinglePage();
    } else {
      this.setUpPageNavigation();
    }
    this.updateStatus();
    this.connection.commit();
    // pagehide fires on close, navigation and bfcache; unload is only the fallback for browsers without it.
    global.addEventListener('onpagehide' in global ? 'pagehide' : 'unload', function () { course.finish(); });
  };

  Course.prototype.finish = function () {
    if (!this.connection.connected || this.connection.finished) {
      return;
    }
    this.progress.write();
    this.connection.set(this.connection.names.exit, this.isDone() ? (this.is2004 ? 'normal' : '') : 'suspend');
    this.connection.finish();
  };

  Course.prototype.scheduleCommit = function () {
    var course = this;
    if (this.commitTimer) {
      global.clearTimeout(this.commitTimer);
    }
    this.commitTimer = global.setTimeout(function () {
      course.commitTimer = null;
      course.connection.commit();
    }, 500);
  };

  Course.prototype.quizSubmitted = function (quiz, outcome, latency) {
    quiz.recordInteractions(this.connection, outcome, latency);
    this.updateStatus();
    this.connection.commit();
  };

  Course.prototype.allQuizzesSubmitted = function () {
    return this.quizzes.every(function (q) { return q.state.s === 1; });
  };

  Course.prototype.allPagesSeen = function () {
    var seen = this.progress.data.seen;
    if (this.config.layout !== 'single') {
      return this.config.completion !== 'scrolled' || seen.indexOf(0) >= 0;
    }
    return this.config.pages.every(function (p, i) { return seen.indexOf(i) >= 0; });
  };

  /* The combined score of the SCO's quizzes in percent (weighted points over weighted maximum), or null without scored quizzes. */
  Course.prototype.combinedScore = function () {
    var points = 0;
    var max = 0;
    this.quizzes.forEach(function (quiz) {
      var outcome = quiz.evaluate();
      points += outcome.exactPoints;
      max += outcome.max;
    });
    return max > 0 ? 100 * points / max : null;
  };

  Course.prototype.isDone = function () {
    var status = this.statusNow();
    return status.completed && (status.success === null || status.success === 'passed');
  };

  Course.prototype.statusNow = function () {
    var completed = this.allPagesSeen() && this.allQuizzesSubmitted();
    var score = this.quizzes.length && this.allQuizzesSubmitted() ? this.combinedScore() : null;
    var pass = this.config.pass;
    var success = score === null || pass === null ? null : (score + 1e-9 >= pass ? 'passed' : 'failed');
    return { completed: completed, score: score === null ? null : Math.round(score * 100) / 100, success: success };
  };

  /* Records that page <index> has been read, and reports it when it changes the status. */
  Course.prototype.markSeen = function (index) {
    if (this.progress.data.seen.indexOf(index) >= 0) {
      return;
    }
    this.progress.data.seen.push(index);
    this.updateStatus();
    this.scheduleCommit();
  };

  /*
   * With completion "scrolled", a page counts as read once the end of its content has been on screen:
   * a marker after the content is watched for each page. Without IntersectionObserver the page counts when shown.
   */
  Course.prototype.watchPageEnds = function (containers) {
    var course = this;
    if (!('IntersectionObserver' in global)) {
      return false;
    }
    var observer = new global.IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (entry.isIntersecting) {
          var index = Number(entry.target.getAttribute('data-cw-end'));
          observer.unobserve(entry.target);
          course.markSeen(index);
        }
      });
    });
    containers.forEach(function (container, index) {
      if (course.progress.data.seen.indexOf(index) >= 0) {
        return;
      }
      var marker = document.createElement('div');
      marker.className = 'cw-page-end';
      marker.setAttribute('aria-hidden', 'true');
      marker.setAttribute('data-cw-end', String(index));
      container.appendChild(marker);
      observer.observe(marker);
    });
    return true;
  };

  /* Writes score before status, as LMSs derive status from score and mastery. */
  Course.prototype.updateStatus = function () {
    var c = this.connection;
    if (!c.connected) {
      return;
    }
    var status = this.statusNow();
    if (status.score !== null) {
      c.set(c.names.scoreMin, '0');
      c.set(c.names.scoreMax, '100');
      c.set(c.names.scoreRaw, String(status.score));
      if (this.is2004) {
        c.set('cmi.score.scaled', String(Math.round(status.score * 100) / 10000));
      }
    }
    if (this.is2004) {
      c.set('cmi.completion_status', status.completed ? 'completed' : 'incomplete');
      c.set('cmi.success_status', status.success || 'unknown');
      if (this.config.layout === 'single') {
        c.set('cmi.progress_measure', String(this.progress.data.seen.length / Math.max(1, this.config.pages.length)));
      }
    } else {
      var lesson = status.success || (status.completed ? 'completed' : 'incomplete');
      c.set('cmi.core.lesson_status', lesson);
    }
    this.progress.write();
  };

  /* WAI-ARIA tabs: arrows move between tabs, Home/End jump, only the selected tab is in the Tab order. */
  Course.prototype.enhanceTabs = function () {
    Array.prototype.forEach.call(document.querySelectorAll('[data-cw-tabs]'), function (group) {
      var list = group.querySelector('[role="tablist"]');
      var tabs = Array.prototype.slice.call(list.querySelectorAll('[role="tab"]'));
      var panels = tabs.map(function (tab) { return document.getElementById(tab.getAttribute('aria-controls')); });
      list.hidden = false;
      panels.forEach(function (panel) {
        panel.setAttribute('role', 'tabpanel');
        panel.setAttribute('tabindex', '0');
        panel.classList.add('cw-tabpanel-enhanced');
      });
      function select(index, focus) {
        tabs.forEach(function (tab, i) {
          var on = i === index;
          tab.setAttribute('aria-selected', on ? 'true' : 'false');
          tab.setAttribute('tabindex', on ? '0' : '-1');
          panels[i].hidden = !on;
        });
        if (focus) {
          tabs[index].focus();
        }
      }
      tabs.forEach(function (tab, i) {
        tab.addEventListener('click', function () { select(i, false); });
        tab.addEventListener('keydown', function (event) {
          var next = null;
          if (event.key === 'ArrowRight') { next = (i + 1) % tabs.length; }
          if (event.key === 'ArrowLeft') { next = (i - 1 + tabs.length) % tabs.length; }
          if (event.key === 'Home') { next = 0; }
          if (event.key === 'End') { next = tabs.length - 1; }
          if (next !== null) {
            event.preventDefault();
            select(next, true);
          }
        });
      });
      select(0, false);
    });
  };

  /* Per-page layout: links to other pages ask the LMS to launch that SCO (SCORM 2004 navigation requests). */
  Course.prototype.setUpPageNavigation = function () {
    var course = this;
    var c = this.connection;
    var main = document.getElementById('main');
    if (this.config.completion === 'scrolled' && main && this.watchPageEnds([main])) {
      this.progress.data.seen = this.progress.data.seen.indexOf(0) >= 0 ? [0] : [];
    } else {
      this.progress.data.seen = [0];
    }
    var pager = document.querySelector('.cw-pager');
    if (c.connected && !this.is2004 && pager) {
      // SCORM 1.2 has no navigation requests: the LMS's own menu moves between SCOs.
      pager.hidden = true;
    }
    if (!c.connected || !this.is2004) {
      return;
    }
    document.addEventListener('click', function (event) {
      var link = event.target.closest ? event.target.closest('a[data-cw-page]') : null;
      if (!link) {
        return;
      }
      var target = link.getAttribute('data-cw-page');
      var request = '{target=' + target + '}choice';
      if (c.get('adl.nav.request_valid.choice.{target=' + target + '}') === 'false') {
        return;
      }
      event.preventDefault();
      c.set('adl.nav.request', request);
      course.finish();
    });
  };

  /* Single-SCO layout: one page visible at a time, table of contents, previous/next, progress, and resume. */
  Course.prototype.setUpSinglePage = function () {
    var course = this;
    var pages = this.config.pages;
    var sections = pages.map(function (p) { return document.getElementById(p.id); });
    var pager = document.querySelector('.cw-pager');
    var progressText = pager.querySelector('.cw-progress-text');
    var previous = pager.querySelector('[data-cw-go="previous"]');
    var next = pager.querySelector('[data-cw-go="next"]');
    var tocLinks = Array.prototype.slice.call(document.querySelectorAll('.cw-toc a[data-cw-target]'));
    var scrolled = this.config.completion === 'scrolled' && this.watchPageEnds(sections);
    pager.hidden = false;

    function indexOfElement(id) {
      for (var i = 0; i < sections.length; i++) {
        if (sections[i].id === id || (id.indexOf(sections[i].id + '--') === 0)) {
          return i;
        }
      }
      return -1;
    }

    function show(index, focusTarget) {
      index = Math.max(0, Math.min(sections.length - 1, index));
      sections.forEach(function (section, i) { section.hidden = i !== index; });
      tocLinks.forEach(function (link) {
        if (link.getAttribute('data-cw-target') === pages[index].id) {
          link.setAttribute('aria-current', 'page');
        } else {
          link.removeAttribute('aria-current');
        }
      });
      previous.disabled = index === 0;
      next.disabled = index === sections.length - 1;
      progressText.textContent = Courseware.format(course.strings.progress, index + 1, sections.length);
      document.title = pages[index].title + ' – ' + document.querySelector('.cw-course-title').textContent;
      course.progress.data.p = index;
      if (!scrolled && course.progress.data.seen.indexOf(index) < 0) {
        course.progress.data.seen.push(index);
      }
      if (course.connection.connected) {
        course.connection.set(course.connection.names.location, pages[index].id.slice(0, course.connection.names.maxLocation));
      }
      course.updateStatus();
      course.scheduleCommit();
      if (focusTarget) {
        var target = document.getElementById(focusTarget) || sections[index].querySelector('h1');
        if (target) {
          if (!target.hasAttribute('tabindex')) {
            target.setAttribute('tabindex', '-1');
          }
          target.focus();
          if (target.scrollIntoView) {
            target.scrollIntoView({ block: 'start' });
          }
        }
      }
    }

    previous.addEventListener('click', function () { show(course.progress.data.p - 1, pages[Math.max(0, course.progress.data.p - 1)].id + '-title'); });
    next.addEventListener('click', function () { show(course.progress.data.p + 1, pages[Math.min(pages.length - 1, course.progress.data.p + 1)].id + '-title'); });
    document.addEventListener('click', function (event) {
      var link = event.target.closest ? event.target.closest('a[href^="#"]') : null;
      if (!link || link.classList.contains('cw-skip-link')) {
        return;
      }
      var id = decodeURIComponent(link.getAttribute('href').slice(1));
      var index = indexOfElement(id);
      if (index >= 0) {
        event.preventDefault();
        show(index, id === pages[index].id ? pages[index].id + '-title' : id);
      }
    });

    var start = 0;
    var location = this.connection.connected ? this.connection.get(this.connection.names.location) : '';
    if (location && indexOfElement(location) >= 0) {
      start = indexOfElement(location);
    } else if (this.progress.data.p) {
      start = this.progress.data.p;
    }
    show(start, null);
  };

  function boot() {
    var config = readConfig();
    if (config) {
      var course = new Course(config);
      Courseware.course = course;
      course.start();
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', boot);
  } else {
    boot();
  }
}(window));
