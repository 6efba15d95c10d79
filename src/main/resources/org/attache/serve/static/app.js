// The workbench's only script, served as a file (the Content-Security-Policy allows no inline script):
// changing the sort order submits the form; Escape closes the query-syntax popover.
document.addEventListener("DOMContentLoaded", () => {
  for (const select of document.querySelectorAll("select.autosubmit")) {
    select.addEventListener("change", () => select.form.submit());
  }
  document.addEventListener("keydown", (e) => {
    const help = document.getElementById("help");
    if (e.key === "Escape" && help) {
      help.open = false;
    }
  });
});
