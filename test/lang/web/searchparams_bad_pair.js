// expect error: Each query pair must be an iterable [name, value] tuple
return new URLSearchParams([["a", "1", "extra"]]);
