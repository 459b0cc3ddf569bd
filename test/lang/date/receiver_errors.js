// expect error: TypeError: this is not a Date object.
return Date.prototype.getTime.call({});
