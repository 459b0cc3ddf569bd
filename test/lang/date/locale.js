// expect: ["3/1/2022, 12:05:09 PM","3/1/2022","12:05:09 PM","3/2/2022, 2:05:09 AM","01/03/2022, 17:05:09","Dienstag, 1. März 2022","3/1/2022, 12 PM","12:05:09","5:05:09 PM UTC","mardi 1 mars 2022 à 18:05","2022/3/1","Mar",["RangeError","Invalid time zone specified: Mars/Olympus"],["RangeError","Incorrect locale information provided"],"TypeError"]
// tz: America/New_York
// toLocale*String: the default locale (en-US here) in local time, and explicit locales and options.
const d = new Date(Date.UTC(2022, 2, 1, 17, 5, 9));
let bad;
try { d.toLocaleString("en-US", { timeZone: "Mars/Olympus" }); } catch (e) { bad = [e.name, e.message]; }
let badLocale;
try { d.toLocaleString("not a locale!"); } catch (e) { badLocale = [e.name, e.message]; }
let styleMix;
try { d.toLocaleDateString("en-US", { timeStyle: "short" }); } catch (e) { styleMix = e.name; }
return [
  d.toLocaleString(), d.toLocaleDateString(), d.toLocaleTimeString(),
  d.toLocaleString("en-US", { timeZone: "Asia/Tokyo" }), d.toLocaleString("en-GB", { timeZone: "UTC" }),
  d.toLocaleDateString("de-DE", { weekday: "long", year: "numeric", month: "long", day: "numeric" }),
  d.toLocaleDateString("en-US", { hour: "2-digit" }), d.toLocaleTimeString("en-US", { hour12: false }),
  d.toLocaleTimeString("en-US", { timeZone: "UTC", timeZoneName: "short" }),
  d.toLocaleString("fr-FR", { dateStyle: "full", timeStyle: "short", timeZone: "Europe/Paris" }),
  d.toLocaleDateString(["tlh", "ja-JP"]), d.toLocaleString(undefined, { month: "short" }),
  bad, badLocale, styleMix,
];
