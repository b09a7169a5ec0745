// labels.Parse, word for word. Every expected text below is what kubectl v1.32.4 printed for
// `kubectl top pod -l SELECTOR` (top parses the selector on the client with the same
// k8s.io/apimachinery/pkg/labels as the v1.32 API server, and prints "error: " + the error), e.g.
//   KUBECONFIG=/tmp/kc/closed-port kubectl top pod -l 'app in (a'
// null: the binary accepted the selector (it went on to ask for the Metrics API).
import { describe, expect, it } from 'vitest';
import { matchesLabels, parseLabelSelector } from './label-selectors';

const golden: [selector: string, error: string | null][] = [
  ['=kuard', "found '=', expected: !, identifier, or 'end of string'"],
  ['app=kuard,', "found '', expected: identifier after ','"],
  ['app!kuard', "unable to parse requirement: found '!', expected: in, notin, =, ==, !=, gt, lt"],
  ['app==kuard==', "found '==', expected: ',' or 'end of string'"],
  ['app in (a', "unable to parse requirement: found '', expected: ',' or ')'"],
  ['app notin', "unable to parse requirement: found '' expected: '('"],
  ['app notin (', "unable to parse requirement: found '', expected: ',', ')' or identifier"],
  ['app in ()', null],
  ['a b', "unable to parse requirement: found 'b', expected: in, notin, =, ==, !=, gt, lt"],
  [
    'app>x',
    "unable to parse requirement: values[0]: Invalid value: \"x\": for 'Gt', 'Lt' operators, the value must be an integer",
  ],
  [
    'app<',
    "unable to parse requirement: values[0]: Invalid value: \"\": for 'Gt', 'Lt' operators, the value must be an integer",
  ],
  [
    'app>-1',
    "unable to parse requirement: values[0][app]: Invalid value: \"-1\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
  ],
  [
    'app>+5',
    "unable to parse requirement: values[0][app]: Invalid value: \"+5\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
  ],
  [
    'app>99999999999999999999',
    "unable to parse requirement: values[0]: Invalid value: \"99999999999999999999\": for 'Gt', 'Lt' operators, the value must be an integer",
  ],
  ['app!!=x', "unable to parse requirement: found '!', expected: in, notin, =, ==, !=, gt, lt"],
  ['!', "unable to parse requirement: found '', expected: identifier"],
  ['!app=x', "found '=', expected: ',' or 'end of string'"],
  ['!app', null],
  ['! app', null],
  ['!!app', "unable to parse requirement: found '!', expected: identifier"],
  [
    'ap$p=x',
    "unable to parse requirement: <nil>: Invalid value: \"ap$p\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
  ],
  [
    'app=k$',
    "unable to parse requirement: values[0][app]: Invalid value: \"k$\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
  ],
  [
    'app in (a,b$,c%)',
    "unable to parse requirement: [values[1][app]: Invalid value: \"b$\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?'), values[2][app]: Invalid value: \"c%\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')]",
  ],
  [
    'app in (c%,b$,a)',
    "unable to parse requirement: [values[1][app]: Invalid value: \"b$\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?'), values[2][app]: Invalid value: \"c%\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')]",
  ],
  [
    'a/b/c',
    "unable to parse requirement: <nil>: Invalid value: \"a/b/c\": a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')",
  ],
  ['/a', 'unable to parse requirement: <nil>: Invalid value: "/a": prefix part must be non-empty'],
  [
    'a/',
    "unable to parse requirement: <nil>: Invalid value: \"a/\": name part must be non-empty; name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
  ],
  [
    'A_b.c/x',
    "unable to parse requirement: <nil>: Invalid value: \"A_b.c/x\": prefix part a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
  ],
  ['example.com/app=x', null],
  [
    'Example.com/app=x',
    "unable to parse requirement: <nil>: Invalid value: \"Example.com/app\": prefix part a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
  ],
  ['x,,y', "found ',', expected: identifier after ','"],
  [',', "found ',', expected: !, identifier, or 'end of string'"],
  ['app=kuard)', "found ')', expected: ',' or 'end of string'"],
  ['(', "found '(', expected: !, identifier, or 'end of string'"],
  [')', "found ')', expected: !, identifier, or 'end of string'"],
  ['app=(a)', "unable to parse requirement: found '(', expected: identifier"],
  ['app in (a b)', "unable to parse requirement: found 'b', expected: ',' or ')'"],
  ['app in (a,)', null],
  ['app in (,a)', null],
  ['app in (,,)', "unable to parse requirement: found ')', expected: ',', or identifier"],
  ['app in (a,,b)', null],
  ['app=a=b', "found '=', expected: ',' or 'end of string'"],
  ['a!b', "unable to parse requirement: found '!', expected: in, notin, =, ==, !=, gt, lt"],
  [
    'app=="x"',
    "unable to parse requirement: values[0][app]: Invalid value: \"\\\"x\\\"\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
  ],
  ['app in (a)b', "found 'b', expected: ',' or 'end of string'"],
  ['app in a', "unable to parse requirement: found 'a' expected: '('"],
  ['app notin (x),tier', null],
  ['app=', null],
  ['app!=', null],
  ['app==', null],
  ['app=,b', null],
  ['app,', "found '', expected: identifier after ','"],
  [' app = kuard ', null],
  ['app\t=\tkuard', null],
  ['in=x', null],
  ['notin in (in,notin)', null],
  ['app>1,app<5', null],
  ['app=>x', "unable to parse requirement: found '>', expected: identifier"],
  ['app=!x', "unable to parse requirement: found '!', expected: identifier"],
  ['app=<x', "unable to parse requirement: found '<', expected: identifier"],
  ['app<>x', "unable to parse requirement: found '>', expected: identifier"],
  [
    'app=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
    'unable to parse requirement: values[0][app]: Invalid value: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa": must be no more than 63 characters',
  ],
  [
    'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa=x',
    'unable to parse requirement: <nil>: Invalid value: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa": name part must be no more than 63 characters',
  ],
  [
    'app=kü',
    "unable to parse requirement: values[0][app]: Invalid value: \"kü\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
  ],
  [
    'äpp=x',
    "unable to parse requirement: <nil>: Invalid value: \"äpp\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
  ],
  [
    'app=a"b',
    "unable to parse requirement: values[0][app]: Invalid value: \"a\\\"b\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
  ],
  [
    'app in (a$,a$)',
    "unable to parse requirement: values[0][app]: Invalid value: \"a$\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
  ],
  [
    '-a=x',
    "unable to parse requirement: <nil>: Invalid value: \"-a\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
  ],
  [
    'a-=x',
    "unable to parse requirement: <nil>: Invalid value: \"a-\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
  ],
  [
    'app=-x',
    "unable to parse requirement: values[0][app]: Invalid value: \"-x\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
  ],
  [
    'app>1x',
    "unable to parse requirement: values[0]: Invalid value: \"1x\": for 'Gt', 'Lt' operators, the value must be an integer",
  ],
  [
    'app>x$',
    "unable to parse requirement: [values[0]: Invalid value: \"x$\": for 'Gt', 'Lt' operators, the value must be an integer, values[0][app]: Invalid value: \"x$\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')]",
  ],
  [
    'app in (b$,a$)',
    "unable to parse requirement: [values[0][app]: Invalid value: \"a$\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?'), values[1][app]: Invalid value: \"b$\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')]",
  ],
  ['a/b=c', null],
  ['app=a,tier!=b,!c,d in (e),f notin (g)', null],
  ['app==kuard,', "found '', expected: identifier after ','"],
  ['app in (a)),', "found ')', expected: ',' or 'end of string'"],
  ['app=x y', "found 'y', expected: ',' or 'end of string'"],
  [
    'x=a$,y=b$',
    "unable to parse requirement: values[0][x]: Invalid value: \"a$\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
  ],
];

describe('labels.Parse (verified against kubectl v1.32.4)', () => {
  it.each(golden)('%j', (selector, error) => {
    const parsed = parseLabelSelector(selector);
    expect(parsed.ok ? null : parsed.message).toBe(error);
  });
});

describe('label selector matching', () => {
  const match = (selector: string, labels: Record<string, string>) => {
    const parsed = parseLabelSelector(selector);
    if (!parsed.ok) throw new Error(parsed.message);
    return matchesLabels(parsed.selector, labels);
  };

  it('reads in/notin as values after an operator, and empty values as ""', () => {
    expect(match('notin in (in,notin)', { notin: 'in' })).toBe(true);
    expect(match('in=x', { in: 'x' })).toBe(true);
    expect(match('app=', { app: '' })).toBe(true);
    expect(match('app=', { app: 'x' })).toBe(false);
    expect(match('app in (,a)', { app: '' })).toBe(true);
    expect(match('app in ()', { app: '' })).toBe(true);
    expect(match(' app = kuard ', { app: 'kuard' })).toBe(true);
  });

  it('compares gt and lt as integers', () => {
    expect(match('n>1,n<5', { n: '3' })).toBe(true);
    expect(match('n>1', { n: '1' })).toBe(false);
    expect(match('n>1', { n: 'x' })).toBe(false);
    expect(match('n<5', {})).toBe(false);
  });
});
