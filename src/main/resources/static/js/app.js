// Progressive enhancement only: every page works without JavaScript.
document.addEventListener('DOMContentLoaded', function () {
  // Forms marked data-autosubmit (LTI form_post hand-offs) submit themselves; the visible button is the fallback.
  document.querySelectorAll('form[data-autosubmit]').forEach(function (form) { form.submit(); });
  // Forms marked data-once cannot be submitted twice by a double click.
  document.querySelectorAll('form[data-once]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (form.dataset.submitted === 'true') { event.preventDefault(); return; }
      form.dataset.submitted = 'true';
    });
  });
});
