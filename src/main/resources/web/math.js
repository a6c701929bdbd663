// Typesets the page's formulas with the vendored KaTeX. Without JavaScript (or if KaTeX fails on one) the TeX stays
// readable as text. katex.render builds elements rather than HTML strings, so no inline script or markup is injected.
(function () {
  if (!window.katex) { return; }
  Array.prototype.forEach.call(document.querySelectorAll('.math'), function (el) {
    var tex = el.textContent;
    try {
      window.katex.render(tex, el, { displayMode: el.classList.contains('display'), throwOnError: false, output: 'htmlAndMathml' });
      el.classList.add('typeset');
      el.setAttribute('data-tex', tex);
    } catch (e) { /* the TeX stays as it was */ }
  });
})();
