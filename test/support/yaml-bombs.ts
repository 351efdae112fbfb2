/**
 * The classic billion-laughs document (342 bytes): nine levels of aliases, each
 * nine of the level below, expanding to 9^9 strings if a parser follows them.
 */
export const BILLION_LAUGHS = `a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
`;

/** The same bomb as the entries of a template's `Resources:`, so a CloudFormation reader opens it. */
export const BILLION_LAUGHS_IN_RESOURCES = `Resources:\n${BILLION_LAUGHS.replace(/^(?=.)/gm, '  ')}`;
