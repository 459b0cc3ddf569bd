// Plain JavaScript logic: closures, destructuring, array callbacks, Map.
const w = work("order totals");
w.post("/orders/totals");

const orders = w.payload?.orders ?? [
  { id: 1, customer: "ada", items: [{ price: 12.5, qty: 2 }, { price: 3, qty: 1 }] },
  { id: 2, customer: "bob", items: [{ price: 100, qty: 1 }] },
  { id: 3, customer: "ada", items: [] },
];

const total = ({ items }) => items.reduce((sum, { price, qty }) => sum + price * qty, 0);
const byCustomer = new Map();
for (const order of orders) {
  byCustomer.set(order.customer, (byCustomer.get(order.customer) ?? 0) + total(order));
}
return {
  orders: orders.length,
  customers: Object.fromEntries(byCustomer),
  biggest: orders.map((o) => ({ id: o.id, total: total(o) })).sort((a, b) => b.total - a.total)[0],
};
