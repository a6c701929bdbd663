// Labs: recompute as the learner types. Without this script each lab's form posts to its lab page, which renders
// the result on the server; with it, the same page is fetched in the background and its result region swapped in.
(function () {
  "use strict";
  var DELAY = 300;

  function params(form) {
    var data = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (value !== "") { data.append(name, value); }
    });
    return data;
  }

  function update(form) {
    var lab = form.getAttribute("data-lab");
    var target = form.parentNode.querySelector('[data-lab-result="' + lab + '"]');
    if (!target) { return; }
    var data = params(form);
    var post = form.method.toLowerCase() === "post";
    var url = form.action + (post ? "" : "?" + data.toString());
    var ticket = (form.labTicket || 0) + 1;
    form.labTicket = ticket;
    target.setAttribute("aria-busy", "true");
    fetch(url, post ? { method: "POST", body: data, headers: { "Accept": "text/html" } } : { headers: { "Accept": "text/html" } })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        if (form.labTicket !== ticket) { return; } // a newer request is on its way
        var page = new DOMParser().parseFromString(html, "text/html");
        var fresh = page.querySelector('[data-lab-result="' + lab + '"]');
        if (fresh) {
          target.innerHTML = fresh.innerHTML;
        } else {
          var box = page.querySelector(".warning, main");
          target.innerHTML = "";
          var p = document.createElement("p");
          p.className = "warning";
          p.textContent = box ? box.textContent.trim() : "The lab could not answer.";
          target.appendChild(p);
        }
        markInvalid(form, target);
      })
      .catch(function () {
        if (form.labTicket === ticket) { target.setAttribute("data-stale", "true"); }
      })
      .finally(function () {
        if (form.labTicket === ticket) { target.removeAttribute("aria-busy"); }
      });
  }

  // The refusal names its field first ("width: must be ..."): mark that control, so it is the one announced.
  function markInvalid(form, target) {
    var alert = target.querySelector('[role="alert"]');
    var field = alert ? alert.textContent.trim().split(":")[0] : "";
    Array.prototype.forEach.call(form.elements, function (el) {
      if (el.name && el.name === field) { el.setAttribute("aria-invalid", "true"); } else { el.removeAttribute("aria-invalid"); }
    });
  }

  function wire(form) {
    var timer = null;
    form.classList.add("lab-live");
    function soon() {
      clearTimeout(timer);
      timer = setTimeout(function () { update(form); }, DELAY);
    }
    form.addEventListener("input", soon);
    form.addEventListener("change", soon);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      clearTimeout(timer);
      update(form);
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll("form.lab-form"), wire);
})();
