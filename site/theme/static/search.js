// The /search/ page, enhanced: results and the answer card update as the
// reader types (debounced), from /api/search and /api/ask when an mwp server
// is there, else from the Pagefind bundle of a static deployment. Without
// JavaScript the form submits to /search/?q= and the server renders the same
// markup. Every string from a response is inserted as text; snippets keep
// only their <mark> elements.
(function () {
  "use strict";
  var DEBOUNCE_MS = 220;
  var form = document.querySelector(".search-form");
  var input = document.getElementById("search-q");
  var results = document.getElementById("search-results");
  if (!form || !input || !results) return;

  var backend = null; // "api", "pagefind" or "none", found on first use
  var pagefind = null;
  var timer = 0;
  var latest = 0;
  var category = new URLSearchParams(location.search).get("category") || "";

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function link(href, text) {
    var a = el("a", "", text);
    a.href = href;
    return a;
  }

  // Text and <mark> only: any other markup in `html` becomes its text.
  function markedText(html, into) {
    var doc = new DOMParser().parseFromString("<body>" + html + "</body>", "text/html");
    (function copy(from, to) {
      from.childNodes.forEach(function (node) {
        if (node.nodeType === Node.TEXT_NODE) {
          to.appendChild(document.createTextNode(node.textContent));
        } else if (node.nodeType === Node.ELEMENT_NODE) {
          if (node.tagName === "MARK") {
            var mark = el("mark");
            copy(node, mark);
            to.appendChild(mark);
          } else {
            copy(node, to);
          }
        }
      });
    })(doc.body, into);
    return into;
  }

  function pageUrl(q, cat, page, nocorrect) {
    var params = new URLSearchParams();
    params.set("q", q);
    if (cat) params.set("category", cat);
    if (page > 1) params.set("page", String(page));
    if (nocorrect) params.set("nocorrect", "1");
    return "/search/?" + params.toString();
  }

  function renderAnswer(answer) {
    var card = el("section", "answer-card");
    card.setAttribute("aria-labelledby", "answer-question");
    card.appendChild(el("p", "answer-kicker", "Answer"));
    var h = el("h2", "", answer.question);
    h.id = "answer-question";
    card.appendChild(h);
    var text = el("div", "answer-text");
    String(answer.answer || "").split("\n").forEach(function (para) {
      if (para) text.appendChild(el("p", "", para));
    });
    card.appendChild(text);
    var source = el("p", "answer-source", "From ");
    source.appendChild(link(answer.article_url, answer.article_title));
    card.appendChild(source);
    return card;
  }

  function renderHit(hit) {
    var li = el("li", "search-hit");
    var h = el("h2");
    h.appendChild(link(hit.url, hit.title));
    li.appendChild(h);
    var meta = el("p", "hit-meta");
    if (hit.category) meta.appendChild(link(hit.category_url || "#", hit.category));
    if (hit.reviewed) {
      meta.appendChild(document.createTextNode((hit.category ? " · " : "") + "Reviewed "));
      var time = el("time", "", hit.reviewed);
      time.setAttribute("datetime", hit.reviewed);
      meta.appendChild(time);
    }
    if (meta.childNodes.length) li.appendChild(meta);
    li.appendChild(markedText(hit.snippet || "", el("p", "hit-snippet")));
    return li;
  }

  function renderFacets(body) {
    var nav = el("nav", "search-facets");
    nav.setAttribute("aria-label", "Filter by topic");
    var ul = el("ul");
    var all = el("li");
    all.appendChild(link(pageUrl(body.query, "", 1), "All topics"));
    ul.appendChild(all);
    body.facets.forEach(function (facet) {
      var li = el("li", "depth-" + facet.depth);
      var a = link(pageUrl(body.query, facet.path, 1), facet.name);
      a.dataset.category = facet.path;
      if (facet.path === body.category) a.setAttribute("aria-current", "true");
      li.appendChild(a);
      li.appendChild(document.createTextNode(" "));
      li.appendChild(el("span", "count", facet.count));
      ul.appendChild(li);
    });
    nav.appendChild(ul);
    return nav;
  }

  function render(body, answers) {
    var out = document.createDocumentFragment();
    if (answers && answers.length) out.appendChild(renderAnswer(answers[0]));
    if (body.error) {
      var error = el("p", "search-error", body.error);
      error.setAttribute("role", "alert");
      out.appendChild(error);
    } else {
      if (body.corrected) {
        var p = el("p", "search-suggestion", "Showing results for ");
        p.appendChild(link(pageUrl(body.suggestion, body.category, 1), body.suggestion));
        p.appendChild(document.createTextNode(". "));
        p.appendChild(link(pageUrl(body.query, body.category, 1, true), "Search instead for “" + body.query + "”"));
        out.appendChild(p);
      } else if (body.suggestion) {
        var d = el("p", "search-suggestion", "Did you mean ");
        d.appendChild(link(pageUrl(body.suggestion, body.category, 1), body.suggestion));
        d.appendChild(document.createTextNode("?"));
        out.appendChild(d);
      }
      var count = el("p", "search-count", body.total + (body.total === 1 ? " result" : " results"));
      count.setAttribute("role", "status");
      out.appendChild(count);
      if (body.facets && body.facets.length) out.appendChild(renderFacets(body));
      if (body.hits.length) {
        var ol = el("ol", "search-hits");
        body.hits.forEach(function (hit) { ol.appendChild(renderHit(hit)); });
        out.appendChild(ol);
      } else {
        out.appendChild(el("p", "search-empty", "Nothing matched. Try fewer or different words."));
      }
      if (body.pages > 1) {
        var pages = el("nav", "search-pages");
        pages.setAttribute("aria-label", "Result pages");
        if (body.page > 1) pages.appendChild(link(pageUrl(body.query, body.category, body.page - 1), "Previous"));
        pages.appendChild(el("span", "", "Page " + body.page + " of " + body.pages));
        if (body.page < body.pages) pages.appendChild(link(pageUrl(body.query, body.category, body.page + 1), "Next"));
        out.appendChild(pages);
      }
    }
    results.replaceChildren(out);
    results.classList.remove("search-pending");
  }

  function getJson(url) {
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (response) {
      var type = response.headers.get("Content-Type") || "";
      if (type.indexOf("application/json") === -1) throw new Error("no search API");
      return response.json();
    });
  }

  function searchApi(q, page, nocorrect) {
    var params = new URLSearchParams({ q: q });
    if (category) params.set("category", category);
    if (page > 1) params.set("page", String(page));
    if (nocorrect) params.set("nocorrect", "1");
    var ask = page > 1 ? Promise.resolve(null) : getJson("/api/ask?" + new URLSearchParams({ q: q })).catch(function () { return null; });
    return Promise.all([getJson("/api/search?" + params.toString()), ask]).then(function (both) {
      return { body: both[0], answers: both[1] && both[1].answers };
    });
  }

  function searchPagefind(q) {
    var loading = pagefind ? Promise.resolve(pagefind) : import("/pagefind/pagefind.js").then(function (module) {
      pagefind = module;
      return module;
    });
    return loading.then(function (pf) { return pf.search(q); }).then(function (search) {
      var top = search.results.slice(0, 10);
      return Promise.all(top.map(function (r) { return r.data(); })).then(function (data) {
        return {
          body: {
            query: q, category: "", total: search.results.length, page: 1, pages: 1, facets: [],
            suggestion: "", corrected: false,
            hits: data.map(function (d) {
              return { title: (d.meta && d.meta.title) || d.url, url: d.url, snippet: d.excerpt };
            })
          },
          answers: null
        };
      });
    });
  }

  function run(q, page, nocorrect) {
    var ticket = ++latest;
    if (!q.trim()) {
      results.replaceChildren();
      return;
    }
    results.classList.add("search-pending");
    var attempt;
    if (backend === "pagefind") {
      attempt = searchPagefind(q);
    } else {
      attempt = searchApi(q, page, nocorrect).then(function (r) {
        backend = "api";
        return r;
      }, function () {
        if (backend === "api") throw new Error("search failed");
        backend = "pagefind";
        return searchPagefind(q);
      });
    }
    attempt.then(function (r) {
      if (ticket === latest) render(r.body, r.answers);
    }, function () {
      if (ticket !== latest) return;
      backend = backend === "api" ? "api" : "none";
      render({ error: "Search is not available right now." }, null);
    });
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var q = input.value;
      history.replaceState(null, "", q.trim() ? pageUrl(q, category, 1) : "/search/");
      run(q, 1, false);
    }, DEBOUNCE_MS);
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    history.replaceState(null, "", pageUrl(input.value, category, 1));
    run(input.value, 1, false);
  });

  results.addEventListener("click", function (event) {
    var a = event.target.closest && event.target.closest(".search-facets a, .search-pages a, .search-suggestion a");
    if (!a || backend === "pagefind") return;
    event.preventDefault();
    var params = new URL(a.href).searchParams;
    category = params.get("category") || "";
    input.value = params.get("q") || "";
    history.pushState(null, "", a.href);
    run(input.value, Number(params.get("page") || 1), params.get("nocorrect") === "1");
  });

  window.addEventListener("popstate", function () {
    var params = new URLSearchParams(location.search);
    category = params.get("category") || "";
    input.value = params.get("q") || "";
    run(input.value, Number(params.get("page") || 1), params.get("nocorrect") === "1");
  });

  // A static /search/?q= page (no server rendering): search on arrival.
  var initial = new URLSearchParams(location.search);
  if (initial.get("q") && results.dataset.rendered !== "true") {
    input.value = initial.get("q");
    run(input.value, Number(initial.get("page") || 1), initial.get("nocorrect") === "1");
  }
})();
