// Syllabus, static copy (syllabus export-site): search in the browser. The export writes the server index's documents
// and fields as a script (a script loads from file://, fetching JSON does not); MiniSearch indexes them on the first
// search, with prefix search on the last word and typo tolerance. site.js uses window.SyllabusLocal for results while
// typing instead of the server's API; the search page's results are filled in here from its address.
// No inline script or handler anywhere: the pages pass a Content-Security-Policy without them.
(function () {
  'use strict';
  var me = document.currentScript;
  if (!me) { return; }
  var FOLDERS = { concept: 'concepts', paper: 'papers', resource: 'resources', segment: 'resources', creator: 'creators', path: 'paths', guide: 'guides' };
  var TYPES = { concept: 'Concept', paper: 'Paper', resource: 'Resource', segment: 'Part of a video or book', creator: 'Creator', path: 'Learning path', guide: 'Guide' };
  var root = new URL('..', me.src).href; // assets/ sits at the copy's root, wherever the copy is
  var loading = null;

  function load(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = new URL(src, document.baseURI).href;
      s.addEventListener('load', resolve);
      s.addEventListener('error', function () { reject(new Error('could not load ' + src)); });
      document.head.appendChild(s);
    });
  }

  function engine() {
    if (!loading) {
      loading = load(me.getAttribute('data-lib')).then(function () { return load(me.getAttribute('data-index')); }).then(function () {
        var data = window.SyllabusSearchIndex;
        var docs = data.docs.map(function (row, i) {
          var d = { id: i };
          data.columns.forEach(function (c, j) { d[c] = row[j] === null ? '' : row[j]; });
          return d;
        });
        var boost = {};
        data.weights.forEach(function (w) { boost[w.field] = w.boost; });
        var index = new window.MiniSearch({ fields: Object.keys(boost), idField: 'id' });
        index.addAll(docs);
        return { index: index, docs: docs, boost: boost };
      });
    }
    return loading;
  }

  function options(e, combine) {
    return {
      boost: e.boost,
      combineWith: combine,
      prefix: function (term, i, terms) { return i === terms.length - 1; },
      fuzzy: function (term) { return term.length > 3 ? 0.25 : false; }
    };
  }

  function href(hit) {
    return root + (FOLDERS[hit.type] || 'resources') + '/' + hit.slug + '.html';
  }

  /** Every word must match (as the server's search does); when none does, any word may. */
  function search(q, limit) {
    return engine().then(function (e) {
      var found = e.index.search(q, options(e, 'AND'));
      if (!found.length) { found = e.index.search(q, options(e, 'OR')); }
      return {
        total: found.length,
        hits: found.slice(0, limit).map(function (r) {
          var d = e.docs[r.id];
          return { type: d.type, slug: d.slug, title: d.title, kind: d.kind || null, creators: d.creators || [], deepLink: d.deepLink || null, summary: d.summary };
        })
      };
    });
  }

  window.SyllabusLocal = {
    search: search,
    href: href,
    searchHref: function (q) { return root + 'search.html?q=' + encodeURIComponent(q); }
  };

  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) { n.className = cls; }
    if (text !== undefined) { n.textContent = text; }
    return n;
  }

  function params() {
    return new URLSearchParams(window.location.search);
  }

  // The search page: its results come from the address's q.
  function searchPage(input) {
    var list = document.querySelector('ol.results');
    var head = document.getElementById('results');
    var zero = document.querySelector('.zero');
    var q = (params().get('q') || '').trim();
    input.value = q;
    if (!q) {
      head.textContent = 'Type to search concepts, papers, resources, creators and the parts of long videos';
      if (zero) { zero.hidden = true; }
      return;
    }
    document.title = 'Search: ' + q + ' · Syllabus';
    head.textContent = 'Searching for “' + q + '”…';
    search(q, 50).then(function (r) {
      list.textContent = '';
      head.textContent = (r.total ? r.total + ' result' + (r.total === 1 ? '' : 's') : 'No results') + ' for “' + q + '”';
      if (zero) { zero.hidden = r.total > 0; }
      r.hits.forEach(function (h) {
        var li = el('li');
        var a = el('a', 'title', h.title);
        a.href = href(h);
        li.appendChild(a);
        var what = el('div', 'what', [TYPES[h.type] || h.type].concat(h.kind && h.type !== 'concept' ? [h.kind] : []).join(' · '));
        if (h.deepLink) {
          what.appendChild(document.createTextNode(' · '));
          var deep = el('a', '', 'open at this point ↗');
          deep.href = h.deepLink;
          deep.rel = 'noopener noreferrer';
          what.appendChild(deep);
        }
        li.appendChild(what);
        if (h.summary) { li.appendChild(el('div', 'snippet', h.summary.length > 240 ? h.summary.slice(0, 237) + '…' : h.summary)); }
        list.appendChild(li);
      });
    }).catch(function () { head.textContent = 'Search could not load its index'; });
  }

  // A graph filtered by area is its own page in a static copy.
  function graphArea() {
    var area = params().get('area');
    if (area && /^[a-z0-9-]+$/.test(area)) { window.location.replace(root + 'graph/' + area + '.html'); }
  }

  // The plan page shows the command that makes the chosen plan.
  function planCommand(code) {
    var p = params();
    var goal = p.get('goal');
    if (!goal || !/^[a-z0-9-]+$/.test(goal)) { return; }
    var select = document.querySelector('select[name=goal]');
    if (select) { select.value = goal; }
    var args = ['syllabus plan --goal ' + goal];
    ['depth', 'known', 'prefer', 'budget'].forEach(function (k) { if (p.get(k) && /^[a-z0-9.,-]+$/.test(p.get(k))) { args.push('--' + k + ' ' + p.get(k)); } });
    code.textContent = args.join(' ');
    var server = document.querySelector('[data-plan-server]');
    if (server) { server.textContent = 'http://127.0.0.1:7070/plan' + window.location.search; }
  }

  var pageInput = document.querySelector('form.search-form input[name=q]');
  if (pageInput) { searchPage(pageInput); }
  if (document.querySelector('form[data-auto-submit]') && /(^|\/)graph\.html$/.test(window.location.pathname)) { graphArea(); }
  var command = document.querySelector('[data-plan-command]');
  if (command) { planCommand(command); }
})();
