// `kitwork init [dir]`: a new project from templates/project/, shipped in the package.
// Template files whose name starts with "_" are written with a leading "." (npm pack
// leaves .gitignore files out of a package, so the template cannot hold one itself).

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { VERSION } from "../version.js";
import { EXIT, type Io } from "./common.js";

/** templates/project/, from dist/cli/ (the package) or src/cli/ (this repository). */
const TEMPLATE = fileURLToPath(new URL("../../templates/project/", import.meta.url));

/** Template files, relative and sorted, with "/" separators. */
function templateFiles(dir: string, prefix = ""): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? templateFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
}

const written = (rel: string) => rel.split("/").map((p) => p.replace(/^_/, ".")).join("/");

/** An npm package name from the folder's name. */
function packageName(dir: string): string {
  return path.basename(dir).toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^[._-]+/, "") || "kitwork-app";
}

export function init(dir: string, io: Io): number {
  const target = path.resolve(dir);
  if (fs.existsSync(target)) {
    if (!fs.statSync(target).isDirectory()) {
      io.err(`kitwork: cannot create a project in ${dir}: it is a file\n`);
      return EXIT.error;
    }
    const found = fs.readdirSync(target);
    if (found.length > 0) {
      const shown = found.sort().slice(0, 5).join(", ") + (found.length > 5 ? ", …" : "");
      io.err(`kitwork: ${dir} is not empty (${shown}): kitwork init writes only into an empty or new folder\n`);
      return EXIT.error;
    }
  }
  const files = templateFiles(TEMPLATE);
  for (const rel of files) {
    const to = path.join(target, written(rel));
    fs.mkdirSync(path.dirname(to), { recursive: true });
    if (rel === "package.json") {
      const pkg = JSON.parse(fs.readFileSync(path.join(TEMPLATE, rel), "utf8"));
      pkg.name = packageName(target);
      pkg.dependencies.kitwork = `^${VERSION}`;
      fs.writeFileSync(to, JSON.stringify(pkg, null, 2) + "\n");
    } else {
      fs.copyFileSync(path.join(TEMPLATE, rel), to);
    }
  }
  const here = path.relative(process.cwd(), target);
  io.out(`Created a Kitwork project in ${here === "" ? "." : here}:\n${files.map((f) => `  ${written(f)}\n`).join("")}`);
  io.out(
    "\nNext:\n" +
      (here === "" ? "" : `  cd ${here}\n`) +
      "  npm install\n" +
      "  npm run dev          # serves works/ on http://127.0.0.1:8080, state in .kitwork/\n" +
      `  curl -X POST localhost:8080/signups -H 'content-type: application/json' -d '{"email":"ada@example.com"}'\n` +
      "  npm test             # works/signup.test.js\n",
  );
  return EXIT.ok;
}
