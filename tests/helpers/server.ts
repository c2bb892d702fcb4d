// The full app listening on 127.0.0.1, with the study's topic list and the built client.
import { startTestApp } from './app.ts';

export async function startTestServer(): Promise<{ url: string; close(): Promise<void> }> {
  const { app, close } = await startTestApp({ studyTopicList: true });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return { url: address, close };
}
