/**
 * 跳到主要内容: the first Tab stop of every page, shown only when focused, so a keyboard user
 * skips the side menu. Focuses the element with id `target` (which needs tabIndex -1).
 */
export function SkipLink({ target }: { target: string }) {
  return (
    <a
      className="skip-link"
      href={`#${target}`}
      onClick={(e) => {
        e.preventDefault();
        document.getElementById(target)?.focus();
      }}
    >
      跳到主要内容
    </a>
  );
}
