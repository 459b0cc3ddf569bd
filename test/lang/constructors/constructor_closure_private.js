// expect: [10, 15, "undefined"]
function Account(start) {
  let balance = start;
  this.deposit = (n) => { balance += n; return balance; };
  this.get = () => balance;
}
const acct = new Account(10);
const before = acct.get();
acct.deposit(5);
return [before, acct.get(), String(acct.balance)];
