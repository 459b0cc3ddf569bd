// expect error: could not be cloned
return structuredClone([() => 1]);
