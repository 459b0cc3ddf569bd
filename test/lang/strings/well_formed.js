// expect: [true,false,false,true,"a\ufffdb","\ufffdx","ok\ud83d\ude00"]
return ["ok\uD83D\uDE00".isWellFormed(), "a\uD800b".isWellFormed(), "\uDC00x".isWellFormed(), "".isWellFormed(),
  "a\uD800b".toWellFormed(), "\uDC00x".toWellFormed(), "ok\uD83D\uDE00".toWellFormed()];
