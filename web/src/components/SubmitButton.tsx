import type { ButtonHTMLAttributes } from 'react';

/**
 * A form's submit button that acts once per double click. The in-flight guard in `useAction` refuses a second
 * submit only while the first request is under way; on a fast server the first can be answered before the
 * second click of a double click lands, which would then create a second object. The browser numbers the
 * clicks of one double click in `detail` (keyboard activation is 0), so the second is dropped here.
 */
export function SubmitButton(props: Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type'>) {
  return (
    <button
      {...props}
      type="submit"
      onClick={(e) => {
        if (e.detail > 1) e.preventDefault();
        props.onClick?.(e);
      }}
    />
  );
}
