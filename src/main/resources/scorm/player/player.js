/*
 * SENDReady SCORM player: lessons, an assessment drawn at random from the pool, results with feedback, and the
 * SCORM 1.2 / 2004 runtime calls. Everything runs in the learner's browser, including scoring: the LMS records what
 * this script reports, so a determined learner can change it. No request leaves the package.
 */
(function () {
  'use strict';

  var course = JSON.parse(document.getElementById('course-data').textContent);
  var V12 = course.format === 'scorm12';
  var SUSPEND_LIMIT = V12 ? 4096 : 64000;
  var LESSONS = course.lessons.length;

  // ---------------------------------------------------------------- the LMS ----------------------------------------

  /** Looks for the API object in this window's parents (bounded; cross-origin frames throw and are skipped). */
  function findApiFrom(start, name) {
    var win = start;
    for (var hops = 0; win && hops < 16; hops++) {
      try {
        if (win[name]) {
          return win[name];
        }
      } catch (crossOrigin) {
        // a frame from another origin: its API cannot be ours, keep walking up
      }
      var parent = null;
      try {
        parent = win.parent;
      } catch (e) {
        parent = null;
      }
      if (!parent || parent === win) {
        break;
      }
      win = parent;
    }
    return null;
  }

  function findApi(name) {
    var api = findApiFrom(window, name);
    if (api) {
      return api;
    }
    try {
      if (window.top && window.top.opener) {
        api = findApiFrom(window.top.opener, name);
      }
    } catch (e) {
      api = null;
    }
    if (!api) {
      try {
        if (window.opener) {
          api = findApiFrom(window.opener, name);
        }
      } catch (e) {
        api = null;
      }
    }
    return api;
  }

  var CALLS = V12
    ? {name: 'API', init: 'LMSInitialize', get: 'LMSGetValue', set: 'LMSSetValue', commit: 'LMSCommit',
       finish: 'LMSFinish', error: 'LMSGetLastError'}
    : {name: 'API_1484_11', init: 'Initialize', get: 'GetValue', set: 'SetValue', commit: 'Commit',
       finish: 'Terminate', error: 'GetLastError'};
  var CMI = V12
    ? {entry: 'cmi.core.entry', location: 'cmi.core.lesson_location', exit: 'cmi.core.exit',
       sessionTime: 'cmi.core.session_time', raw: 'cmi.core.score.raw', min: 'cmi.core.score.min',
       max: 'cmi.core.score.max'}
    : {entry: 'cmi.entry', location: 'cmi.location', exit: 'cmi.exit', sessionTime: 'cmi.session_time',
       raw: 'cmi.score.raw', min: 'cmi.score.min', max: 'cmi.score.max'};

  var lms = {
    api: null,
    active: false,
    ended: false,
    startedAt: Date.now(),
    problem: '',

    start: function () {
      this.api = findApi(CALLS.name);
      if (!this.api) {
        this.problem = 'none';
        return false;
      }
      var ok = String(this.api[CALLS.init]('')) === 'true';
      if (!ok) {
        this.problem = 'refused';
        return false;
      }
      this.active = true;
      this.startedAt = Date.now();
      return true;
    },
    get: function (element) {
      return this.active ? String(this.api[CALLS.get](element) || '') : '';
    },
    set: function (element, value) {
      if (this.active) {
        this.api[CALLS.set](element, String(value));
      }
    },
    commit: function () {
      if (this.active) {
        this.api[CALLS.commit]('');
      }
    },
    finish: function () {
      if (this.active) {
        this.active = false;
        this.ended = true;
        this.api[CALLS.finish]('');
      }
    },
    lastError: function () {
      try {
        return this.api ? String(this.api[CALLS.error]()) : '';
      } catch (e) {
        return '';
      }
    }
  };

  function sessionTime() {
    var seconds = Math.max(0, Math.round((Date.now() - lms.startedAt) / 1000));
    var h = Math.floor(seconds / 3600);
    var m = Math.floor((seconds % 3600) / 60);
    var s = seconds % 60;
    if (!V12) {
      return 'PT' + h + 'H' + m + 'M' + s + 'S';
    }
    function two(n) {
      return n < 10 ? '0' + n : String(n);
    }
    return two(Math.min(h, 9999)) + ':' + two(m) + ':' + two(s);
  }

  // ---------------------------------------------------------------- state ------------------------------------------

  /*
   * The learner's state, small enough for SCORM 1.2's 4,096-character suspend_data:
   *   view      'lesson-N' (1-based), 'assessment' or 'results'  (stored in the location element)
   *   read      which lessons have been opened
   *   attempts  submitted attempts; failedAt: minutes since 1970 of the last failed one; passed
   *   attempt   the drawn questions (pool indices), each one's option order and the learner's selections
   *             (option indices), and whether it has been submitted
   */
  var state = {view: 'lesson-1', read: [], attempts: 0, failedAt: 0, passed: false, attempt: null};

  function b36(n) {
    return n.toString(36);
  }

  function encode() {
    var bits = '';
    for (var i = 0; i < LESSONS; i += 4) {
      var nibble = 0;
      for (var j = 0; j < 4 && i + j < LESSONS; j++) {
        nibble |= state.read[i + j] ? (1 << j) : 0;
      }
      bits += nibble.toString(16);
    }
    var head = ['s1', course.version, bits, b36(state.attempts), b36(state.failedAt), state.passed ? '1' : '0'];
    var withAttempt = head.concat([encodeAttempt(true)]).join('|');
    if (withAttempt.length <= SUSPEND_LIMIT) {
      return withAttempt;
    }
    var withoutAnswers = head.concat([encodeAttempt(false)]).join('|');
    return withoutAnswers.length <= SUSPEND_LIMIT ? withoutAnswers : head.concat(['']).join('|');
  }

  function encodeAttempt(withAnswers) {
    var a = state.attempt;
    if (!a) {
      return '';
    }
    var parts = [a.done ? '1' : '0'];
    for (var i = 0; i < a.questions.length; i++) {
      parts.push(b36(a.questions[i]) + '.' + a.orders[i].map(b36).join('') + '.'
        + (withAnswers ? a.answers[i].map(b36).join('') : ''));
    }
    return parts.join('~');
  }

  function decode(text) {
    var f = String(text || '').split('|');
    if (f.length !== 7 || f[0] !== 's1') {
      return false;
    }
    var read = [];
    for (var i = 0; i < LESSONS; i++) {
      var nibble = parseInt(f[2].charAt(Math.floor(i / 4)) || '0', 16) || 0;
      read.push((nibble & (1 << (i % 4))) !== 0);
    }
    state.read = read;
    state.attempts = parseInt(f[3], 36) || 0;
    state.failedAt = parseInt(f[4], 36) || 0;
    state.passed = f[5] === '1';
    state.attempt = f[1] === course.version ? decodeAttempt(f[6]) : null;
    return true;
  }

  function decodeAttempt(text) {
    if (!text) {
      return null;
    }
    var parts = text.split('~');
    var attempt = {done: parts[0] === '1', questions: [], orders: [], answers: []};
    for (var i = 1; i < parts.length; i++) {
      var q = parts[i].split('.');
      var index = parseInt(q[0], 36);
      var question = course.questions[index];
      if (q.length !== 3 || !question) {
        return null;
      }
      var order = q[1].split('').map(function (c) { return parseInt(c, 36); });
      var answers = q[2].split('').map(function (c) { return parseInt(c, 36); });
      var valid = function (n) { return n >= 0 && n < question.options.length; };
      if (order.length !== question.options.length || !order.every(valid) || !answers.every(valid)) {
        return null;
      }
      attempt.questions.push(index);
      attempt.orders.push(order);
      attempt.answers.push(answers);
    }
    return attempt.questions.length ? attempt : null;
  }

  function finished() {
    return state.passed || (state.attempts > 0 && attemptsLeft() === 0);
  }

  function attemptsLeft() {
    return course.attemptsAllowed === 0 ? Infinity : Math.max(0, course.attemptsAllowed - state.attempts);
  }

  function minutesNow() {
    return Math.floor(Date.now() / 60000);
  }

  /** Writes the state to the LMS's data model; commits only when asked (meaningful events, not every click). */
  function save(commit) {
    lms.set(CMI.location, state.view);
    lms.set('cmi.suspend_data', encode());
    lms.set(CMI.exit, finished() ? (V12 ? '' : 'normal') : 'suspend');
    if (!V12) {
      var progress = (state.read.filter(Boolean).length + (state.attempts > 0 ? 1 : 0)) / (LESSONS + 1);
      lms.set('cmi.progress_measure', state.attempts > 0 || state.passed ? '1' : String(Math.round(progress * 100) / 100));
    }
    if (commit) {
      lms.commit();
    }
  }

  function reportStatus() {
    if (V12) {
      lms.set('cmi.core.lesson_status', state.passed ? 'passed' : state.attempts > 0 ? 'failed' : 'incomplete');
    } else {
      lms.set('cmi.completion_status', state.passed || state.attempts > 0 ? 'completed' : 'incomplete');
      lms.set('cmi.success_status', state.passed ? 'passed' : state.attempts > 0 ? 'failed' : 'unknown');
    }
  }

  function reportScore(result) {
    lms.set(CMI.min, '0');
    lms.set(CMI.max, '100');
    lms.set(CMI.raw, String(result.percent));
    if (!V12) {
      lms.set('cmi.score.scaled', String(Math.round(result.percent * 100) / 10000));
    }
  }

  // ---------------------------------------------------------------- assessment -------------------------------------

  function randomInt(bound) {
    if (window.crypto && window.crypto.getRandomValues) {
      var buffer = new Uint32Array(1);
      window.crypto.getRandomValues(buffer);
      return buffer[0] % bound;
    }
    return Math.floor(Math.random() * bound);
  }

  function shuffled(list) {
    var copy = list.slice();
    for (var i = copy.length - 1; i > 0; i--) {
      var j = randomInt(i + 1);
      var t = copy[i];
      copy[i] = copy[j];
      copy[j] = t;
    }
    return copy;
  }

  function range(n) {
    var r = [];
    for (var i = 0; i < n; i++) {
      r.push(i);
    }
    return r;
  }

  function drawAttempt() {
    var count = Math.min(course.questionsPerAttempt, course.questions.length);
    var questions = shuffled(range(course.questions.length)).slice(0, count);
    return {
      done: false,
      questions: questions,
      // True stays before False: shuffling those two only confuses
      orders: questions.map(function (q) {
        var n = course.questions[q].options.length;
        return course.questions[q].type === 'true-false' ? range(n) : shuffled(range(n));
      }),
      answers: questions.map(function () { return []; })
    };
  }

  function isCorrect(questionIndex, selected) {
    var question = course.questions[questionIndex];
    var chosen = selected.map(function (i) { return question.options[i].id; }).sort();
    var correct = question.correct.slice().sort();
    return chosen.length === correct.length && chosen.every(function (id, i) { return id === correct[i]; });
  }

  /** All-or-nothing per question; the pass rule compares whole numbers so rounding never turns a fail into a pass. */
  function score(attempt) {
    var correct = 0;
    for (var i = 0; i < attempt.questions.length; i++) {
      if (isCorrect(attempt.questions[i], attempt.answers[i])) {
        correct++;
      }
    }
    var total = attempt.questions.length;
    return {
      correct: correct,
      total: total,
      percent: Math.floor(correct * 10000 / total) / 100,
      passed: correct * 100 >= course.passMarkPercent * total
    };
  }

  // ---------------------------------------------------------------- rendering --------------------------------------

  var view = document.getElementById('view');
  var message = document.getElementById('lms-message');

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (key) {
      if (key === 'text') {
        node.textContent = attributes[key];
      } else if (key === 'onclick') {
        node.addEventListener('click', attributes[key]);
      } else {
        node.setAttribute(key, attributes[key]);
      }
    });
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  function button(text, onclick, className) {
    return el('button', {type: 'button', 'class': className || '', text: text, onclick: onclick});
  }

  /** External links open in a new tab: navigating this frame away would end the LMS session. */
  function newTabLink(href, text) {
    return el('a', {href: href, target: '_blank', rel: 'noopener noreferrer'},
      [text, el('span', {'class': 'visually-hidden', text: ' (opens in a new tab)'})]);
  }

  function source(citation) {
    return newTabLink(citation.url, citation.text);
  }

  function show(nodes, focus) {
    view.textContent = '';
    nodes.forEach(function (n) { view.appendChild(n); });
    renderContents();
    var heading = view.querySelector('h1');
    if (focus && heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus();
    }
    window.scrollTo(0, 0);
  }

  function renderContents() {
    var list = document.getElementById('contents');
    list.textContent = '';
    course.lessons.forEach(function (lesson, i) {
      var here = state.view === 'lesson-' + (i + 1);
      var item = button('', function () { go('lesson-' + (i + 1)); }, 'link');
      item.appendChild(document.createTextNode((i + 1) + '. ' + lesson.title));
      item.appendChild(el('span', {'class': state.read[i] ? 'read-mark' : 'visually-hidden',
        text: state.read[i] ? ' ✓ read' : ' not yet read'}));
      if (here) {
        item.setAttribute('aria-current', 'page');
      }
      list.appendChild(el('li', {}, [item]));
    });
    var assessment = button('Assessment', function () { go('assessment'); }, 'link');
    if (state.view === 'assessment') {
      assessment.setAttribute('aria-current', 'page');
    }
    list.appendChild(el('li', {'class': 'contents-assessment'}, [assessment]));
    if (state.attempt && state.attempt.done) {
      var results = button('Your results', function () { go('results'); }, 'link');
      if (state.view === 'results') {
        results.setAttribute('aria-current', 'page');
      }
      list.appendChild(el('li', {}, [results]));
    }
    var read = state.read.filter(Boolean).length;
    var progress = document.getElementById('progress');
    progress.max = LESSONS;
    progress.value = read;
    document.getElementById('progress-label').textContent = 'Lessons read: ' + read + ' of ' + LESSONS;
  }

  function renderLesson(number) {
    var lesson = course.lessons[number - 1];
    var body = el('div', {'class': 'lesson-body'});
    body.innerHTML = lesson.html; // sanitised when the course was built; it holds no scripts
    Array.prototype.forEach.call(body.querySelectorAll('a[href]'), function (a) {
      a.setAttribute('target', '_blank');
      a.setAttribute('rel', 'noopener noreferrer');
      a.appendChild(el('span', {'class': 'visually-hidden', text: ' (opens in a new tab)'}));
    });
    var sources = el('p', {'class': 'meta'}, ['About ' + lesson.minutes + ' minutes. Sources: ']);
    lesson.sources.forEach(function (s, i) {
      if (i > 0) {
        sources.appendChild(document.createTextNode('; '));
      }
      sources.appendChild(source(s));
    });
    var pager = el('nav', {'class': 'pager', 'aria-label': 'Lessons'});
    if (number > 1) {
      pager.appendChild(button('Previous: ' + course.lessons[number - 2].title,
        function () { go('lesson-' + (number - 1)); }, 'secondary'));
    }
    pager.appendChild(number < LESSONS
      ? button('Next: ' + course.lessons[number].title, function () { go('lesson-' + (number + 1)); })
      : button('Go to the assessment', function () { go('assessment'); }));
    show([
      el('p', {'class': 'meta', text: 'Lesson ' + number + ' of ' + LESSONS}),
      el('h1', {text: lesson.title}),
      sources,
      body,
      pager
    ], true);
  }

  function renderAssessment(errors) {
    var a = state.attempt;
    if (!a || a.done) {
      renderAssessmentIntro();
      return;
    }
    var nodes = [el('h1', {text: 'Assessment'})];
    if (errors && errors.length) {
      var links = el('p', {}, ['Not yet answered: ']);
      errors.forEach(function (n, i) {
        if (i > 0) {
          links.appendChild(document.createTextNode(', '));
        }
        links.appendChild(el('a', {href: '#q' + n, text: 'question ' + (n + 1)}));
      });
      nodes.push(el('div', {'class': 'notice bad', id: 'error-summary', role: 'alert', tabindex: '-1'},
        [el('h2', {text: 'Answer every question before you submit'}), links]));
    }
    nodes.push(el('p', {text: a.questions.length + ' questions. You need ' + course.passMarkPercent
        + '% to pass. Your answers are marked when you submit.'}));
    var form = el('form', {id: 'assessment-form', novalidate: 'novalidate'});
    a.questions.forEach(function (qi, n) {
      var question = course.questions[qi];
      var several = question.type === 'multiple';
      var fieldset = el('fieldset', {id: 'q' + n, 'data-question-id': question.id}, [
        el('legend', {}, [el('span', {'class': 'question-number', text: 'Question ' + (n + 1) + ' of '
            + a.questions.length}), el('span', {'class': 'stem', text: question.stem})])
      ]);
      if (several) {
        fieldset.appendChild(el('p', {'class': 'meta', text: 'Select all that apply.'}));
      }
      a.orders[n].forEach(function (optionIndex, position) {
        var option = question.options[optionIndex];
        var id = 'q' + n + '-' + position;
        var input = el('input', {type: several ? 'checkbox' : 'radio', name: 'q' + n, id: id,
          value: option.id, 'data-option': String(optionIndex)});
        input.checked = a.answers[n].indexOf(optionIndex) >= 0;
        input.addEventListener('change', function () { record(n, fieldset); });
        fieldset.appendChild(el('div', {'class': 'option'}, [input, el('label', {'for': id, text: option.text})]));
      });
      form.appendChild(fieldset);
    });
    form.appendChild(el('div', {'class': 'actions'}, [el('button', {type: 'submit', id: 'submit-attempt',
      text: 'Submit answers'})]));
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      submit();
    });
    nodes.push(form);
    show(nodes, !errors);
    var summary = document.getElementById('error-summary');
    if (summary) {
      summary.focus();
    }
  }

  function renderAssessmentIntro() {
    var nodes = [el('h1', {text: 'Assessment'})];
    var count = Math.min(course.questionsPerAttempt, course.questions.length);
    nodes.push(el('p', {text: count + ' questions are drawn at random from a pool of ' + course.questions.length
        + ', with the answers in a random order. You need ' + course.passMarkPercent + '% to pass.'}));
    var waitUntil = state.failedAt + course.minutesBetweenAttempts;
    if (state.passed) {
      nodes.push(el('div', {'class': 'notice ok'}, [el('p', {text: 'You have passed this course.'})]));
    } else if (attemptsLeft() === 0) {
      nodes.push(el('div', {'class': 'notice bad'}, [el('p', {text: 'You have used all '
          + course.attemptsAllowed + ' attempts at this course. Ask your training lead what to do next.'})]));
    } else if (state.failedAt > 0 && minutesNow() < waitUntil) {
      var at = new Date(waitUntil * 60000);
      nodes.push(el('div', {'class': 'notice'}, [el('p', {text: 'You can try again from '
          + at.toLocaleTimeString('en-GB', {hour: '2-digit', minute: '2-digit'})
          + '. Use the time to look again at the lessons.'})]));
    } else {
      if (course.attemptsAllowed > 0) {
        nodes.push(el('p', {text: 'Attempts left: ' + attemptsLeft() + '.'}));
      }
      nodes.push(el('div', {'class': 'actions'}, [button('Start the assessment', startAttempt)]));
    }
    if (state.attempt && state.attempt.done) {
      nodes.push(el('p', {}, [button('See your last result', function () { go('results'); }, 'link')]));
    }
    show(nodes, true);
  }

  function renderResults() {
    var a = state.attempt;
    if (!a || !a.done) {
      go('assessment');
      return;
    }
    var result = score(a);
    var nodes = [el('h1', {text: 'Your result'})];
    nodes.push(el('div', {'class': 'notice ' + (result.passed ? 'ok' : 'bad'), id: 'result-summary'}, [
      el('p', {'class': 'result-line', text: (result.passed ? 'You passed' : 'You did not pass this time') + ': '
          + result.correct + ' of ' + result.total + ' correct (' + result.percent + '%). The pass mark is '
          + course.passMarkPercent + '%.'})
    ]));
    var actions = el('div', {'class': 'actions'});
    if (!result.passed && !finished()) {
      actions.appendChild(button('Try the assessment again', function () { go('assessment'); }));
    }
    actions.appendChild(button('Review the lessons', function () { go('lesson-1'); }, 'secondary'));
    nodes.push(actions);
    nodes.push(el('h2', {text: 'Feedback on each question'}));
    var list = el('ol', {'class': 'feedback'});
    a.questions.forEach(function (qi, n) {
      var question = course.questions[qi];
      var right = isCorrect(qi, a.answers[n]);
      var texts = function (ids) {
        return question.options.filter(function (o) { return ids.indexOf(o.id) >= 0; })
          .map(function (o) { return o.text; }).join('; ') || 'no answer';
      };
      var chosen = a.answers[n].map(function (i) { return question.options[i].id; });
      list.appendChild(el('li', {'data-question-id': question.id}, [
        el('h3', {}, [el('span', {'class': right ? 'result-correct' : 'result-wrong',
          text: right ? 'Correct: ' : 'Incorrect: '}), question.stem]),
        el('p', {text: 'Your answer: ' + texts(chosen)}),
        el('p', {text: 'Correct answer: ' + texts(question.correct)}),
        el('p', {text: question.explanation}),
        el('p', {'class': 'meta'}, ['Source: ', source(question.source)])
      ]));
    });
    nodes.push(list);
    show(nodes, true);
  }

  // ---------------------------------------------------------------- actions ----------------------------------------

  function go(where) {
    var match = /^lesson-(\d+)$/.exec(where);
    if (match && +match[1] >= 1 && +match[1] <= LESSONS) {
      state.view = where;
      state.read[+match[1] - 1] = true;
      save(true);
      renderLesson(+match[1]);
    } else if (where === 'results' && state.attempt && state.attempt.done) {
      state.view = where;
      save(true);
      renderResults();
    } else {
      state.view = 'assessment';
      save(true);
      renderAssessment();
    }
  }

  function startAttempt() {
    state.attempt = drawAttempt();
    save(true);
    renderAssessment();
  }

  function record(n, fieldset) {
    state.attempt.answers[n] = Array.prototype.filter.call(fieldset.querySelectorAll('input'),
      function (input) { return input.checked; }).map(function (input) { return +input.getAttribute('data-option'); });
    save(false);
  }

  function submit() {
    var a = state.attempt;
    var missing = [];
    a.answers.forEach(function (answer, n) {
      if (!answer.length) {
        missing.push(n);
      }
    });
    if (missing.length) {
      renderAssessment(missing);
      return;
    }
    var result = score(a);
    a.done = true;
    state.attempts++;
    state.passed = state.passed || result.passed;
    state.failedAt = result.passed ? 0 : minutesNow();
    state.view = 'results';
    reportScore(result);
    reportStatus();
    save(true);
    renderResults();
  }

  // ---------------------------------------------------------------- start and end ----------------------------------

  function showLmsProblem() {
    var text = lms.problem === 'none'
      ? 'Your learning platform (LMS) was not found, so your progress and result will not be recorded. Open this '
        + 'course from your LMS. If you did, tell your LMS administrator that the SCORM '
        + (V12 ? '1.2' : '2004') + ' API was not found in a parent frame or the opening window.'
      : 'Your learning platform (LMS) did not start a session (error ' + lms.lastError() + '), so your progress '
        + 'and result will not be recorded. Close this course and open it again from your LMS.';
    message.textContent = text;
    message.hidden = false;
  }

  function begin() {
    if (!lms.start()) {
      showLmsProblem();
    }
    var entry = lms.get(CMI.entry);
    var restored = entry !== 'ab-initio' && decode(lms.get('cmi.suspend_data'));
    if (!restored) {
      state.read = course.lessons.map(function () { return false; });
    }
    var recorded = V12 ? lms.get('cmi.core.lesson_status') : lms.get('cmi.success_status');
    if (recorded === 'passed') {
      state.passed = true; // never turn a recorded pass back into something less
    }
    var location = restored ? lms.get(CMI.location) : '';
    reportStatus();
    go(/^(lesson-\d+|assessment|results)$/.test(location) ? location : 'lesson-1');
  }

  function end() {
    if (!lms.active) {
      return;
    }
    save(false);
    lms.set(CMI.sessionTime, sessionTime());
    if (!V12) {
      lms.set('adl.nav.request', finished() ? 'exitAll' : 'suspendAll');
    }
    lms.finish();
  }

  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden' && lms.active) {
      save(false);
      lms.set(CMI.sessionTime, sessionTime());
      lms.commit();
    }
  });
  // pagehide, not unload: browsers and LMS frames block unload handlers, and pagehide also fires for the back-forward cache
  window.addEventListener('pagehide', end);
  window.addEventListener('pageshow', function (event) {
    if (event.persisted && lms.ended) {
      message.textContent = 'This session with your LMS has ended. Close the course and open it again from your '
        + 'LMS to carry on where you left off.';
      message.hidden = false;
    }
  });

  var panel = document.getElementById('contents-panel');
  if (window.matchMedia && window.matchMedia('(max-width: 48rem)').matches) {
    panel.removeAttribute('open');
  }
  begin();
}());
