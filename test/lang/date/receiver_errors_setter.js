// expect error: TypeError: Method Date.prototype.setHours called on incompatible receiver #<Object>
return Date.prototype.setHours.call({}, 1);
