// Every page: what needs a script is shown only where scripts run. The page reads
// and works without it; the header's search box and the "copy" buttons appear with it.
for (const element of document.querySelectorAll("[data-needs-script]")) element.hidden = false;

for (const button of document.querySelectorAll("button[data-copy]")) {
  button.addEventListener("click", async () => {
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
}
