// Suggestions while typing in search boxes. The forms work without this script: it only fills a <datalist>.
(function () {
  var inputs = document.querySelectorAll('input[data-suggest]');
  Array.prototype.forEach.call(inputs, function (input, n) {
    var list = document.createElement('datalist');
    list.id = 'suggest-' + n;
    input.setAttribute('list', list.id);
    input.parentNode.appendChild(list);
    var timer = null, last = '';
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var q = input.value.trim();
        if (q.length < 2 || q === last) { return; }
        last = q;
        fetch('/api/v1/suggest?q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } })
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (items) {
            list.textContent = '';
            items.forEach(function (item) {
              var option = document.createElement('option');
              option.value = item.text || item;
              if (item.title && item.title !== item.text) { option.label = item.title; }
              list.appendChild(option);
            });
          })
          .catch(function () { /* suggestions are optional */ });
      }, 120);
    });
  });
})();
