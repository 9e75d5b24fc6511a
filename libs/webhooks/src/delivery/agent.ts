import type { Agent } from 'node:http';
import { useAgent } from 'request-filtering-agent';

/** Connect-time SSRF guard: internal addresses are refused unless the allow-list names them. */
export const filteringAgentFor =
  (allowList: readonly string[]) =>
  (url: URL): Agent =>
    useAgent(url.toString(), { allowIPAddressList: allowList.filter((entry) => /^[\d.:a-f]+$/i.test(entry)) }) as Agent;
