// Every page: what needs a script is shown only where scripts run. The page reads
// and works without it; the header's search box and the "copy" buttons appear with it.
// Loaded in the header, as the page is parsed: what it shows later in the page
// is shown once the page is parsed, and clicks are caught at the document.
const showScripted = () => {
  for (const element of document.querySelectorAll("[data-needs-script]")) element.hidden = false;
};
showScripted();
document.addEventListener("DOMContentLoaded", showScripted);

document.addEventListener("click", async (event) => {
  const button = event.target instanceof Element ? event.target.closest("button[data-copy]") : null;
  if (!button) return;
  const source = document.getElementById(button.dataset.copy);
  const status = document.getElementById(button.dataset.status);
  if (!source) return;
  const text = source.textContent.replace(/\s+/g, " ").trim();
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // No clipboard access (an http page, a refused permission): select the text for the reader to copy.
    const range = document.createRange();
    range.selectNodeContents(source);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    return;
  }
  if (status) status.textContent = status.dataset.done;
});
