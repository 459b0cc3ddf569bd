// expect error: could not be cloned
return structuredClone(new Map().keys());
