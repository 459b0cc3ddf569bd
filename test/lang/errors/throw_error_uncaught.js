// expect error: boom
throw new Error("boom");
