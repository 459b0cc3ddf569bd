// expect: [[["a","b","c"],["a","b","c"],[1,{"k":2}],3,true],[[""],1],[["only"],["only"]],["x",true,3],"a-B-c"]
// A tag gets the strings, then each substitution as it is (not converted to a string).
function tag(strings, ...subs) { return [strings, strings.raw, subs, arguments.length, this === undefined]; }
const obj = { k: 2 };
const basic = tag`a${1}b${obj}c`;
const same = basic[2][1] === obj;
const empty = ((...args) => [args[0], args.length])``;
const only = ((s) => [s, s.raw])`only`;
// The tag is evaluated first, then the substitutions from left to right.
const order = [];
const pick = () => { order.push("tag"); return (s, a, b) => { order.push("call"); return a + b; }; };
const sum = pick()`${(order.push("a"), 1)}${(order.push("b"), 2)}`;
// A tag may return a function, which the next template calls.
const curried = (s1) => (s2) => s1[0] + "-" + s2[0].toUpperCase() + "-c";
return [basic, [empty[0], empty[1]], only, [order.join(",") === "tag,a,b,call" ? "x" : order.join(","), same, sum], curried`a``b`];
