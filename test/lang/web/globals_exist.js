// expect: ["function","function","function","function","function","function","function","function","function","function"]
return [typeof URL, typeof URLSearchParams, typeof TextEncoder, typeof TextDecoder, typeof atob, typeof btoa, typeof structuredClone, typeof encodeURIComponent, typeof decodeURI, typeof DOMException];
