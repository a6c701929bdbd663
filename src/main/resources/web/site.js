// Syllabus: enhancements only. Every page works without this script; with it, search shows results while typing,
// links to wiki pages preview on hover, list pages sort and filter in place, and graphs zoom, pan and highlight.
// No inline script or handler is needed anywhere (the pages run under a Content-Security-Policy without them).
(function () {
  'use strict';
  var FOLDERS = { concept: 'concepts', paper: 'papers', resource: 'resources', segment: 'resources', creator: 'creators', path: 'paths', guide: 'guides' };
  var TYPES = { concept: 'Concept', paper: 'Paper', resource: 'Resource', segment: 'Part of a video or book', creator: 'Creator', path: 'Learning path', guide: 'Guide' };

  function words(id) {
    if (!id) { return ''; }
    var s = String(id).replace(/[-_]/g, ' ');
    return s.charAt(0).toUpperCase() + s.slice(1);
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  // ---- Results while typing: an ARIA combobox whose panel lists the first hits of the real search. ----
  function typeahead(input, n) {
    var api = input.getAttribute('data-suggest');
    // A static copy (syllabus export-site) searches in the browser instead of asking the server.
    var local = window.SyllabusLocal;
    var wrap = el('span', 'ta-wrap');
    input.parentNode.insertBefore(wrap, input);
    wrap.appendChild(input);
    var panel = el('ul', 'ta-panel');
    panel.id = 'ta-panel-' + n;
    panel.setAttribute('role', 'listbox');
    panel.setAttribute('aria-label', 'Results while typing');
    panel.hidden = true;
    wrap.appendChild(panel);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', panel.id);
    var timer = null, asked = '', active = -1, items = [];

    function close() {
      panel.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }
    function select(i) {
      items.forEach(function (li, j) { li.setAttribute('aria-selected', j === i ? 'true' : 'false'); });
      active = i;
      if (i >= 0) {
        input.setAttribute('aria-activedescendant', items[i].id);
        items[i].scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }
    function option(title, what, href, cls) {
      var li = el('li', cls);
      li.id = panel.id + '-' + items.length;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.setAttribute('data-href', href);
      li.appendChild(el('span', 'ta-title', title));
      if (what) { li.appendChild(el('span', 'ta-what', what)); }
      li.addEventListener('mousedown', function (e) { e.preventDefault(); window.location.href = href; });
      items.push(li);
      panel.appendChild(li);
    }
    function show(q, results) {
      panel.textContent = '';
      items = [];
      (results.hits || []).forEach(function (h) {
        var what = [TYPES[h.type] || words(h.type)];
        if (h.kind && h.type !== 'concept') { what.push(words(h.kind)); }
        if (h.creators && h.creators.length) { what.push(h.creators.slice(0, 2).join(', ')); }
        option(h.title, what.join(' · '), local ? local.href(h) : '/' + (FOLDERS[h.type] || 'resources') + '/' + h.slug);
      });
      var searchAll = local ? local.searchHref(q) : '/search?q=' + encodeURIComponent(q);
      option(results.total ? 'All ' + results.total + ' results for “' + q + '”' : 'No match for “' + q + '”: see suggestions', '', searchAll, 'ta-all');
      panel.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      select(-1);
    }
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var q = input.value.trim();
        if (q.length < 2) { close(); return; }
        if (q === asked) { return; }
        asked = q;
        var asking = local ? local.search(q, 6) : fetch(api + '?limit=6&q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } })
          .then(function (r) { return r.ok ? r.json() : null; });
        asking.then(function (results) { if (results && input.value.trim() === q) { show(q, results); } })
          .catch(function () { /* results while typing are optional */ });
      }, 120);
    });
    input.addEventListener('keydown', function (e) {
      if (panel.hidden) { return; }
      if (e.key === 'ArrowDown') { e.preventDefault(); select(Math.min(items.length - 1, active + 1)); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); select(Math.max(-1, active - 1)); }
      else if (e.key === 'Escape') { close(); }
      else if (e.key === 'Enter' && active >= 0) { e.preventDefault(); window.location.href = items[active].getAttribute('data-href'); }
    });
    input.addEventListener('blur', function () { setTimeout(close, 150); });
    input.addEventListener('focus', function () { if (items.length && input.value.trim() === asked) { panel.hidden = false; input.setAttribute('aria-expanded', 'true'); } });
  }

  // ---- Link previews: the linked page's kicker, title and summary, fetched once and shown beside the link. ----
  var PAGE = /^\/(concepts|papers|resources|creators|paths|guides)\/[a-z0-9][a-z0-9-]*$/;
  function previews() {
    if (!window.matchMedia || !window.matchMedia('(hover: hover)').matches || !window.DOMParser || !window.fetch) { return; }
    var cache = {}, box = el('div', 'preview'), showing = null, timer = null, hideTimer = null;
    box.id = 'link-preview';
    box.setAttribute('role', 'tooltip');
    box.hidden = true;
    document.body.appendChild(box);
    box.addEventListener('mouseenter', function () { clearTimeout(hideTimer); });
    box.addEventListener('mouseleave', function () { hide(); });

    function load(path) {
      if (!cache[path]) {
        cache[path] = fetch(path, { headers: { Accept: 'text/html' } }).then(function (r) { return r.ok ? r.text() : ''; }).then(function (html) {
          if (!html) { return null; }
          var doc = new DOMParser().parseFromString(html, 'text/html');
          var main = doc.querySelector('main');
          if (!main) { return null; }
          var text = function (sel) { var n = main.querySelector(sel); return n ? n.textContent.replace(/\s+/g, ' ').trim() : ''; };
          var summary = text('.summary') || text('article p:not(.kicker)');
          return { kicker: text('.kicker'), title: text('h1'), summary: summary.length > 320 ? summary.slice(0, 317) + '…' : summary };
        }).catch(function () { return null; });
      }
      return cache[path];
    }
    function place(a) {
      var r = a.getBoundingClientRect();
      var width = Math.min(384, document.documentElement.clientWidth - 16);
      var left = Math.max(8, Math.min(r.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8));
      box.style.left = left + 'px';
      box.style.top = (r.bottom + window.scrollY + 6) + 'px';
    }
    function show(a) {
      var path = a.pathname;
      load(path).then(function (p) {
        if (!p || showing !== a) { return; }
        box.textContent = '';
        if (p.kicker) { box.appendChild(el('span', 'kicker', p.kicker)); }
        box.appendChild(el('strong', '', p.title));
        if (p.summary) { box.appendChild(el('p', '', p.summary)); }
        place(a);
        box.hidden = false;
        a.setAttribute('aria-describedby', box.id);
      });
    }
    function hide() {
      clearTimeout(timer);
      box.hidden = true;
      if (showing) { showing.removeAttribute('aria-describedby'); }
      showing = null;
    }
    function candidate(t) {
      var a = t && t.closest ? t.closest('a[href]') : null;
      if (!a || a.closest('.ta-panel, svg, header.site, .preview') || a.origin !== window.location.origin) { return null; }
      return PAGE.test(a.pathname) && a.pathname !== window.location.pathname ? a : null;
    }
    function enter(e) {
      var a = candidate(e.target);
      if (!a || a === showing) { return; }
      clearTimeout(hideTimer);
      hide();
      showing = a;
      timer = setTimeout(function () { show(a); }, e.type === 'focusin' ? 0 : 350);
    }
    function leave(e) {
      var a = candidate(e.target);
      if (a && a === showing) { clearTimeout(timer); hideTimer = setTimeout(hide, 200); }
    }
    var main = document.querySelector('main');
    if (!main) { return; }
    main.addEventListener('mouseover', enter);
    main.addEventListener('mouseout', leave);
    main.addEventListener('focusin', enter);
    main.addEventListener('focusout', leave);
    document.addEventListener('keydown', function (e) { if (e.key === 'Escape') { hide(); } });
    window.addEventListener('scroll', function () { if (!box.hidden && showing) { place(showing); } }, { passive: true });
  }

  // The address follows the sorting and filtering for sharing; a page opened from file:// may refuse that.
  function keep(url) {
    try { history.replaceState(null, '', url); } catch (e) { /* the page still sorts and filters */ }
  }

  // ---- List pages: sort by a column and filter rows in place, keeping the address in step for sharing. ----
  function sortable(table) {
    var body = table.tBodies[0];
    var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
    heads.forEach(function (th, col) {
      var a = th.querySelector('a');
      if (!a) { return; }
      a.addEventListener('click', function (e) {
        e.preventDefault();
        var desc = th.getAttribute('aria-sort') === 'ascending';
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (x, y) {
          var a1 = x.cells[col].getAttribute('data-sort'), b1 = y.cells[col].getAttribute('data-sort');
          return (a1 < b1 ? -1 : a1 > b1 ? 1 : 0) * (desc ? -1 : 1);
        });
        rows.forEach(function (r) { body.appendChild(r); });
        heads.forEach(function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', desc ? 'descending' : 'ascending');
        var url = new URL(window.location.href);
        url.searchParams.set('sort', th.getAttribute('data-key'));
        if (desc) { url.searchParams.set('order', 'desc'); } else { url.searchParams.delete('order'); }
        keep(url);
      });
    });
  }
  function filtering(form) {
    var table = document.querySelector('table[data-sortable]');
    var count = document.querySelector('[data-index-count]');
    if (!table) { return; }
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var noun = count ? count.textContent.replace(/^[\d\s]+(of\s+\d+\s+)?/, '') : '';
    function apply() {
      var q = (form.elements.q ? form.elements.q.value : '').trim().toLowerCase();
      var wanted = [];
      Array.prototype.forEach.call(form.querySelectorAll('select'), function (s) { if (s.value) { wanted.push(s.name + '=' + s.value); } });
      var shown = 0;
      rows.forEach(function (r) {
        var tags = ' ' + (r.getAttribute('data-filters') || '') + ' ';
        var ok = (!q || (r.getAttribute('data-words') || r.textContent.toLowerCase()).indexOf(q) >= 0)
          && wanted.every(function (w) { return tags.indexOf(' ' + w + ' ') >= 0; });
        r.hidden = !ok;
        if (ok) { shown++; }
      });
      if (count) { count.textContent = (shown === rows.length ? rows.length : shown + ' of ' + rows.length) + ' ' + noun; }
      var url = new URL(window.location.href);
      ['q'].concat(Array.prototype.map.call(form.querySelectorAll('select'), function (s) { return s.name; })).forEach(function (name) {
        var v = form.elements[name] ? form.elements[name].value.trim() : '';
        if (v) { url.searchParams.set(name, v); } else { url.searchParams.delete(name); }
      });
      keep(url);
    }
    form.addEventListener('input', apply);
    form.addEventListener('change', apply);
    form.addEventListener('submit', function (e) { e.preventDefault(); apply(); });
  }

  // ---- Graphs: zoom and pan by changing the viewBox; a node's prerequisites and dependents light up with it. ----
  function graph(svg) {
    var box = svg.closest('.graph-box');
    var full = svg.viewBox.baseVal;
    var view = { x: full.x, y: full.y, w: full.width, h: full.height };
    var home = { x: view.x, y: view.y, w: view.w, h: view.h };
    function apply() { svg.setAttribute('viewBox', view.x + ' ' + view.y + ' ' + view.w + ' ' + view.h); }
    function zoom(f, cx, cy) {
      var w = Math.max(home.w / 12, Math.min(home.w * 1.5, view.w / f));
      var h = w * view.h / view.w;
      cx = cx === undefined ? view.x + view.w / 2 : cx;
      cy = cy === undefined ? view.y + view.h / 2 : cy;
      view.x = cx - (cx - view.x) * w / view.w;
      view.y = cy - (cy - view.y) * h / view.h;
      view.w = w; view.h = h;
      apply();
    }
    function point(e) {
      var r = svg.getBoundingClientRect();
      return { x: view.x + (e.clientX - r.left) * view.w / r.width, y: view.y + (e.clientY - r.top) * view.h / r.height };
    }
    var tools = box && box.parentNode.querySelector('.zoom[data-for="' + svg.id + '"]');
    if (tools) {
      tools.hidden = false;
      tools.querySelector('[data-zoom="in"]').addEventListener('click', function () { zoom(1.4); });
      tools.querySelector('[data-zoom="out"]').addEventListener('click', function () { zoom(1 / 1.4); });
      tools.querySelector('[data-zoom="fit"]').addEventListener('click', function () { view = { x: home.x, y: home.y, w: home.w, h: home.h }; apply(); });
    }
    svg.addEventListener('wheel', function (e) {
      if (!e.ctrlKey && !e.metaKey && !svg.classList.contains('wheel-zoom')) { return; }
      e.preventDefault();
      var p = point(e);
      zoom(e.deltaY < 0 ? 1.15 : 1 / 1.15, p.x, p.y);
    }, { passive: false });
    var pointers = {}, drag = null, pinch = null, moved = false;
    svg.addEventListener('pointerdown', function (e) {
      pointers[e.pointerId] = { x: e.clientX, y: e.clientY };
      var ids = Object.keys(pointers);
      if (ids.length === 1) { drag = { x: e.clientX, y: e.clientY, vx: view.x, vy: view.y }; moved = false; }
      if (ids.length === 2) {
        var a = pointers[ids[0]], b = pointers[ids[1]];
        pinch = { d: Math.hypot(a.x - b.x, a.y - b.y), w: view.w };
        drag = null;
      }
    });
    svg.addEventListener('pointermove', function (e) {
      if (!pointers[e.pointerId]) { return; }
      pointers[e.pointerId] = { x: e.clientX, y: e.clientY };
      var r = svg.getBoundingClientRect();
      if (pinch) {
        var ids = Object.keys(pointers), a = pointers[ids[0]], b = pointers[ids[1]];
        var d = Math.hypot(a.x - b.x, a.y - b.y);
        if (d > 0) { zoom(view.w / (pinch.w * pinch.d / d)); }
      } else if (drag) {
        var dx = e.clientX - drag.x, dy = e.clientY - drag.y;
        if (Math.abs(dx) + Math.abs(dy) > 4) { moved = true; svg.setPointerCapture(e.pointerId); }
        if (moved) {
          view.x = drag.vx - dx * view.w / r.width;
          view.y = drag.vy - dy * view.h / r.height;
          apply();
        }
      }
    });
    function up(e) { delete pointers[e.pointerId]; if (Object.keys(pointers).length < 2) { pinch = null; } if (!Object.keys(pointers).length) { drag = null; } }
    svg.addEventListener('pointerup', up);
    svg.addEventListener('pointercancel', up);
    // A drag that moved is a pan, not a click on the node it started on.
    svg.addEventListener('click', function (e) { if (moved) { e.preventDefault(); moved = false; } }, true);

    var nodes = {}, edges = Array.prototype.slice.call(svg.querySelectorAll('.edges path[data-from]'));
    Array.prototype.forEach.call(svg.querySelectorAll('a.node[data-slug]'), function (a) { nodes[a.getAttribute('data-slug')] = a; });
    function light(slug) {
      svg.classList.add('focusing');
      nodes[slug].classList.add('focus');
      edges.forEach(function (p) {
        var f = p.getAttribute('data-from'), t = p.getAttribute('data-to');
        if (f === slug || t === slug) {
          p.classList.add('hl');
          nodes[f === slug ? t : f].classList.add('hl');
        }
      });
    }
    function dark() {
      svg.classList.remove('focusing');
      Array.prototype.forEach.call(svg.querySelectorAll('.hl, .focus'), function (n) { n.classList.remove('hl'); n.classList.remove('focus'); });
    }
    Object.keys(nodes).forEach(function (slug) {
      var a = nodes[slug];
      a.addEventListener('mouseenter', function () { dark(); light(slug); });
      a.addEventListener('mouseleave', dark);
      a.addEventListener('focus', function () { dark(); light(slug); });
      a.addEventListener('blur', dark);
    });
  }

  function autoSubmit(form) {
    Array.prototype.forEach.call(form.querySelectorAll('select'), function (s) {
      s.addEventListener('change', function () { form.submit(); });
    });
    var button = form.querySelector('button[type=submit]');
    if (button) { button.classList.add('secondary'); }
  }

  Array.prototype.forEach.call(document.querySelectorAll('input[data-suggest]'), typeahead);
  Array.prototype.forEach.call(document.querySelectorAll('table[data-sortable]'), sortable);
  Array.prototype.forEach.call(document.querySelectorAll('form[data-index-filter]'), filtering);
  Array.prototype.forEach.call(document.querySelectorAll('svg.graph[id]'), graph);
  Array.prototype.forEach.call(document.querySelectorAll('form[data-auto-submit]'), autoSubmit);
  previews();
})();
