// Refusals shown as the server words them, with its code, in one banner at the top; a server that wants a read
// key gets a field to give one (kept for this tab only).
import { ApiError, readKey } from './api';
import { h, replaceChildren } from './dom';

let banner: HTMLElement | null = null;
let retry: () => void = () => {};

export function mountErrors(element: HTMLElement, onRetry: () => void): void {
  banner = element;
  retry = onRetry;
}

export function clearError(): void {
  if (!banner) return;
  banner.hidden = true;
  banner.replaceChildren();
}

export function showError(error: unknown): void {
  if (!banner) return;
  const code = error instanceof ApiError ? error.code : 'CLIENT_ERROR';
  const message = error instanceof Error ? error.message : String(error);
  const keyForm =
    code === 'UNAUTHENTICATED' || code === 'FORBIDDEN'
      ? h(
          'form',
          {
            class: 'key-form',
            onsubmit: (event) => {
              event.preventDefault();
              readKey.set(((event.target as HTMLFormElement).elements.namedItem('key') as HTMLInputElement).value.trim());
              clearError();
              retry();
            },
          },
          h('label', {}, 'Read key ', h('input', { name: 'key', type: 'password', autocomplete: 'off', required: true })),
          h('button', { type: 'submit' }, 'Use it'),
        )
      : null;
  replaceChildren(banner, h('strong', {}, code === 'NETWORK' ? 'No answer. ' : 'The server refused this. '), message, ' ', h('code', {}, code), keyForm);
  banner.hidden = false;
}
