// The search page: Pagefind's index, loaded from the bundle the build writes beside
// the pages (../../pagefind/ from this file, so any base path works), queried as the
// reader submits the form. Results show the title, the session and the speakers.
const root = document.querySelector("[data-search]");
const form = root.querySelector("form");
const input = form.querySelector("input[name=q]");
const status = root.querySelector("[data-search-status]");
const list = root.querySelector("[data-search-results]");
const words = root.dataset;
root.querySelector("[data-search-without-script]").hidden = true;

let pagefind;
let latest = 0;

async function engine() {
  if (!pagefind) {
    pagefind = await import(new URL("../../pagefind/pagefind.js", import.meta.url).href);
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
  }
  return pagefind;
}

/** Pagefind's excerpt is HTML with <mark> around the matches: keep the words and the marks only. */
function excerptNodes(html) {
  const template = document.createElement("template");
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName !== "MARK") return document.createTextNode(node.textContent);
    const mark = document.createElement("mark");
    mark.textContent = node.textContent;
    return mark;
  });
}

function resultItem(data) {
  const item = document.createElement("li");
  item.className = "search-result";
  const heading = document.createElement("h2");
  heading.className = "search-result__title";
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  item.append(heading);
  const context = [data.meta.session, data.meta.speakers ? `${words.speakers} ${data.meta.speakers}` : undefined].filter(Boolean);
  if (context.length > 0) {
    const meta = document.createElement("p");
    meta.className = "search-result__meta";
    meta.textContent = context.join(" · ");
    item.append(meta);
  }
  const excerpt = document.createElement("p");
  excerpt.className = "search-result__excerpt";
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(excerpt);
  return item;
}

async function run(query) {
  const ticket = ++latest;
  root.dataset.state = "searching";
  list.replaceChildren();
  if (query === "") {
    status.textContent = "";
    root.dataset.state = "done";
    return;
  }
  status.textContent = words.searching;
  let search;
  try {
    search = await (await engine()).search(query);
  } catch (error) {
    // No index (the dev server does not write one) or a network failure: say so rather than wait forever.
    status.textContent = words.unavailable;
    root.dataset.state = "done";
    throw error;
  }
  const found = await Promise.all(search.results.slice(0, 20).map((result) => result.data()));
  // A newer query was typed meanwhile: its results win.
  if (ticket !== latest) return;
  list.replaceChildren(...found.map(resultItem));
  const count = search.results.length;
  const message = count === 0 ? words.noResult : count === 1 ? words.oneResult : words.results;
  status.textContent = message.replace("{query}", query).replace("{count}", count.toLocaleString(document.documentElement.lang));
  root.dataset.state = "done";
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const query = input.value.trim();
  const url = new URL(location.href);
  url.searchParams.set("q", query);
  history.replaceState(null, "", url);
  run(query);
});

const initial = new URL(location.href).searchParams.get("q")?.trim() ?? "";
input.value = initial;
run(initial);
