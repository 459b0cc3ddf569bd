// The seed's chaining example: casting prototypes on every value, and time values.
const w = work({ name: "price" });
w.get("/price");

let raw = "123.45";
let total = raw.float().int(); // Chaining: string -> float -> int

json({
  status: "ok",
  value: total.string(), // Convert back to string
  at: now().json(), // Chain custom formatters
});
