// expect error: Cannot access 'c' before initialization
{
  c;
  const c = 1;
}
return 0;
