import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { startApp, TestApp } from '../support/harness';

/** With SMS_WEBHOOK_URL set, login codes go to the deployment's SMS gateway, and only there. */
describe('SMS gateway webhook', () => {
  let t: TestApp;
  let server: Server;
  const received: { phone: string; code: string; template: string; auth?: string }[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push({ ...JSON.parse(body), auth: req.headers.authorization });
        res.writeHead(200).end('{}');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    t = await startApp({ SMS_WEBHOOK_URL: `http://127.0.0.1:${port}/sms`, SMS_WEBHOOK_TOKEN: 'gateway-token', AUTH_DEV_LOGIN_CODE: undefined });
  });
  afterAll(async () => {
    await t.close();
    server.close();
  });

  it('posts the code to the gateway, and that code signs the person in', async () => {
    expect((await t.ok('mutation { requestLoginCode(phone: "13912345678") }')).requestLoginCode).toBe(true);
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ phone: '13912345678', template: 'login-code', auth: 'Bearer gateway-token' });
    expect(received[0].code).toMatch(/^\d{6}$/);
    const d = await t.ok('mutation($c: String!) { loginWithCode(phone: "13912345678", code: $c) { token user { phone } } }', { c: received[0].code });
    expect(d.loginWithCode.user.phone).toBe('13912345678');
  });
});
