import { describe, expect, it } from 'vitest';
import { charsetOfContentType, declaredCharset, decodeText } from '../../src/sources/decode-text';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('refuses a file over the size limit without decoding it', () => {
    expect(decodeText(new Uint8Array(40 * 1024 * 1024))).toEqual({ reason: expect.stringMatching(/over the .*-byte limit/) });
  });

  it.each([
    ['UTF-8', bytes('Café'), undefined, { text: 'Café' }],
    ['Latin-1 bytes with no charset named', Uint8Array.from([0x43, 0x61, 0x66, 0xe9]), undefined, { reason: 'not UTF-8 text' }],
    ['Latin-1 bytes with their charset named', Uint8Array.from([0x43, 0x61, 0x66, 0xe9]), 'ISO-8859-1', { text: 'Café' }],
    ['an unknown charset', bytes('x'), 'klingon-8', { reason: 'unknown character set "klingon-8"' }],
    ['white space only', bytes(' \n\t'), undefined, { reason: 'file holds only white space' }],
    ['NUL bytes', Uint8Array.from([0x41, 0x00, 0x42]), undefined, { reason: 'binary file (NUL bytes), not text' }],
  ])('%s', (_, input, charset, expected) => {
    expect(decodeText(input, charset)).toEqual(expected);
  });
});

describe('charsets', () => {
  it.each([
    ['text/html; charset=ISO-8859-1', 'ISO-8859-1'],
    ['application/rss+xml;charset="windows-1252"', 'windows-1252'],
    ['text/html', null],
    [null, null],
  ])('Content-Type %j names %j', (header, charset) => {
    expect(charsetOfContentType(header)).toBe(charset);
  });

  it.each([
    ['<?xml version="1.0" encoding="ISO-8859-2"?><rss>', 'ISO-8859-2'],
    ['<!doctype html><html><head><meta charset="windows-1252">', 'windows-1252'],
    ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r">', 'koi8-r'],
    ['<!doctype html><html><head><title>x</title>', null],
  ])('%j declares %j', (head, charset) => {
    expect(declaredCharset(bytes(head))).toBe(charset);
  });
});
