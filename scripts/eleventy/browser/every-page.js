// Every page: what needs a script is shown only where scripts run. The page reads
// and works without it; the header's search box and the "copy" buttons appear with it.
// Run in the header as the page is parsed: the mark is on <html> before the first
// paint, so screen.css lays out [data-needs-script] from the start (no layout shift);
// clicks are caught at the document, whose buttons are not parsed yet.
document.documentElement.classList.add("scripted");

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
