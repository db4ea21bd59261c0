// Hands text the app fetched (a calendar file, a chat export) to the browser as a file download.

/** Hands text to the browser as a file download named `name`. */
export function saveText(text, name, type) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
