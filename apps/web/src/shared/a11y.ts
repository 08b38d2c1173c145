/**
 * Ant Design's Progress renders role="progressbar" without an accessible name (axe:
 * aria-progressbar-name, serious). Until it takes one, every progress bar that has no name gets
 * "进度 N%" / "Progress N%" as it appears. Loaded once by each app's entry.
 */
function nameProgressBars(root: ParentNode) {
  const zh = (document.documentElement.lang || 'zh-CN').startsWith('zh');
  root.querySelectorAll?.('[role="progressbar"]:not([aria-label]):not([aria-labelledby])').forEach((el) => {
    const value = el.getAttribute('aria-valuenow');
    el.setAttribute('aria-label', `${zh ? '进度' : 'Progress'}${value !== null ? ` ${value}%` : ''}`);
  });
}

if (typeof document !== 'undefined' && typeof MutationObserver !== 'undefined') {
  const start = () => {
    nameProgressBars(document);
    new MutationObserver(() => nameProgressBars(document)).observe(document.body, { childList: true, subtree: true });
  };
  if (document.body) start();
  else document.addEventListener('DOMContentLoaded', start);
}
