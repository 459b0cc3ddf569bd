let raw = "123.45";
let total = raw.float().int(); // Chaining: string -> float -> int

json({
    status: "ok",
    value: total.string(), // Convert back to string
    at: now().json()      // Chain custom formatters
});
