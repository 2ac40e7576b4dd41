/** Bytes sent so far of a request body, and its total (0 when the browser cannot tell). */
export interface UploadProgress {
  loaded: number;
  total: number;
}

/**
 * A `fetch` for one upload that reports the request body's progress. `fetch` cannot observe an upload, so this
 * one uses XMLHttpRequest and hands urql an ordinary Response.
 */
export function fetchWithUploadProgress(onProgress: (p: UploadProgress) => void): typeof fetch {
  return (input, init) =>
    new Promise<Response>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open(init?.method ?? 'POST', typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
      new Headers(init?.headers).forEach((value, name) => xhr.setRequestHeader(name, value));
      xhr.responseType = 'text';
      xhr.upload.onprogress = (e) => onProgress({ loaded: e.loaded, total: e.lengthComputable ? e.total : 0 });
      xhr.onload = () => {
        const headers = new Headers();
        for (const line of xhr.getAllResponseHeaders().trim().split(/[\r\n]+/)) {
          const at = line.indexOf(':');
          if (at > 0) headers.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
        }
        resolve(new Response(xhr.responseText, { status: xhr.status, statusText: xhr.statusText, headers }));
      };
      xhr.onerror = () => reject(new TypeError('The upload failed: the server could not be reached.'));
      xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
      init?.signal?.addEventListener('abort', () => xhr.abort());
      xhr.send((init?.body as XMLHttpRequestBodyInit | null) ?? null);
    });
}
