/** Posts one file as multipart/form-data through a test client (as a browser form would). */
import type { Client } from "../../../../../tests/helpers/app.ts";

export function multipartBody(field: string, filename: string, content: Buffer, contentType: string) {
  const boundary = `----thidua${Math.random().toString(16).slice(2)}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}

export function upload(
  client: Client,
  url: string,
  file: { filename: string; content: Buffer; contentType?: string; field?: string },
) {
  const { payload, headers } = multipartBody(
    file.field ?? "file",
    file.filename,
    file.content,
    file.contentType ?? "application/octet-stream",
  );
  return client.request({ method: "POST", url, payload, headers });
}
