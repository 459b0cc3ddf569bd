// expect error: Cannot assign to read only property 'prototype' of
// v8-message: skip
class P {}
P.prototype = {};
