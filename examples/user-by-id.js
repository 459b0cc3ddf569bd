// GET /users/:id — route parameters, validation with fail(), and a 404.
const w = work({ name: "user by id" });
w.get("/users/:id");
w.timeout("2s");

const users = [
  { id: 1, name: "Ada Lovelace" },
  { id: 2, name: "Grace Hopper" },
];

const id = (w.params.id ?? "").int(-1);
if (id < 1) fail(400, `user id must be a positive integer, got "${w.params.id}"`);

const user = users.find((u) => u.id === id);
if (!user) fail(404, `no user ${id}`);
return user;
