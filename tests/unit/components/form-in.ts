import { act } from 'preact/test-utils';

/** A reader's moves on a rendered form inside `container`, each flushed through Preact. */
export function formIn(container: HTMLElement) {
  const button = (label: string) =>
    [...container.querySelectorAll('button')].find((b) => b.textContent === label) as HTMLButtonElement;
  return {
    button,
    async click(label: string) {
      await act(async () => {
        button(label).click();
      });
    },
    async type(text: string) {
      const textarea = container.querySelector('textarea')!;
      await act(async () => {
        textarea.value = text;
        textarea.dispatchEvent(new Event('input', { bubbles: true }));
      });
    },
    async submit() {
      await act(async () => {
        container
          .querySelector('form')!
          .dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      });
    },
  };
}
