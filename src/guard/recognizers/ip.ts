import { isValidIpv4 } from './checksums.ts';
import { PatternRecognizer } from './pattern-recognizer.ts';

/** IPv4 (octets validated) and IPv6 addresses; version numbers are excluded by their context. */
export const ipRecognizer = new PatternRecognizer({
  name: 'pii.ip',
  type: 'IP',
  patterns: [
    {
      name: 'ipv4',
      regex: /(?<![0-9.])(?:\d{1,3}\.){3}\d{1,3}(?![0-9]|\.\d)/g,
      score: 0.75,
      prefilter: /\d\.\d{1,3}\.\d/,
    },
    {
      name: 'ipv6-full',
      regex: /(?<![0-9A-Fa-f:])(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}(?![0-9A-Fa-f:])/g,
      score: 0.75,
      prefilter: /[0-9A-Fa-f]:[0-9A-Fa-f]{1,4}:/,
    },
    {
      name: 'ipv6-compressed',
      regex:
        /(?<![0-9A-Fa-f:])(?:[0-9A-Fa-f]{1,4}:){1,6}:(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,5})?(?![0-9A-Fa-f:])/g,
      score: 0.6,
      prefilter: /::/,
    },
  ],
  validate: (value) => (value.includes(':') ? value.split(':').length <= 8 : isValidIpv4(value)),
  context: ['ip', '地址', 'address', 'login', '登录'],
  contextBoost: 0.2,
  negativeContext: ['版本', 'version', 'v.', 'ver'],
});
