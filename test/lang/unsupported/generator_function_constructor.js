// expect error: GeneratorFunction() is not supported
const GeneratorFunction = Object.getPrototypeOf(function* () {}).constructor;
return GeneratorFunction("yield 1");
