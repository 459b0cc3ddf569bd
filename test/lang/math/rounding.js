// expect: [2, 3, 2, -2, 3, -2, 2, -2, 3, "true"]
return [Math.floor(2.7), Math.ceil(2.1), Math.round(2.4), Math.round(-2.5), Math.round(2.5), Math.trunc(-2.7), Math.trunc(2.7), Math.floor(-1.5), Math.round(2.6), String(Object.is(Math.round(-0.4), -0))];
