// expect error: Class constructor Point cannot be invoked without 'new'
class Point {}
return Point();
