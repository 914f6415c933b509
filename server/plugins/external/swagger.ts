// The OpenAPI description of the API (built from the routes' TypeBox schemas) at /docs, JSON at /docs/json.
import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { readFileSync } from 'node:fs';

export default fp(
  async (app) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.0.3',
        info: {
          title: '公开 Gongkai 接口',
          description:
            '政务公开合规检查的 JSON 接口。除登录（POST /api/session）外均需登录；修改类请求须在 x-csrf-token 请求头中携带会话的 CSRF 令牌。' +
            '批量读取接口在 Accept: application/vnd.apache.arrow.stream 时返回 Arrow IPC 流。',
          version: ownVersion(),
        },
        components: {
          securitySchemes: {
            session: { type: 'apiKey', in: 'cookie', name: 'gk_session' },
            csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
          },
        },
        security: [{ session: [] }],
      },
    });
    await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });
  },
  { name: 'swagger' },
);

function ownVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
