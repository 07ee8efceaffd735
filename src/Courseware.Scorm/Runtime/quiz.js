/*
 * Courseware quizzes: scores a quiz form with the data written next to it, shows feedback, and reports
 * each answer as a SCORM interaction in the exact format of the package's SCORM version.
 *
 * Scoring rules: those of the course model (Courseware.Quizzes.QuizScoring), applied to the data written with each quiz.
 * Single choice = fraction of the chosen answer, clamped to 0..1; multiple choice = sum of the chosen fractions, clamped
 * to 0..1; true-false = 1 or 0; short answer = fraction of the first accepted answer equal to the response once both are
 * normalised (NFC, trimmed, spaces collapsed, lower case), "*" matching any text; numerical = fraction of the first
 * answer whose range holds the number (a lone decimal comma accepted); matching = share of items matched right;
 * essays are recorded, not scored. Quiz score = weighted points / weighted maximum, in percent; passed when it
 * reaches the pass mark.
 */
(function (global) {
  'use strict';

  var Courseware = global.Courseware = global.Courseware || {};

  function format(template) {
    var args = Array.prototype.slice.call(arguments, 1);
    return String(template).replace(/\{(\d+)\}/g, function (m, i) {
      return args[Number(i)] !== undefined ? args[Number(i)] : m;
    });
  }

  var EPSILON = 1e-9;

  function normalize(text) {
    return String(text || '').normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  }

  /* Whether a normalised response matches a normalised accepted answer: "*" matches any text, "\*" is a star. */
  function matchesPattern(pattern, response) {
    var parts = [];
    var current = '';
    for (var i = 0; i < pattern.length; i++) {
      if (pattern[i] === '\\' && pattern[i + 1] === '*') {
        current += '*';
        i++;
      } else if (pattern[i] === '*') {
        parts.push(current);
        current = '';
      } else {
        current += pattern[i];
      }
    }
    parts.push(current);
    if (parts.length === 1) {
      return parts[0] === response;
    }
    var first = parts[0];
    var last = parts[parts.length - 1];
    if (response.length < first.length + last.length || response.indexOf(first) !== 0 || response.slice(response.length - last.length) !== last) {
      return false;
    }
    var position = first.length;
    var end = response.length - last.length;
    for (var k = 1; k < parts.length - 1; k++) {
      var found = response.slice(0, end).indexOf(parts[k], position);
      if (found < 0) {
        return false;
      }
      position = found + parts[k].length;
    }
    return true;
  }

  function parseNumber(text) {
    var clean = String(text || '').replace(/\s/g, '');
    if (clean.indexOf('.') < 0 && clean.split(',').length === 2) {
      clean = clean.replace(',', '.');
    }
    return clean === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(clean) ? NaN : Number(clean);
  }

  function inRange(range, x) {
    var slack = EPSILON * Math.max(1, Math.abs(range.low), Math.abs(range.high));
    return x >= range.low - slack && x <= range.high + slack;
  }

  function clamp(n) {
    return Math.min(1, Math.max(0, n));
  }

  /* The first item of a list that passes a test, or null. */
  function first(list, test) {
    for (var i = 0; i < list.length; i++) {
      if (test(list[i])) {
        return list[i];
      }
    }
    return null;
  }

  function round2(n) {
    return Math.round(n * 100) / 100;
  }

  /* Deterministic shuffle: the same quiz and attempt always give the same order. */
  function seededRandom(seedText) {
    var h = 2166136261;
    for (var i = 0; i < seedText.length; i++) {
      h ^= seedText.charCodeAt(i);
      h = Math.imul(h, 16777619) >>> 0;
    }
    return function () {
      h = (Math.imul(h ^ (h >>> 15), 2246822507) + 0x6D2B79F5) >>> 0;
      h ^= h >>> 13;
      return (h >>> 0) / 4294967296;
    };
  }

  function Quiz(section, options) {
    this.section = section;
    this.form = section.querySelector('form');
    this.result = section.querySelector('.cw-quiz-result');
    this.data = JSON.parse(section.querySelector('script.cw-quiz-data').textContent);
    this.strings = options.strings;
    this.version = options.version;
    this.store = options.store;
    this.onSubmit = options.onSubmit;
    this.onChange = options.onChange;
    this.state = this.store.load(this.data.key) || { a: 1, s: 0, r: {} };
    this.startedAt = Date.now();
    var quiz = this;
    this.form.addEventListener('submit', function (event) {
      event.preventDefault();
      quiz.submit();
    });
    this.form.addEventListener('change', function () {
      quiz.saveResponses();
    });
    this.form.addEventListener('input', function () {
      quiz.saveResponses();
    });
    this.shuffle();
    this.restore();
  }

  Quiz.prototype.questionElement = function (q) {
    return this.section.querySelector('#' + CSS.escape(q.element));
  };

  Quiz.prototype.inputs = function (q) {
    return Array.prototype.slice.call(this.questionElement(q).querySelectorAll('input, select, textarea'));
  };

  /* Reads the learner's response to a question from the form. */
  Quiz.prototype.response = function (q) {
    var inputs = this.inputs(q);
    switch (q.kind) {
      case 'single':
      case 'truefalse':
        var chosen = inputs.filter(function (i) { return (i.type === 'radio' && i.checked) || i.tagName === 'SELECT'; })[0];
        return chosen && chosen.value !== '' ? chosen.value : null;
      case 'multiple':
        var values = inputs.filter(function (i) { return i.checked; }).map(function (i) { return i.value; });
        return values.length ? values : null;
      case 'matching':
        var picks = inputs.map(function (i) { return i.value; });
        return picks.some(function (v) { return v !== ''; }) ? picks : null;
      default:
        var text = inputs[0] ? inputs[0].value : '';
        return text.trim() === '' ? null : text;
    }
  };

  Quiz.prototype.setResponse = function (q, value) {
    var inputs = this.inputs(q);
    if (value === null || value === undefined) {
      return;
    }
    switch (q.kind) {
      case 'single':
      case 'truefalse':
      case 'multiple':
        var wanted = [].concat(value);
        inputs.forEach(function (i) {
          if (i.tagName === 'SELECT') {
            i.value = wanted[0];
          } else {
            i.checked = wanted.indexOf(i.value) >= 0;
          }
        });
        break;
      case 'matching':
        inputs.forEach(function (i, n) { i.value = value[n] || ''; });
        break;
      default:
        if (inputs[0]) {
          inputs[0].value = value;
        }
    }
  };

  /* The score of one response, between 0 and 1; null for questions that are not scored. */
  Quiz.prototype.score = function (q, r) {
    if (q.kind === 'essay') {
      return null;
    }
    if (r === null) {
      return 0;
    }
    switch (q.kind) {
      case 'single':
        var choice = q.choices[Number(r)];
        return choice ? clamp(choice.fraction) : 0;
      case 'multiple':
        var sum = r.reduce(function (acc, i) { return acc + (q.choices[Number(i)] ? q.choices[Number(i)].fraction : 0); }, 0);
        return clamp(sum);
      case 'truefalse':
        return r === String(q.correct) ? 1 : 0;
      case 'short':
        var said = normalize(r);
        var accepted = first(q.answers, function (a) { return matchesPattern(a.pattern, said); });
        return accepted ? clamp(accepted.fraction) : 0;
      case 'numeric':
        var x = parseNumber(r);
        var range = isNaN(x) ? null : first(q.ranges, function (candidate) { return inRange(candidate, x); });
        return range ? clamp(range.fraction) : 0;
      case 'matching':
        if (!q.items.length) {
          return 0;
        }
        var right = q.items.filter(function (item, n) { return String(item.answer) === String(r[n]); }).length;
        return right / q.items.length;
      default:
        return 0;
    }
  };

  /* The learner response in the interaction format of the package's SCORM version. */
  Quiz.prototype.interactionResponse = function (q, r) {
    var is2004 = this.version === '2004';
    if (r === null) {
      return '';
    }
    switch (q.kind) {
      case 'single':
        return q.choices[Number(r)] ? q.choices[Number(r)].rid : '';
      case 'multiple':
        return r.map(function (i) { return q.choices[Number(i)] ? q.choices[Number(i)].rid : ''; }).filter(Boolean).join(is2004 ? '[,]' : ',');
      case 'truefalse':
        return is2004 ? r : r.charAt(0);
      case 'numeric':
        var x = parseNumber(r);
        return isNaN(x) ? '' : String(x);
      case 'matching':
        return q.items.map(function (item, n) {
          return r[n] === '' || r[n] === undefined ? null : item.rid + (is2004 ? '[.]' : '.') + q.targets[Number(r[n])];
        }).filter(Boolean).join(is2004 ? '[,]' : ',');
      case 'essay':
        return String(r).slice(0, is2004 ? 4000 : 255);
      default:
        var text = String(r).trim();
        return is2004 ? text.replace(/\[/g, '(').replace(/\]/g, ')').slice(0, 250) : text.slice(0, 255);
    }
  };

  Quiz.prototype.feedbackFor = function (q, r) {
    var parts = [];
    if (r !== null) {
      if (q.kind === 'single' && q.choices[Number(r)] && q.choices[Number(r)].feedback) {
        parts.push(q.choices[Number(r)].feedback);
      } else if (q.kind === 'multiple') {
        r.forEach(function (i) { if (q.choices[Number(i)] && q.choices[Number(i)].feedback) { parts.push(q.choices[Number(i)].feedback); } });
      } else if (q.kind === 'truefalse') {
        var fb = r === String(q.correct) ? q.feedbackRight : q.feedbackWrong;
        if (fb) { parts.push(fb); }
      } else if (q.kind === 'short') {
        var said = normalize(r);
        var accepted = first(q.answers, function (a) { return matchesPattern(a.pattern, said); });
        if (accepted && accepted.feedback) { parts.push(accepted.feedback); }
      } else if (q.kind === 'numeric') {
        var x = parseNumber(r);
        var hit = isNaN(x) ? null : first(q.ranges, function (range) { return inRange(range, x); });
        if (hit && hit.feedback) { parts.push(hit.feedback); } else if (!hit && q.otherFeedback) { parts.push(q.otherFeedback); }
      }
    }
    if (q.general) {
      parts.push(q.general);
    }
    return parts;
  };

  Quiz.prototype.shuffle = function () {
    if (!this.data.shuffle) {
      return;
    }
    var random = seededRandom(this.data.id + '#' + this.state.a);
    Array.prototype.forEach.call(this.section.querySelectorAll('[data-cw-shuffle]'), function (container) {
      var items = Array.prototype.slice.call(container.children).filter(function (el) { return !(el.tagName === 'OPTION' && el.value === ''); });
      // Restore the written order first so each attempt's order depends on the attempt only.
      items.sort(function (a, b) { return writtenOrder(a) - writtenOrder(b); });
      for (var i = items.length - 1; i > 0; i--) {
        var j = Math.floor(random() * (i + 1));
        var tmp = items[i]; items[i] = items[j]; items[j] = tmp;
      }
      items.forEach(function (el) { container.appendChild(el); });
    });
  };

  Quiz.prototype.saveResponses = function () {
    if (this.state.s) {
      return;
    }
    var quiz = this;
    var responses = {};
    this.data.questions.forEach(function (q) {
      var r = quiz.response(q);
      if (r !== null) {
        responses[q.index] = r;
      }
    });
    this.state.r = responses;
    this.store.save(this.data.key, this.state);
    if (this.onChange) {
      this.onChange(this);
    }
  };

  Quiz.prototype.restore = function () {
    var quiz = this;
    this.data.questions.forEach(function (q) {
      if (quiz.state.r && Object.prototype.hasOwnProperty.call(quiz.state.r, q.index)) {
        quiz.setResponse(q, quiz.state.r[q.index]);
      }
    });
    if (this.state.s) {
      this.showResults(this.evaluate(), false);
    }
  };

  /* Scores every question from the current responses. */
  Quiz.prototype.evaluate = function () {
    var quiz = this;
    var points = 0;
    var max = 0;
    var unanswered = 0;
    var questions = this.data.questions.map(function (q) {
      var r = quiz.state.s && quiz.state.r && Object.prototype.hasOwnProperty.call(quiz.state.r, q.index) ? quiz.state.r[q.index] : quiz.response(q);
      if (r === undefined) {
        r = null;
      }
      var score = quiz.score(q, r);
      if (score !== null) {
        points += score * q.weight;
        max += q.weight;
      }
      if (r === null && q.kind !== 'essay') {
        unanswered++;
      }
      return { question: q, response: r, score: score };
    });
    var exact = max > 0 ? 100 * points / max : 100;
    return { questions: questions, points: round2(points), exactPoints: points, max: max, percent: round2(exact), passed: exact + EPSILON >= this.data.pass, unanswered: unanswered };
  };

  Quiz.prototype.attemptsLeft = function () {
    return this.data.attempts ? Math.max(0, this.data.attempts - this.state.a) : Infinity;
  };

  Quiz.prototype.submit = function () {
    if (this.state.s) {
      return;
    }
    var outcome = this.evaluate();
    var responses = {};
    outcome.questions.forEach(function (x) {
      if (x.response !== null) {
        responses[x.question.index] = x.response;
      }
    });
    this.state.r = responses;
    this.state.s = 1;
    this.state.p = outcome.percent;
    this.store.save(this.data.key, this.state);
    this.showResults(outcome, true);
    if (this.onSubmit) {
      this.onSubmit(this, outcome, Date.now() - this.startedAt);
    }
  };

  Quiz.prototype.showResults = function (outcome, moveFocus) {
    var quiz = this;
    var s = this.strings;
    Array.prototype.forEach.call(this.form.querySelectorAll('input, select, textarea'), function (el) { el.disabled = true; });
    this.form.querySelector('.cw-submit').hidden = true;
    outcome.questions.forEach(function (x) {
      var box = quiz.questionElement(x.question);
      var feedback = box.querySelector('.cw-feedback');
      var state = x.score === null ? 'recorded' : x.score >= 1 ? 'correct' : x.score > 0 ? 'partial' : 'incorrect';
      box.classList.remove('cw-is-correct', 'cw-is-incorrect', 'cw-is-partial', 'cw-is-recorded');
      box.classList.add('cw-is-' + state);
      var html = '<p class="cw-feedback-verdict"><span class="cw-icon" aria-hidden="true"></span>' + escapeHtml(s[state]) + '</p>';
      if (state !== 'correct' && state !== 'recorded' && x.question.expected) {
        html += '<p class="cw-feedback-expected">' + escapeHtml(format(s.expected, x.question.expected)) + '</p>';
      }
      quiz.feedbackFor(x.question, x.response).forEach(function (part) {
        html += '<div class="cw-feedback-text">' + part + '</div>';
      });
      feedback.innerHTML = html;
      feedback.className = 'cw-feedback cw-feedback-' + state;
      feedback.hidden = false;
    });

    var summary = '<p class="cw-result-verdict"><span class="cw-icon" aria-hidden="true"></span>' + escapeHtml(outcome.passed ? s.passed : s.failed) + '</p>' +
      '<p>' + escapeHtml(format(s.scoreSummary, formatNumber(outcome.points), outcome.max, formatNumber(outcome.percent))) + ' ' + escapeHtml(format(s.passMark, formatNumber(this.data.pass))) + '</p>';
    if (outcome.unanswered > 0) {
      summary += '<p>' + escapeHtml(format(s.unanswered, outcome.unanswered)) + '</p>';
    }
    var canRetry = !outcome.passed && this.attemptsLeft() > 0;
    if (!outcome.passed && this.data.attempts) {
      summary += '<p>' + escapeHtml(canRetry ? format(s.attemptsLeft, this.attemptsLeft()) : s.noAttemptsLeft) + '</p>';
    }
    this.result.className = 'cw-quiz-result ' + (outcome.passed ? 'cw-result-passed' : 'cw-result-failed');
    this.result.innerHTML = summary;
    if (canRetry) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'cw-button cw-retry';
      button.textContent = s.retry;
      button.addEventListener('click', function () { quiz.retry(); });
      this.result.appendChild(button);
    }
    if (moveFocus) {
      this.result.focus();
    }
  };

  Quiz.prototype.retry = function () {
    this.state = { a: this.state.a + 1, s: 0, r: {} };
    this.store.save(this.data.key, this.state);
    this.form.reset();
    Array.prototype.forEach.call(this.form.querySelectorAll('input, select, textarea'), function (el) { el.disabled = false; });
    Array.prototype.forEach.call(this.section.querySelectorAll('.cw-question'), function (box) {
      box.classList.remove('cw-is-correct', 'cw-is-incorrect', 'cw-is-partial', 'cw-is-recorded');
    });
    Array.prototype.forEach.call(this.section.querySelectorAll('.cw-feedback'), function (el) { el.hidden = true; el.innerHTML = ''; });
    this.form.querySelector('.cw-submit').hidden = false;
    this.result.innerHTML = '';
    this.result.className = 'cw-quiz-result';
    this.startedAt = Date.now();
    this.shuffle();
    if (this.onChange) {
      this.onChange(this);
    }
    var first = this.form.querySelector('input, select, textarea');
    if (first) {
      first.focus();
    }
  };

  /* Writes one interaction per answerable question: id, type, time, weighting, response, result, latency, patterns. */
  Quiz.prototype.recordInteractions = function (connection, outcome, latencyMs) {
    if (!connection.connected) {
      return;
    }
    var is2004 = this.version === '2004';
    var quiz = this;
    var now = new Date();
    outcome.questions.forEach(function (x) {
      var q = x.question;
      var n = Number(connection.get('cmi.interactions._count')) || 0;
      var p = 'cmi.interactions.' + n + '.';
      connection.set(p + 'id', q.iid);
      connection.set(p + 'type', q.type);
      connection.set(p + (is2004 ? 'timestamp' : 'time'), connection.formatTime(now));
      connection.set(p + 'weighting', String(q.weight));
      var response = quiz.interactionResponse(q, x.response);
      if (response !== '') {
        connection.set(p + (is2004 ? 'learner_response' : 'student_response'), response);
      }
      connection.set(p + 'result', interactionResult(x.score, is2004));
      connection.set(p + 'latency', connection.formatLatency(latencyMs));
      if (is2004 && q.text) {
        connection.set(p + 'description', q.text);
      }
      q.patterns.forEach(function (pattern, i) {
        connection.set(p + 'correct_responses.' + i + '.pattern', pattern);
      });
    });
  };

  /* Right, wrong, or the fraction earned for a partly right answer (both versions accept a decimal result). */
  function interactionResult(score, is2004) {
    if (score === null) {
      return 'neutral';
    }
    if (score >= 1) {
      return 'correct';
    }
    if (score <= 0) {
      return is2004 ? 'incorrect' : 'wrong';
    }
    return String(Math.round(score * 10000) / 10000);
  }

  function writtenOrder(el) {
    var input = el.tagName === 'OPTION' ? el : el.querySelector('input');
    return input ? Number(input.value) || 0 : 0;
  }

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function formatNumber(n) {
    var lang = document.documentElement.lang || 'en';
    try {
      return Number(n).toLocaleString(lang, { maximumFractionDigits: 2 });
    } catch (e) {
      return String(n);
    }
  }

  Courseware.Quiz = Quiz;
  Courseware.format = format;
  Courseware.escapeHtml = escapeHtml;
}(window));
