// expect error: could not be cloned
return structuredClone({ f: function () {} });
