import { describe, expect, it } from 'vitest';
import { sanitizeAnnotationKey, sanitizeDnsDomain, sanitizeDnsLabel, sanitizeK8sValue, sanitizeLabelValue } from '../../src/mapping/names.js';

// The examples of the reference translator's own unit tests (translation.md §2.8).
describe('name sanitizers', () => {
  it('match the reference examples', () => {
    expect(sanitizeK8sValue('$edgeHub')).toBe('edgehub');
    expect(sanitizeK8sValue('---a-0---')).toBe('---a-0---');
    expect(sanitizeK8sValue('my_module')).toBe('mymodule');
    expect(sanitizeDnsLabel('/home/blah')).toBe('homeblah');
    expect(sanitizeDnsLabel('/home/data/test')).toBe('homedatatest');
    expect(sanitizeDnsLabel('---a-z-/--1')).toBe('a-z---1');
    expect(sanitizeDnsLabel('___')).toBeUndefined();
    expect(sanitizeLabelValue('a$?/-b#@_c=+.d')).toBe('a-b_c.d');
    expect(sanitizeAnnotationKey('K8S.IO/---a-0--')).toBe('k8s.io/a-0');
    expect(sanitizeAnnotationKey("Complicated Value that doesn't fit in k8s label name")).toBe('ComplicatedValuethatdoesntfitink8slabelname');
    expect(sanitizeDnsDomain('dockeruser-index.docker.io')).toBe('dockeruser-index.docker.io');
    expect(sanitizeDnsDomain('1111-2222')).toBeUndefined();
    expect(sanitizeDnsLabel('x'.repeat(64))).toBeUndefined();
  });
});
