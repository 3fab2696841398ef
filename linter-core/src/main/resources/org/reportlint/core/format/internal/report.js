(function () {
  'use strict';
  // Draws the report from the JSON in #report-data (see HtmlReportData for its layout). Document text is only
  // ever set with textContent and links are only ever "#" fragments this script builds, so nothing a document
  // holds can become markup, script or a link elsewhere. Only what is on screen is built: the first rows of each
  // table and the findings of opened groups or of the chosen document, so 100,000 findings stay quick.
  var started = performance.now();
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var parsed = performance.now();
  var FILE = 0, RULE = 1, SEV = 2, PAT = 3, LINE = 4, COL = 5, MSG = 6, BEFORE = 7, FLAGGED = 8, AFTER = 9,
      FLAGS = 10, REL = 11;
  var SEVERITIES = ['error', 'warning', 'info'];
  var ROWS = 50, DOCS_PER_GROUP = 10, FINDINGS = 20, DOC_FINDINGS = 200;
  var findings = data.findings, files = data.files, rules = data.rules, patterns = data.patterns;
  var patternById = {}, docByPath = {}, groupNames = data.groups;
  patterns.forEach(function (p, i) { patternById[p.id] = i; });
  files.forEach(function (f, i) { if (!(f.path in docByPath)) { docByPath[f.path] = i; } });
  var hasScores = files.some(function (f) { return f.score !== null; });
  var state = {
    severities: [true, true, true], rules: rules.map(function () { return true; }), pattern: -1, group: '',
    doc: -1, line: 0, query: '', open: {}, groupDocs: {}, docFindings: {}, rankRows: ROWS, patternRows: ROWS,
    docLimit: DOC_FINDINGS,
    patternSort: { key: 'findings', dir: -1 }, rankSort: { key: hasScores ? 'score' : 'total', dir: hasScores ? 1 : -1 }
  };
  var haystack = null;
  var selection = [];
  var app = document.getElementById('app');

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  function add(parent, child) { parent.appendChild(child); return child; }
  function n(value) { return Number(value).toLocaleString('en-US'); }
  function plural(count, one, many) { return n(count) + ' ' + (count === 1 ? one : many); }
  function docLink(file, line, text) {
    var link = el('a', 'path', text === undefined ? files[file].path : text);
    link.href = '#doc=' + encodeURIComponent(files[file].path) + (line ? '&line=' + line : '');
    return link;
  }

  // ---- selection: the findings every filter lets through, in report order ----
  function searchText(i) {
    var f = findings[i];
    return (f[MSG] + '\n' + files[f[FILE]].path + '\n' + rules[f[RULE]].id + '\n' + f[FLAGGED]).toLowerCase();
  }
  function select() {
    var query = state.query.trim().toLowerCase();
    if (query && !haystack) { haystack = findings.map(function (f, i) { return searchText(i); }); }
    var out = [];
    for (var i = 0; i < findings.length; i++) {
      var f = findings[i];
      if (!state.severities[f[SEV]] || !state.rules[f[RULE]]) { continue; }
      if (state.pattern >= 0 && f[PAT] !== state.pattern) { continue; }
      if (state.doc >= 0 && f[FILE] !== state.doc) { continue; }
      if (state.group && files[f[FILE]].group !== state.group) { continue; }
      if (query && haystack[i].indexOf(query) < 0) { continue; }
      out.push(i);
    }
    return out;
  }
  // Whether a filter narrows findings (not documents): then documents without a finding left drop out of the counts.
  function findingFilterOn() {
    return state.query.trim() !== '' || state.pattern >= 0 || state.severities.indexOf(false) >= 0
        || state.rules.indexOf(false) >= 0;
  }
  function docShown(i, perDoc) {
    if (state.doc >= 0 && i !== state.doc) { return false; }
    if (state.group && files[i].group !== state.group) { return false; }
    return !findingFilterOn() || perDoc[i][3] > 0;
  }

  function totals() {
    var t = { perRule: rules.map(function () { return [0, 0, 0, 0]; }), perDoc: files.map(function () { return [0, 0, 0, 0]; }),
      perPattern: patterns.map(function () { return { findings: 0, docs: 0, last: -1, worst: 2 }; }),
      all: [0, 0, 0, 0], fixable: 0 };
    selection.forEach(function (i) {
      var f = findings[i], p = t.perPattern[f[PAT]];
      t.perRule[f[RULE]][f[SEV]]++; t.perRule[f[RULE]][3]++;
      t.perDoc[f[FILE]][f[SEV]]++; t.perDoc[f[FILE]][3]++;
      t.all[f[SEV]]++; t.all[3]++;
      if (f[FLAGS] & 4) { t.fixable++; }
      p.findings++; p.worst = Math.min(p.worst, f[SEV]);
      if (p.last !== f[FILE]) { p.docs++; p.last = f[FILE]; }
    });
    t.docs = [];
    for (var i = 0; i < files.length; i++) { if (docShown(i, t.perDoc)) { t.docs.push(i); } }
    t.groups = {};
    t.docs.forEach(function (d) {
      var g = t.groups[files[d].group] || (t.groups[files[d].group] = { docs: 0, counts: [0, 0, 0, 0], score: 0, scored: 0 });
      g.docs++;
      for (var k = 0; k < 4; k++) { g.counts[k] += t.perDoc[d][k]; }
      // Weighted by words, as QualityScore.Mean weighs the run's overall score: a long report counts for more.
      if (files[d].score !== null) { var w = Math.max(1, files[d].words); g.score += files[d].score * w; g.scored += w; }
    });
    return t;
  }

  // ---- controls, built once so typing in the search box keeps its focus ----
  var controls = el('form', 'controls');
  controls.id = 'filters';
  controls.addEventListener('submit', function (e) { e.preventDefault(); });
  var search = add(add(controls, el('label', null, 'Search ')), el('input'));
  search.type = 'search'; search.id = 'search';
  search.placeholder = 'message, document, rule or flagged text';
  var timer = 0;
  search.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { state.query = search.value; refresh(); }, 150);
  });
  function checkboxes(legend, name, labels, values) {
    var set = add(controls, el('fieldset'));
    add(set, el('legend', null, legend));
    labels.forEach(function (text, i) {
      var label = add(set, el('label'));
      var box = add(label, el('input'));
      box.type = 'checkbox'; box.name = name; box.value = text; box.checked = true;
      box.addEventListener('change', function () { values[i] = box.checked; refresh(); });
      label.appendChild(document.createTextNode(' ' + text));
    });
  }
  checkboxes('Severity', 'severity', SEVERITIES, state.severities);
  checkboxes('Rule', 'rule', rules.map(function (r) { return r.id; }), state.rules);
  function dropdown(id, label, first, options, onChange) {
    var wrap = add(controls, el('label', null, label + ' '));
    var box = add(wrap, el('select'));
    box.id = id;
    add(box, el('option', null, first)).value = '';
    options.forEach(function (o) { add(box, el('option', null, o[1])).value = String(o[0]); });
    box.addEventListener('change', function () { onChange(box.value); });
    return box;
  }
  var patternBox = dropdown('pattern-filter', 'Finding group', 'all', patterns.map(function (p, i) {
    return [i, rules[p.rule].id + ': ' + p.text];
  }), function (v) { state.pattern = v === '' ? -1 : Number(v); if (v !== '') { state.open[v] = true; } permalink(); refresh(); });
  var groupBox = dropdown('group-filter', 'Document group', 'all', groupNames.map(function (g) { return [g, g]; }),
      function (v) { state.group = v; refresh(); });
  var docBox = dropdown('doc-filter', 'Document', 'all', files.map(function (f, i) { return [i, f.path]; }),
      function (v) { state.doc = v === '' ? -1 : Number(v); state.line = 0; permalink(); refresh(); });
  var clear = add(controls, el('button', null, 'Clear filters'));
  clear.type = 'button'; clear.id = 'clear';
  clear.addEventListener('click', function () {
    state.severities.fill(true); state.rules.fill(true); state.pattern = -1; state.group = ''; state.doc = -1;
    state.query = ''; search.value = '';
    controls.querySelectorAll('input[type=checkbox]').forEach(function (b) { b.checked = true; });
    permalink(); refresh();
  });
  var csvButton = add(controls, el('button'));
  csvButton.type = 'button'; csvButton.id = 'export-csv';
  csvButton.addEventListener('click', exportCsv);

  var results = el('div');
  results.id = 'results';
  app.appendChild(controls);
  app.appendChild(results);

  // ---- permalinks: #doc=PATH[&line=N] or #group=ID, restored on load and on every change of the fragment ----
  function permalink() {
    var fragment = state.doc >= 0 ? 'doc=' + encodeURIComponent(files[state.doc].path) + (state.line ? '&line=' + state.line : '')
        : state.pattern >= 0 ? 'group=' + patterns[state.pattern].id : '';
    var url = location.pathname + location.search + (fragment ? '#' + fragment : '');
    try { history.replaceState(null, '', url); } catch (e) { /* a browser that refuses it keeps the old fragment */ }
  }
  function restore() {
    var params = {};
    location.hash.replace(/^#/, '').split('&').forEach(function (part) {
      var eq = part.indexOf('=');
      if (eq > 0) {
        try { params[part.slice(0, eq)] = decodeURIComponent(part.slice(eq + 1)); } catch (e) { /* not ours */ }
      }
    });
    state.doc = 'doc' in params && params.doc in docByPath ? docByPath[params.doc] : -1;
    state.line = state.doc >= 0 && /^\d+$/.test(params.line || '') ? Number(params.line) : 0;
    state.pattern = 'group' in params && params.group in patternById ? patternById[params.group] : -1;
    if (state.pattern >= 0) { state.open[state.pattern] = true; }
    state.docLimit = DOC_FINDINGS;
    state.scroll = true;
  }
  window.addEventListener('hashchange', function () { restore(); refresh(); });

  // ---- rendering ----
  function refresh() {
    selection = select();
    var t = totals();
    patternBox.value = state.pattern >= 0 ? String(state.pattern) : '';
    groupBox.value = state.group;
    docBox.value = state.doc >= 0 ? String(state.doc) : '';
    csvButton.textContent = 'Export CSV (' + n(selection.length) + ')';
    document.getElementById('summary').textContent = summaryLine(t);
    results.textContent = '';
    if (state.doc >= 0) { add(results, documentPanel(t)); }
    add(results, overview(t));
    add(results, groupTotals(t));
    add(results, patternTable(t));
    add(results, ranking(t));
    centreFrames(results);
    if (state.scroll) {
      // Only after following a permalink: a click on a filter must not move the page under the reader.
      state.scroll = false;
      var target = results.querySelector('li.finding.target')
          || (state.pattern >= 0 && document.getElementById('group-' + patterns[state.pattern].id));
      if (target) { target.scrollIntoView({ block: 'center' }); }
    }
  }

  function summaryLine(t) {
    var text = plural(t.all[3], 'finding', 'findings') + ' (' + plural(t.all[0], 'error', 'errors') + ', '
        + plural(t.all[1], 'warning', 'warnings') + ', ' + plural(t.all[2], 'info', 'infos') + ') in '
        + plural(t.docs.length, 'document', 'documents') + ', ' + n(t.fixable) + ' fixable';
    if (t.all[3] !== findings.length || t.docs.length !== files.length) {
      text += '; filtered from ' + plural(findings.length, 'finding', 'findings') + ' in '
          + plural(files.length, 'document', 'documents');
    }
    if (data.summary.suppressed) { text += '; ' + n(data.summary.suppressed) + ' suppressed'; }
    if (data.summary.unreadable) { text += '; ' + plural(data.summary.unreadable, 'file', 'files') + ' could not be read'; }
    if (data.summary.skipped) { text += '; ' + plural(data.summary.skipped, 'file', 'files') + ' skipped'; }
    return text;
  }

  function section(id, title) {
    var s = el('section');
    s.id = id;
    add(s, el('h2', null, title));
    return s;
  }
  function headerRow(table, cells) {
    var row = add(add(table, el('thead')), el('tr'));
    cells.forEach(function (c) {
      var th = add(row, el('th', c.n ? 'n' : c.className || null, c.label));
      if (c.sort) {
        th.classList.add('sortable');
        th.dataset.sort = c.sort.key;
        if (c.sort.state.key === c.sort.key) { th.setAttribute('aria-sort', c.sort.state.dir > 0 ? 'ascending' : 'descending'); }
        th.addEventListener('click', function () {
          var s = c.sort.state;
          if (s.key === c.sort.key) { s.dir = -s.dir; } else { s.key = c.sort.key; s.dir = c.sort.dir; }
          refresh();
        });
      }
    });
    return add(table, el('tbody'));
  }
  function counts(row, values) {
    values.forEach(function (v) { add(row, el('td', 'n', n(v))); });
  }

  function overview(t) {
    var s = section('overview', 'Totals per rule and severity');
    var table = add(s, el('table', 'totals'));
    var body = headerRow(table, [{ label: 'Rule' }, { label: 'Errors', n: 1 }, { label: 'Warnings', n: 1 },
      { label: 'Infos', n: 1 }, { label: 'Total', n: 1 }]);
    rules.forEach(function (rule, i) {
      if (t.perRule[i][3] === 0) { return; }
      var row = add(body, el('tr'));
      row.dataset.rule = rule.id;
      var cell = add(row, el('td'));
      add(cell, el('code', 'rule', rule.id));
      if (rule.summary) { cell.appendChild(document.createTextNode(' ' + rule.summary)); }
      counts(row, t.perRule[i]);
    });
    var foot = add(body, el('tr', 'total'));
    add(foot, el('th', null, 'All rules'));
    counts(foot, t.all);
    return s;
  }

  function groupTotals(t) {
    var s = section('groups', 'Totals per document group');
    var table = add(s, el('table', 'totals'));
    var cells = [{ label: 'Group' }, { label: 'Documents', n: 1 }, { label: 'Errors', n: 1 },
      { label: 'Warnings', n: 1 }, { label: 'Infos', n: 1 }, { label: 'Total', n: 1 }];
    if (hasScores) { cells.push({ label: 'Mean score', n: 1 }); }
    var body = headerRow(table, cells);
    groupNames.forEach(function (name) {
      var g = t.groups[name];
      if (!g) { return; }
      var row = add(body, el('tr'));
      row.dataset.group = name;
      add(row, el('td', null, name));
      counts(row, [g.docs].concat(g.counts));
      if (hasScores) { add(row, el('td', 'n', g.scored ? Math.round(g.score / g.scored) : '')); }
    });
    return s;
  }

  function sortBy(list, sort, keys) {
    var key = keys[sort.key];
    return list.sort(function (a, b) {
      var x = key(a), y = key(b);
      if (x === null || y === null) { return x === y ? a - b : x === null ? 1 : -1; }
      return (x < y ? -1 : x > y ? 1 : 0) * sort.dir || a - b;
    });
  }

  function patternTable(t) {
    var s = section('patterns', 'Groups of findings with the same rule and message pattern');
    var shown = [];
    t.perPattern.forEach(function (p, i) { if (p.findings > 0) { shown.push(i); } });
    sortBy(shown, state.patternSort, {
      findings: function (i) { return t.perPattern[i].findings; }, docs: function (i) { return t.perPattern[i].docs; },
      rule: function (i) { return rules[patterns[i].rule].id; }, pattern: function (i) { return patterns[i].text; },
      severity: function (i) { return t.perPattern[i].worst; }
    });
    add(s, el('p', 'count-note', plural(shown.length, 'group', 'groups') + '; open one to see its documents and findings.'));
    var table = add(s, el('table', 'patterns'));
    var body = headerRow(table, [{ label: 'Rule', sort: { key: 'rule', dir: 1, state: state.patternSort } },
      { label: 'Pattern', sort: { key: 'pattern', dir: 1, state: state.patternSort } },
      { label: 'Severity', sort: { key: 'severity', dir: 1, state: state.patternSort } },
      { label: 'Documents', n: 1, sort: { key: 'docs', dir: -1, state: state.patternSort } },
      { label: 'Findings', n: 1, sort: { key: 'findings', dir: -1, state: state.patternSort } }, { label: 'Link' }]);
    shown.slice(0, Math.max(state.patternRows, state.pattern >= 0 ? shown.indexOf(state.pattern) + 1 : 0))
        .forEach(function (i) {
          var p = t.perPattern[i], open = !!state.open[i];
          var row = add(body, el('tr', 'group-row' + (open ? ' open' : '')));
          row.id = 'group-' + patterns[i].id;
          row.dataset.pattern = patterns[i].id;
          var first = add(row, el('td'));
          add(first, el('span', 'toggle', open ? '\u25BE' : '\u25B8'));
          add(first, el('code', 'rule', rules[patterns[i].rule].id));
          first.addEventListener('click', function () { state.open[i] = !open; refresh(); });
          var text = add(row, el('td', 'pattern', patterns[i].text));
          text.addEventListener('click', function () { state.open[i] = !open; refresh(); });
          // Reachable from the keyboard too: Tab to the pattern, Enter or Space opens or closes it.
          text.tabIndex = 0;
          text.setAttribute('role', 'button');
          text.setAttribute('aria-expanded', String(open));
          text.addEventListener('keydown', function (e) {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              state.open[i] = !open;
              refresh();
              var again = document.querySelector('#group-' + patterns[i].id + ' td.pattern');
              if (again) { again.focus(); }
            }
          });
          add(row, el('td', SEVERITIES[p.worst], SEVERITIES[p.worst]));
          counts(row, [p.docs, p.findings]);
          var link = add(add(row, el('td')), el('a', null, '#'));
          link.href = '#group=' + patterns[i].id;
          link.title = 'Permalink to this group';
          if (open) {
            var cell = add(add(body, el('tr', 'group-detail')), el('td'));
            cell.colSpan = 6;
            add(cell, groupBody(i));
          }
        });
    more(s, shown.length, state.patternRows, function () { state.patternRows += ROWS * 4; });
    return s;
  }

  function more(parent, total, limit, grow) {
    if (total <= limit) { return; }
    var button = add(add(parent, el('div', 'more')), el('button', null, 'Show more (' + n(total - limit) + ' not shown)'));
    button.type = 'button';
    button.addEventListener('click', function () { grow(); refresh(); });
  }

  function groupBody(pattern) {
    var body = el('div', 'group-body');
    var perDoc = [], docs = {};
    selection.forEach(function (i) {
      var f = findings[i];
      if (f[PAT] !== pattern) { return; }
      if (!(f[FILE] in docs)) { docs[f[FILE]] = []; perDoc.push(f[FILE]); }
      docs[f[FILE]].push(i);
    });
    var limit = state.groupDocs[pattern] || DOCS_PER_GROUP;
    perDoc.slice(0, limit).forEach(function (d) {
      var doc = add(body, el('div', 'doc'));
      var title = add(doc, el('h3'));
      add(title, docLink(d));
      title.appendChild(document.createTextNode(' \u2014 ' + plural(docs[d].length, 'finding', 'findings')));
      var key = pattern + ':' + d;
      var max = state.docFindings[key] || FINDINGS;
      add(doc, findingList(docs[d].slice(0, max), false));
      more(doc, docs[d].length, max, function () { state.docFindings[key] = max + FINDINGS * 5; });
    });
    more(body, perDoc.length, limit, function () { state.groupDocs[pattern] = limit + DOCS_PER_GROUP * 5; });
    return body;
  }

  function ranking(t) {
    var s = section('ranking', hasScores ? 'Documents by quality score' : 'Documents by findings');
    var docs = sortBy(t.docs.slice(), state.rankSort, {
      // Equal scores: the document with more findings first (a fraction too small to pass another score).
      score: function (d) { return files[d].score === null ? null : files[d].score - t.perDoc[d][3] / 1e9; }, path: function (d) { return files[d].path; },
      total: function (d) { var c = t.perDoc[d]; return c[0] * 1e12 + c[1] * 1e6 + c[2]; },
      group: function (d) { return files[d].group; }
    });
    var table = add(s, el('table', 'ranking'));
    var cells = [{ label: '#', n: 1 }];
    if (hasScores) { cells.push({ label: 'Score', n: 1, sort: { key: 'score', dir: 1, state: state.rankSort } }); }
    cells.push({ label: 'Document', className: 'path-col', sort: { key: 'path', dir: 1, state: state.rankSort } },
        { label: 'Group', sort: { key: 'group', dir: 1, state: state.rankSort } }, { label: 'Errors', n: 1 },
        { label: 'Warnings', n: 1 }, { label: 'Infos', n: 1 },
        { label: 'Total', n: 1, sort: { key: 'total', dir: -1, state: state.rankSort } });
    var body = headerRow(table, cells);
    docs.slice(0, state.rankRows).forEach(function (d, rank) {
      var row = add(body, el('tr'));
      row.dataset.doc = files[d].path;
      add(row, el('td', 'n', rank + 1));
      if (hasScores) { add(row, el('td', 'n', files[d].score === null ? '' : files[d].score)); }
      var cell = add(row, el('td'));
      add(cell, docLink(d));
      if (files[d].errors.length) { add(cell, el('span', 'error', ' (not linted)')); }
      else if (files[d].notices.length) { add(cell, el('span', 'notice', ' (skipped)')); }
      add(row, el('td', null, files[d].group));
      counts(row, t.perDoc[d]);
    });
    more(s, docs.length, state.rankRows, function () { state.rankRows += ROWS * 4; });
    return s;
  }

  function documentPanel(t) {
    var d = state.doc, file = files[d];
    var s = section('document', file.path);
    s.querySelector('h2').className = 'path';
    var facts = plural(t.perDoc[d][3], 'finding', 'findings') + ' shown';
    if (file.score !== null) { facts = 'Score ' + file.score + ' \u2014 ' + facts; }
    add(s, el('p', null, facts + ' in group ' + file.group));
    file.errors.forEach(function (e) { add(s, el('p', 'problem error', e)); });
    file.notices.forEach(function (e) { add(s, el('p', 'problem notice', e)); });
    var own = selection.filter(function (i) { return findings[i][FILE] === d; });
    var limit = state.docLimit;
    if (state.line) {
      var at = -1;
      own.some(function (i, k) { if (findings[i][LINE] >= state.line) { at = k; return true; } return false; });
      if (at >= limit) { limit = at + 1; }
    }
    add(s, findingList(own.slice(0, limit), false, state.line));
    more(s, own.length, limit, function () { state.docLimit = limit + DOC_FINDINGS; });
    return s;
  }

  function findingList(indexes, withPath, targetLine) {
    var list = el('ol', 'findings');
    var targeted = false;
    indexes.forEach(function (i) {
      var f = findings[i];
      var item = add(list, el('li', 'finding'));
      item.dataset.rule = rules[f[RULE]].id;
      item.dataset.severity = SEVERITIES[f[SEV]];
      if (targetLine && !targeted && f[LINE] >= targetLine) { item.classList.add('target'); targeted = true; }
      var head = add(item, el('div'));
      add(head, el('span', 'severity ' + SEVERITIES[f[SEV]], SEVERITIES[f[SEV]]));
      head.appendChild(document.createTextNode(' '));
      add(head, docLink(f[FILE], f[LINE], (withPath ? files[f[FILE]].path + ':' : '') + f[LINE] + ':' + f[COL]))
          .className = 'position';
      head.appendChild(document.createTextNode(' '));
      add(head, el('span', 'message', f[MSG]));
      head.appendChild(document.createTextNode(' '));
      add(head, el('code', 'rule', rules[f[RULE]].id));
      if (f[FLAGS] & 4) { add(head, el('span', 'fixable', ' fixable')); }
      var frame = add(item, el('pre', 'frame'));
      add(frame, el('span', 'gutter', f[LINE] + ' | '));
      frame.appendChild(document.createTextNode((f[FLAGS] & 1 ? '\u2026' : '') + f[BEFORE]));
      add(frame, el('mark', null, f[FLAGGED] === '' ? ' ' : f[FLAGGED]));
      frame.appendChild(document.createTextNode(f[AFTER] + (f[FLAGS] & 2 ? '\u2026' : '')));
      if (f[REL].length) {
        var related = add(item, el('ul', 'related'));
        f[REL].forEach(function (r) {
          var li = add(related, el('li'));
          var where = r[3] >= 0 ? r[3] : -1;
          var label = (where >= 0 && where !== f[FILE] ? files[where].path + ':' : r[3] < 0 ? r[4] + ':' : '')
              + r[1] + ':' + r[2];
          if (where >= 0) { add(li, docLink(where, r[1], label)).className = 'position'; }
          else { add(li, el('span', 'position', label)); }
          li.appendChild(document.createTextNode(' ' + r[0]));
        });
      }
    });
    return list;
  }

  // Scrolls each code frame so its flagged text sits in the middle; reads every width first, then scrolls, so the
  // layout is computed once however many frames there are.
  function centreFrames(root) {
    var frames = Array.prototype.slice.call(root.querySelectorAll('pre.frame'));
    var targets = frames.map(function (pre) {
      var mark = pre.querySelector('mark');
      if (pre.scrollWidth <= pre.clientWidth) { return 0; }
      var left = mark.offsetLeft, width = mark.offsetWidth;
      return width >= pre.clientWidth ? left - 24 : left + width / 2 - pre.clientWidth / 2;
    });
    frames.forEach(function (pre, i) { pre.scrollLeft = Math.max(0, targets[i]); });
  }
  var resizeTimer = 0;
  window.addEventListener('resize', function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(function () { centreFrames(results); }, 100);
  });
  window.addEventListener('beforeprint', function () { centreFrames(results); });

  // ---- CSV of the findings the filters let through ----
  function csvCell(value) {
    var text = String(value);
    // A leading = + - @ (or tab, carriage return) makes a spreadsheet read a formula: a quote makes it text.
    if (/^[=+\-@\t\r]/.test(text)) { text = "'" + text; }
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }
  function csv() {
    var lines = [['document', 'group', 'line', 'column', 'severity', 'rule', 'message', 'flagged', 'pattern']];
    selection.forEach(function (i) {
      var f = findings[i];
      lines.push([files[f[FILE]].path, files[f[FILE]].group, f[LINE], f[COL], SEVERITIES[f[SEV]], rules[f[RULE]].id,
        f[MSG], f[FLAGGED], patterns[f[PAT]].text]);
    });
    return lines.map(function (cells) { return cells.map(csvCell).join(','); }).join('\r\n') + '\r\n';
  }
  function exportCsv() {
    var blob = new Blob(['\uFEFF' + csv()], { type: 'text/csv;charset=utf-8' });
    var url = URL.createObjectURL(blob);
    var link = el('a');
    link.href = url;
    link.download = 'reportlint-findings.csv';
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
  }

  document.getElementById('static').hidden = true;
  app.hidden = false;
  restore();
  refresh();
  // When the script started, had parsed the data and had drawn the page, in ms since navigation: for measuring.
  document.documentElement.dataset.timing = [started, parsed, performance.now()].map(Math.round).join(' ');
})();
