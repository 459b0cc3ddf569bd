// expect error: TypeError: Method Date.prototype.toISOString called on incompatible receiver 2022
return Date.prototype.toISOString.call(2022);
